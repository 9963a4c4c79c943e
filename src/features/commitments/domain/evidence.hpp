// Evidence for a school's commitment: what the team gives (a link or a file, a date, a person,
// a count) and the rule that checks it against what the commitment needs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "features/commitments/domain/commitment.hpp"

namespace practica::commitments {

// A file given as a document's evidence: what the ledger keeps of it (the bytes stay in the
// store's own table).
struct EvidenceFile {
  std::int64_t id = 0;
  std::string name;  // cleaned, as shown and downloaded
  std::string content_type;
  std::int64_t size_bytes = 0;
};

// What was given as evidence; which members are set follows the commitment's EvidenceKind.
struct Evidence {
  // the link, the web address, the date (YYYY-MM-DD), the person's name, or the file's name
  std::string text;
  std::string email;  // a named person's e-mail, when given
  std::optional<std::int64_t> count;
  std::optional<std::int64_t> total;
  std::string note;
  std::optional<EvidenceFile> file;  // a document given as a file instead of a link
};

// Evidence as typed into the form or sent in the API's JSON body.
struct EvidenceInput {
  std::string url;  // documents and web addresses
  std::string date;
  std::string person_name;
  std::string person_email;
  std::string count;
  std::string total;
  std::string note;
  // For a document: "link" or "file", as the person chose on the form; "" lets what was sent
  // decide (the API: a file when one is uploaded).
  std::string given_as;
  // An upload that already passed the file check (features::CheckUploadedFile).
  std::optional<EvidenceFile> file;
};

// kInvalidInput naming the field when the evidence does not fit what the commitment needs.
// Returns the evidence trimmed and normalised (a date as YYYY-MM-DD, a count as "12 of 30").
[[nodiscard]] core::Result<Evidence> CheckEvidence(const Commitment& commitment,
                                                   const EvidenceInput& input);

}  // namespace practica::commitments
