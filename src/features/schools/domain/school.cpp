#include "features/schools/domain/school.hpp"

namespace practica::schools {

std::string_view SchoolTypeCode(SchoolType type) {
  switch (type) {
    case SchoolType::kElementary: return "elementary";
    case SchoolType::kMiddle: return "middle";
    case SchoolType::kHigh: return "high";
    case SchoolType::kSpan: return "span";
    case SchoolType::kSpecialEducation: return "special_education";
    case SchoolType::kOther: return "other";
  }
  return "other";
}

std::string_view SchoolTypeLabel(SchoolType type) {
  switch (type) {
    case SchoolType::kElementary: return "Elementary";
    case SchoolType::kMiddle: return "Middle";
    case SchoolType::kHigh: return "High";
    case SchoolType::kSpan: return "Span (K-12)";
    case SchoolType::kSpecialEducation: return "Special education center";
    case SchoolType::kOther: return "Other";
  }
  return "Other";
}

const std::vector<SchoolType>& AllSchoolTypes() {
  static const std::vector<SchoolType> kAll = {
      SchoolType::kElementary, SchoolType::kMiddle,           SchoolType::kHigh,
      SchoolType::kSpan,       SchoolType::kSpecialEducation, SchoolType::kOther};
  return kAll;
}

std::optional<SchoolType> ParseSchoolType(std::string_view code) {
  for (auto type : AllSchoolTypes()) {
    if (SchoolTypeCode(type) == code) return type;
  }
  return std::nullopt;
}

std::string_view TypicalGradeSpan(SchoolType type) {
  switch (type) {
    case SchoolType::kElementary: return "K-5";
    case SchoolType::kMiddle: return "6-8";
    case SchoolType::kHigh: return "9-12";
    case SchoolType::kSpan: return "K-12";
    default: return "";
  }
}

}  // namespace practica::schools
