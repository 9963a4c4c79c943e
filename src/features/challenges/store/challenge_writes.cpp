// The challenges store's writes: one statement each, inside the caller's transaction.
#include "db/find_or_insert.hpp"
#include "features/challenges/store/challenges_store.hpp"

namespace practica::challenges {

core::Result<std::int64_t> ChallengesStore::Ensure(std::int64_t cohort_id, std::int64_t school_id, std::int64_t by,
                                                   std::int64_t now, bool illustrative) {
  return db::FindOrInsert(db_, "challenges", {{"district_id", district_id_}, {"cohort_id", cohort_id}, {"school_id", school_id}},
                          {{"illustrative", std::int64_t{illustrative ? 1 : 0}}, {"updated_at", now}, {"updated_by", by}});
}

core::Result<void> ChallengesStore::SaveProblem(std::int64_t id, const ProblemOfPractice& problem, std::int64_t by,
                                                std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE challenges SET problem = $3, evidence = $4, evidence_links = $5, affects = $6, updated_at = $7,"
      " updated_by = $8 WHERE district_id = $1 AND id = $2",
      {district_id_, id, problem.statement, problem.evidence, problem.links, problem.affects, now, by});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> ChallengesStore::SaveStatement(std::int64_t id, const std::string& statement,
                                                  const std::vector<std::string>& indicators,
                                                  const std::vector<std::string>& cs_practices, std::int64_t by,
                                                  std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE challenges SET statement = $3, indicators = $4, cs_practices = $5, updated_at = $6, updated_by = $7"
      " WHERE district_id = $1 AND id = $2",
      {district_id_, id, statement, JoinCodes(indicators), JoinCodes(cs_practices), now, by});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<bool> ChallengesStore::Share(std::int64_t id, std::int64_t by, std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE challenges SET shared_at = $3, updated_at = $3, updated_by = $4"
      " WHERE district_id = $1 AND id = $2 AND shared_at IS NULL",
      {district_id_, id, now, by});
  if (!done) return std::unexpected(done.error());
  return *done > 0;
}

core::Result<ActionStep> ChallengesStore::AddStep(std::int64_t id, ActionStep step, std::int64_t by, std::int64_t now) {
  auto last = db_.QueryInt("SELECT COALESCE(MAX(number), 0) FROM challenge_steps WHERE district_id = $1 AND challenge_id = $2",
                           {district_id_, id});
  if (!last) return std::unexpected(last.error());
  auto step_id = db_.NextId();
  if (!step_id) return std::unexpected(step_id.error());
  step.id = *step_id;
  step.number = static_cast<int>(last->value_or(0) + 1);
  auto added = db_.Exec(
      "INSERT INTO challenge_steps (district_id, id, challenge_id, number, what, owner_person_id, due_on, status,"
      " updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, step.id, id, std::int64_t{step.number}, step.what, step.owner_person_id,
       core::FormatIsoDate(step.due_on), std::string(StepStatusCode(step.status)), now, by});
  if (!added) return std::unexpected(added.error());
  return step;
}

core::Result<void> ChallengesStore::SetStepStatus(std::int64_t step_id, StepStatus status, std::int64_t by,
                                                  std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE challenge_steps SET status = $3, updated_at = $4, updated_by = $5 WHERE district_id = $1 AND id = $2",
      {district_id_, step_id, std::string(StepStatusCode(status)), now, by});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<Cycle> ChallengesStore::OpenCycle(std::int64_t id, Cycle cycle, std::int64_t by, std::int64_t now) {
  auto last = db_.QueryInt("SELECT COALESCE(MAX(number), 0) FROM challenge_cycles WHERE district_id = $1 AND challenge_id = $2",
                           {district_id_, id});
  if (!last) return std::unexpected(last.error());
  auto cycle_id = db_.NextId();
  if (!cycle_id) return std::unexpected(cycle_id.error());
  cycle.id = *cycle_id;
  cycle.number = static_cast<int>(last->value_or(0) + 1);
  auto added = db_.Exec(
      "INSERT INTO challenge_cycles (district_id, id, challenge_id, number, try_text, prediction, evidence_planned,"
      " opened_at, opened_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, cycle.id, id, std::int64_t{cycle.number}, cycle.try_text, cycle.prediction,
       cycle.evidence_planned, now, by});
  if (!added) return std::unexpected(added.error());
  return cycle;
}

core::Result<void> ChallengesStore::SaveCycle(const Cycle& cycle, bool close, std::int64_t by, std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE challenge_cycles SET happened = $3, evidence_links = $4, learned = $5, decision = $6, next_step = $7,"
      " closed_at = $8, closed_by = $9 WHERE district_id = $1 AND id = $2 AND closed_at IS NULL",
      {district_id_, cycle.id, cycle.happened, cycle.evidence_links, cycle.learned,
       cycle.decision ? std::string(DecisionCode(*cycle.decision)) : std::string(), cycle.next_step,
       close ? db::Value{now} : db::Value{nullptr}, close ? db::Value{by} : db::Value{nullptr}});
  if (!done) return std::unexpected(done.error());
  if (*done == 0) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Cycle " + std::to_string(cycle.number) + " is already closed; open the next cycle instead.");
  }
  return {};
}

core::Result<Comment> ChallengesStore::AddComment(std::int64_t id, std::int64_t by, const std::string& body,
                                                  std::int64_t now) {
  auto comment_id = db_.NextId();
  if (!comment_id) return std::unexpected(comment_id.error());
  auto added = db_.Exec(
      "INSERT INTO challenge_comments (district_id, id, challenge_id, person_id, body, at) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, *comment_id, id, by, body, now});
  if (!added) return std::unexpected(added.error());
  return Comment{*comment_id, by, "", body, now};
}

core::Result<std::vector<GalleryRow>> ChallengesStore::Gallery(std::int64_t cohort_id) {
  std::vector<GalleryRow> rows;
  auto done = db_.Execute(
      "SELECT s.id, COALESCE(s.local_district_id, 0), s.slug, s.name, COALESCE(c.id, 0), COALESCE(c.statement, ''),"
      " COALESCE(c.indicators, ''), c.shared_at, COALESCE(c.illustrative, 0), COALESCE(c.problem, ''),"
      " COALESCE(st.n, 0), COALESCE(cy.n, 0), COALESCE(cy.open_n, 0), COALESCE(cy.adopted, 0)"
      " FROM published_participations pa"
      " JOIN published_schools s ON s.district_id = pa.district_id AND s.id = pa.school_id"
      " LEFT JOIN challenges c ON c.district_id = pa.district_id AND c.cohort_id = pa.cohort_id"
      "   AND c.school_id = pa.school_id"
      // Steps and cycles counted once per challenge of the cohort, not once per school row: the
      // dashboard reads this for a thousand schools.
      " LEFT JOIN (SELECT t.challenge_id, COUNT(*) AS n FROM challenge_steps t"
      "   JOIN challenges tc ON tc.district_id = t.district_id AND tc.id = t.challenge_id"
      "   WHERE t.district_id = $1 AND tc.cohort_id = $2 GROUP BY t.challenge_id) st ON st.challenge_id = c.id"
      " LEFT JOIN (SELECT y.challenge_id, COUNT(*) AS n,"
      "   SUM(CASE WHEN y.closed_at IS NULL THEN 1 ELSE 0 END) AS open_n,"
      "   SUM(CASE WHEN y.closed_at IS NOT NULL AND y.decision = 'adopt' THEN 1 ELSE 0 END) AS adopted"
      "   FROM challenge_cycles y JOIN challenges yc ON yc.district_id = y.district_id AND yc.id = y.challenge_id"
      "   WHERE y.district_id = $1 AND yc.cohort_id = $2 GROUP BY y.challenge_id) cy ON cy.challenge_id = c.id"
      " WHERE pa.district_id = $1 AND pa.cohort_id = $2 ORDER BY s.name, s.id",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        GalleryRow r;
        r.school = SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3), ""};
        r.challenge_id = row.Int(4);
        r.statement = row.String(5);
        r.indicators = SplitCodes(row.Text(6));
        r.shared = !row.IsNull(7);
        r.illustrative = row.Int(8) != 0;
        r.progress.has_problem = !row.Text(9).empty();
        r.progress.has_statement = !r.statement.empty();
        r.progress.steps = static_cast<int>(row.Int(10));
        r.progress.cycles = static_cast<int>(row.Int(11));
        r.progress.open_cycles = static_cast<int>(row.Int(12));
        r.progress.adopted = row.Int(13) > 0;
        rows.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::challenges
