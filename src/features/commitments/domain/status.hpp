// A school's commitment as a ledger: evidence submitted, verified or returned, never edited.
// Its status is computed from that history and the clock, never typed by anyone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/commitments/domain/commitment.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/evidence.hpp"

namespace practica::commitments {

enum class EventKind { kSubmitted, kVerified, kReturned };

std::string_view EventKindCode(EventKind kind);  // "submitted", "verified", "returned"
std::optional<EventKind> ParseEventKind(std::string_view code);

struct Event {
  std::int64_t id = 0;
  EventKind kind = EventKind::kSubmitted;
  std::string period;  // the occurrence it is about ("" for one-time commitments)
  std::int64_t person_id = 0;
  std::string person_name;
  std::int64_t at = 0;  // UTC
  Evidence evidence;    // submissions
  std::string comment;  // verifications and returns
};

// A school's copy of a commitment with its history, in time order.
struct SchoolCommitment {
  Commitment commitment;
  std::vector<Event> events;
};

// kNotDone is a finished school year's word for what was never verified: no longer "late",
// since nobody can still do it.
enum class Status { kNotStarted, kDueSoon, kSubmitted, kReturned, kLate, kVerified, kNotDone };

std::string_view StatusCode(Status status);    // "not_started", "due_soon", …
std::string_view StatusLabel(Status status);   // "Not started", "Due soon", …
std::string_view StatusSymbol(Status status);  // a glyph for the grid; always shown with its label
// What needs doing first: returned (the verifier said what is missing, so the team can act on
// it at once, past due or not), then late, due soon, submitted, not started, verified, not done.
int Urgency(Status status);

struct Standing {
  Status status = Status::kNotStarted;
  // The occurrence the status speaks of: the oldest one not yet verified (the last one when
  // every occurrence is verified).
  std::size_t current = 0;
  int verified = 0;  // occurrences verified
  int total = 0;     // occurrences
  // That occurrence is past its due instant and not verified: every late item, and a returned
  // one whose due day has gone by. Counted as late; never set once the school year is over.
  bool past_due = false;
};

// "Returned — past due" for a returned item past its due instant; otherwise StatusLabel.
std::string StandingLabel(const Standing& standing);

// `events` in the order they happened; those after `now` do not count yet, so the standing is
// the one at that instant. The rules, for the occurrence in question:
//   verified  every occurrence's latest event is a verification;
//   returned  the latest event is a return (past_due tells whether it is also late), so the
//             verifier's note is what the team reads first;
//   late      past its due instant and not verified (even when evidence waits for verification);
//   submitted the latest event is a submission;
//   due soon  nothing yet, and within kDueSoonDays calendar days of the due instant;
//   not started otherwise.
// With `school_year_ends_at` (SchoolYearEndsAt) and `now` at or after it, the year is over:
// verified stays verified, anything else is not done. PS 3.0 on Wednesday, December 2, 2026:
// Garvanza's commitment 14, never verified, is "Not done", not "Late".
Standing Assess(const std::vector<Occurrence>& occurrences, const std::vector<Event>& events,
                std::int64_t now, std::optional<std::int64_t> school_year_ends_at = std::nullopt);

// The latest event about one occurrence, or nullptr.
const Event* LatestFor(const std::vector<Event>& events, std::string_view period);

// Which occurrence new evidence is for: the oldest open one with nothing waiting or verified;
// when every open one has evidence, the oldest waiting one (new evidence replaces it).
// kConflict when everything is verified, or the next period has not begun.
[[nodiscard]] core::Result<std::size_t> SubmissionTarget(const Commitment& commitment,
                                                         const std::vector<Occurrence>& occurrences,
                                                         const std::vector<Event>& events,
                                                         std::int64_t now);

// A period of a recurring commitment that the team may give evidence for: it has begun and is
// not verified. `state` says where it stands in words, e.g. "late, nothing given yet".
struct PeriodChoice {
  std::size_t index = 0;  // into the occurrences
  std::string state;
};

// The periods open to evidence, oldest first. PS 3.0's monthly feedback forms (commitment 19)
// on Saturday, October 20, 2018, with August verified: September 2018 (late, nothing given yet)
// and October 2018 (due soon: due by the 31st); November has not begun.
std::vector<PeriodChoice> OpenPeriods(const std::vector<Occurrence>& occurrences,
                                      const std::vector<Event>& events, std::int64_t now);

// Which occurrence evidence is for when the team names `period` ("2018-09"); "" leaves it to
// SubmissionTarget. kInvalidInput (field "period") when the commitment has no such period (one
// that is due once has none); kConflict when the period has not begun or is already verified.
[[nodiscard]] core::Result<std::size_t> ChosenTarget(const Commitment& commitment,
                                                     const std::vector<Occurrence>& occurrences,
                                                     const std::vector<Event>& events, std::int64_t now,
                                                     std::string_view period);

// kConflict once the cohort's school year is over (`now` at or after its end): what was not
// done by then stays not done, so no evidence is taken. `cohort` names it ("PS 3.0").
[[nodiscard]] core::Result<void> CheckYearOpen(const Calendar& calendar, const core::TimeZone& zone,
                                               std::int64_t now, std::string_view cohort);

// kConflict once the school year is over: a return asks the team for more, which it can no
// longer give. Verifying what was submitted before the year ended stays open.
[[nodiscard]] core::Result<void> CheckReturnYearOpen(const Calendar& calendar, const core::TimeZone& zone,
                                                     std::int64_t now, std::string_view cohort);

// Who is acting on a school's commitment.
struct Actor {
  std::int64_t person_id = 0;
  bool district_staff = false;  // director, coordinator or specialist, district-wide
  bool school_coach = false;    // holds an open coach assignment for this school
};

// The submission a verifier confirms: the oldest occurrence whose latest event is a
// submission. kConflict when nothing waits; kForbidden when the actor submitted it, or may not
// verify this commitment (the district's verifier is district staff; a coach's verifier is the
// school's coach, or district staff standing in); kConflict when a majority count falls short.
[[nodiscard]] core::Result<const Event*> CheckVerify(const Commitment& commitment,
                                                     const std::vector<Occurrence>& occurrences,
                                                     const std::vector<Event>& events,
                                                     const Actor& actor);

// What a return sends back: the waiting submission, or else the latest verified occurrence
// (reopened). Needs a comment saying what is missing. kConflict when there is nothing to
// return; kForbidden as for CheckVerify.
[[nodiscard]] core::Result<const Event*> CheckReturn(const Commitment& commitment,
                                                     const std::vector<Occurrence>& occurrences,
                                                     const std::vector<Event>& events,
                                                     const Actor& actor, std::string_view comment);

}  // namespace practica::commitments
