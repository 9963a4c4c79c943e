#include "features/challenges/domain/challenge.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::challenges {
namespace {

constexpr std::string_view kPrefix = "how might we";

core::Error Invalid(std::string message, std::string field) {
  return core::Error{core::ErrorCode::kInvalidInput, std::move(message), {}, std::move(field)};
}

}  // namespace

core::Result<ProblemOfPractice> CheckProblem(ProblemOfPractice problem) {
  problem.statement = std::string(core::Trim(problem.statement));
  problem.evidence = std::string(core::Trim(problem.evidence));
  problem.links = std::string(core::Trim(problem.links));
  problem.affects = std::string(core::Trim(problem.affects));
  if (problem.statement.empty()) {
    return std::unexpected(Invalid("Write the problem of practice: what your school wants to change.", "problem"));
  }
  if (problem.evidence.empty()) {
    return std::unexpected(Invalid("Say what the data shows behind the problem of practice: figures, "
                                   "student voice from empathy interviews, or observations.",
                                   "evidence"));
  }
  return problem;
}

core::Result<std::string> CheckStatement(std::string_view text) {
  const std::string statement(core::Trim(text));
  const std::string lower = core::ToLower(statement);
  if (!lower.starts_with(kPrefix) || (lower.size() > kPrefix.size() && lower[kPrefix.size()] != ' ')) {
    return std::unexpected(Invalid("A design challenge starts \"How might we\", for example \"How might we "
                                   "reimagine our PD to create a community of shared learning?\".",
                                   "statement"));
  }
  if (!statement.ends_with("?")) {
    return std::unexpected(Invalid("A design challenge is a question: end \"" + statement + "\" with a question mark.",
                                   "statement"));
  }
  const auto body = core::Trim(std::string_view(statement).substr(kPrefix.size(), statement.size() - kPrefix.size() - 1));
  if (body.find(' ') == std::string_view::npos) {
    return std::unexpected(Invalid("Say what you might do after \"How might we\": a verb and what it changes.",
                                   "statement"));
  }
  return statement;
}

core::Result<std::vector<std::string>> CheckIndicators(const std::vector<std::string>& chosen,
                                                       const std::vector<Indicator>& known,
                                                       std::string_view focus_standard) {
  std::vector<const Indicator*> picked;
  for (const auto& code : chosen) {
    auto found = std::ranges::find(known, code, &Indicator::code);
    if (found == known.end()) {
      return std::unexpected(Invalid("\"" + code + "\" is not an ISTE Standards for Students indicator; "
                                     "choose them from the list, such as 1.4.a.",
                                     "indicators"));
    }
    if (std::ranges::find(picked, &*found) == picked.end()) picked.push_back(&*found);
  }
  if (picked.empty()) {
    return std::unexpected(Invalid("Choose at least one ISTE indicator the challenge targets, starting with the "
                                   "cohort's focus standard " + std::string(focus_standard) + ".",
                                   "indicators"));
  }
  // The focus standard's indicators lead: the gallery and "similar problems" read them first.
  std::ranges::sort(picked, [&](const Indicator* a, const Indicator* b) {
    const bool a_focus = a->standard_code == focus_standard;
    const bool b_focus = b->standard_code == focus_standard;
    if (a_focus != b_focus) return a_focus;
    return a->code < b->code;
  });
  std::vector<std::string> codes;
  for (const auto* indicator : picked) codes.push_back(indicator->code);
  return codes;
}

core::Result<std::vector<std::string>> CheckPractices(const std::vector<std::string>& chosen,
                                                      const std::vector<Practice>& known) {
  for (const auto& code : chosen) {
    if (std::ranges::find(known, code, &Practice::code) == known.end()) {
      return std::unexpected(Invalid("\"" + code + "\" is not a K-12 CS Framework core practice; choose them from the "
                                     "list, such as P3.",
                                     "cs_practices"));
    }
  }
  std::vector<std::string> codes;
  for (const auto& practice : known) {
    if (std::ranges::find(chosen, practice.code) != chosen.end()) codes.push_back(practice.code);
  }
  return codes;
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> codes;
  std::string current;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!current.empty()) codes.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) codes.push_back(std::move(current));
  return codes;
}

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ",") + code;
  return out;
}

}  // namespace practica::challenges
