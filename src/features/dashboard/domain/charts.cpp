#include "features/dashboard/domain/charts.hpp"

#include <map>

namespace practica::dashboard {

std::vector<MonthBar> YearByMonth(const std::vector<const SchoolSignals*>& shown) {
  commitments::Months total;
  for (const auto* school : shown) {
    for (const auto& [month, count] : school->months) {
      auto& sum = total[month];
      sum.verified += count.verified;
      sum.late += count.late;
      sum.open += count.open;
    }
  }
  std::vector<MonthBar> bars;
  for (const auto& [month, count] : total) {
    bars.push_back(MonthBar{month, commitments::MonthLabel(month), count.verified, count.late, count.open});
  }
  return bars;
}

std::vector<SessionBar> BySession(const std::vector<SessionLabel>& sessions,
                                  const std::vector<const SchoolSignals*>& shown) {
  std::vector<SessionBar> bars;
  for (const auto& session : sessions) {
    const auto day = ShortDate(session.day);
    bars.push_back(SessionBar{day + ": " + session.title, day});
  }
  for (const auto* school : shown) {
    for (std::size_t i = 0; i < school->session_marks.size() && i < bars.size(); ++i) {
      switch (school->session_marks[i]) {
        case 'a': ++bars[i].attended; break;
        case 'p': ++bars[i].partial; break;
        case 'm': ++bars[i].missed; break;
        case 'u': ++bars[i].upcoming; break;
        default: break;
      }
    }
  }
  return bars;
}

std::string ShortDate(const core::LocalDate& day) {
  return core::MonthName(day.month).substr(0, 3) + " " + std::to_string(day.day) + ", " + std::to_string(day.year);
}

}  // namespace practica::dashboard
