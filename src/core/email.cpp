#include "core/email.hpp"

namespace practica::core {
namespace {

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

bool IsAtext(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(static_cast<char>(c)) != std::string_view::npos;
}

// A dot-atom: atext runs joined by single dots, none at either end.
bool IsDotAtom(std::string_view part, bool domain) {
  if (part.empty() || part.front() == '.' || part.back() == '.') return false;
  if (part.find("..") != std::string_view::npos) return false;
  for (unsigned char c : part) {
    if (c == '.') continue;
    const bool ok = domain ? ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
                           : IsAtext(c);
    if (!ok) return false;
  }
  return true;
}

// Characters that would end the address in a header or an SMTP command.
std::string CharacterProblem(std::string_view email) {
  for (unsigned char c : email) {
    if (c == '\r' || c == '\n') return "it has a line break";
  }
  for (unsigned char c : email) {
    if (IsControl(c)) return "it has a control character";
    if (c >= 0x80) return "it has letters outside ASCII, which mail servers may refuse";
    if (c == ' ' || c == '\t') return "it has a space";
    if (std::string_view("<>,;:\"()[]\\").find(static_cast<char>(c)) != std::string_view::npos)
      return "it may hold only one address, without < > , ; : \" ( ) [ ] or \\";
  }
  return {};
}

}  // namespace

std::string EmailProblem(std::string_view email) {
  if (email.empty()) return "it is empty";
  if (auto problem = CharacterProblem(email); !problem.empty()) return problem;
  if (email.size() > 254) return "it is longer than 254 characters";
  const auto at = email.rfind('@');
  if (at == std::string_view::npos || email.find('@') != at) return "it needs exactly one @";
  const auto local = email.substr(0, at);
  const auto domain = email.substr(at + 1);
  if (local.size() > 64) return "the part before @ is longer than 64 characters";
  if (!IsDotAtom(local, false)) return "the part before @ is not a valid name";
  if (!IsDotAtom(domain, true)) return "the part after @ is not a valid domain";
  // Addresses people and schools are reached at are on the internet; "ana@school" is a typo.
  if (domain.find('.') == std::string_view::npos) return "the part after @ needs a dot, as in school.org";
  return {};
}

}  // namespace practica::core
