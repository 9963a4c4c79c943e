// A feed as an iCalendar file (RFC 5545), written with libical: the district's zone as a
// VTIMEZONE and every timed event in that zone, so calendar apps keep the local time across
// daylight-saving changes.
#pragma once

#include <string>

#include "core/error.hpp"
#include "features/calendar/domain/feed.hpp"

namespace practica::calendar {

// The whole VCALENDAR, CRLF line endings and folded lines. kInternal when libical does not
// know the feed's zone.
[[nodiscard]] core::Result<std::string> WriteIcs(const Feed& feed, const core::TimeZone& zone);

}  // namespace practica::calendar
