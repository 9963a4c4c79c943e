// Each school's feedback forms through a cohort, for the district's dashboard: the forms sent to
// its staff (commitment 19: "Staff agrees to complete periodic online feedback forms"), how many
// most of those asked answered, how many closed short of that, and everyone asked and answering.
// Forms to principals or coaches do not speak for a school's staff and are left out, as the
// commitment's own count leaves them out (CountsForStaff).
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::surveys {

struct SchoolFeedback {
  int forms = 0;         // forms with invitations through the school
  int most = 0;          // answered by more than half of those asked (MostAnswered)
  int closed_short = 0;  // closed (at `now`) without that
  std::int64_t asked = 0;
  std::int64_t answered = 0;
};

// By school id: the schools of the cohort that were sent a form through it.
[[nodiscard]] core::Result<std::map<std::int64_t, SchoolFeedback>> CohortFeedback(db::Connection& db,
                                                                                 std::int64_t district_id,
                                                                                 std::int64_t cohort_id,
                                                                                 std::int64_t now);

}  // namespace practica::surveys
