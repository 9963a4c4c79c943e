#include "features/participations/store/coach_store.hpp"

#include "db/clause.hpp"

namespace practica::participations {
namespace {

constexpr std::string_view kAssignmentColumns =
    "SELECT a.id, p.id, p.display_name, p.email, a.assigned_at, a.ended_at FROM participation_coaches a"
    " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.coach_person_id"
    " WHERE a.district_id = $1 AND a.cohort_id = $2 AND a.school_id = $3";

CoachAssignment ReadAssignment(const db::Row& row) {
  return CoachAssignment{row.Int(0), PersonRef{row.Int(1), row.String(2), row.String(3)}, row.Int(4),
                         row.IsNull(5) ? std::nullopt : std::optional<std::int64_t>{row.Int(5)}};
}

}  // namespace

core::Result<std::optional<CoachAssignment>> CoachStore::Current(std::int64_t cohort_id, std::int64_t school_id) {
  std::optional<CoachAssignment> found;
  auto done = db_.Execute(std::string(kAssignmentColumns) + " AND a.ended_at IS NULL",
                          {district_id_, cohort_id, school_id},
                          [&](const db::Row& row) { found = ReadAssignment(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<CoachAssignment>> CoachStore::History(std::int64_t cohort_id, std::int64_t school_id) {
  auto all = HistoryOf(cohort_id, {school_id});
  if (!all) return std::unexpected(all.error());
  return std::move((*all)[school_id]);
}

core::Result<std::map<std::int64_t, std::vector<CoachAssignment>>> CoachStore::HistoryOf(
    std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, std::vector<CoachAssignment>> all;
  if (school_ids.empty()) return all;
  db::Params params{district_id_, cohort_id};
  const auto schools = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT a.id, p.id, p.display_name, p.email, a.assigned_at, a.ended_at, a.school_id FROM participation_coaches a"
      " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.coach_person_id"
      " WHERE a.district_id = $1 AND a.cohort_id = $2 AND a.school_id IN (" + schools + ")"
      " ORDER BY a.assigned_at DESC, a.id DESC",
      params, [&](const db::Row& row) { all[row.Int(6)].push_back(ReadAssignment(row)); });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<CoachAssignment> CoachStore::Assign(std::int64_t cohort_id, std::int64_t school_id,
                                                 const PersonRef& coach, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto saved = db_.Exec(
      "INSERT INTO participation_coaches (district_id, id, cohort_id, school_id, coach_person_id, assigned_at,"
      " assigned_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, *id, cohort_id, school_id, coach.id, now, by == 0 ? db::Value{nullptr} : db::Value{by}});
  if (!saved) {
    auto error = saved.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = "Someone assigned a coach to this school a moment ago; reload the page to see who.";
    }
    return std::unexpected(error);
  }
  return CoachAssignment{*id, coach, now, std::nullopt};
}

core::Result<void> CoachStore::End(std::int64_t assignment_id, std::int64_t by, std::int64_t now) {
  auto ended = db_.Exec(
      "UPDATE participation_coaches SET ended_at = $3, ended_by = $4 WHERE district_id = $1 AND id = $2"
      " AND ended_at IS NULL",
      {district_id_, assignment_id, now, by});
  if (!ended) return std::unexpected(ended.error());
  return {};
}

core::Result<bool> CoachStore::CoachesElsewhere(std::int64_t coach_id, std::int64_t school_id,
                                                std::int64_t except_cohort_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM participation_coaches WHERE district_id = $1 AND coach_person_id = $2 AND school_id = $3"
      " AND cohort_id <> $4 AND ended_at IS NULL",
      {district_id_, coach_id, school_id, except_cohort_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<bool> CoachStore::InCaseload(std::int64_t coach_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_coach_assignments WHERE district_id = $1 AND coach_person_id = $2 AND school_id = $3"
      " AND ended_at IS NULL",
      {district_id_, coach_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<std::vector<Listed>> CoachStore::Caseload(std::int64_t coach_id) {
  std::vector<Listed> rows;
  auto done = db_.Execute(
      "SELECT c.id, c.slug, c.number, c.title, c.school_year, s.id, COALESCE(s.local_district_id, 0), s.slug, s.name,"
      " COALESCE(l.name, ''), r.listed_name FROM participation_coaches a"
      " JOIN participations r ON r.district_id = a.district_id AND r.cohort_id = a.cohort_id"
      "  AND r.school_id = a.school_id"
      " JOIN published_cohorts c ON c.district_id = a.district_id AND c.id = a.cohort_id"
      " JOIN published_schools s ON s.district_id = a.district_id AND s.id = a.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE a.district_id = $1 AND a.coach_person_id = $2 AND a.ended_at IS NULL"
      " ORDER BY c.number DESC, s.name, s.id",
      {district_id_, coach_id}, [&](const db::Row& row) {
        rows.push_back(Listed{CohortRef{row.Int(0), row.String(1), row.String(2), row.String(3), row.String(4)},
                              SchoolRef{row.Int(5), row.Int(6), row.String(7), row.String(8), row.String(9)},
                              row.String(10)});
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::participations
