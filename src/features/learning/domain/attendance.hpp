// Whether a school's team attended a session, from the marks taken each day, and whether the
// sessions tied to a commitment are all attended, so the commitment can be marked met.
#pragma once

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "features/learning/domain/offering.hpp"
#include "features/learning/domain/seating.hpp"

namespace practica::learning {

enum class Outcome {
  kNotRegistered,
  kWaitlisted,
  kUpcoming,     // registered, and the session's last day has not ended
  kAttended,     // on every day, at least the team's size of its attendees were present
  kPartial,      // some attended, not enough on every day
  kAbsent,       // attendance was taken for every day and nobody came
  kNotRecorded,  // the session is over, nobody is marked present and some day has no marks:
                 // what happened is unknown, so it no longer reads "Registered"
};
std::string_view OutcomeCode(Outcome outcome);
std::string_view OutcomeLabel(Outcome outcome);

// The marks of one registration's attendees (anyone who ever held one of its seats: a member
// swapped out after day 1 still counts for day 1), by day number then person.
using Marks = std::map<int, std::map<std::int64_t, bool>>;

// A session judged at `now`. Once it has ended (PS 3.0's last follow-up, Friday, May 31, 2019,
// long past on December 2, 2026) a registration is attended, partly attended, absent or not
// recorded, never still "Registered".
Outcome Judge(const Offering& offering, std::optional<State> registration, const Marks& marks,
              std::int64_t now);

// A live registration in words at `now`: registered or on the waiting list until the session
// ends, then what happened (Judge), so a session years past never reads "Registered".
Outcome RegistrationOutcome(const Offering& offering, State state, const Marks& marks,
                            std::int64_t now);

// Whether the school met a commitment that attendance feeds: every tied session attended, or,
// for the Planning Cohort where a school picks one offering, any one of them.
bool CommitmentMet(const std::vector<std::pair<const Offering*, Outcome>>& tied);

}  // namespace practica::learning
