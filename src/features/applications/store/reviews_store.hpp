// Reviews in the database: reviewer assignments, rubric scores, site visits, decisions, the
// cohort roster an acceptance adds to, and the review table across a cohort.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/applications/domain/review.hpp"
#include "features/applications/store/applications_store.hpp"

namespace practica::applications {

using PersonRef = core::PersonRef;

struct ReviewerRef {
  PersonRef person;
  std::int64_t assigned_at = 0;
  bool scored = false;
};

struct ReviewScore {
  std::int64_t reviewer_id = 0;
  std::string reviewer_name;
  Score score;
  std::int64_t scored_at = 0;
};

struct SiteVisitRecord {
  SiteVisit visit;
  std::string recorded_by;
  std::int64_t recorded_at = 0;
};

struct DecisionRecord {
  std::string decision;  // "accepted", …, "withdrawn"
  std::string note;    // to the school
  std::string reason;  // why it replaced the decision before it; "" for a first decision
  std::string decided_by;
  std::int64_t decided_at = 0;
};

class ReviewsStore {
 public:
  ReviewsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<PersonRef>> FindPerson(std::string_view email);
  // Active people who hold a role that reviews (reviewer, or district program staff) on `today`,
  // by name: whom the review table offers to assign. The conflict rules are checked on assigning.
  [[nodiscard]] core::Result<std::vector<PersonRef>> ReviewerCandidates(const core::LocalDate& today);
  [[nodiscard]] core::Result<std::optional<PersonRef>> FindPerson(std::int64_t person_id);
  // The schools whose staff list names the person (as principal, teacher or support), as roles
  // held there for good: someone on a school's staff is as close to it as a grant makes them.
  [[nodiscard]] core::Result<std::vector<HeldRole>> StaffPlaces(std::int64_t person_id);
  [[nodiscard]] core::Result<std::vector<ReviewerRef>> Reviewers(std::int64_t application_id);
  // kConflict when the person already reviews the application.
  [[nodiscard]] core::Result<void> AssignReviewer(std::int64_t application_id, std::int64_t person_id,
                                                  std::int64_t by, std::int64_t now);
  // Removes the assignment and the reviewer's scores; false when there was none.
  [[nodiscard]] core::Result<bool> RemoveReviewer(std::int64_t application_id, std::int64_t person_id);

  [[nodiscard]] core::Result<std::vector<ReviewScore>> Scores(std::int64_t application_id);
  // Replaces the reviewer's scores for the application.
  [[nodiscard]] core::Result<void> SaveScores(std::int64_t application_id, std::int64_t reviewer_id,
                                              const std::vector<Score>& scores, std::int64_t now);

  [[nodiscard]] core::Result<std::optional<SiteVisitRecord>> FindSiteVisit(std::int64_t application_id);
  [[nodiscard]] core::Result<void> SaveSiteVisit(std::int64_t application_id, const SiteVisit& visit,
                                                 std::int64_t by, std::int64_t now);

  [[nodiscard]] core::Result<std::vector<DecisionRecord>> Decisions(std::int64_t application_id);
  [[nodiscard]] core::Result<void> AddDecision(std::int64_t application_id, std::string_view decision,
                                               const std::string& note, std::int64_t by, std::int64_t now,
                                               const std::string& reason = "");
  // What the school's participation in the cohort already holds, in words ("a signed
  // agreement", "a coach", …); empty when nothing was recorded under it yet. These tables belong
  // to the participations and commitments features: read here only, to decide whether an
  // acceptance may still be corrected (the participations room then takes the school off the
  // roster, through the AcceptanceUndone effect).
  [[nodiscard]] core::Result<std::vector<std::string>> ParticipationHolds(std::int64_t cohort_id,
                                                                          std::int64_t school_id);
  // People with an active principal grant at the school, for its e-mails.
  [[nodiscard]] core::Result<std::vector<PersonRef>> PrincipalsOf(std::int64_t school_id,
                                                                  const core::LocalDate& today);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::applications
