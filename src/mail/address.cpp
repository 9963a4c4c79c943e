#include "mail/address.hpp"

#include <cstdio>

#include "core/email.hpp"
#include "core/text.hpp"

namespace practica::mail {
namespace {

using core::ErrorCode;

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

}  // namespace

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c == '\r') {
      out += "\\r";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (IsControl(c)) {
      char buffer[5];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

core::Result<void> CheckEmail(std::string_view email, const std::string& field) {
  const std::string problem = core::EmailProblem(email);
  if (problem.empty()) return {};
  return core::Fail(ErrorCode::kInvalidInput,
                    "The e-mail address \"" + Printable(email) + "\" cannot be used: " + problem +
                        "; enter one address like name@school.org.",
                    {}, field);
}

core::Result<void> CheckDisplayName(std::string_view name, const std::string& field) {
  std::string problem;
  for (unsigned char c : name) {
    if (c == '\r' || c == '\n') {
      problem = "it has a line break";
      break;
    }
    if (IsControl(c) && problem.empty()) problem = "it has a control character";
  }
  if (problem.empty() && !core::IsValidUtf8(name)) problem = "it is not valid UTF-8 text";
  if (problem.empty()) return {};
  return core::Fail(ErrorCode::kInvalidInput,
                    "The name \"" + Printable(name) + "\" cannot be shown in an e-mail: " +
                        problem + "; write it on one line.",
                    {}, field);
}

core::Result<Address> ParseAddress(std::string_view text, const std::string& field) {
  text = core::Trim(text);
  Address address;
  const auto open = text.rfind('<');
  if (!text.empty() && text.back() == '>' && open != std::string_view::npos) {
    std::string_view name = core::Trim(text.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = name.substr(1, name.size() - 2);
      for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '\\' && i + 1 < name.size()) ++i;
        address.name += name[i];
      }
    } else {
      address.name = std::string(name);
    }
    address.email = std::string(text.substr(open + 1, text.size() - open - 2));
  } else {
    address.email = std::string(text);
  }
  if (auto checked = CheckEmail(address.email, field); !checked) return core::Fail(checked.error());
  if (auto checked = CheckDisplayName(address.name, field); !checked)
    return core::Fail(checked.error());
  return address;
}

}  // namespace practica::mail
