// Learning sessions the program offers: what each kind is, when its days fall and who takes a
// seat. Plain data; the rules are in registration.hpp and attendance.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::learning {

// The kinds the seeds name. Team kinds are a cohort's: each school sends its practitioner team.
enum class Kind {
  kWelcomeWebinar,        // virtual, one hour, before onboarding
  kOnboarding,            // face-to-face days before and at the start of the school year
  kFollowUp,              // face-to-face days through the year
  kIsteSuite,             // one offering per ISTE student standard, in the 2+1 format
  kTeacherLeaderNetwork,  // computational thinking and the K-12 CS framework
  kTechPlanning,          // the three-day Instructional Technology Planning Cohort
};

enum class Audience { kTeam, kIndividual };

struct KindInfo {
  Kind kind;
  std::string_view code;  // stored and in the API: "welcome_webinar"
  std::string_view name;  // "Virtual Welcome Webinar"
  Audience audience;
  std::string_view format;  // what a reader should know about the days
};

const std::vector<KindInfo>& Kinds();
const KindInfo& InfoOf(Kind kind);
// kInvalidInput naming "kind" for an unknown code.
core::Result<Kind> ParseKind(std::string_view code);

// One day of an offering, in UTC seconds.
struct Day {
  int number = 1;
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
};

struct Offering {
  std::int64_t id = 0;
  std::optional<std::int64_t> cohort_id;  // none: open to every teacher of the district
  Kind kind = Kind::kOnboarding;
  std::string slug;
  std::string title;
  std::string description;
  Audience audience = Audience::kTeam;
  int team_size = 3;  // the attendees a team registers (1 for individual offerings)
  int capacity = 0;   // seats
  std::int64_t registration_closes_at = 0;
  std::string location;  // a place, or "" for virtual
  std::string join_url;  // a link for virtual sessions
  std::optional<int> commitment_number;  // the school commitment that attendance feeds
  std::string standard_code;             // ISTE student standard ("1.4") for the Suite
  std::vector<Day> days;                 // in order
  std::int64_t created_at = 0;
  // A cancelled offering is kept with why, so its page, the calendar and feeds can say so.
  std::optional<std::int64_t> cancelled_at;
  std::string cancel_reason;
  // Bumped by every change to the offering or its registrations: calendars send it as the
  // events' SEQUENCE, so a subscribed app replaces its copy when the session moves.
  std::int64_t revision = 0;

  bool Cancelled() const { return cancelled_at.has_value(); }
  std::int64_t StartsAt() const { return days.empty() ? 0 : days.front().starts_at; }
  std::int64_t EndsAt() const { return days.empty() ? 0 : days.back().ends_at; }
  const Day* FindDay(int number) const;
};

// Checks a new or edited offering: a title, at least one day, days in order without overlap,
// each ending after it starts, capacity a whole number of teams, registration closing before
// the first day, a place or a join link. kInvalidInput naming the field.
core::Result<void> Validate(const Offering& offering);

}  // namespace practica::learning
