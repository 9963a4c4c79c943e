// One's calendar: GET /calendar (what it holds, how to subscribe), POST /calendar/link (a new
// secret link, shown once; the old one stops working), POST /calendar/link/remove, the feed at
// GET /calendar/feeds/{token}.ics that calendar apps fetch, and the /api/v1/calendar twins.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "auth/audit_log.hpp"
#include "auth/guard.hpp"
#include "auth/principal_loader.hpp"
#include "auth/secrets.hpp"
#include "features/kit/change.hpp"
#include "features/calendar/routes/feed_source.hpp"
#include "features/calendar/routes/register.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::calendar {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

constexpr std::ptrdiff_t kPageDueDates = 12;

json::object EventJson(const Deps& deps, const Event& event) {
  const auto& zone = deps.tenant.zone;
  json::object item{{"uid", event.uid},         {"summary", event.summary},
                    {"all_day", event.all_day}, {"location", event.location},
                    {"url", event.url}};
  if (event.all_day) {
    item["date"] = core::FormatIsoDate(event.date);
    item["when"] = core::FormatLongDate(event.date) + " (all day)";
    return item;
  }
  const auto starts = zone.ToLocal(event.starts_at);
  const auto ends = zone.ToLocal(event.ends_at);
  item["starts_at"] = zone.FormatIso(event.starts_at);
  item["ends_at"] = zone.FormatIso(event.ends_at);
  item["when"] = core::FormatLongDate(starts.date) + ", " + core::FormatClock(starts.hour, starts.minute) +
                 " to " + core::FormatClock(ends.hour, ends.minute) + " " + zone.Abbreviation(event.starts_at);
  return item;
}

json::value LinkJson(const Deps& deps, const std::optional<std::int64_t>& created) {
  if (!created) return nullptr;
  return json::object{{"created_at", deps.tenant.zone.FormatIso(*created)},
                      {"created_on", core::FormatLongDate(deps.tenant.zone.ToLocal(*created).date)}};
}

struct View {
  std::optional<std::int64_t> link_created;
  Feed feed;
  std::vector<learning::Offering> sessions;
};

core::Result<View> LoadView(const Deps& deps, const auth::Principal& who) {
  auto db = deps.database.Acquire();
  CalendarStore store(*db, deps.tenant.id);
  auto created = store.LinkCreatedAt(who.person_id);
  if (!created) return std::unexpected(created.error());
  View view{*created, {}, {}};
  auto feed = PersonFeed(deps, store, who, &view.sessions);
  if (!feed) return std::unexpected(feed.error());
  view.feed = std::move(*feed);
  return view;
}

json::array EventsJson(const Deps& deps, const std::vector<Event>& events) {
  json::array items;
  for (const auto& event : events) items.emplace_back(EventJson(deps, event));
  return items;
}

// Each session with its days and its own .ics file, in time order.
json::array SessionsJson(const Deps& deps, std::vector<learning::Offering> sessions) {
  std::sort(sessions.begin(), sessions.end(), [](const auto& a, const auto& b) {
    return std::pair(a.StartsAt(), a.id) < std::pair(b.StartsAt(), b.id);
  });
  json::array items;
  for (const auto& offering : sessions) {
    json::array days;
    for (const auto& event : SessionEvents(offering, SiteOf(deps))) {
      days.emplace_back(EventJson(deps, event).at("when"));
    }
    items.emplace_back(json::object{{"title", offering.title},
                                    {"url", "/learning/" + offering.slug},
                                    {"ics_url", "/learning/" + offering.slug + "/calendar.ics"},
                                    {"where", offering.location.empty() ? "Online" : offering.location},
                                    {"cancelled", offering.Cancelled()},
                                    {"days", std::move(days)}});
  }
  return items;
}

// The due dates a page shows: those still ahead; when none are, the latest, so the page
// shows what the feed holds.
std::vector<Event> PageDueDates(const std::vector<Event>& events, std::int64_t now, bool* ahead) {
  std::vector<Event> due;
  std::copy_if(events.begin(), events.end(), std::back_inserter(due), [](const Event& e) { return e.all_day; });
  const auto next = std::find_if(due.begin(), due.end(), [now](const Event& e) { return e.ends_at > now; });
  *ahead = next != due.end();
  const auto from = *ahead ? next : due.end() - std::min<std::ptrdiff_t>(kPageDueDates, std::ssize(due));
  const auto to = from + std::min<std::ptrdiff_t>(kPageDueDates, due.end() - from);
  return std::vector<Event>(from, to);
}

json::object AddressesJson(const LinkAddresses& link) {
  return json::object{{"https", link.https},     {"webcal", link.webcal},
                      {"google", link.google},   {"outlook", link.outlook},
                      {"outlook_work", link.outlook_work}};
}

// After "Make a new link" the browser is sent back to GET /calendar (so a refresh repeats the
// GET, not the POST that would replace the link just subscribed to) with the new token in a
// short-lived cookie only /calendar reads. The page shows the link while that cookie names the
// person's current link; on another device, or once it expires, the link is not shown again.
constexpr std::string_view kNewLinkCookie = "practica_new_link";
constexpr int kNewLinkCookieSeconds = 600;

std::string NewLinkCookie(const Deps& deps, const std::string& token, int max_age) {
  return std::string(kNewLinkCookie) + "=" + token + "; Path=/calendar; Max-Age=" + std::to_string(max_age) +
         "; HttpOnly; SameSite=Strict" + (deps.auth.secure_cookies ? "; Secure" : "");
}

// The new link's token from the cookie, when it is still the person's link.
std::optional<std::string> ShownLink(const Deps& deps, const Request& request) {
  auto token = request.Cookie(kNewLinkCookie);
  if (!token || token->empty()) return std::nullopt;
  auto db = deps.database.Acquire();
  auto person = CalendarStore(*db, deps.tenant.id).PersonOfLink(auth::HashToken(*token));
  if (!person || !*person || **person != request.principal->person_id) return std::nullopt;
  return token;
}

Response CalendarPage(const Deps& deps, const Request& request, json::object extra = {}) {
  const auto& who = *request.principal;
  if (auto token = ShownLink(deps, request)) extra["new_link"] = AddressesJson(AddressesOf(deps, *token));
  auto view = LoadView(deps, who);
  if (!view) return features::Failure(request, view.error(), deps.views);
  const auto& events = view->feed.events;
  const auto due_total = std::count_if(events.begin(), events.end(), [](const Event& e) { return e.all_day; });
  bool ahead = false;
  auto due = PageDueDates(events, deps.clock.NowUtcSeconds(), &ahead);
  json::object data{
      {"name", who.display_name},
      {"csrf_token", who.csrf_token},
      {"link", LinkJson(deps, view->link_created)},
      {"zone", view->feed.zone},
      {"sessions", SessionsJson(deps, view->sessions)},
      {"has_sessions", !view->sessions.empty()},
      {"session_days", static_cast<std::int64_t>(events.size()) - due_total},
      {"due", EventsJson(deps, due)},
      {"due_heading", ahead ? "Due dates coming up" : "Latest due dates"},
      {"due_dates", due_total},
      {"has_due", due_total > 0},
      {"answers_for_schools", !DueDateSchools(who, auth::Today(deps.clock, deps.tenant.zone)).empty()}};
  // Someone who answers for no school may still own a design challenge's action step: the feed
  // holds it, so the page shows it too.
  data["shows_due"] = data["answers_for_schools"].as_bool() || due_total > 0;
  for (auto& [key, value] : extra) data[key] = value;
  auto page = deps.views.Page(request, "calendar/calendar", "Your calendar", std::move(data), "account");
  // The page may carry a new secret link: no cache keeps it.
  page.Header("Cache-Control", "no-store");
  return page;
}

// A new link for the signed-in person, replacing theirs; the token, to show once.
core::Result<std::string> NewLink(const Deps& deps, const Request& request) {
  const auto person = request.principal->person_id;
  return features::RunChange(deps, request, "calendar.link", [&](db::Connection& db) -> core::Result<features::Changed<std::string>> {
    const auto token = auth::RandomToken();
    CalendarStore store(db, deps.tenant.id);
    auto had = store.LinkCreatedAt(person);
    if (!had) return std::unexpected(had.error());
    if (auto replaced = store.ReplaceLink(person, auth::HashToken(token), deps.clock.NowUtcSeconds()); !replaced) {
      return std::unexpected(replaced.error());
    }
    auth::AuditEntry entry;
    entry.record_type = "calendar_feed";
    entry.record_id = std::to_string(person);
    entry.reason = *had ? "made a new calendar link; the old one stopped working" : "made a calendar link";
    return features::Changed<std::string>{token, {std::move(entry)}, {}};
  });
}

// False, writing nothing, when the person had no link.
core::Result<bool> RemoveLink(const Deps& deps, const Request& request) {
  const auto person = request.principal->person_id;
  return features::RunChange(deps, request, "calendar.link", [&](db::Connection& db) -> core::Result<features::Changed<bool>> {
    auto removed = CalendarStore(db, deps.tenant.id).RemoveLink(person);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) return features::Changed<bool>{false, {}, {}};
    auth::AuditEntry entry;
    entry.record_type = "calendar_feed";
    entry.record_id = std::to_string(person);
    entry.reason = "stopped the calendar link";
    return features::Changed<bool>{true, {std::move(entry)}, {}};
  });
}

// The feed a calendar app fetches: the link is the only key, so a wrong, replaced or stopped
// link, or one of a deactivated person, is simply not found.
Response FeedFile(const Deps& deps, const Request& request) {
  std::string token(request.Param("token"));
  if (token.ends_with(".ics")) token.resize(token.size() - 4);
  const core::Error gone{core::ErrorCode::kNotFound,
                         "This calendar link does not work any more. Sign in to Practica and make "
                         "a new one on your Calendar page.",
                         {}, {}};
  auto db = deps.database.Acquire();
  CalendarStore store(*db, deps.tenant.id);
  auto person = store.PersonOfLink(auth::HashToken(token));
  if (!person) return features::Failure(request, person.error(), deps.views);
  if (!*person) return features::Failure(request, gone, deps.views);
  auto who = auth::LoadPrincipal(*db, deps.tenant.id, **person);
  if (!who) return features::Failure(request, who.error(), deps.views);
  if (!*who) return features::Failure(request, gone, deps.views);
  auto feed = PersonFeed(deps, store, **who);
  if (!feed) return features::Failure(request, feed.error(), deps.views);
  auto response = IcsResponse(deps, *feed);
  if (!response) return features::Failure(request, response.error(), deps.views);
  return std::move(*response);
}

}  // namespace

core::Result<void> RegisterFeedRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
      {Method::kGet, "/calendar", "calendar.read", Surface::kPage,
       [&deps](const Request& r) { return CalendarPage(deps, r); }},
      {Method::kPost, "/calendar/link", "calendar.link", Surface::kPage,
       [&deps](const Request& r) {
         auto token = NewLink(deps, r);
         if (!token) return features::Failure(r, token.error(), deps.views);
         auto response = http::Redirect("/calendar#new-link");
         response.Header("Set-Cookie", NewLinkCookie(deps, *token, kNewLinkCookieSeconds));
         return response;
       }},
      {Method::kPost, "/calendar/link/remove", "calendar.link", Surface::kPage,
       [&deps](const Request& r) {
         auto removed = RemoveLink(deps, r);
         if (!removed) return features::Failure(r, removed.error(), deps.views);
         auto response = http::Redirect("/calendar");
         response.Header("Set-Cookie", NewLinkCookie(deps, "", 0));
         return response;
       }},
      {Method::kGet, "/calendar/feeds/{token}", "calendar.feed", Surface::kAsset,
       [&deps](const Request& r) { return FeedFile(deps, r); }},
      {Method::kGet, "/api/v1/calendar", "calendar.read", Surface::kApi,
       [&deps](const Request& r) {
         auto view = LoadView(deps, *r.principal);
         if (!view) return features::Failure(r, view.error(), deps.views);
         const auto& events = view->feed.events;
         return features::Json(json::object{{"name", view->feed.name},
                                            {"zone", view->feed.zone},
                                            {"link", LinkJson(deps, view->link_created)},
                                            {"events", EventsJson(deps, events)}});
       }},
      {Method::kPost, "/api/v1/calendar/link", "calendar.link", Surface::kApi,
       [&deps](const Request& r) {
         auto token = NewLink(deps, r);
         if (!token) return features::Failure(r, token.error(), deps.views);
         auto body = AddressesJson(AddressesOf(deps, *token));
         body["token"] = *token;
         auto response = features::Json(body, 201);
         response.Header("Cache-Control", "no-store");
         return response;
       }},
      {Method::kDelete, "/api/v1/calendar/link", "calendar.link", Surface::kApi,
       [&deps](const Request& r) {
         auto removed = RemoveLink(deps, r);
         if (!removed) return features::Failure(r, removed.error(), deps.views);
         return features::Json(json::object{{"removed", *removed}});
       }},
  });
}

}  // namespace practica::calendar
