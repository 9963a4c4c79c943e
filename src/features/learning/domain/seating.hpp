// Who gets a seat. The store takes the offering's lock, reads what these functions need and
// writes what they decide, so that concurrent registrations never overbook.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/learning/domain/offering.hpp"

namespace practica::learning {

enum class State { kRegistered, kWaitlisted, kCancelled };
std::string_view StateCode(State state);
State ParseState(std::string_view code);

// A registration as seating sees it: its place in line is its id.
struct Claim {
  std::int64_t id = 0;
  int seats = 0;
  State state = State::kRegistered;
};

struct Seats {
  int capacity = 0;
  int taken = 0;    // by registered claims
  int waiting = 0;  // claims on the waiting list
  int Free() const { return capacity > taken ? capacity - taken : 0; }
};

Seats Count(int capacity, const std::vector<Claim>& claims);

// A new claim of `seats` is registered when they fit and nobody is waiting (nobody jumps the
// line); otherwise it waits.
State Place(const Seats& seats, int wanted);

// The waiting claims to promote, in line order: the first in line is promoted whole when its
// seats fit, then the next; the first that does not fit stops the line, so a small claim never
// overtakes a larger one that was earlier.
std::vector<std::int64_t> Promotions(int capacity, const std::vector<Claim>& claims);

// Registration is open until it closes; kConflict naming the closing time (already formatted
// in the district's zone by the caller) otherwise.
core::Result<void> CheckOpen(const Offering& offering, std::int64_t now,
                             const std::string& closes_text);

// A team registers exactly the offering's team size, each person once, each a current member
// of the school's team. kInvalidInput naming "attendees" otherwise.
core::Result<void> CheckTeamAttendees(const Offering& offering,
                                      const std::vector<std::int64_t>& attendees,
                                      const std::vector<std::int64_t>& team_members);

}  // namespace practica::learning
