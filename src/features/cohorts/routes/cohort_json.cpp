#include "features/cohorts/routes/cohort_json.hpp"

#include "features/standards/domain/standard.hpp"

namespace practica::cohorts {
namespace json = boost::json;

namespace {

std::string StandardName(const std::string& code) {
  for (const auto& standard : standards::IsteStudentStandards()) {
    if (standard.code == code) return standard.name;
  }
  return code;
}

std::string_view WindowCode(WindowState state) {
  switch (state) {
    case WindowState::kNotScheduled: return "not_scheduled";
    case WindowState::kNotYetOpen: return "not_yet_open";
    case WindowState::kOpen: return "open";
    case WindowState::kClosed: return "closed";
  }
  return "not_scheduled";
}

}  // namespace

json::object CohortSummaryJson(const Cohort& cohort, std::int64_t now, const core::TimeZone& zone) {
  json::object applications{{"state", WindowCode(ApplicationWindow(cohort, now))},
                            {"text", DescribeApplicationWindow(cohort, now, zone)}};
  applications["opens_at"] =
      cohort.applications_open_at ? json::value(zone.FormatIso(*cohort.applications_open_at))
                                  : json::value(nullptr);
  applications["closes_at"] =
      cohort.applications_close_at ? json::value(zone.FormatIso(*cohort.applications_close_at))
                                   : json::value(nullptr);
  return json::object{
      {"slug", cohort.slug},
      {"number", cohort.number},
      {"short_name", ShortName(cohort)},
      {"name", FullName(cohort)},
      {"title", cohort.title},
      {"focus_standard",
       json::object{{"code", cohort.focus_standard_code},
                    {"name", StandardName(cohort.focus_standard_code)}}},
      {"school_year", cohort.school_year},
      {"summary", cohort.summary},
      {"announced_on", cohort.announced_on},
      {"applications", std::move(applications)},
      {"school_count", cohort.school_count},
      {"url", "/cohorts/" + cohort.slug},
  };
}

json::object CohortJson(const Cohort& cohort, std::int64_t now, const core::TimeZone& zone) {
  auto object = CohortSummaryJson(cohort, now, zone);
  json::array goals;
  for (const auto& goal : cohort.goals) goals.emplace_back(goal);
  json::array timeline;
  for (const auto& item : cohort.timeline) {
    timeline.emplace_back(json::object{
        {"id", item.id},
        {"title", item.title},
        {"starts_at", zone.FormatIso(item.starts_at)},
        {"ends_at", item.ends_at ? json::value(zone.FormatIso(*item.ends_at)) : json::value(nullptr)},
        {"shown_as", PrecisionCode(item.precision)},
        {"when", DescribeWhen(item, zone)},
    });
  }
  object["goals"] = std::move(goals);
  object["timeline"] = std::move(timeline);
  return object;
}

json::array CohortSchoolsJson(const std::vector<CohortSchool>& schools) {
  json::array rows;
  rows.reserve(schools.size());
  for (const auto& school : schools) {
    json::object row{
        {"slug", school.slug},
        {"name", school.name},
        {"listed_name", school.listed_name.empty() ? school.name : school.listed_name},
        {"type", schools::SchoolTypeCode(school.type)},
        {"type_label", schools::SchoolTypeLabel(school.type)},
        {"local_district", school.local_district_name},
        {"url", "/schools/" + school.slug},
    };
    if (!school.listed_name.empty() && school.listed_name != school.name) {
      row["listed_differently"] = true;
    }
    rows.emplace_back(std::move(row));
  }
  return rows;
}

}  // namespace practica::cohorts
