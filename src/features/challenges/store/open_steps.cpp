// The steps still to do: at a person's schools, for the home page; due soon, for reminders.
#include "features/challenges/store/challenges_store.hpp"

#include "db/clause.hpp"

namespace practica::challenges {
namespace {

// Each step with its challenge's cohort (co) and school (s).
constexpr std::string_view kStepsWithSchool =
    " FROM challenge_steps t"
    " JOIN challenges c ON c.district_id = t.district_id AND c.id = t.challenge_id"
    " JOIN published_cohorts co ON co.district_id = c.district_id AND co.id = c.cohort_id"
    " JOIN published_schools s ON s.district_id = c.district_id AND s.id = c.school_id";

}  // namespace

core::Result<std::vector<OpenStep>> ChallengesStore::OpenSteps(const std::vector<std::int64_t>& school_ids) {
  std::vector<OpenStep> steps;
  if (school_ids.empty()) return steps;
  db::Params params{district_id_};
  const std::string in = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT co.slug, co.number, co.school_year, s.slug, s.name, t.number, t.what, t.due_on, t.status" +
          std::string(kStepsWithSchool) +
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

core::Result<std::vector<OwnedStep>> ChallengesStore::StepsDueOn(const std::vector<core::LocalDate>& days) {
  std::vector<OwnedStep> steps;
  if (days.empty()) return steps;
  db::Params params{district_id_};
  std::vector<db::Value> texts;
  for (const auto& day : days) texts.emplace_back(core::FormatIsoDate(day));
  const std::string in = db::Placeholders(texts, params);
  auto done = db_.Execute(
      "SELECT co.slug, co.number, co.school_year, s.slug, s.name, t.id, t.number, t.what, t.due_on, t.status,"
      " p.id, p.display_name, p.email" +
          std::string(kStepsWithSchool) +
          " JOIN published_people p ON p.district_id = t.district_id AND p.id = t.owner_person_id AND p.active = 1"
          " WHERE t.district_id = $1 AND t.status <> 'done' AND t.due_on IN (" + in + ")"
          " ORDER BY t.due_on, s.name, t.number",
      params, [&](const db::Row& row) {
        OwnedStep owned{{row.String(0), row.String(1), row.String(2), row.String(3), row.String(4), {}}, {}};
        auto& step = owned.open.step;
        step.id = row.Int(5);
        step.number = static_cast<int>(row.Int(6));
        step.what = row.String(7);
        step.due_on = row.OptionalDate(8).value_or(core::LocalDate{});
        step.status = ParseStepStatus(row.Text(9)).value_or(StepStatus::kNotStarted);
        step.owner_person_id = row.Int(10);
        step.owner_name = row.String(11);
        owned.owner_email = row.String(12);
        steps.push_back(std::move(owned));
      });
  if (!done) return std::unexpected(done.error());
  return steps;
}

}  // namespace practica::challenges
