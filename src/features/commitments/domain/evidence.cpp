#include "features/commitments/domain/evidence.hpp"

#include "core/email.hpp"
#include "core/text.hpp"

namespace practica::commitments {
namespace {

using core::ErrorCode;
using core::Fail;

constexpr std::size_t kMaxText = 2000;

bool IsWebAddress(std::string_view text) {
  const bool scheme = text.starts_with("https://") || text.starts_with("http://");
  const auto rest = text.substr(text.find("//") + 2);
  return scheme && rest.size() >= 3 && rest.find('.') != std::string_view::npos &&
         text.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

core::Result<std::int64_t> WholeNumber(std::string_view text, std::string_view field,
                                       const std::string& what, std::int64_t min) {
  if (text.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give " + what + " as a whole number, e.g. 24.", {},
                std::string(field));
  }
  const auto number = core::ParseInt(text, min, 1'000'000);
  if (!number) {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + std::string(text) + "\" is not a whole number from " + std::to_string(min) +
                    "; give " + what + " as a number such as 24.",
                {}, std::string(field));
  }
  return *number;
}

// A document is given as a file when the person chose "file", or (from the API, which has no
// choice to make) when a file came and no choice was named.
bool GivenAsFile(const EvidenceInput& input) {
  return input.given_as == "file" || (input.given_as.empty() && input.file.has_value());
}

// Only a document may come as a file, and only as "link" or "file".
core::Result<void> CheckGivenAs(const Commitment& commitment, const EvidenceInput& input) {
  if (!input.given_as.empty() && input.given_as != "link" && input.given_as != "file") {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + input.given_as.substr(0, 40) + "\" is not a way to give evidence; choose a link or a file.",
                {}, "given_as");
  }
  if (commitment.evidence.kind != EvidenceKind::kDocument && GivenAsFile(input)) {
    return Fail(ErrorCode::kInvalidInput,
                CapitalName(commitment) + " is not given as a file: it asks for \"" + commitment.evidence.label +
                    "\".",
                {}, "file");
  }
  return {};
}

// The file of a document given as a file: one must have come, and not together with a link the
// API sent (which one would count is not for Practica to guess).
core::Result<EvidenceFile> CheckFileChoice(const Commitment& commitment, const EvidenceInput& input) {
  if (!input.file) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose the file for " + Name(commitment) + ", or give a link to it instead.", {}, "file");
  }
  if (input.given_as.empty() && !core::Trim(input.url).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Give either a link or a file for " + Name(commitment) + ", not both.", {}, "url");
  }
  return *input.file;
}

// A web address, or a document's link: given, and one a browser would open.
core::Result<void> CheckUrl(const Commitment& commitment, const EvidenceInput& input, Evidence& evidence) {
  const bool document = commitment.evidence.kind == EvidenceKind::kDocument;
  evidence.text = std::string(core::Trim(input.url));
  if (evidence.text.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                std::string(document ? "Give the link to the document" : "Give the web address") +
                    " for " + Name(commitment) + ", starting with https://.",
                {}, "url");
  }
  if (!IsWebAddress(evidence.text) || evidence.text.size() > kMaxText) {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + evidence.text.substr(0, 200) +
                    "\" is not a web address; copy it from the browser's address bar "
                    "(it starts with https://).",
                {}, "url");
  }
  return {};
}

// A document: its file when given as one, else its link.
core::Result<void> CheckDocument(const Commitment& commitment, const EvidenceInput& input,
                                 Evidence& evidence) {
  if (!GivenAsFile(input)) return CheckUrl(commitment, input, evidence);
  auto file = CheckFileChoice(commitment, input);
  if (!file) return std::unexpected(file.error());
  evidence.text = file->name;
  evidence.file = std::move(*file);
  return {};
}

// A date, kept as YYYY-MM-DD.
core::Result<void> CheckDate(const Commitment& commitment, const EvidenceInput& input, Evidence& evidence) {
  const auto typed = core::Trim(input.date);
  if (typed.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Give the date for " + Name(commitment) + " as YYYY-MM-DD, e.g. 2018-06-05.", {}, "date");
  }
  auto day = core::ParseLocalDate(typed);
  if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, "date");
  evidence.text = core::FormatIsoDate(*day);
  return {};
}

// A named person: a name under 200 characters, and an e-mail address if any is given.
core::Result<void> CheckPerson(const Commitment& commitment, const EvidenceInput& input,
                               Evidence& evidence) {
  evidence.text = std::string(core::Trim(input.person_name));
  evidence.email = core::ToLower(core::Trim(input.person_email));
  if (evidence.text.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give the name of the person for " + Name(commitment) + ".", {},
                "person_name");
  }
  if (evidence.text.size() > 200) {
    return Fail(ErrorCode::kInvalidInput, "Keep the name under 200 characters.", {}, "person_name");
  }
  if (!evidence.email.empty() && !core::IsEmailAddress(evidence.email)) {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + evidence.email.substr(0, 200) +
                    "\" is not an e-mail address; write it as name@example.org, or leave it empty.",
                {}, "person_email");
  }
  return {};
}

// A count of a total ("12 of 28"): whole numbers, the count no more than the total.
core::Result<void> CheckCount(const Commitment& commitment, const EvidenceInput& input, Evidence& evidence) {
  const std::string name = Name(commitment);
  auto count = WholeNumber(core::Trim(input.count), "count", "the count for " + name, 0);
  if (!count) return std::unexpected(count.error());
  auto total = WholeNumber(core::Trim(input.total), "total", "the total for " + name, 1);
  if (!total) return std::unexpected(total.error());
  if (*count > *total) {
    return Fail(ErrorCode::kInvalidInput,
                "The count (" + std::to_string(*count) + ") cannot be more than the total (" +
                    std::to_string(*total) + "); check both numbers.",
                {}, "count");
  }
  evidence.count = *count;
  evidence.total = *total;
  evidence.text = std::to_string(*count) + " of " + std::to_string(*total);
  return {};
}

core::Result<void> CheckKind(const Commitment& commitment, const EvidenceInput& input, Evidence& evidence) {
  switch (commitment.evidence.kind) {
    case EvidenceKind::kDocument: return CheckDocument(commitment, input, evidence);
    case EvidenceKind::kUrl: return CheckUrl(commitment, input, evidence);
    case EvidenceKind::kDate: return CheckDate(commitment, input, evidence);
    case EvidenceKind::kPerson: return CheckPerson(commitment, input, evidence);
    case EvidenceKind::kCount: return CheckCount(commitment, input, evidence);
  }
  return {};
}

}  // namespace

core::Result<Evidence> CheckEvidence(const Commitment& commitment, const EvidenceInput& input) {
  Evidence evidence;
  if (auto choice = CheckGivenAs(commitment, input); !choice) return std::unexpected(choice.error());
  evidence.note = std::string(core::Trim(input.note));
  if (evidence.note.size() > kMaxText) {
    return Fail(ErrorCode::kInvalidInput, "Keep the note under 2,000 characters.", {}, "note");
  }
  if (auto checked = CheckKind(commitment, input, evidence); !checked) {
    return std::unexpected(checked.error());
  }
  return evidence;
}

}  // namespace practica::commitments
