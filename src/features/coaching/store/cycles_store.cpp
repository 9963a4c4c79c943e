#include "features/coaching/store/cycles_store.hpp"

#include <map>

#include "db/clause.hpp"

namespace practica::coaching {
namespace {

constexpr std::string_view kColumns =
    "SELECT y.id, y.coach_person_id, c.display_name, s.id, s.slug, s.name, s.local_district_id,"
    " y.teacher_person_id, t.display_name, y.goal, y.started_on, y.teacher_note, y.illustrative"
    " FROM coaching_cycles y"
    " JOIN published_schools s ON s.district_id = y.district_id AND s.id = y.school_id"
    " JOIN published_people c ON c.district_id = y.district_id AND c.id = y.coach_person_id"
    " JOIN published_people t ON t.district_id = y.district_id AND t.id = y.teacher_person_id";

Cycle CycleOf(const db::Row& row) {
  Cycle y;
  y.id = row.Int(0);
  y.coach_id = row.Int(1);
  y.coach_name = row.String(2);
  y.school = core::SchoolRef{row.Int(3), row.Int(6), row.String(4), row.String(5), ""};
  y.teacher_id = row.Int(7);
  y.teacher_name = row.String(8);
  y.goal = row.String(9);
  if (auto day = row.OptionalDate(10)) y.facts.started_on = *day;
  y.teacher_note = row.String(11);
  y.illustrative = row.Int(12) == 1;
  return y;
}

core::Error NoSuchCycle(std::int64_t id) {
  return core::Error{core::ErrorCode::kNotFound,
                     "There is no coaching cycle " + std::to_string(id) +
                         " for you to read: a cycle is seen only by its teacher and its coach.",
                     {}, ""};
}

}  // namespace

core::Result<std::int64_t> CyclesStore::Add(const CycleDraft& d, bool illustrative, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO coaching_cycles (district_id, id, coach_person_id, school_id, teacher_person_id, goal,"
      " started_on, illustrative, created_at, open_teacher_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $5)",
      {district_id_, *id, d.coach_id, d.school_id, d.teacher_id, d.goal, core::FormatIsoDate(d.started_on),
       static_cast<std::int64_t>(illustrative ? 1 : 0), now});
  if (!added) {
    // The one-open-cycle key (coaching_cycles_one_open): another start won the race.
    if (added.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict,
                        "This teacher's open cycle with you was started a moment ago; reload your cycles and "
                        "finish that one first.",
                        {}, "teacher");
    }
    return std::unexpected(added.error());
  }
  return *id;
}

core::Result<void> CyclesStore::LoadSteps(std::vector<Cycle>& cycles) {
  if (cycles.empty()) return {};
  std::map<std::int64_t, Cycle*> by_id;
  std::vector<std::int64_t> ids;
  for (auto& y : cycles) {
    by_id[y.id] = &y;
    ids.push_back(y.id);
  }
  db::Params params{district_id_};
  const auto in = db::IdPlaceholders(ids, params);
  auto done = db_.Execute(
      "SELECT cycle_id, step, held_on, notes, due_on FROM coaching_cycle_steps"
      " WHERE district_id = $1 AND cycle_id IN (" + in + ")",
      params, [&](const db::Row& row) {
        auto step = StepOf(row.Text(1));
        auto held = row.OptionalDate(2);
        if (!step || !held) return;
        by_id.at(row.Int(0))->facts.steps.push_back(StepRecord{*step, *held, row.String(3), row.OptionalDate(4)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<Cycle> CyclesStore::Read(std::int64_t viewer, std::int64_t id) {
  std::vector<Cycle> found;
  auto done = db_.Execute(std::string(kColumns) + " WHERE y.district_id = $1 AND y.id = $2", {district_id_, id},
                          [&](const db::Row& row) { found.push_back(CycleOf(row)); });
  if (!done) return std::unexpected(done.error());
  if (found.empty() || !MayReadCycle(viewer, found[0].teacher_id, found[0].coach_id)) {
    return std::unexpected(NoSuchCycle(id));
  }
  if (auto steps = LoadSteps(found); !steps) return std::unexpected(steps.error());
  return std::move(found[0]);
}

core::Result<std::vector<Cycle>> CyclesStore::ListFor(std::int64_t viewer) {
  std::vector<Cycle> list;
  if (viewer == 0) return list;
  auto done = db_.Execute(
      std::string(kColumns) + " WHERE y.district_id = $1 AND (y.teacher_person_id = $2 OR y.coach_person_id = $2)"
                              " ORDER BY y.started_on DESC, y.id DESC LIMIT 200",
      {district_id_, viewer}, [&](const db::Row& row) {
        auto y = CycleOf(row);
        if (MayReadCycle(viewer, y.teacher_id, y.coach_id)) list.push_back(std::move(y));
      });
  if (!done) return std::unexpected(done.error());
  if (auto steps = LoadSteps(list); !steps) return std::unexpected(steps.error());
  return list;
}

core::Result<std::set<std::int64_t>> CyclesStore::OpenWith(std::int64_t coach_id) {
  std::set<std::int64_t> open;
  // A cycle is open until its next step is written (StateOf); AddStep clears open_teacher_id then.
  auto done = db_.Execute(
      "SELECT open_teacher_id FROM coaching_cycles WHERE district_id = $1 AND coach_person_id = $2"
      " AND open_teacher_id IS NOT NULL",
      {district_id_, coach_id}, [&](const db::Row& row) { open.insert(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return open;
}

core::Result<void> CyclesStore::AddStep(std::int64_t cycle_id, const StepRecord& step, std::int64_t now) {
  auto added = db_.Exec(
      "INSERT INTO coaching_cycle_steps (district_id, cycle_id, step, held_on, notes, due_on, recorded_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, cycle_id, std::string(StepCode(step.step)), core::FormatIsoDate(step.held_on), step.notes,
       db::Nullable(step.due_on), now});
  if (!added) {
    if (added.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict,
                        std::string(StepName(step.step)) + " was recorded a moment ago; reload the cycle.", {},
                        "step");
    }
    return std::unexpected(added.error());
  }
  if (step.step == CycleStep::kNextStep) {
    // The last step closes the cycle: the coach may start another with this teacher.
    auto closed = db_.Exec("UPDATE coaching_cycles SET open_teacher_id = NULL WHERE district_id = $1 AND id = $2",
                           {district_id_, cycle_id});
    if (!closed) return std::unexpected(closed.error());
  }
  return {};
}

core::Result<void> CyclesStore::WriteTeacherNote(std::int64_t viewer, std::int64_t id, const std::string& text) {
  auto cycle = Read(viewer, id);
  if (!cycle) return std::unexpected(cycle.error());
  if (cycle->teacher_id != viewer) {
    return core::Fail(core::ErrorCode::kForbidden, "Only the teacher of the cycle writes the teacher's note.", {},
                      "teacher_note");
  }
  auto changed = db_.Exec("UPDATE coaching_cycles SET teacher_note = $3 WHERE district_id = $1 AND id = $2",
                          {district_id_, id, text});
  if (!changed) return std::unexpected(changed.error());
  return {};
}

}  // namespace practica::coaching
