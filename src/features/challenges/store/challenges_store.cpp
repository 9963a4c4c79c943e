#include "features/challenges/store/challenges_store.hpp"

#include <algorithm>

#include "features/cohorts/published/cohort_refs.hpp"
#include "features/schools/published/school_refs.hpp"

namespace practica::challenges {
namespace {

#define CHALLENGES_TRY(expr)                                   \
  if (auto challenges_try = (expr); !challenges_try) {         \
    return std::unexpected(challenges_try.error());            \
  }

std::optional<std::int64_t> ReadOptional(const db::Row& row, int column) { return row.OptionalInt(column); }

}  // namespace

Progress ChallengeRecord::ProgressOf() const {
  Progress progress;
  progress.has_problem = !problem.statement.empty();
  progress.has_statement = !statement.empty();
  progress.steps = static_cast<int>(steps.size());
  progress.cycles = static_cast<int>(cycles.size());
  for (const auto& cycle : cycles) {
    if (!cycle.closed()) ++progress.open_cycles;
    if (cycle.closed() && cycle.decision == Decision::kAdopt) progress.adopted = true;
  }
  return progress;
}

std::optional<Cycle> ChallengeRecord::OpenCycle() const {
  for (const auto& cycle : cycles) {
    if (!cycle.closed()) return cycle;
  }
  return std::nullopt;
}

core::Result<std::optional<CohortRef>> ChallengesStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<SchoolRef>> ChallengesStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<bool> ChallengesStore::InCohort(std::int64_t cohort_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<std::string> ChallengesStore::FocusStandard(std::int64_t cohort_id) {
  std::string code;
  auto done = db_.Execute("SELECT focus_standard_code FROM published_cohorts WHERE district_id = $1 AND id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) { code = row.String(0); });
  if (!done) return std::unexpected(done.error());
  return code;
}

core::Result<std::vector<Practice>> ChallengesStore::CsPractices() {
  std::vector<Practice> practices;
  auto done = db_.Execute(
      "SELECT code, name FROM published_tagging_terms WHERE district_id = $1 AND kind = 'cs_practice'"
      " ORDER BY position, code",
      {district_id_}, [&](const db::Row& row) { practices.push_back(Practice{row.String(0), row.String(1)}); });
  if (!done) return std::unexpected(done.error());
  return practices;
}

core::Result<std::vector<Indicator>> ChallengesStore::StudentIndicators() {
  std::vector<Indicator> indicators;
  auto done = db_.Execute(
      "SELECT i.code, i.standard_code, i.text FROM published_standard_indicators i"
      " JOIN published_standards s ON s.district_id = i.district_id AND s.code = i.standard_code"
      " WHERE i.district_id = $1 AND s.family = 'students' ORDER BY i.code",
      {district_id_}, [&](const db::Row& row) {
        indicators.push_back(Indicator{row.String(0), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return indicators;
}

core::Result<std::vector<std::int64_t>> ChallengesStore::CohortSchoolIds(std::int64_t cohort_id) {
  std::vector<std::int64_t> ids;
  auto done = db_.Execute("SELECT school_id FROM published_participations WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) { ids.push_back(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return ids;
}

core::Result<std::vector<TeamPerson>> ChallengesStore::Team(std::int64_t cohort_id, std::int64_t school_id) {
  std::vector<TeamPerson> team;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name, 'Practitioner team' FROM published_team_members t"
      " JOIN published_people p ON p.district_id = t.district_id AND p.id = t.person_id"
      " WHERE t.district_id = $1 AND t.cohort_id = $2 AND t.school_id = $3 AND t.removed_at IS NULL"
      " UNION ALL"
      " SELECT p.id, p.display_name, 'Coach (ITF)' FROM published_participation_coaches c"
      " JOIN published_people p ON p.district_id = c.district_id AND p.id = c.coach_person_id"
      " WHERE c.district_id = $1 AND c.cohort_id = $2 AND c.school_id = $3 AND c.ended_at IS NULL",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        if (std::ranges::find(team, row.Int(0), &TeamPerson::person_id) != team.end()) return;
        team.push_back(TeamPerson{row.Int(0), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return team;
}

core::Result<std::optional<ChallengeRecord>> ChallengesStore::Load(std::int64_t cohort_id, std::int64_t school_id) {
  std::optional<ChallengeRecord> record;
  auto done = db_.Execute(
      "SELECT id, problem, evidence, evidence_links, affects, statement, indicators, illustrative, shared_at,"
      " updated_at, cs_practices FROM challenges WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        ChallengeRecord r;
        r.id = row.Int(0);
        r.problem = ProblemOfPractice{row.String(1), row.String(2), row.String(3), row.String(4)};
        r.statement = row.String(5);
        r.indicators = SplitCodes(row.Text(6));
        r.illustrative = row.Int(7) != 0;
        r.shared_at = ReadOptional(row, 8);
        r.updated_at = row.Int(9);
        r.cs_practices = SplitCodes(row.Text(10));
        record = std::move(r);
      });
  if (!done) return std::unexpected(done.error());
  if (!record) return record;
  CHALLENGES_TRY(LoadSteps(*record));
  CHALLENGES_TRY(LoadCycles(*record));
  CHALLENGES_TRY(LoadComments(*record));
  return record;
}

core::Result<void> ChallengesStore::LoadSteps(ChallengeRecord& record) {
  auto done = db_.Execute(
      "SELECT s.id, s.number, s.what, s.owner_person_id, COALESCE(p.display_name, ''), s.due_on, s.status"
      " FROM challenge_steps s LEFT JOIN published_people p ON p.district_id = s.district_id AND p.id = s.owner_person_id"
      " WHERE s.district_id = $1 AND s.challenge_id = $2 ORDER BY s.due_on, s.number",
      {district_id_, record.id}, [&](const db::Row& row) {
        ActionStep step;
        step.id = row.Int(0);
        step.number = static_cast<int>(row.Int(1));
        step.what = row.String(2);
        step.owner_person_id = row.Int(3);
        step.owner_name = row.String(4);
        step.due_on = row.OptionalDate(5).value_or(core::LocalDate{});
        step.status = ParseStepStatus(row.Text(6)).value_or(StepStatus::kNotStarted);
        record.steps.push_back(std::move(step));
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> ChallengesStore::LoadCycles(ChallengeRecord& record) {
  auto done = db_.Execute(
      "SELECT id, number, try_text, prediction, evidence_planned, happened, evidence_links, learned, decision,"
      " next_step, closed_at FROM challenge_cycles WHERE district_id = $1 AND challenge_id = $2 ORDER BY number",
      {district_id_, record.id}, [&](const db::Row& row) {
        Cycle cycle;
        cycle.id = row.Int(0);
        cycle.number = static_cast<int>(row.Int(1));
        cycle.try_text = row.String(2);
        cycle.prediction = row.String(3);
        cycle.evidence_planned = row.String(4);
        cycle.happened = row.String(5);
        cycle.evidence_links = row.String(6);
        cycle.learned = row.String(7);
        cycle.decision = ParseDecision(row.Text(8));
        cycle.next_step = row.String(9);
        cycle.closed_at = ReadOptional(row, 10);
        record.cycles.push_back(std::move(cycle));
      });
  if (!done) return std::unexpected(done.error());
  return LoadCycleFiles(record);
}

core::Result<void> ChallengesStore::LoadComments(ChallengeRecord& record) {
  auto done = db_.Execute(
      "SELECT c.id, c.person_id, COALESCE(p.display_name, ''), c.body, c.at FROM challenge_comments c"
      " LEFT JOIN published_people p ON p.district_id = c.district_id AND p.id = c.person_id"
      " WHERE c.district_id = $1 AND c.challenge_id = $2 ORDER BY c.at, c.id",
      {district_id_, record.id}, [&](const db::Row& row) {
        record.comments.push_back(Comment{row.Int(0), row.Int(1), row.String(2), row.String(3), row.Int(4)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::challenges
