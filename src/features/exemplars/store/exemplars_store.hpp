// The exemplars of one district: packages, authors, tags, review rounds, artifacts and the
// library's search. Reads schools, cohorts, people, grants, coaches and the vocabularies only
// through their owners' published views.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/exemplars/domain/artifact.hpp"
#include "features/exemplars/domain/exemplar.hpp"
#include "features/exemplars/domain/review.hpp"

namespace practica::exemplars {

using core::CohortRef;
using core::PersonRef;
using core::SchoolRef;

struct ExemplarRecord {
  std::int64_t id = 0;
  SchoolRef school;
  CohortRef cohort;
  Package package;
  Status status = Status::kDraft;
  int round = 0;  // how many times it went to review
  std::string retired_reason;
  bool illustrative = false;
  std::int64_t updated_at = 0;
  std::optional<std::int64_t> published_at;
  std::vector<PersonRef> authors;
  std::vector<Artifact> artifacts;

  bool IsAuthor(std::int64_t person_id) const;
};

struct ReviewRecord {
  std::int64_t id = 0;
  int round = 0;
  PersonRef reviewer;
  std::vector<int> scores;
  std::string comment;
  std::optional<Decision> decision;
  std::optional<std::int64_t> decided_at;
};

// A short line of a list: the library, a person's own, the review queue.
struct ExemplarLine {
  std::int64_t id = 0;
  std::string title;
  std::string summary;
  std::string school_name;
  std::string cohort_name;  // "PS 3.0"
  std::string grade_band;
  std::string subject;
  std::string samr;
  Status status = Status::kDraft;
  bool illustrative = false;
  std::optional<std::int64_t> published_at;
};

struct FacetCount {
  std::string kind;  // "grade_band"
  std::string code;  // "3-5"
  std::string label;
  std::int64_t count = 0;
};

struct Search {
  std::vector<std::string> terms;            // SearchTerms of the query
  std::map<std::string, std::string> facets; // kind → code, each narrowing the results
  // Relevance ranks by the words (SQLite's bm25, PostgreSQL's ts_rank) and, without words, is the
  // newest first; ties go to the newest, then the highest id.
  enum class Sort { kNewest, kTitle, kRelevance };
  Sort sort = Sort::kNewest;
  int page = 1;
};

struct SearchResult {
  std::int64_t total = 0;
  std::vector<ExemplarLine> hits;  // one page
  std::vector<FacetCount> facets;  // over every hit, not just the page
};

// The facet kinds, in the order the library shows them.
const std::vector<std::string>& FacetKinds();

// A school and cohort it took part in: where an exemplar may be packaged.
struct PackagingPlace {
  std::string cohort_slug;
  std::string cohort_name;  // "PS 4.0"
  std::string school_slug;
  std::string school_name;
};

class ExemplarsStore {
 public:
  ExemplarsStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<bool> InCohort(std::int64_t cohort_id, std::int64_t school_id);
  // The codes a package may use and the names a page prints for them ("3-5" → "Grades 3 to 5").
  [[nodiscard]] core::Result<Vocabulary> LoadVocabulary();
  [[nodiscard]] core::Result<std::map<std::string, std::string>> TermNames();

  [[nodiscard]] core::Result<std::int64_t> Create(const SchoolRef& school, const CohortRef& cohort, const Package& package,
                                                  const std::vector<std::int64_t>& authors, std::int64_t now,
                                                  bool illustrative = false);
  [[nodiscard]] core::Result<void> Update(const ExemplarRecord& record, const Package& package, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<ExemplarRecord>> Load(std::int64_t id);
  // Moves to `status`; a round starts when it goes to review; the search index follows:
  // published exemplars are in it, every other status out of it.
  [[nodiscard]] core::Result<void> SetStatus(const ExemplarRecord& record, Status status, std::int64_t now,
                                             const std::string& reason = {});

  [[nodiscard]] core::Result<ReviewRecord> AssignReviewer(const ExemplarRecord& record, std::int64_t reviewer_id,
                                                          std::int64_t by, std::int64_t now);
  // Every round's reviews, the latest round first.
  [[nodiscard]] core::Result<std::vector<ReviewRecord>> Reviews(std::int64_t exemplar_id);
  [[nodiscard]] core::Result<void> SaveReview(std::int64_t review_id, const std::vector<int>& scores,
                                              const std::string& comment, Decision decision, std::int64_t now);
  // How the person stands at the school today (YYYY-MM-DD): coach, role holder or neither.
  [[nodiscard]] core::Result<std::optional<ReviewerStanding>> Standing(std::int64_t person_id, std::int64_t school_id,
                                                                       const std::string& today);
  [[nodiscard]] core::Result<std::optional<PersonRef>> FindPerson(std::string_view email);

  [[nodiscard]] core::Result<Artifact> AddArtifact(std::int64_t exemplar_id, Artifact artifact, std::string_view bytes,
                                                   std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> RecordConsent(std::int64_t artifact_id, const std::string& note, std::int64_t by,
                                                 std::int64_t now);
  [[nodiscard]] core::Result<void> WithdrawConsent(std::int64_t artifact_id, std::int64_t by, std::int64_t now);
  // The artifact's bytes, or nullopt.
  [[nodiscard]] core::Result<std::optional<std::string>> ArtifactBytes(std::int64_t exemplar_id, std::int64_t artifact_id);

  // Published exemplars only, whoever asks.
  [[nodiscard]] core::Result<SearchResult> Find(const Search& search);
  // What the person wrote, and what they are asked to review (not yet decided), any status.
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> Authored(std::int64_t person_id);
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> ToReview(std::int64_t person_id);
  // The cohorts these schools took part in, the newest first.
  [[nodiscard]] core::Result<std::vector<PackagingPlace>> PackagingPlaces(const std::vector<std::int64_t>& school_ids);
  // Staff's queue: every exemplar in review or waiting for a reviewer.
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> InReview();

 private:
  [[nodiscard]] core::Result<void> WriteTags(std::int64_t id, const SchoolRef& school, const CohortRef& cohort,
                                             const Package& package);
  [[nodiscard]] core::Result<void> IndexWords(const ExemplarRecord& record, bool published);
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> Lines(const std::string& where, const db::Params& params);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::exemplars
