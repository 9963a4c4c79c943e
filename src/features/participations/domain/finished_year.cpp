#include "features/participations/domain/finished_year.hpp"

#include "features/cohorts/domain/cohort.hpp"

namespace practica::participations {

bool YearFinished(std::string_view school_year, const core::LocalDate& today) {
  return cohorts::SchoolYearOver(school_year, today);
}

core::LocalDate LeadershipDay(std::string_view school_year, const core::LocalDate& today) {
  if (!YearFinished(school_year, today)) return today;
  return *cohorts::SchoolYearLastDay(school_year);
}

std::string_view FinishedStateCode(State state) {
  switch (state) {
    case State::kAwaitingSignatures: return "never_signed";
    case State::kActive: return "took_part";
    case State::kNeedsReaffirmation: return "never_reaffirmed";
    case State::kRetracted: return "retracted";
  }
  return "never_signed";
}

std::string_view FinishedStateLabel(State state) {
  switch (state) {
    case State::kAwaitingSignatures: return "Never signed";
    case State::kActive: return "Took part";
    case State::kNeedsReaffirmation: return "Never reaffirmed";
    case State::kRetracted: return "Retracted";
  }
  return "Never signed";
}

std::string YearOverNote(std::string_view cohort, std::string_view school_year) {
  const auto last_day = cohorts::SchoolYearLastDay(school_year);
  return std::string(cohort) + "'s " + std::string(school_year) + " school year ended" +
         (last_day ? " on " + core::FormatLongDate(*last_day) : std::string()) + ".";
}

core::Result<void> CheckYearOpen(const ParticipationName& name, std::string_view school_year,
                                 const core::LocalDate& today) {
  if (!YearFinished(school_year, today)) return {};
  std::string note = YearOverNote(name.cohort, school_year);
  note.pop_back();  // the sentence goes on
  return core::Fail(core::ErrorCode::kConflict,
                    note + ": " + name.school + "'s participation is a record of that year, so its agreement, "
                           "team, leads and coach stay as they were.");
}

}  // namespace practica::participations
