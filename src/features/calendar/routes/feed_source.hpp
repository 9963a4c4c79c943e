// What the calendar routes share: a person's feed read from the database, the feed as an
// .ics response, and the addresses of a calendar link.
#pragma once

#include <string>

#include "auth/domain/principal.hpp"
#include "features/calendar/domain/feed.hpp"
#include "features/calendar/store/calendar_store.hpp"
#include "features/kit/deps.hpp"
#include "http/response.hpp"

namespace practica::calendar {

Site SiteOf(const features::Deps& deps);

// The person's sessions, the due dates of their schools and the design challenges' action steps
// not done yet (their schools' and their own), in time order; the offerings
// behind the sessions go to `sessions` when given.
[[nodiscard]] core::Result<Feed> PersonFeed(const features::Deps& deps, CalendarStore& store,
                                            const auth::Principal& who,
                                            std::vector<learning::Offering>* sessions = nullptr);

// text/calendar, written in the district's zone. `file_name` set: a download (attachment).
[[nodiscard]] core::Result<http::Response> IcsResponse(const features::Deps& deps, const Feed& feed,
                                                       const std::string& file_name = {});

// "https://practica.lausd.net/calendar/feeds/<token>.ics" and its webcal:// twin.
struct LinkAddresses {
  std::string https;
  std::string webcal;
  std::string google;   // Google Calendar's "add by URL" page for it
  std::string outlook;  // Outlook.com's "subscribe from web" page for it (personal accounts)
  std::string outlook_work;  // the same in Microsoft 365 (work or school accounts)
};
LinkAddresses AddressesOf(const features::Deps& deps, const std::string& token);

}  // namespace practica::calendar
