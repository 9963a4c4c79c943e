// People of one district and their places on school staffs.
#pragma once

#include <optional>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/people/domain/person.hpp"

namespace practica::people {

struct PeoplePage {
  std::vector<Person> people;
  int total = 0;
};

using SchoolRef = core::SchoolRef;

struct StaffMember {
  Person person;
  StaffRole role = StaffRole::kTeacher;
};

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
  [[nodiscard]] core::Result<std::optional<Person>> Find(std::int64_t person_id);
  // Name or e-mail contains the text (any case); newest first is not useful here: by name.
  [[nodiscard]] core::Result<PeoplePage> Search(const std::string& text, int limit, int offset);
  // kNotFound when there is no such person.
  [[nodiscard]] core::Result<void> SetActive(std::int64_t person_id, bool active);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> School(std::string_view slug);
  // A local district's id by its short name, or 0.
  [[nodiscard]] core::Result<std::int64_t> LocalDistrictId(std::string_view slug);
  // What a person types into a "Where" field: a school's name (any case) or its short address.
  // kConflict when two schools share the name.
  [[nodiscard]] core::Result<std::optional<SchoolRef>> SchoolNamed(std::string_view text);
  // A local district by its name ("East", any case) or short name; 0 when none.
  [[nodiscard]] core::Result<std::int64_t> LocalDistrictNamed(std::string_view text);
  // Every school's name, then every local district's, by name: the "Where" field's suggestions.
  [[nodiscard]] core::Result<std::vector<std::string>> SchoolNames();
  [[nodiscard]] core::Result<std::vector<std::string>> LocalDistrictNames();
  [[nodiscard]] core::Result<std::vector<StaffMember>> Staff(std::int64_t school_id);
  // kConflict when the person is already on that school's staff.
  [[nodiscard]] core::Result<void> AddToSchool(std::int64_t school_id, std::int64_t person_id,
                                               StaffRole role);
  [[nodiscard]] core::Result<StaffCounts> CountStaff(std::int64_t school_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::people
