// GET /learning/{slug}/calendar.ics: every day of one learning session as a file to open in a
// calendar app, for anyone signed in (sessions are read by everyone in the district).
#include "features/calendar/routes/feed_source.hpp"
#include "features/calendar/routes/register.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::calendar {
using features::Deps;
using http::Request;
using http::Response;

namespace {

Response SessionFile(const Deps& deps, const Request& request) {
  const std::string slug(request.Param("slug"));
  auto db = deps.database.Acquire();
  auto offering = CalendarStore(*db, deps.tenant.id).FindOffering(slug);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  if (!*offering) {
    return features::Failure(request,
                             core::Error{core::ErrorCode::kNotFound,
                                         "There is no learning session \"" + slug +
                                             "\"; find it in the list of learning sessions.",
                                         {}, {}},
                             deps.views);
  }
  Feed feed{(*offering)->title, deps.tenant.zone.name(), deps.clock.NowUtcSeconds(),
            SessionEvents(**offering, SiteOf(deps))};
  auto response = IcsResponse(deps, feed, FileName(**offering));
  if (!response) return features::Failure(request, response.error(), deps.views);
  return std::move(*response);
}

}  // namespace

core::Result<void> RegisterSessionRoutes(http::Router& router, const Deps& deps) {
  return features::AddRoutes(router, {{http::Method::kGet, "/learning/{slug}/calendar.ics",
                                       "learning.calendar", http::Surface::kPage,
                                       features::Bind(deps, &SessionFile)}});
}

}  // namespace practica::calendar
