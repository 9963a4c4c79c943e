// Whether a school's team attended a session, from the marks taken each day, and whether the
// sessions tied to a commitment are all attended, so the commitment can be marked met.
#pragma once

#include <cstdint>
#include <map>
#include <string>
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

// A school's record over the cohort's team sessions that have ended, as the district's
// dashboard reads it. Every team is expected at the welcome webinar, onboarding and the
// follow-ups, so missing one unregistered counts as missed; the Planning Cohort, the ISTE
// suites and the Teacher Leader Network are chosen, so only a registration that went
// unattended counts there. A cancelled session counts for nobody.
struct AttendanceRecord {
  int attended = 0;  // every day, with the team's size present
  int partial = 0;   // some of the team, not every day
  int missed = 0;    // nobody came, or an expected session the team never registered for
  int held = 0;      // sessions that count: attended, partial, missed or not recorded
  void Add(const Offering& offering, Outcome outcome, std::int64_t now);
  std::string Text() const;  // "2 of 3 attended", "No sessions held yet"
};

}  // namespace practica::learning
