// A person Practica knows: a principal, a teacher, a coach, district staff.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::people {

struct Person {
  std::int64_t id = 0;
  std::string email;  // lower case; how sign-in finds the person
  std::string display_name;
  bool active = true;
};

// Someone's place on a school's staff.
enum class StaffRole { kPrincipal, kTeacher, kSupport };

std::string_view StaffRoleCode(StaffRole role);   // "support"
std::string_view StaffRoleLabel(StaffRole role);  // "Out-of-classroom support"
std::optional<StaffRole> ParseStaffRole(std::string_view code);

// Trims and lower-cases the e-mail; kInvalidInput naming the field when either is unusable.
[[nodiscard]] core::Result<Person> NewPerson(std::string_view email, std::string_view name);

}  // namespace practica::people
