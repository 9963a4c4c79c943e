#include "features/cohorts/store/cohorts_store.hpp"

#include "db/clause.hpp"

namespace practica::cohorts {
namespace {

constexpr std::string_view kCohortColumns =
    "c.id, c.program_id, c.slug, c.number, c.title, c.focus_standard_code, c.school_year, "
    "c.summary, c.announced_on, c.applications_open_at, c.applications_close_at";

Cohort ReadCohort(const db::Row& row) {
  Cohort cohort;
  cohort.id = row.Int(0);
  cohort.program_id = row.Int(1);
  cohort.slug = row.String(2);
  cohort.number = row.String(3);
  cohort.title = row.String(4);
  cohort.focus_standard_code = row.String(5);
  cohort.school_year = row.String(6);
  cohort.summary = row.String(7);
  cohort.announced_on = row.String(8);
  cohort.applications_open_at = row.OptionalInt(9);
  cohort.applications_close_at = row.OptionalInt(10);
  return cohort;
}

}  // namespace

core::Result<Program> CohortsStore::CreateProgram(Program program) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  program.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO programs (district_id, id, slug, name, summary, contact_name, contact_title, contact_email,"
      " info_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, program.id, program.slug, program.name, program.summary, program.contact_name,
       program.contact_title, program.contact_email, program.info_url});
  if (!inserted) return std::unexpected(inserted.error());
  return program;
}

core::Result<std::optional<Program>> CohortsStore::FindProgram(std::string_view slug) {
  std::optional<Program> found;
  auto done = db_.Execute(
      "SELECT id, slug, name, summary, contact_name, contact_title, contact_email, info_url FROM programs"
      " WHERE district_id = $1 AND slug = $2",
      {district_id_, std::string(slug)}, [&](const db::Row& row) {
        found = Program{row.Int(0),    row.String(1), row.String(2), row.String(3),
                        row.String(4), row.String(5), row.String(6), row.String(7)};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<Cohort> CohortsStore::CreateCohort(Cohort cohort) {
  if (auto checked = CheckCohort(cohort); !checked) return std::unexpected(checked.error());
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  cohort.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO cohorts (district_id, id, program_id, slug, number, title, focus_standard_code,"
      " school_year, summary, announced_on, applications_open_at, applications_close_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      {district_id_, cohort.id, cohort.program_id, cohort.slug, cohort.number, cohort.title,
       cohort.focus_standard_code, cohort.school_year, cohort.summary, cohort.announced_on,
       db::Nullable(cohort.applications_open_at), db::Nullable(cohort.applications_close_at)});
  if (!inserted) {
    auto error = inserted.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = "A cohort with the address \"" + cohort.slug + "\" already exists.";
      error.field = "slug";
    }
    return std::unexpected(error);
  }
  for (std::size_t i = 0; i < cohort.goals.size(); ++i) {
    auto goal = db_.Exec(
        "INSERT INTO cohort_goals (district_id, cohort_id, position, text) VALUES ($1, $2, $3, $4)",
        {district_id_, cohort.id, static_cast<std::int64_t>(i + 1), cohort.goals[i]});
    if (!goal) return std::unexpected(goal.error());
  }
  for (auto& item : cohort.timeline) {
    auto item_id = db_.NextId();
    if (!item_id) return std::unexpected(item_id.error());
    item.id = *item_id;
    auto saved = db_.Exec(
        "INSERT INTO timeline_items (district_id, id, cohort_id, title, starts_at, ends_at,"
        " shown_as) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {district_id_, item.id, cohort.id, item.title, item.starts_at, db::Nullable(item.ends_at),
         std::string(PrecisionCode(item.precision))});
    if (!saved) return std::unexpected(saved.error());
  }
  return cohort;
}

core::Result<std::vector<Cohort>> CohortsStore::List() {
  std::vector<Cohort> cohorts;
  auto done = db_.Execute(
      "SELECT " + std::string(kCohortColumns) +
          ", (SELECT COUNT(*) FROM published_participations p WHERE p.district_id = c.district_id"
          " AND p.cohort_id = c.id) FROM cohorts c WHERE c.district_id = $1"
          " ORDER BY c.school_year DESC, c.number DESC",
      {district_id_}, [&](const db::Row& row) {
        cohorts.push_back(ReadCohort(row));
        cohorts.back().school_count = static_cast<int>(row.Int(11));
      });
  if (!done) return std::unexpected(done.error());
  return cohorts;
}

core::Result<std::optional<Cohort>> CohortsStore::FindBySlug(std::string_view slug) {
  std::optional<Cohort> found;
  auto done = db_.Execute("SELECT " + std::string(kCohortColumns) +
                              ", (SELECT COUNT(*) FROM published_participations p"
                              " WHERE p.district_id = c.district_id AND p.cohort_id = c.id)"
                              " FROM cohorts c WHERE c.district_id = $1 AND c.slug = $2",
                          {district_id_, std::string(slug)}, [&](const db::Row& row) {
                            found = ReadCohort(row);
                            found->school_count = static_cast<int>(row.Int(11));
                          });
  if (!done) return std::unexpected(done.error());
  if (!found) return found;
  auto goals = db_.Execute(
      "SELECT text FROM cohort_goals WHERE district_id = $1 AND cohort_id = $2 ORDER BY position",
      {district_id_, found->id}, [&](const db::Row& row) { found->goals.push_back(row.String(0)); });
  if (!goals) return std::unexpected(goals.error());
  auto timeline = db_.Execute(
      "SELECT id, title, starts_at, ends_at, shown_as FROM timeline_items"
      " WHERE district_id = $1 AND cohort_id = $2 ORDER BY starts_at, id",
      {district_id_, found->id}, [&](const db::Row& row) {
        found->timeline.push_back(TimelineItem{row.Int(0), row.String(1), row.Int(2),
                                               row.OptionalInt(3),
                                               ParsePrecision(row.Text(4)).value_or(Precision::kDay)});
      });
  if (!timeline) return std::unexpected(timeline.error());
  return found;
}

core::Result<std::vector<CohortSchool>> CohortsStore::Schools(std::int64_t cohort_id,
                                                              const CohortSchoolFilter& filter) {
  db::Clause where("p.district_id = $1 AND p.cohort_id = $2", {district_id_, cohort_id});
  if (!filter.local_district_slug.empty()) where.And("l.slug = ?", filter.local_district_slug);
  if (filter.type) where.And("s.school_type = ?", std::string(schools::SchoolTypeCode(*filter.type)));
  std::vector<CohortSchool> rows;
  auto done = db_.Execute(
      "SELECT s.slug, s.name, p.listed_name, s.school_type, COALESCE(l.name, ''),"
      " COALESCE(l.slug, '') FROM published_participations p"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id" +
          where.sql() + " ORDER BY s.name",
      where.params(), [&](const db::Row& row) {
        rows.push_back(CohortSchool{
            row.String(0), row.String(1), row.String(2),
            schools::ParseSchoolType(row.Text(3)).value_or(schools::SchoolType::kOther),
            row.String(4), row.String(5)});
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<std::vector<std::pair<std::string, std::string>>> CohortsStore::LocalDistrictsIn(
    std::int64_t cohort_id) {
  std::vector<std::pair<std::string, std::string>> rows;
  auto done = db_.Execute(
      "SELECT DISTINCT l.slug, l.name FROM published_participations p"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2 ORDER BY l.name",
      {district_id_, cohort_id},
      [&](const db::Row& row) { rows.emplace_back(row.String(0), row.String(1)); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<std::vector<std::string>> CohortsStore::Goals(std::int64_t cohort_id) {
  std::vector<std::string> goals;
  auto read = db_.Execute(
      "SELECT text FROM cohort_goals WHERE district_id = $1 AND cohort_id = $2 ORDER BY position",
      {district_id_, cohort_id}, [&](const db::Row& row) { goals.push_back(row.String(0)); });
  if (!read) return std::unexpected(read.error());
  return goals;
}

core::Result<void> CohortsStore::AddGoals(std::int64_t cohort_id, const std::vector<std::string>& goals) {
  auto last = db_.QueryInt("SELECT COALESCE(MAX(position), 0) FROM cohort_goals WHERE district_id = $1 AND cohort_id = $2",
                           {district_id_, cohort_id});
  if (!last) return std::unexpected(last.error());
  std::int64_t position = last->value_or(0);
  for (const auto& goal : goals) {
    auto added = db_.Exec("INSERT INTO cohort_goals (district_id, cohort_id, position, text) VALUES ($1, $2, $3, $4)",
                          {district_id_, cohort_id, ++position, goal});
    if (!added) return std::unexpected(added.error());
  }
  return {};
}

}  // namespace practica::cohorts
