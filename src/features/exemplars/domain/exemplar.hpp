// An exemplar: a coached lesson packaged by a school's teacher and its coach, its lifecycle
// (draft, in review, changes requested, published, declined, retired) and the rules of each step.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::exemplars {

enum class Status { kDraft, kInReview, kChangesRequested, kPublished, kDeclined, kRetired };

std::string_view StatusCode(Status status);   // "in_review"
std::string_view StatusLabel(Status status);  // "In review"
std::optional<Status> ParseStatus(std::string_view code);

// What the authors write; the codes are checked against the vocabularies.
struct Package {
  std::string title;
  std::string summary;
  std::string grade_band;  // "3-5"
  std::string subject;     // "science"
  std::string samr;        // "M"
  std::vector<std::string> indicators;    // ISTE student indicators, "1.4.a"
  std::vector<std::string> cs_concepts;   // "AP"
  std::vector<std::string> cs_practices;  // "P5"
  std::string tools;        // the digital tools, as the authors name them
  std::string lesson_plan;  // the plan, paragraphs
  std::string licence;      // "cc-by", …, "district-only"
  // Where the lesson came from, if from one: "challenge_cycle:<id>" (a cycle of the school's
  // design challenge), "coaching_cycle:<id>" (a coaching cycle at the school) or "".
  std::string source;
  // What the lesson shows of the adults' standards, if anything: the ISTE Standards for
  // Educators ("2.5.a", the teacher as designer) and for Education Leaders ("3.3.b"). Last, so
  // packages written field by field elsewhere stay as they are.
  std::vector<std::string> educator_indicators;
  std::vector<std::string> leader_indicators;
};

// The codes a package may use, read from the reference data.
struct Vocabulary {
  std::vector<std::string> grade_bands;
  std::vector<std::string> subjects;
  std::vector<std::string> samr_levels;
  std::vector<std::string> indicators;
  std::vector<std::string> cs_concepts;
  std::vector<std::string> cs_practices;
  std::vector<std::string> sources;  // of the exemplar's school and cohort
  std::vector<std::string> educator_indicators;
  std::vector<std::string> leader_indicators;
};

struct Licence {
  std::string_view code;
  std::string_view name;
};
// Creative Commons choices and "district only".
const std::vector<Licence>& Licences();
std::string LicenceName(std::string_view code);

// The package as it may be stored (text trimmed, codes de-duplicated); kInvalidInput naming the
// first field that is missing, too long or not one of the vocabulary's codes.
[[nodiscard]] core::Result<Package> CheckPackage(Package package, const Vocabulary& vocabulary);

// Whether the authors may still change the package: a draft or one sent back.
bool Editable(Status status);

// kConflict unless the exemplar is a draft or sent back with changes requested.
[[nodiscard]] core::Result<void> CheckSubmit(Status status, std::string_view title);

// kConflict unless the exemplar is published; kInvalidInput when the reason is empty.
[[nodiscard]] core::Result<void> CheckRetire(Status status, std::string_view reason, std::string_view title);

// Only published exemplars are seen by people who are not its authors, reviewers or staff.
bool Public(Status status);

}  // namespace practica::exemplars
