// Calendar: each person's secret iCalendar link (the page that makes it, the feed it serves)
// and the .ics download of one learning session.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::calendar {

// Adds /calendar (+ /link), /calendar/feeds/{token}, /learning/{slug}/calendar.ics and the
// /api/v1/calendar twins.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

// The parts, one file each.
[[nodiscard]] core::Result<void> RegisterFeedRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterSessionRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::calendar
