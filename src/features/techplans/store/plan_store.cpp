// The technology plan's reads and writes: one statement each, inside the caller's transaction.
#include "db/find_or_insert.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {

core::Result<std::optional<PlanRecord>> TechPlansStore::LoadPlan(std::int64_t cohort_id, std::int64_t school_id) {
  std::optional<PlanRecord> plan;
  auto done = db_.Execute(
      "SELECT id, status, illustrative FROM tech_plans WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        plan = PlanRecord{row.Int(0), ParseStatus(row.Text(1)).value_or(PlanStatus::kDraft), row.Int(2) != 0, {}, {}};
      });
  if (!done) return std::unexpected(done.error());
  if (!plan) return plan;
  std::vector<std::int64_t> version_ids;
  done = db_.Execute(
      "SELECT v.id, v.number, v.vision, v.personalized_learning, v.digital_citizenship, v.change_management,"
      " v.responsible_use, v.parent_acknowledgement, v.social_media_educators, v.social_media_students,"
      " v.saved_by, COALESCE(p.display_name, ''), v.saved_at"
      " FROM tech_plan_versions v LEFT JOIN published_people p ON p.district_id = v.district_id AND p.id = v.saved_by"
      " WHERE v.district_id = $1 AND v.plan_id = $2 ORDER BY v.number",
      {district_id_, plan->id}, [&](const db::Row& row) {
        version_ids.push_back(row.Int(0));
        Version v;
        v.number = static_cast<int>(row.Int(1));
        v.content = PlanContent{row.String(2), {}, row.String(3), row.String(4), row.String(5),
                                row.String(6), row.String(7), row.String(8), row.String(9)};
        v.saved_by = row.Int(10);
        v.saved_by_name = row.String(11);
        v.saved_at = row.Int(12);
        plan->versions.push_back(std::move(v));
      });
  if (!done) return std::unexpected(done.error());
  done = db_.Execute(
      "SELECT v.number, g.goal, g.strategies, g.indicators, g.tools FROM tech_plan_goals g"
      " JOIN tech_plan_versions v ON v.district_id = g.district_id AND v.id = g.version_id"
      " WHERE v.district_id = $1 AND v.plan_id = $2 ORDER BY v.number, g.number",
      {district_id_, plan->id}, [&](const db::Row& row) {
        const auto number = static_cast<std::size_t>(row.Int(0));
        if (number == 0 || number > plan->versions.size()) return;
        plan->versions[number - 1].content.goals.push_back(
            Goal{row.String(1), row.String(2), row.String(3), row.String(4)});
      });
  if (!done) return std::unexpected(done.error());
  done = db_.Execute(
      "SELECT n.version, n.kind, n.person_id, COALESCE(p.display_name, ''), n.body, n.at FROM tech_plan_notes n"
      " LEFT JOIN published_people p ON p.district_id = n.district_id AND p.id = n.person_id"
      " WHERE n.district_id = $1 AND n.plan_id = $2 ORDER BY n.at, n.id",
      {district_id_, plan->id}, [&](const db::Row& row) {
        plan->notes.push_back(Note{static_cast<int>(row.Int(0)), row.String(1), row.Int(2), row.String(3),
                                   row.String(4), row.Int(5)});
      });
  if (!done) return std::unexpected(done.error());
  return plan;
}

core::Result<std::int64_t> TechPlansStore::EnsurePlan(std::int64_t cohort_id, std::int64_t school_id, std::int64_t by,
                                                      std::int64_t now, bool illustrative) {
  return db::FindOrInsert(db_, "tech_plans", {{"district_id", district_id_}, {"cohort_id", cohort_id}, {"school_id", school_id}},
                          {{"status", std::string("draft")}, {"illustrative", std::int64_t{illustrative ? 1 : 0}},
                           {"updated_at", now}, {"updated_by", by}});
}

core::Result<int> TechPlansStore::AddVersion(std::int64_t plan_id, const PlanContent& c, std::int64_t by,
                                             std::int64_t now) {
  auto last = db_.QueryInt("SELECT COALESCE(MAX(number), 0) FROM tech_plan_versions WHERE district_id = $1 AND plan_id = $2",
                           {district_id_, plan_id});
  if (!last) return std::unexpected(last.error());
  const auto number = last->value_or(0) + 1;
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO tech_plan_versions (district_id, id, plan_id, number, vision, personalized_learning,"
      " digital_citizenship, change_management, responsible_use, parent_acknowledgement, social_media_educators,"
      " social_media_students, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      {district_id_, *id, plan_id, number, c.vision, c.personalized_learning, c.digital_citizenship,
       c.change_management, c.responsible_use, c.parent_acknowledgement, c.social_media_educators,
       c.social_media_students, by, now});
  if (!added) return std::unexpected(added.error());
  std::int64_t goal_number = 0;
  for (const auto& g : c.goals) {
    auto goal = db_.Exec(
        "INSERT INTO tech_plan_goals (district_id, version_id, number, goal, strategies, indicators, tools)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {district_id_, *id, ++goal_number, g.goal, g.strategies, g.indicators, g.tools});
    if (!goal) return std::unexpected(goal.error());
  }
  auto touched = db_.Exec("UPDATE tech_plans SET updated_at = $3, updated_by = $4 WHERE district_id = $1 AND id = $2",
                          {district_id_, plan_id, now, by});
  if (!touched) return std::unexpected(touched.error());
  return static_cast<int>(number);
}

core::Result<void> TechPlansStore::SetStatus(std::int64_t plan_id, PlanStatus status, std::int64_t by,
                                             std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE tech_plans SET status = $3, updated_at = $4, updated_by = $5 WHERE district_id = $1 AND id = $2",
      {district_id_, plan_id, std::string(StatusCode(status)), now, by});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> TechPlansStore::AddNote(std::int64_t plan_id, const Note& note) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto done = db_.Exec(
      "INSERT INTO tech_plan_notes (district_id, id, plan_id, version, kind, person_id, body, at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {district_id_, *id, plan_id, std::int64_t{note.version}, note.kind, note.person_id, note.body, note.at});
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::techplans
