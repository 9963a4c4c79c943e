#include "features/calendar/routes/feed_source.hpp"

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/calendar/routes/ics_writer.hpp"

namespace practica::calendar {

Site SiteOf(const features::Deps& deps) {
  std::string base = deps.auth.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return Site{deps.tenant.slug, base};
}

core::Result<Feed> PersonFeed(const features::Deps& deps, CalendarStore& store,
                              const auth::Principal& who, std::vector<learning::Offering>* sessions) {
  const auto site = SiteOf(deps);
  Feed feed{FeedName(who.display_name), deps.tenant.zone.name(), deps.clock.NowUtcSeconds(), {}};
  auto offerings = store.SessionsOf(who.person_id);
  if (!offerings) return std::unexpected(offerings.error());
  for (const auto& offering : *offerings) {
    auto events = SessionEvents(offering, site);
    feed.events.insert(feed.events.end(), events.begin(), events.end());
  }
  if (sessions != nullptr) *sessions = std::move(*offerings);
  const auto schools = DueDateSchools(who, auth::Today(deps.clock, deps.tenant.zone));
  auto items = store.DueItemsOf(schools);
  if (!items) return std::unexpected(items.error());
  for (const auto& item : *items) {
    auto events = DueEvents(item, deps.tenant.zone, site);
    feed.events.insert(feed.events.end(), events.begin(), events.end());
  }
  auto steps = store.StepsOf(who.person_id, schools);
  if (!steps) return std::unexpected(steps.error());
  for (const auto& step : *steps) feed.events.push_back(StepEvent(step, deps.tenant.zone, site));
  SortEvents(feed.events);
  return feed;
}

core::Result<http::Response> IcsResponse(const features::Deps& deps, const Feed& feed,
                                         const std::string& file_name) {
  auto ics = WriteIcs(feed, deps.tenant.zone);
  if (!ics) return std::unexpected(ics.error());
  http::Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = std::move(*ics);
  if (!file_name.empty()) {
    response.Header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  }
  // A calendar app fetches the feed again on its own schedule; nothing in between keeps it.
  response.Header("Cache-Control", "no-cache");
  return response;
}

LinkAddresses AddressesOf(const features::Deps& deps, const std::string& token) {
  const std::string https = SiteOf(deps).base_url + "/calendar/feeds/" + token + ".ics";
  const auto scheme_end = https.find("://");
  const std::string webcal =
      "webcal" + (scheme_end == std::string::npos ? "://" + https : https.substr(scheme_end));
  const std::string subscribe = "/calendar/0/addfromweb?url=" + core::UrlEncode(https) +
                                "&name=" + core::UrlEncode("Practitioner Schools");
  return LinkAddresses{https, webcal,
                       "https://calendar.google.com/calendar/r?cid=" + core::UrlEncode(webcal),
                       "https://outlook.live.com" + subscribe, "https://outlook.office.com" + subscribe};
}

}  // namespace practica::calendar
