// The exemplars of one district: packages, authors, tags, review rounds, artifacts and the
// library's search. Reads schools, cohorts, people, grants, coaches and the vocabularies only
// through their owners' published views.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/exemplars/domain/artifact.hpp"
#include "features/exemplars/domain/exemplar.hpp"
#include "features/exemplars/domain/review.hpp"
#include "features/exemplars/domain/version.hpp"

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
  int round = 0;  // how many times it or a next version went to review
  int version = 1;  // the published (or, before that, the only) version
  NextStatus next = NextStatus::kNone;
  std::optional<Package> next_package;  // while a next version exists
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
  int version = 1;  // of the exemplar, as it was reviewed
  PersonRef reviewer;
  std::vector<std::pair<std::string, int>> scores;  // criterion code, score
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
  NextStatus next = NextStatus::kNone;  // a published exemplar's next version, while there is one
};

// A design-challenge or coaching cycle an exemplar may name as where it came from.
struct Source {
  std::string code;   // "challenge_cycle:41"
  std::string label;  // "Design challenge, cycle 2: students test filters with the garden club"
  std::string url;    // the challenge's page; "" for a coaching cycle (private to coach and teacher)
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

class SearchCache;
struct SearchAnswer;

struct SearchResult {
  std::int64_t total = 0;
  std::vector<ExemplarLine> hits;  // one page
  // Over every hit, not just the page. Shared with the answer the server keeps, not copied: a
  // broad search counts a few hundred values (every school among its hits).
  std::shared_ptr<const std::vector<FacetCount>> facets;
};

// One facet value of an exemplar, as exemplar_tags holds it.
struct TagRow {
  std::string kind;   // "standard"
  std::string code;   // "1.4"
  std::string label;  // "1.4 Innovative Designer"
};
// The facet values a package of that school and cohort is found by; `names` as TermNames gives.
std::vector<TagRow> TagRows(const Package& package, const SchoolRef& school, const CohortRef& cohort,
                            const std::map<std::string, std::string>& names);
// The words the library's search indexes for it (letters and digits, lower case).
std::string SearchWords(const Package& package, const SchoolRef& school);

// An exemplar written already published, in bulk (the district-scale demo).
struct PublishedExemplar {
  std::int64_t id = 0;  // from NextId
  SchoolRef school;
  CohortRef cohort;
  Package package;
  std::int64_t published_at = 0;
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
  // The part of TermNames a list of exemplars prints: subjects and SAMR levels. A library search
  // asks it on every request; the standards' indicators (their long texts) are not read.
  [[nodiscard]] core::Result<std::map<std::string, std::string>> LineNames();
  // The cycles of the school an exemplar of that cohort may come from: the cohort's design
  // challenge cycles, then the coaching cycles at the school.
  [[nodiscard]] core::Result<std::vector<Source>> SourcesFor(const SchoolRef& school, const CohortRef& cohort);

  [[nodiscard]] core::Result<std::int64_t> Create(const SchoolRef& school, const CohortRef& cohort, const Package& package,
                                                  const std::vector<std::int64_t>& authors, std::int64_t now,
                                                  bool illustrative = false);
  [[nodiscard]] core::Result<void> Update(const ExemplarRecord& record, const Package& package, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<ExemplarRecord>> Load(std::int64_t id);
  // Moves to `status`; a round starts when it goes to review; the search index follows:
  // published exemplars are in it, every other status out of it.
  [[nodiscard]] core::Result<void> SetStatus(const ExemplarRecord& record, Status status, std::int64_t now,
                                             const std::string& reason = {});

  // A published exemplar's next version, started as a copy of the published package.
  [[nodiscard]] core::Result<void> StartVersion(const ExemplarRecord& record, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> SaveNextPackage(const ExemplarRecord& record, const Package& package, std::int64_t now);
  // Moves the next version to `next`; a round starts when it goes to review.
  [[nodiscard]] core::Result<void> SetNextStatus(const ExemplarRecord& record, NextStatus next, std::int64_t now);
  // The approved next version replaces the published package (its tags and search words too).
  [[nodiscard]] core::Result<void> PublishNext(const ExemplarRecord& record, std::int64_t now);

  // The rubric reviews score now, in order (the default one until staff edit it).
  [[nodiscard]] core::Result<std::vector<Criterion>> Rubric();
  // Every criterion ever in the rubric, removed ones too: the names of old scores.
  [[nodiscard]] core::Result<std::vector<Criterion>> KnownCriteria();
  [[nodiscard]] core::Result<void> SaveRubric(const std::vector<Criterion>& rubric, std::int64_t by, std::int64_t now);

  // Assigns the reviewer to the current round, which reviews `version`.
  [[nodiscard]] core::Result<ReviewRecord> AssignReviewer(const ExemplarRecord& record, int version,
                                                          std::int64_t reviewer_id, std::int64_t by, std::int64_t now);
  // Every round's reviews, the latest round first.
  [[nodiscard]] core::Result<std::vector<ReviewRecord>> Reviews(std::int64_t exemplar_id);
  [[nodiscard]] core::Result<void> SaveReview(std::int64_t review_id, const std::vector<std::pair<std::string, int>>& scores,
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

  // The newest published exemplars, one page of them: the Atom feed (no counts, no facets).
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> NewestPublished();
  // Published exemplars only, whoever asks. With a cache, an answer computed under the library's
  // current stamp is given back instead of searching again (see search_cache.hpp).
  [[nodiscard]] core::Result<SearchResult> Find(const Search& search, SearchCache* cache = nullptr);
  // The district's library stamp: 0 before anything was published, then changed with every
  // change to what a library search can see.
  [[nodiscard]] core::Result<std::int64_t> LibraryStamp();
  // What the person wrote, and what they are asked to review (not yet decided), any status.
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> Authored(std::int64_t person_id);
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> ToReview(std::int64_t person_id);
  // The cohorts these schools took part in, the newest first.
  [[nodiscard]] core::Result<std::vector<PackagingPlace>> PackagingPlaces(const std::vector<std::int64_t>& school_ids);
  // Writes each exemplar as published (round 1, illustrative) with its tags and search words,
  // many rows to a statement. `names` as TermNames gives.
  [[nodiscard]] core::Result<void> PublishMany(const std::vector<PublishedExemplar>& batch,
                                               const std::map<std::string, std::string>& names);
  // Staff's queue: every exemplar, or next version, in review.
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> InReview();

 private:
  [[nodiscard]] core::Result<void> WriteTags(std::int64_t id, const SchoolRef& school, const CohortRef& cohort,
                                             const Package& package);
  [[nodiscard]] core::Result<void> IndexWords(const ExemplarRecord& record, bool published);
  [[nodiscard]] core::Result<void> WritePackage(std::int64_t id, const Package& package, std::int64_t now);
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> Lines(const std::string& where, const db::Params& params);
  // The search's total, facet counts and one page's ids; the lines of those ids, in their order.
  [[nodiscard]] core::Result<SearchAnswer> Answer(const Search& search);
  [[nodiscard]] core::Result<std::vector<ExemplarLine>> LinesOf(const std::vector<std::int64_t>& ids);
  // Changes the district's library stamp: in the same transaction as every change to what a
  // library search can see.
  [[nodiscard]] core::Result<void> ChangeLibraryStamp();

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::exemplars
