#include "features/applications/store/reviews_store.hpp"

#include "auth/domain/active_grant.hpp"

namespace practica::applications {

core::Result<std::optional<PersonRef>> ReviewsStore::FindPerson(std::string_view email) {
  std::optional<PersonRef> found;
  auto done = db_.Execute(
      "SELECT id, display_name, email, active FROM published_people WHERE district_id = $1 AND lower(email) = lower($2)",
      {district_id_, std::string(email)},
      [&](const db::Row& row) { found = PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0}; });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<PersonRef>> ReviewsStore::ReviewerCandidates(const core::LocalDate& today) {
  std::vector<PersonRef> people;
  auto done = db_.Execute(
      "SELECT DISTINCT p.id, p.display_name, p.email, p.active FROM published_grants g JOIN published_people p"
      " ON p.district_id = g.district_id AND p.id = g.person_id"
      " WHERE g.district_id = $1 AND p.active = 1"
      " AND g.role IN ('reviewer', 'director', 'coordinator', 'specialist')"
      " AND " + auth::GrantHoldsOn("g", "$2") +
      " ORDER BY p.display_name, p.id",
      {district_id_, core::FormatIsoDate(today)},
      [&](const db::Row& row) { people.push_back(PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0}); });
  if (!done) return std::unexpected(done.error());
  return people;
}

core::Result<std::optional<PersonRef>> ReviewsStore::FindPerson(std::int64_t person_id) {
  std::optional<PersonRef> found;
  auto done = db_.Execute(
      "SELECT id, display_name, email, active FROM published_people WHERE district_id = $1 AND id = $2",
      {district_id_, person_id},
      [&](const db::Row& row) { found = PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0}; });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<HeldRole>> ReviewsStore::StaffPlaces(std::int64_t person_id) {
  std::vector<HeldRole> places;
  auto done = db_.Execute(
      "SELECT s.role, s.school_id, sc.name FROM published_school_staff s JOIN published_schools sc"
      " ON sc.district_id = s.district_id AND sc.id = s.school_id"
      " WHERE s.district_id = $1 AND s.person_id = $2 ORDER BY sc.name",
      {district_id_, person_id}, [&](const db::Row& row) {
        const std::string role = row.String(0);
        const std::string label = role == "principal" ? "the principal on the staff"
                                  : role == "support" ? "support staff"
                                                      : "a teacher on the staff";
        places.push_back(HeldRole{"staff_" + role, label, RoleScope::kSchool, row.Int(1), row.String(2),
                                  core::LocalDate{1900, 1, 1}, std::nullopt});
      });
  if (!done) return std::unexpected(done.error());
  return places;
}

core::Result<std::vector<ReviewerRef>> ReviewsStore::Reviewers(std::int64_t application_id) {
  std::vector<ReviewerRef> reviewers;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name, p.email, p.active, r.assigned_at,"
      " (SELECT COUNT(*) FROM review_scores s WHERE s.district_id = r.district_id"
      "  AND s.application_id = r.application_id AND s.reviewer_id = r.person_id)"
      " FROM application_reviewers r JOIN published_people p ON p.district_id = r.district_id AND p.id = r.person_id"
      " WHERE r.district_id = $1 AND r.application_id = $2 ORDER BY p.display_name",
      {district_id_, application_id}, [&](const db::Row& row) {
        reviewers.push_back({{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0}, row.Int(4), row.Int(5) > 0});
      });
  if (!done) return std::unexpected(done.error());
  return reviewers;
}

core::Result<void> ReviewsStore::AssignReviewer(std::int64_t application_id, std::int64_t person_id,
                                                std::int64_t by, std::int64_t now) {
  auto inserted = db_.Exec(
      "INSERT INTO application_reviewers (district_id, application_id, person_id, assigned_by, assigned_at)"
      " VALUES ($1, $2, $3, $4, $5)",
      {district_id_, application_id, person_id, by, now});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<bool> ReviewsStore::RemoveReviewer(std::int64_t application_id, std::int64_t person_id) {
  const db::Params key{district_id_, application_id, person_id};
  auto scores = db_.Exec(
      "DELETE FROM review_scores WHERE district_id = $1 AND application_id = $2 AND reviewer_id = $3", key);
  if (!scores) return std::unexpected(scores.error());
  auto removed = db_.Exec(
      "DELETE FROM application_reviewers WHERE district_id = $1 AND application_id = $2 AND person_id = $3", key);
  if (!removed) return std::unexpected(removed.error());
  return *removed > 0;
}

core::Result<std::vector<ReviewScore>> ReviewsStore::Scores(std::int64_t application_id) {
  std::vector<ReviewScore> scores;
  auto done = db_.Execute(
      "SELECT s.reviewer_id, p.display_name, s.criterion_id, s.score, s.comment, s.scored_at"
      " FROM review_scores s JOIN published_people p ON p.district_id = s.district_id AND p.id = s.reviewer_id"
      " JOIN selection_criteria c ON c.district_id = s.district_id AND c.id = s.criterion_id"
      " WHERE s.district_id = $1 AND s.application_id = $2 ORDER BY p.display_name, s.reviewer_id, c.position",
      {district_id_, application_id}, [&](const db::Row& row) {
        scores.push_back({row.Int(0), row.String(1), {row.Int(2), static_cast<int>(row.Int(3)), row.String(4)},
                          row.Int(5)});
      });
  if (!done) return std::unexpected(done.error());
  return scores;
}

core::Result<void> ReviewsStore::SaveScores(std::int64_t application_id, std::int64_t reviewer_id,
                                            const std::vector<Score>& scores, std::int64_t now) {
  auto cleared = db_.Exec(
      "DELETE FROM review_scores WHERE district_id = $1 AND application_id = $2 AND reviewer_id = $3",
      {district_id_, application_id, reviewer_id});
  if (!cleared) return std::unexpected(cleared.error());
  for (const auto& score : scores) {
    auto saved = db_.Exec(
        "INSERT INTO review_scores (district_id, application_id, reviewer_id, criterion_id, score, comment,"
        " scored_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {district_id_, application_id, reviewer_id, score.criterion_id, std::int64_t{score.score}, score.comment,
         now});
    if (!saved) return std::unexpected(saved.error());
  }
  return {};
}

core::Result<std::optional<SiteVisitRecord>> ReviewsStore::FindSiteVisit(std::int64_t application_id) {
  std::optional<SiteVisitRecord> found;
  auto done = db_.Execute(
      "SELECT v.visited_on, v.visitors, v.notes, COALESCE(p.display_name, ''), v.recorded_at FROM site_visits v"
      " LEFT JOIN published_people p ON p.district_id = v.district_id AND p.id = v.recorded_by"
      " WHERE v.district_id = $1 AND v.application_id = $2",
      {district_id_, application_id}, [&](const db::Row& row) {
        auto day = core::ParseLocalDate(row.Text(0));
        found = SiteVisitRecord{{day.value_or(core::LocalDate{}), row.String(1), row.String(2)}, row.String(3),
                                row.Int(4)};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<void> ReviewsStore::SaveSiteVisit(std::int64_t application_id, const SiteVisit& visit,
                                               std::int64_t by, std::int64_t now) {
  auto saved = db_.Exec(
      "INSERT INTO site_visits (district_id, application_id, visited_on, visitors, notes, recorded_by,"
      " recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (district_id, application_id)"
      " DO UPDATE SET visited_on = excluded.visited_on, visitors = excluded.visitors, notes = excluded.notes,"
      " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
      {district_id_, application_id, core::FormatIsoDate(visit.visited_on), visit.visitors, visit.notes, by, now});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<std::vector<DecisionRecord>> ReviewsStore::Decisions(std::int64_t application_id) {
  std::vector<DecisionRecord> decisions;
  auto done = db_.Execute(
      "SELECT d.decision, d.note, d.reason, COALESCE(p.display_name, ''), d.decided_at FROM application_decisions d"
      " LEFT JOIN published_people p ON p.district_id = d.district_id AND p.id = d.decided_by"
      " WHERE d.district_id = $1 AND d.application_id = $2 ORDER BY d.decided_at, d.id",
      {district_id_, application_id}, [&](const db::Row& row) {
        decisions.push_back({row.String(0), row.String(1), row.String(2), row.String(3), row.Int(4)});
      });
  if (!done) return std::unexpected(done.error());
  return decisions;
}

core::Result<void> ReviewsStore::AddDecision(std::int64_t application_id, std::string_view decision,
                                             const std::string& note, std::int64_t by, std::int64_t now,
                                             const std::string& reason) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto inserted = db_.Exec(
      "INSERT INTO application_decisions (district_id, id, application_id, decision, note, decided_by,"
      " decided_at, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {district_id_, *id, application_id, std::string(decision), note, by, now, reason});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<std::vector<std::string>> ReviewsStore::ParticipationHolds(std::int64_t cohort_id,
                                                                      std::int64_t school_id) {
  static const std::vector<std::pair<std::string, std::string>> kHolds = {
      {"published_agreement_signatures", "a signed agreement"},
      {"published_team_members", "a practitioner team"},
      {"published_participation_coaches", "a coach"},
      {"published_school_commitments", "commitments"},
      {"published_participation_details", "details recorded on its participation page"},
  };
  std::vector<std::string> holds;
  for (const auto& [table, words] : kHolds) {
    auto count = db_.QueryInt("SELECT COUNT(*) FROM " + table +
                                  " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
                              {district_id_, cohort_id, school_id});
    if (!count) return std::unexpected(count.error());
    if (count->value_or(0) > 0) holds.push_back(words);
  }
  return holds;
}

core::Result<std::vector<PersonRef>> ReviewsStore::PrincipalsOf(std::int64_t school_id,
                                                                const core::LocalDate& today) {
  std::vector<PersonRef> principals;
  const std::string day = core::FormatIsoDate(today);
  auto done = db_.Execute(
      "SELECT DISTINCT p.id, p.display_name, p.email, p.active FROM published_grants g"
      " JOIN published_people p ON p.district_id = g.district_id AND p.id = g.person_id"
      " WHERE g.district_id = $1 AND g.role = 'principal' AND g.scope_kind = 'school' AND g.scope_id = $2"
      " AND " + auth::GrantHoldsOn("g", "$3") +
      " AND p.active = 1 ORDER BY p.display_name",
      {district_id_, school_id, day}, [&](const db::Row& row) {
        principals.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3) != 0});
      });
  if (!done) return std::unexpected(done.error());
  return principals;
}

}  // namespace practica::applications
