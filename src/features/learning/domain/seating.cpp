#include "features/learning/domain/seating.hpp"

#include <algorithm>
#include <set>

namespace practica::learning {

std::string_view StateCode(State state) {
  switch (state) {
    case State::kRegistered: return "registered";
    case State::kWaitlisted: return "waitlisted";
    case State::kCancelled: return "cancelled";
  }
  return "registered";
}

State ParseState(std::string_view code) {
  if (code == "waitlisted") return State::kWaitlisted;
  if (code == "cancelled") return State::kCancelled;
  return State::kRegistered;
}

Seats Count(int capacity, const std::vector<Claim>& claims) {
  Seats seats{capacity, 0, 0};
  for (const auto& claim : claims) {
    if (claim.state == State::kRegistered) seats.taken += claim.seats;
    if (claim.state == State::kWaitlisted) ++seats.waiting;
  }
  return seats;
}

State Place(const Seats& seats, int wanted) {
  return seats.waiting == 0 && wanted <= seats.Free() ? State::kRegistered : State::kWaitlisted;
}

std::vector<std::int64_t> Promotions(int capacity, const std::vector<Claim>& claims) {
  std::vector<Claim> waiting;
  for (const auto& claim : claims) {
    if (claim.state == State::kWaitlisted) waiting.push_back(claim);
  }
  std::sort(waiting.begin(), waiting.end(),
            [](const Claim& a, const Claim& b) { return a.id < b.id; });
  int free = Count(capacity, claims).Free();
  std::vector<std::int64_t> promoted;
  for (const auto& claim : waiting) {
    if (claim.seats > free) break;
    free -= claim.seats;
    promoted.push_back(claim.id);
  }
  return promoted;
}

core::Result<void> CheckOpen(const Offering& offering, std::int64_t now,
                             const std::string& closes_text) {
  if (now < offering.registration_closes_at) return {};
  return std::unexpected(core::Error{
      core::ErrorCode::kConflict,
      "Registration for " + offering.title + " closed on " + closes_text +
          ". Ask district staff if your team still needs a seat.",
      {}, "offering"});
}

core::Result<void> CheckTeamAttendees(const Offering& offering,
                                      const std::vector<std::int64_t>& attendees,
                                      const std::vector<std::int64_t>& team_members) {
  auto invalid = [](std::string message) {
    return std::unexpected(
        core::Error{core::ErrorCode::kInvalidInput, std::move(message), {}, "attendees"});
  };
  const std::set<std::int64_t> distinct(attendees.begin(), attendees.end());
  if (distinct.size() != attendees.size()) return invalid("Each attendee can hold one seat only.");
  const auto size = static_cast<int>(attendees.size());
  if (size != offering.team_size) {
    return invalid(offering.title + " takes a team of exactly " +
                   std::to_string(offering.team_size) + " attendees; you chose " +
                   std::to_string(size) + ".");
  }
  for (auto person : attendees) {
    if (std::find(team_members.begin(), team_members.end(), person) == team_members.end()) {
      return invalid("Every attendee must be on the school's practitioner team; add them to "
                     "the team first.");
    }
  }
  return {};
}

}  // namespace practica::learning
