#include "features/people/store/people_store.hpp"

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
