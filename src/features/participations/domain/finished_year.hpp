// A participation whose cohort's school year is over is history. PS 3.0's school year,
// "2018-2019", ends on Sunday, June 30, 2019 (cohorts::SchoolYearLastDay): from July 1, 2019
// its participations read as they ended ("Never signed" rather than "Awaiting signatures"),
// and nobody signs, changes a team or its leads, assigns or ends a coach, or retracts there.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/participations/domain/agreement.hpp"
#include "features/participations/domain/participation.hpp"

namespace practica::participations {

// True once the day after the school year's last day has come; false while it runs or when
// the text is not a school year.
bool YearFinished(std::string_view school_year, const core::LocalDate& today);

// The day whose grants say who held the principal's and instructional director's roles: today
// while the year runs, its last day once it is over, so a principal who left in 2022 does not
// turn PS 3.0's signed agreement into one that "needs reaffirmation".
core::LocalDate LeadershipDay(std::string_view school_year, const core::LocalDate& today);

// The agreement's state as it stood when the year ended: "never_signed" / "Never signed",
// "took_part" / "Took part", "never_reaffirmed" / "Never reaffirmed", "retracted" / "Retracted".
std::string_view FinishedStateCode(State state);
std::string_view FinishedStateLabel(State state);

// kConflict once the year is over, naming the cohort, its school year and its last day:
// "PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019: …".
[[nodiscard]] core::Result<void> CheckYearOpen(const ParticipationName& name, std::string_view school_year,
                                               const core::LocalDate& today);

// "PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019.": the pages' note.
std::string YearOverNote(std::string_view cohort, std::string_view school_year);

}  // namespace practica::participations
