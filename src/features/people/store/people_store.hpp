// People of one district and their places on school staffs.
#pragma once

#include <optional>
#include <vector>

#include "db/connection.hpp"
#include "features/people/domain/person.hpp"

namespace practica::people {

struct StaffCounts {
  int principals = 0;
  int teachers = 0;
  int support = 0;
};

class PeopleStore {
 public:
  PeopleStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // kConflict naming the address when someone in the district already uses it.
  [[nodiscard]] core::Result<Person> Create(Person person);
  [[nodiscard]] core::Result<std::optional<Person>> FindByEmail(std::string_view email);
  [[nodiscard]] core::Result<std::vector<Person>> List(int limit, int offset);
  // kConflict when the person is already on that school's staff.
  [[nodiscard]] core::Result<void> AddToSchool(std::int64_t school_id, std::int64_t person_id,
                                               StaffRole role);
  [[nodiscard]] core::Result<StaffCounts> CountStaff(std::int64_t school_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::people
