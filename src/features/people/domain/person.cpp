#include "features/people/domain/person.hpp"

#include "core/email.hpp"
#include "core/text.hpp"

namespace practica::people {

std::string_view StaffRoleCode(StaffRole role) {
  switch (role) {
    case StaffRole::kPrincipal: return "principal";
    case StaffRole::kTeacher: return "teacher";
    case StaffRole::kSupport: return "support";
  }
  return "teacher";
}

std::string_view StaffRoleLabel(StaffRole role) {
  switch (role) {
    case StaffRole::kPrincipal: return "Principal";
    case StaffRole::kTeacher: return "Teacher";
    case StaffRole::kSupport: return "Out-of-classroom support";
  }
  return "Teacher";
}

std::optional<StaffRole> ParseStaffRole(std::string_view code) {
  for (auto role : {StaffRole::kPrincipal, StaffRole::kTeacher, StaffRole::kSupport}) {
    if (StaffRoleCode(role) == code) return role;
  }
  return std::nullopt;
}

core::Result<Person> NewPerson(std::string_view email, std::string_view name) {
  const std::string address = core::ToLower(core::Trim(email));
  if (!core::IsEmailAddress(address)) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "\"" + std::string(email) +
                          "\" is not an e-mail address; write it as name@example.org.",
                      {}, "email");
  }
  const auto trimmed = core::Trim(name);
  if (trimmed.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Give the person's name as people know it.",
                      {}, "name");
  }
  return Person{0, address, std::string(trimmed), true};
}

}  // namespace practica::people
