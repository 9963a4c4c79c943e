// Reads an .ics file back with libical's parser, as a calendar app would: the calendar's own
// properties, its VTIMEZONE, and each VEVENT with its start resolved through that VTIMEZONE.
#pragma once

#include <libical/ical.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace practica::testing {

struct ReadEvent {
  std::string uid;
  std::string summary;
  std::string description;
  std::string location;
  std::string url;
  std::string tzid;      // DTSTART's TZID parameter; "" for a date
  bool all_day = false;  // DTSTART is a DATE
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;  // DTSTART as written
  std::int64_t starts_utc = 0;  // DTSTART through the file's VTIMEZONE (timed events)
  std::int64_t ends_utc = 0;
  std::string end_date;  // DTEND as written for an all-day event: "20181122"
};

struct ReadCalendar {
  bool parsed = false;
  std::string prodid, version, method, name;
  std::vector<std::string> zones;  // TZIDs of the VTIMEZONEs
  std::vector<ReadEvent> events;
  // A pointer into the calendar: refused on a temporary, which would be gone by the next line.
  const ReadEvent* Find(const std::string& uid) const&& = delete;
  const ReadEvent* Find(const std::string& uid) const& {
    for (const auto& event : events) {
      if (event.uid == uid) return &event;
    }
    return nullptr;
  }
};

inline std::string Text(const char* text) { return text == nullptr ? "" : text; }

inline std::int64_t ToUtc(icaltimetype time) {
  return static_cast<std::int64_t>(
      icaltime_as_timet(icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone())));
}

inline ReadEvent ReadOne(icalcomponent* vevent) {
  ReadEvent event;
  event.uid = Text(icalcomponent_get_uid(vevent));
  event.summary = Text(icalcomponent_get_summary(vevent));
  event.description = Text(icalcomponent_get_description(vevent));
  event.location = Text(icalcomponent_get_location(vevent));
  if (auto* url = icalcomponent_get_first_property(vevent, ICAL_URL_PROPERTY)) {
    event.url = Text(icalproperty_get_url(url));
  }
  if (auto* start = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY)) {
    if (auto* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER)) {
      event.tzid = Text(icalparameter_get_tzid(tzid));
    }
  }
  const icaltimetype start = icalcomponent_get_dtstart(vevent);
  const icaltimetype end = icalcomponent_get_dtend(vevent);
  event.all_day = start.is_date != 0;
  event.year = start.year;
  event.month = start.month;
  event.day = start.day;
  event.hour = start.hour;
  event.minute = start.minute;
  if (event.all_day) {
    event.end_date = Text(icaltime_as_ical_string(end));
  } else {
    event.starts_utc = ToUtc(start);
    event.ends_utc = ToUtc(end);
  }
  return event;
}

inline ReadCalendar ReadIcs(const std::string& ics) {
  ReadCalendar calendar;
  icalcomponent* root = icalparser_parse_string(ics.c_str());
  if (root == nullptr || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
    if (root != nullptr) icalcomponent_free(root);
    return calendar;
  }
  calendar.parsed = true;
  if (auto* p = icalcomponent_get_first_property(root, ICAL_PRODID_PROPERTY)) calendar.prodid = Text(icalproperty_get_prodid(p));
  if (auto* p = icalcomponent_get_first_property(root, ICAL_VERSION_PROPERTY)) calendar.version = Text(icalproperty_get_version(p));
  if (auto* p = icalcomponent_get_first_property(root, ICAL_METHOD_PROPERTY)) {
    calendar.method = Text(icalproperty_method_to_string(icalproperty_get_method(p)));
  }
  for (auto* p = icalcomponent_get_first_property(root, ICAL_X_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(root, ICAL_X_PROPERTY)) {
    if (Text(icalproperty_get_x_name(p)) == "X-WR-CALNAME") calendar.name = Text(icalproperty_get_x(p));
  }
  for (auto* z = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT); z != nullptr;
       z = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
    if (auto* tzid = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY)) {
      calendar.zones.push_back(Text(icalproperty_get_tzid(tzid)));
    }
  }
  for (auto* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e != nullptr;
       e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    calendar.events.push_back(ReadOne(e));
  }
  icalcomponent_free(root);
  return calendar;
}

}  // namespace practica::testing
