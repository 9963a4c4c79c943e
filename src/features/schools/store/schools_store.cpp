#include "features/schools/store/schools_store.hpp"

#include "core/text.hpp"
#include "db/clause.hpp"

namespace practica::schools {
namespace {

constexpr std::string_view kColumns =
    "s.id, s.slug, s.name, s.cds_code, s.school_type, s.grade_span, "
    "COALESCE(s.local_district_id, 0), COALESCE(l.name, ''), s.inactive_since";

School ReadSchool(const db::Row& row) {
  School school;
  school.id = row.Int(0);
  school.slug = row.String(1);
  school.name = row.String(2);
  school.cds_code = row.String(3);
  school.type = ParseSchoolType(row.Text(4)).value_or(SchoolType::kOther);
  school.grade_span = row.String(5);
  school.local_district_id = row.Int(6);
  school.local_district_name = row.String(7);
  school.inactive_since = row.OptionalInt(8);
  return school;
}

}  // namespace

core::Result<School> SchoolsStore::Create(School school) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  school.id = *id;
  const std::string base = core::Slugify(school.name);
  school.slug = base;
  // Two schools may share a name; the later one gets "-2", "-3", … in its address.
  for (int n = 2;; ++n) {
    auto taken = db_.QueryInt("SELECT 1 FROM schools WHERE district_id = $1 AND slug = $2",
                              {district_id_, school.slug});
    if (!taken) return std::unexpected(taken.error());
    if (!taken->has_value()) break;
    school.slug = base + "-" + std::to_string(n);
  }
  db::Value local = school.local_district_id == 0 ? db::Value{nullptr}
                                                  : db::Value{school.local_district_id};
  auto inserted = db_.Exec(
      "INSERT INTO schools (district_id, id, slug, name, cds_code, school_type, grade_span, "
      "local_district_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {district_id_, school.id, school.slug, school.name, school.cds_code,
       std::string(SchoolTypeCode(school.type)), school.grade_span, local});
  if (!inserted) return std::unexpected(inserted.error());
  for (const auto& alias : school.aliases) {
    if (auto added = AddAlias(school.id, alias); !added) return std::unexpected(added.error());
  }
  return school;
}

core::Result<void> SchoolsStore::AddAlias(std::int64_t school_id, const std::string& alias) {
  auto inserted = db_.Exec(
      "INSERT INTO school_aliases (district_id, school_id, alias) VALUES ($1, $2, $3) "
      "ON CONFLICT DO NOTHING",
      {district_id_, school_id, alias});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<std::optional<School>> SchoolsStore::FindBySlug(std::string_view slug) {
  std::optional<School> found;
  auto done = db_.Execute(
      "SELECT " + std::string(kColumns) +
          " FROM schools s LEFT JOIN published_local_districts l"
          " ON l.district_id = s.district_id AND l.id = s.local_district_id"
          " WHERE s.district_id = $1 AND s.slug = $2",
      {district_id_, std::string(slug)}, [&](const db::Row& row) { found = ReadSchool(row); });
  if (!done) return std::unexpected(done.error());
  if (!found) return found;
  auto aliases = db_.Execute(
      "SELECT alias FROM school_aliases WHERE district_id = $1 AND school_id = $2 ORDER BY alias",
      {district_id_, found->id}, [&](const db::Row& row) { found->aliases.push_back(row.String(0)); });
  if (!aliases) return std::unexpected(aliases.error());
  return found;
}

core::Result<SchoolPage> SchoolsStore::List(const SchoolFilter& filter) {
  db::Clause where("s.district_id = $1", {district_id_});
  if (!filter.local_district_slug.empty()) where.And("l.slug = ?", filter.local_district_slug);
  if (filter.type) where.And("s.school_type = ?", std::string(SchoolTypeCode(*filter.type)));
  if (!filter.text.empty()) {
    std::string escaped;
    for (char c : core::ToLower(filter.text)) {
      if (c == '%' || c == '_' || c == '\\') escaped.push_back('\\');
      escaped.push_back(c);
    }
    // Any spelling counts: the name or one of the school's aliases.
    where.And("(lower(s.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM school_aliases a"
              " WHERE a.district_id = s.district_id AND a.school_id = s.id"
              " AND lower(a.alias) LIKE ? ESCAPE '\\'))",
              "%" + escaped + "%");
  }
  const std::string from =
      " FROM schools s LEFT JOIN published_local_districts l"
      " ON l.district_id = s.district_id AND l.id = s.local_district_id" + where.sql();
  SchoolPage page;
  auto total = db_.QueryInt("SELECT COUNT(*)" + from, where.params());
  if (!total) return std::unexpected(total.error());
  page.total = static_cast<int>(total->value_or(0));
  const std::string limit = where.Next(std::int64_t{filter.limit});
  const std::string offset = where.Next(std::int64_t{filter.offset});
  auto done = db_.Execute("SELECT " + std::string(kColumns) + from + " ORDER BY s.name, s.id LIMIT " +
                              limit + " OFFSET " + offset,
                          where.params(), [&](const db::Row& row) { page.schools.push_back(ReadSchool(row)); });
  if (!done) return std::unexpected(done.error());
  return page;
}

core::Result<std::vector<CohortMembership>> SchoolsStore::History(std::int64_t school_id) {
  std::vector<CohortMembership> rows;
  auto done = db_.Execute(
      "SELECT c.slug, c.number, c.title, c.school_year, p.listed_name FROM published_participations p"
      " JOIN published_cohorts c ON c.district_id = p.district_id AND c.id = p.cohort_id"
      " WHERE p.district_id = $1 AND p.school_id = $2 ORDER BY c.school_year, c.number",
      {district_id_, school_id}, [&](const db::Row& row) {
        rows.push_back(CohortMembership{row.String(0), row.String(1), row.String(2),
                                        row.String(3), row.String(4)});
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::schools
