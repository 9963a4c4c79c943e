// A school of the district: one record however many ways the program's lists spell its name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace practica::schools {

enum class SchoolType { kElementary, kMiddle, kHigh, kSpan, kSpecialEducation, kOther };

std::string_view SchoolTypeCode(SchoolType type);   // "elementary"
std::string_view SchoolTypeLabel(SchoolType type);  // "Elementary"
std::optional<SchoolType> ParseSchoolType(std::string_view code);
const std::vector<SchoolType>& AllSchoolTypes();
// The grades such a school usually serves in Los Angeles Unified: "K-5", "6-8", "9-12".
std::string_view TypicalGradeSpan(SchoolType type);

struct School {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string cds_code;  // California's County-District-School code; "" when not on record
  SchoolType type = SchoolType::kOther;
  std::string grade_span;
  std::int64_t local_district_id = 0;  // 0 when not assigned
  std::string local_district_name;
  std::vector<std::string> aliases;  // other spellings seen in the program's records
  // Since when the district's directory file no longer lists it (a directory import): its
  // history stays, and it is marked "Inactive" wherever it is listed.
  std::optional<std::int64_t> inactive_since;
};

}  // namespace practica::schools
