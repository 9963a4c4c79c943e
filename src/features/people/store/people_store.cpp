#include "features/people/store/people_store.hpp"

#include <cctype>

#include "db/clause.hpp"

namespace practica::people {

core::Result<Person> PeopleStore::Create(Person person) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  person.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO people (district_id, id, email, display_name, active) VALUES ($1, $2, $3, $4, $5)",
      {district_id_, person.id, person.email, person.display_name,
       std::int64_t{person.active ? 1 : 0}});
  if (!inserted) {
    auto error = inserted.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = person.email + " already belongs to someone in this district.";
      error.field = "email";
    }
    return std::unexpected(error);
  }
  return person;
}

core::Result<std::optional<Person>> PeopleStore::FindByEmail(std::string_view email) {
  std::optional<Person> found;
  auto done = db_.Execute(
      "SELECT id, email, display_name, active FROM people WHERE district_id = $1 AND email = $2",
      {district_id_, std::string(email)}, [&](const db::Row& row) {
        found = Person{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<Person>> PeopleStore::List(int limit, int offset) {
  std::vector<Person> all;
  auto done = db_.Execute(
      "SELECT id, email, display_name, active FROM people WHERE district_id = $1"
      " ORDER BY display_name, id LIMIT $2 OFFSET $3",
      {district_id_, std::int64_t{limit}, std::int64_t{offset}}, [&](const db::Row& row) {
        all.push_back(Person{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0});
      });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<std::optional<Person>> PeopleStore::Find(std::int64_t person_id) {
  std::optional<Person> found;
  auto done = db_.Execute(
      "SELECT id, email, display_name, active FROM people WHERE district_id = $1 AND id = $2",
      {district_id_, person_id}, [&](const db::Row& row) {
        found = Person{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<PeoplePage> PeopleStore::Search(const std::string& text, int limit, int offset) {
  db::Clause where("district_id = $1", {district_id_});
  if (!text.empty()) {
    std::string escaped;
    for (char c : text) {
      if (c == '%' || c == '_' || c == '\\') escaped.push_back('\\');
      escaped.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    where.And("(lower(display_name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')", "%" + escaped + "%");
  }
  PeoplePage page;
  auto total = db_.QueryInt("SELECT COUNT(*) FROM people" + where.sql(), where.params());
  if (!total) return std::unexpected(total.error());
  page.total = static_cast<int>(total->value_or(0));
  const std::string limit_at = where.Next(std::int64_t{limit});
  const std::string offset_at = where.Next(std::int64_t{offset});
  auto done = db_.Execute("SELECT id, email, display_name, active FROM people" + where.sql() +
                              " ORDER BY display_name, id LIMIT " + limit_at + " OFFSET " + offset_at,
                          where.params(), [&](const db::Row& row) {
                            page.people.push_back(
                                Person{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0});
                          });
  if (!done) return std::unexpected(done.error());
  return page;
}

core::Result<void> PeopleStore::SetActive(std::int64_t person_id, bool active) {
  auto changed = db_.Exec("UPDATE people SET active = $3 WHERE district_id = $1 AND id = $2",
                          {district_id_, person_id, std::int64_t{active ? 1 : 0}});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no such person in this district.");
  }
  return {};
}

core::Result<std::optional<SchoolRef>> PeopleStore::School(std::string_view slug) {
  std::optional<SchoolRef> found;
  auto done = db_.Execute(
      "SELECT id, COALESCE(local_district_id, 0), slug, name FROM published_schools"
      " WHERE district_id = $1 AND slug = $2",
      {district_id_, std::string(slug)}, [&](const db::Row& row) {
        found = SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3)};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::int64_t> PeopleStore::LocalDistrictId(std::string_view slug) {
  auto id = db_.QueryInt("SELECT id FROM published_local_districts WHERE district_id = $1 AND slug = $2",
                         {district_id_, std::string(slug)});
  if (!id) return std::unexpected(id.error());
  return id->value_or(0);
}

core::Result<std::optional<SchoolRef>> PeopleStore::SchoolNamed(std::string_view text) {
  std::vector<SchoolRef> found;
  auto done = db_.Execute(
      "SELECT id, COALESCE(local_district_id, 0), slug, name FROM published_schools"
      " WHERE district_id = $1 AND (slug = $2 OR LOWER(name) = LOWER($2)) ORDER BY slug = $2 DESC, id LIMIT 2",
      {district_id_, std::string(text)}, [&](const db::Row& row) {
        found.push_back(SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3)});
      });
  if (!done) return std::unexpected(done.error());
  if (found.empty()) return std::optional<SchoolRef>{};
  if (found.size() > 1 && found[0].slug != text) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Two schools are called \"" + std::string(text) + "\" (" + found[0].slug + " and " +
                          found[1].slug + "); type the short address of the one you mean.",
                      {}, "scope");
  }
  return std::optional<SchoolRef>{found[0]};
}

core::Result<std::int64_t> PeopleStore::LocalDistrictNamed(std::string_view text) {
  auto id = db_.QueryInt(
      "SELECT id FROM published_local_districts WHERE district_id = $1 AND (slug = $2 OR LOWER(name) = LOWER($2))"
      " ORDER BY id LIMIT 1",
      {district_id_, std::string(text)});
  if (!id) return std::unexpected(id.error());
  return id->value_or(0);
}

core::Result<std::vector<std::string>> PeopleStore::SchoolNames() {
  std::vector<std::string> names;
  auto done = db_.Execute("SELECT name FROM published_schools WHERE district_id = $1 ORDER BY name", {district_id_},
                          [&](const db::Row& row) { names.push_back(row.String(0)); });
  if (!done) return std::unexpected(done.error());
  return names;
}

core::Result<std::vector<std::string>> PeopleStore::LocalDistrictNames() {
  std::vector<std::string> names;
  auto done = db_.Execute("SELECT name FROM published_local_districts WHERE district_id = $1 ORDER BY name", {district_id_},
                          [&](const db::Row& row) { names.push_back(row.String(0)); });
  if (!done) return std::unexpected(done.error());
  return names;
}

core::Result<std::vector<StaffMember>> PeopleStore::Staff(std::int64_t school_id) {
  std::vector<StaffMember> staff;
  auto done = db_.Execute(
      "SELECT p.id, p.email, p.display_name, p.active, s.role FROM school_staff s"
      " JOIN people p ON p.district_id = s.district_id AND p.id = s.person_id"
      " WHERE s.district_id = $1 AND s.school_id = $2 ORDER BY s.role, p.display_name",
      {district_id_, school_id}, [&](const db::Row& row) {
        staff.push_back(StaffMember{Person{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0},
                                    ParseStaffRole(row.Text(4)).value_or(StaffRole::kTeacher)});
      });
  if (!done) return std::unexpected(done.error());
  return staff;
}

core::Result<void> PeopleStore::AddToSchool(std::int64_t school_id, std::int64_t person_id,
                                            StaffRole role) {
  auto inserted = db_.Exec(
      "INSERT INTO school_staff (district_id, school_id, person_id, role) VALUES ($1, $2, $3, $4)",
      {district_id_, school_id, person_id, std::string(StaffRoleCode(role))});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<StaffCounts> PeopleStore::CountStaff(std::int64_t school_id) {
  StaffCounts counts;
  auto done = db_.Execute(
      "SELECT role, COUNT(*) FROM school_staff WHERE district_id = $1 AND school_id = $2"
      " GROUP BY role",
      {district_id_, school_id}, [&](const db::Row& row) {
        const auto role = ParseStaffRole(row.Text(0));
        const int n = static_cast<int>(row.Int(1));
        if (role == StaffRole::kPrincipal) counts.principals = n;
        if (role == StaffRole::kTeacher) counts.teachers = n;
        if (role == StaffRole::kSupport) counts.support = n;
      });
  if (!done) return std::unexpected(done.error());
  return counts;
}

}  // namespace practica::people
