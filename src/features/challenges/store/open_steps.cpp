// The steps still to do at a person's schools, for the home page.
#include "features/challenges/store/challenges_store.hpp"

namespace practica::challenges {

core::Result<std::vector<OpenStep>> ChallengesStore::OpenSteps(const std::vector<std::int64_t>& school_ids) {
  std::vector<OpenStep> steps;
  if (school_ids.empty()) return steps;
  std::string in;
  db::Params params{district_id_};
  for (auto id : school_ids) {
    params.emplace_back(id);
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  auto done = db_.Execute(
      "SELECT co.slug, co.number, co.school_year, s.slug, s.name, t.number, t.what, t.due_on, t.status"
      " FROM challenge_steps t"
      " JOIN challenges c ON c.district_id = t.district_id AND c.id = t.challenge_id"
      " JOIN published_cohorts co ON co.district_id = c.district_id AND co.id = c.cohort_id"
      " JOIN published_schools s ON s.district_id = c.district_id AND s.id = c.school_id"
      " WHERE t.district_id = $1 AND t.status <> 'done' AND c.school_id IN (" + in + ")"
      " ORDER BY s.name, t.due_on",
      params, [&](const db::Row& row) {
        OpenStep open{row.String(0), row.String(1), row.String(2), row.String(3), row.String(4), {}};
        open.step.number = static_cast<int>(row.Int(5));
        open.step.what = row.String(6);
        open.step.due_on = row.OptionalDate(7).value_or(core::LocalDate{});
        open.step.status = ParseStepStatus(row.Text(8)).value_or(StepStatus::kNotStarted);
        steps.push_back(std::move(open));
      });
  if (!done) return std::unexpected(done.error());
  return steps;
}

}  // namespace practica::challenges
