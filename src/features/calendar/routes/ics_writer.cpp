#include "features/calendar/routes/ics_writer.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

namespace practica::calendar {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype LocalTime(const core::LocalDateTime& local, int second) {
  icaltimetype time = icaltime_null_time();
  time.year = local.date.year;
  time.month = local.date.month;
  time.day = local.date.day;
  time.hour = local.hour;
  time.minute = local.minute;
  time.second = second;
  return time;
}

icaltimetype DateOnly(const core::LocalDate& date) {
  icaltimetype time = icaltime_null_date();
  time.year = date.year;
  time.month = date.month;
  time.day = date.day;
  return time;
}

// DTSTART;TZID=America/Los_Angeles:20181102T080000: the wall-clock time in the district's zone,
// named by the zone's IANA name, which Google Calendar and Outlook both recognize.
icalproperty* ZonedTime(icalproperty* property, const std::string& zone_name) {
  icalproperty_add_parameter(property, icalparameter_new_tzid(zone_name.c_str()));
  return property;
}

icaltimetype UtcTime(std::int64_t utc_seconds) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(utc_seconds), 0, icaltimezone_get_utc_timezone());
}

// Keeps the observances in force between the feed's first and last instants, the last ones
// open-ended: for Los Angeles one DAYLIGHT and one STANDARD rule, as Google Calendar and Outlook
// write it themselves (Outlook reads a zone best in that shape).
void KeepObservancesUntil(icalcomponent* vtimezone, std::int64_t last) {
  std::vector<icalcomponent*> past_last;
  for (auto kind : {ICAL_XSTANDARD_COMPONENT, ICAL_XDAYLIGHT_COMPONENT}) {
    for (auto* observance = icalcomponent_get_first_component(vtimezone, kind); observance != nullptr;
         observance = icalcomponent_get_next_component(vtimezone, kind)) {
      // An observance's DTSTART is local time; a day's margin covers any offset.
      const auto starts = icaltime_as_timet(icalcomponent_get_dtstart(observance));
      if (starts > last + 86400) {
        past_last.push_back(observance);
        continue;
      }
      if (auto* rule = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY)) {
        auto recurrence = icalproperty_get_rrule(rule);
        if (!icaltime_is_null_time(recurrence.until) && icaltime_as_timet(recurrence.until) > last) {
          recurrence.until = icaltime_null_time();
          icalproperty_set_rrule(rule, recurrence);
        }
      }
    }
  }
  for (auto* observance : past_last) {
    icalcomponent_remove_component(vtimezone, observance);
    icalcomponent_free(observance);
  }
}

// The zone's VTIMEZONE from the system's tz database, cut to the feed's span (from the start
// of the first event's year, DTSTARTs kept as Outlook expects), with its IANA name as TZID
// instead of libical's own prefixed one. libical's zone cache is shared: one at a time.
core::Result<Component> ZoneComponent(const Feed& feed, const core::TimeZone& zone) {
  std::int64_t first = feed.stamp;
  std::int64_t last = feed.stamp;
  for (const auto& event : feed.events) {
    first = std::min(first, event.starts_at);
    last = std::max(last, event.ends_at);
  }
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  icaltimezone* builtin = icaltimezone_get_builtin_timezone(feed.zone.c_str());
  icalcomponent* source = builtin == nullptr ? nullptr : icaltimezone_get_component(builtin);
  if (source == nullptr) {
    return core::Fail(core::ErrorCode::kInternal, "The calendar could not be written.",
                      "libical has no time zone " + feed.zone);
  }
  Component copy(icalcomponent_new_clone(source));
  const auto year = zone.ToLocal(first).date.year;
  icaltimezone_truncate_vtimezone(copy.get(), UtcTime(zone.ToUtc({{year, 1, 1}, 0, 0}).value_or(first)),
                                  icaltime_null_time(), 1);
  KeepObservancesUntil(copy.get(), last);
  if (auto* tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY)) {
    icalproperty_set_tzid(tzid, feed.zone.c_str());
  }
  return copy;
}

icalcomponent* EventComponent(const Event& event, const Feed& feed, const core::TimeZone& zone) {
  icalcomponent* vevent = icalcomponent_new_vevent();
  icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.c_str()));
  icalcomponent_add_property(
      vevent, icalproperty_new_dtstamp(UtcTime(feed.stamp)));
  if (event.all_day) {
    icalcomponent_add_property(vevent, icalproperty_new_dtstart(DateOnly(event.date)));
    icaltimetype next = DateOnly(event.date);
    icaltime_adjust(&next, 1, 0, 0, 0);
    icalcomponent_add_property(vevent, icalproperty_new_dtend(next));
    icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  } else {
    const auto starts = zone.ToLocal(event.starts_at);
    const auto ends = zone.ToLocal(event.ends_at);
    icalcomponent_add_property(
        vevent, ZonedTime(icalproperty_new_dtstart(LocalTime(starts, event.starts_at % 60)), feed.zone));
    icalcomponent_add_property(
        vevent, ZonedTime(icalproperty_new_dtend(LocalTime(ends, event.ends_at % 60)), feed.zone));
  }
  icalcomponent_add_property(vevent, icalproperty_new_summary(event.summary.c_str()));
  if (!event.description.empty()) {
    icalcomponent_add_property(vevent, icalproperty_new_description(event.description.c_str()));
  }
  if (!event.location.empty()) {
    icalcomponent_add_property(vevent, icalproperty_new_location(event.location.c_str()));
  }
  if (!event.url.empty()) icalcomponent_add_property(vevent, icalproperty_new_url(event.url.c_str()));
  if (event.cancelled) {
    icalcomponent_add_property(vevent, icalproperty_new_status(ICAL_STATUS_CANCELLED));
  }
  if (event.sequence > 0) {
    icalcomponent_add_property(vevent, icalproperty_new_sequence(static_cast<int>(event.sequence)));
  }
  return vevent;
}

void AddExtension(icalcomponent* calendar, const char* name, const std::string& value) {
  icalproperty* property = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(property, name);
  icalcomponent_add_property(calendar, property);
}

}  // namespace

core::Result<std::string> WriteIcs(const Feed& feed, const core::TimeZone& zone) {
  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Practica//Practitioner Schools//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  AddExtension(calendar.get(), "X-WR-CALNAME", feed.name);
  AddExtension(calendar.get(), "X-WR-TIMEZONE", feed.zone);
  // How often subscribers should fetch the feed again (Outlook reads the second name).
  AddExtension(calendar.get(), "X-PUBLISHED-TTL", "PT1H");
  auto timezone = ZoneComponent(feed, zone);
  if (!timezone) return std::unexpected(timezone.error());
  icalcomponent_add_component(calendar.get(), timezone->release());
  for (const auto& event : feed.events) {
    icalcomponent_add_component(calendar.get(), EventComponent(event, feed, zone));
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) {
    return core::Fail(core::ErrorCode::kInternal, "The calendar could not be written.",
                      "libical wrote no text for the calendar");
  }
  std::string ics(text);
  icalmemory_free_buffer(text);
  return ics;
}

}  // namespace practica::calendar
