// A person's calendar as plain data: a timed event for each day of the learning sessions they
// are registered for and an all-day event for each commitment due date they answer for. Every
// event has a UID that stays the same from one download to the next, so calendar apps update
// an event in place instead of adding a copy.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "auth/domain/principal.hpp"
#include "core/time_zone.hpp"
#include "features/commitments/domain/commitment.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/learning/domain/offering.hpp"

namespace practica::calendar {

struct Event {
  std::string uid;  // "offering-7-day-2@lausd.practica"
  std::string summary;
  std::string description;
  std::string location;
  std::string url;
  // All-day events (due dates) are written as `date` alone; timed ones from the instants.
  bool all_day = false;
  core::LocalDate date;
  std::int64_t starts_at = 0;  // UTC; for an all-day event, the start of its day in the zone
  std::int64_t ends_at = 0;
  // STATUS:CANCELLED: calendar apps strike the event out or drop it, rather than keep a copy
  // that silently disappears from the feed.
  bool cancelled = false;
  // SEQUENCE: higher each time the event changes (a session's revision; 0 for due dates, which
  // move only with a new calendar and keep their UID's date).
  std::int64_t sequence = 0;
};

struct Feed {
  std::string name;           // X-WR-CALNAME: "Practitioner Schools · Elena Ortiz"
  std::string zone;           // the district's IANA zone: "America/Los_Angeles"
  std::int64_t stamp = 0;     // DTSTAMP of every event: when the feed was made (UTC)
  std::vector<Event> events;  // in time order (SortEvents)
};

// Where the program's links point and whose UIDs these are.
struct Site {
  std::string district_slug;  // "lausd": UIDs end "@lausd.practica"
  std::string base_url;       // "https://practica.lausd.net", without a trailing slash
};

// One timed event per day of the offering, titled "Onboarding Days (day 2 of 4)" when it has
// several. The place, or "Online" with the join link in the description when it is virtual.
// A cancelled offering's events are cancelled, titled "Cancelled: …" with the reason.
std::vector<Event> SessionEvents(const learning::Offering& offering, const Site& site);

// One commitment of one school, with what its due dates are computed from.
struct DueItem {
  std::int64_t school_commitment_id = 0;
  commitments::Commitment commitment;
  commitments::Calendar calendar;  // the cohort's
  std::string cohort_slug;
  std::string cohort_name;  // "PS 3.0"
  std::string school_slug;
  std::string school_name;
};

// An all-day event on each day the commitment is due (one for most, one per period for a
// recurring one); none while the cohort's calendar lacks the date its rule counts from.
std::vector<Event> DueEvents(const DueItem& item, const core::TimeZone& zone, const Site& site);

// An action step of a school's design challenge, not done yet.
struct StepItem {
  std::int64_t step_id = 0;
  std::string what;
  std::string owner_name;
  core::LocalDate due_on;
  std::string cohort_slug;
  std::string cohort_name;  // "PS 3.0"
  std::string school_slug;
  std::string school_name;
};

// An all-day event on the step's day, "Action step: … (Garvanza …)", linking to the school's
// action steps. Its UID is the step's: a new day moves the event.
Event StepEvent(const StepItem& item, const core::TimeZone& zone, const Site& site);

// The schools whose due dates belong in the person's feed: those where they hold an active
// principal or practitioner-team grant, and a coach's caseload. District-wide roles add none:
// their feed would hold every school's commitments.
std::vector<std::int64_t> DueDateSchools(const auth::Principal& who, const core::LocalDate& today);

// By start, then UID, so the same data always gives the same file.
void SortEvents(std::vector<Event>& events);

// "Practitioner Schools · Elena Ortiz"
std::string FeedName(std::string_view person_name);

// The file name of an offering's download: "ps-3-0-onboarding.ics".
std::string FileName(const learning::Offering& offering);

}  // namespace practica::calendar
