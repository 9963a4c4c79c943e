// The attendees of learning sessions whose first day falls in a span: whom to remind before
// a session.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace practica::learning {

struct SessionAttendee {
  std::int64_t offering_id = 0;
  std::string slug;
  std::string title;
  std::int64_t first_starts_at = 0;  // UTC
  std::string location;
  std::string join_url;
  std::int64_t person_id = 0;
  std::string email;
  std::string name;
};

// Current attendees (not removed, of registrations that are registered, not waitlisted or
// cancelled) of offerings whose first day starts in [from, until), UTC; active people only.
[[nodiscard]] core::Result<std::vector<SessionAttendee>> AttendeesOfSessionsStarting(
    db::Connection& connection, std::int64_t district_id, std::int64_t from, std::int64_t until);

}  // namespace practica::learning
