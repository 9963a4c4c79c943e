// A yearly cohort of the Practitioner Schools program, its goals and its timeline.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::cohorts {

struct Program {
  std::int64_t id = 0;
  std::string slug;  // "practitioner-schools"
  std::string name;  // "Practitioner Schools"
  std::string summary;
  // Whom visitors ask: "Sophia Mendoza", "Instructional Technology Director", her e-mail, and
  // the program's web page. Empty when not set.
  std::string contact_name;
  std::string contact_title;
  std::string contact_email;
  std::string info_url;
};

// How precisely a timeline item's instant is known, which decides how it is written.
enum class Precision { kTime, kDay, kWeek };

std::string_view PrecisionCode(Precision precision);
std::optional<Precision> ParsePrecision(std::string_view code);

struct TimelineItem {
  std::int64_t id = 0;
  std::string title;
  std::int64_t starts_at = 0;               // UTC seconds
  std::optional<std::int64_t> ends_at;      // UTC seconds
  Precision precision = Precision::kDay;
};

struct Cohort {
  std::int64_t id = 0;
  std::int64_t program_id = 0;
  std::string slug;          // "ps-3-0"
  std::string number;        // "3.0"
  std::string title;         // "Innovative Designer"
  std::string focus_standard_code;  // "1.4"
  std::string school_year;   // "2018-2019"
  std::string summary;
  std::string announced_on;  // "2018-03-08": the date of the overview memo
  std::optional<std::int64_t> applications_open_at;   // UTC seconds
  std::optional<std::int64_t> applications_close_at;  // UTC seconds
  std::vector<std::string> goals;
  std::vector<TimelineItem> timeline;  // in time order
  int school_count = 0;
};

// kInvalidInput naming the field when the cohort cannot be saved as it is: a missing number or
// title, an application window that closes before it opens or has only one end.
[[nodiscard]] core::Result<void> CheckCohort(const Cohort& cohort);

std::string ShortName(const Cohort& cohort);  // "PS 3.0"
std::string FullName(const Cohort& cohort);   // "Practitioner Schools 3.0: Innovative Designer"

// "Friday, May 18, 2018, 3:00 PM to 4:00 PM", "April 9 to May 4, 2018", "Week of May 14, 2018".
std::string DescribeWhen(const TimelineItem& item, const core::TimeZone& zone);

enum class WindowState { kNotScheduled, kNotYetOpen, kOpen, kClosed };

WindowState ApplicationWindow(const Cohort& cohort, std::int64_t now);
// A sentence for applicants: "Applications for PS 3.0 closed on Friday, April 6, 2018 at 4:00 PM."
std::string DescribeApplicationWindow(const Cohort& cohort, std::int64_t now,
                                      const core::TimeZone& zone);

// The last day of a school year written "2018-2019": June 30 of its second year, since a
// California school year runs from July 1 to June 30 (Education Code section 37200). Every
// PS 3.0 date falls inside it: the last follow-up session on Friday, May 31, 2019, the end of
// the coach's support on Friday, June 7, 2019, and the last monthly period, June 2019. Once it
// has passed, the cohort is history: its work is judged by where it stood, and nobody is asked
// to do more of it. nullopt when the text is not two consecutive years.
std::optional<core::LocalDate> SchoolYearLastDay(std::string_view school_year);
// True once `today` is after that last day; false while it runs or when it cannot be read.
bool SchoolYearOver(std::string_view school_year, const core::LocalDate& today);

}  // namespace practica::cohorts
