#include "features/commitments/domain/status.hpp"

#include <array>

#include "core/text.hpp"

namespace practica::commitments {
namespace {

using core::ErrorCode;
using core::Fail;

struct StatusInfo {
  Status status;
  std::string_view code;
  std::string_view label;
  std::string_view symbol;
  int urgency;
};

constexpr std::array<StatusInfo, 7> kStatuses = {{
    {Status::kReturned, "returned", "Returned", "↺", 0},
    {Status::kLate, "late", "Late", "!", 1},
    {Status::kDueSoon, "due_soon", "Due soon", "◷", 2},
    {Status::kSubmitted, "submitted", "Submitted", "●", 3},
    {Status::kNotStarted, "not_started", "Not started", "○", 4},
    {Status::kVerified, "verified", "Verified", "✓", 5},
    {Status::kNotDone, "not_done", "Not done", "✗", 6},
}};

const StatusInfo& Info(Status status) {
  for (const auto& info : kStatuses) {
    if (info.status == status) return info;
  }
  return kStatuses.back();
}

constexpr std::size_t kMaxText = 2000;

// Who verifies, in words for messages.
std::string Verifiers(const Commitment& commitment) {
  return commitment.verifier == Verifier::kDistrict ? "district staff"
                                                    : "the school's coach or district staff";
}

core::Result<void> CheckMayVerify(const Commitment& commitment, const Actor& actor) {
  if (commitment.verifier == Verifier::kDistrict && !actor.district_staff) {
    return Fail(ErrorCode::kForbidden,
                "District staff verify " + Name(commitment) + "; ask the program office to verify it.");
  }
  if (!actor.district_staff && !actor.school_coach) {
    return Fail(ErrorCode::kForbidden,
                "Only " + Verifiers(commitment) + " may verify " + Name(commitment) + ".");
  }
  return {};
}

// The oldest occurrence whose latest event is a submission, with that submission.
const Event* OldestWaiting(const std::vector<Occurrence>& occurrences, const std::vector<Event>& events) {
  for (const auto& occurrence : occurrences) {
    const Event* latest = LatestFor(events, occurrence.period);
    if (latest != nullptr && latest->kind == EventKind::kSubmitted) return latest;
  }
  return nullptr;
}

}  // namespace

std::string_view EventKindCode(EventKind kind) {
  switch (kind) {
    case EventKind::kSubmitted: return "submitted";
    case EventKind::kVerified: return "verified";
    case EventKind::kReturned: return "returned";
  }
  return "submitted";
}

std::optional<EventKind> ParseEventKind(std::string_view code) {
  for (auto kind : {EventKind::kSubmitted, EventKind::kVerified, EventKind::kReturned}) {
    if (EventKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

std::string_view StatusCode(Status status) { return Info(status).code; }
std::string_view StatusLabel(Status status) { return Info(status).label; }
std::string_view StatusSymbol(Status status) { return Info(status).symbol; }
int Urgency(Status status) { return Info(status).urgency; }

const Event* LatestFor(const std::vector<Event>& events, std::string_view period) {
  const Event* latest = nullptr;
  for (const auto& event : events) {
    if (event.period == period) latest = &event;
  }
  return latest;
}

std::string StandingLabel(const Standing& standing) {
  if (standing.status == Status::kReturned && standing.past_due) return "Returned — past due";
  return std::string(StatusLabel(standing.status));
}

Standing Assess(const std::vector<Occurrence>& occurrences, const std::vector<Event>& all_events,
                std::int64_t now, std::optional<std::int64_t> school_year_ends_at) {
  const bool year_over = school_year_ends_at && now >= *school_year_ends_at;
  // The standing as of `now`: what happened later does not count yet.
  std::vector<Event> events;
  for (const auto& event : all_events) {
    if (event.at <= now) events.push_back(event);
  }
  Standing standing;
  standing.total = static_cast<int>(occurrences.size());
  std::optional<std::size_t> oldest_open;
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const Event* latest = LatestFor(events, occurrences[i].period);
    if (latest != nullptr && latest->kind == EventKind::kVerified) {
      ++standing.verified;
    } else if (!oldest_open) {
      oldest_open = i;
    }
  }
  if (!oldest_open) {
    standing.status = Status::kVerified;
    standing.current = occurrences.empty() ? 0 : occurrences.size() - 1;
    return standing;
  }
  standing.current = *oldest_open;
  if (year_over) {
    standing.status = Status::kNotDone;
    return standing;
  }
  const auto& occurrence = occurrences[*oldest_open];
  const Event* latest = LatestFor(events, occurrence.period);
  const bool due = occurrence.due_on.has_value();
  standing.past_due = due && now >= occurrence.due_at;
  if (latest != nullptr && latest->kind == EventKind::kReturned) {
    standing.status = Status::kReturned;
  } else if (standing.past_due) {
    standing.status = Status::kLate;
  } else if (latest != nullptr && latest->kind == EventKind::kSubmitted) {
    standing.status = Status::kSubmitted;
  } else if (due && now >= occurrence.due_soon_from) {
    standing.status = Status::kDueSoon;
  } else {
    standing.status = Status::kNotStarted;
  }
  return standing;
}

core::Result<std::size_t> SubmissionTarget(const Commitment& commitment,
                                           const std::vector<Occurrence>& occurrences,
                                           const std::vector<Event>& events, std::int64_t now) {
  std::optional<std::size_t> not_begun;
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const Event* latest = LatestFor(events, occurrences[i].period);
    if (latest != nullptr && latest->kind != EventKind::kReturned) continue;
    if (occurrences[i].opens_on && now < occurrences[i].opens_at) {
      not_begun = i;
      break;
    }
    return i;
  }
  // Every open occurrence has evidence: new evidence replaces the oldest still waiting.
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const Event* latest = LatestFor(events, occurrences[i].period);
    if (latest != nullptr && latest->kind == EventKind::kSubmitted) return i;
  }
  if (not_begun) {
    const auto& next = occurrences[*not_begun];
    return Fail(ErrorCode::kConflict,
                "Evidence for " + next.label + " of " + Name(commitment) + " can be given from " +
                    core::FormatLongDate(*next.opens_on) + ".");
  }
  return Fail(ErrorCode::kConflict,
              CapitalName(commitment) + " is already verified; ask " +
                  Verifiers(commitment) + " to return it if the evidence needs to change.");
}

std::vector<PeriodChoice> OpenPeriods(const std::vector<Occurrence>& occurrences,
                                      const std::vector<Event>& events, std::int64_t now) {
  std::vector<PeriodChoice> open;
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const auto& occurrence = occurrences[i];
    if (occurrence.opens_on && now < occurrence.opens_at) break;  // later ones begin later still
    const Event* latest = LatestFor(events, occurrence.period);
    if (latest != nullptr && latest->kind == EventKind::kVerified) continue;
    const bool due = occurrence.due_on.has_value();
    std::string state;
    if (latest != nullptr && latest->kind == EventKind::kSubmitted) {
      state = "waiting for verification";
    } else if (latest != nullptr) {
      state = "returned";
    } else if (due && now >= occurrence.due_at) {
      state = "late, nothing given yet";
    } else if (due && now >= occurrence.due_soon_from) {
      state = "due soon";
    } else {
      state = "nothing given yet";
    }
    open.push_back({i, std::move(state)});
  }
  return open;
}

core::Result<std::size_t> ChosenTarget(const Commitment& commitment, const std::vector<Occurrence>& occurrences,
                                       const std::vector<Event>& events, std::int64_t now,
                                       std::string_view period) {
  if (period.empty()) return SubmissionTarget(commitment, occurrences, events, now);
  if (commitment.due.kind != DueKind::kRecurring) {
    return Fail(ErrorCode::kInvalidInput,
                CapitalName(commitment) + " is due once, so it has no periods; leave the period out.", {}, "period");
  }
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const auto& occurrence = occurrences[i];
    if (occurrence.period.empty() || occurrence.period != period) continue;
    if (occurrence.opens_on && now < occurrence.opens_at) {
      return Fail(ErrorCode::kConflict,
                  "Evidence for " + occurrence.label + " of " + Name(commitment) + " can be given from " +
                      core::FormatLongDate(*occurrence.opens_on) + "; choose a period that has begun.",
                  {}, "period");
    }
    const Event* latest = LatestFor(events, occurrence.period);
    if (latest != nullptr && latest->kind == EventKind::kVerified) {
      return Fail(ErrorCode::kConflict,
                  CapitalName(commitment) + " for " + occurrence.label + " is already verified; choose another " +
                      "period, or ask " + Verifiers(commitment) + " to return it if the evidence needs to change.",
                  {}, "period");
    }
    return i;
  }
  const auto& first = occurrences.front();
  const std::string example = first.period.empty() ? "" : " (such as \"" + first.period + "\" for " + first.label + ")";
  return Fail(ErrorCode::kInvalidInput,
              CapitalName(commitment) + " has no period \"" + std::string(period.substr(0, 40)) +
                  "\"; choose one of the periods its checklist offers" + example + ".",
              {}, "period");
}

core::Result<void> CheckYearOpen(const Calendar& calendar, const core::TimeZone& zone, std::int64_t now,
                                 std::string_view cohort) {
  const auto ends_at = SchoolYearEndsAt(calendar, zone);
  if (!ends_at || now < *ends_at) return {};
  return Fail(ErrorCode::kConflict,
              std::string(cohort) + "'s school year ended on " + core::FormatLongDate(*calendar.school_year_ends_on) +
                  "; its commitments stand as they ended and take no more evidence.");
}

core::Result<void> CheckReturnYearOpen(const Calendar& calendar, const core::TimeZone& zone, std::int64_t now,
                                       std::string_view cohort) {
  const auto ends_at = SchoolYearEndsAt(calendar, zone);
  if (!ends_at || now < *ends_at) return {};
  return Fail(ErrorCode::kConflict,
              std::string(cohort) + "'s school year ended on " + core::FormatLongDate(*calendar.school_year_ends_on) +
                  ", so its team can no longer answer a return; verify the evidence if it shows the commitment "
                  "was kept, or leave the commitment as it ended.");
}

core::Result<const Event*> CheckVerify(const Commitment& commitment,
                                       const std::vector<Occurrence>& occurrences,
                                       const std::vector<Event>& events, const Actor& actor) {
  if (auto may = CheckMayVerify(commitment, actor); !may) return std::unexpected(may.error());
  const Event* waiting = OldestWaiting(occurrences, events);
  if (waiting == nullptr) {
    return Fail(ErrorCode::kConflict,
                "Nothing waits for verification on " + Name(commitment) +
                    "; the school's team submits evidence first.");
  }
  if (waiting->person_id == actor.person_id) {
    return Fail(ErrorCode::kForbidden,
                "You submitted this evidence for " + Name(commitment) + ", so someone else verifies it: " +
                    Verifiers(commitment) + ".");
  }
  const auto& evidence = waiting->evidence;
  if (commitment.evidence.majority && evidence.count && evidence.total &&
      *evidence.count * 2 <= *evidence.total) {
    return Fail(ErrorCode::kConflict,
                std::to_string(*evidence.count) + " of " + std::to_string(*evidence.total) +
                    " is not a majority: " + Name(commitment) + " needs more than half (" +
                    std::to_string(*evidence.total / 2 + 1) +
                    " or more) before it is verified; return it to the team instead.");
  }
  return waiting;
}

core::Result<const Event*> CheckReturn(const Commitment& commitment,
                                       const std::vector<Occurrence>& occurrences,
                                       const std::vector<Event>& events, const Actor& actor,
                                       std::string_view comment) {
  if (auto may = CheckMayVerify(commitment, actor); !may) return std::unexpected(may.error());
  const Event* target = OldestWaiting(occurrences, events);
  // Nothing waiting: reopen the latest verified occurrence.
  for (auto it = occurrences.rbegin(); target == nullptr && it != occurrences.rend(); ++it) {
    const Event* latest = LatestFor(events, it->period);
    if (latest != nullptr && latest->kind == EventKind::kVerified) target = latest;
  }
  if (target == nullptr) {
    return Fail(ErrorCode::kConflict,
                "There is nothing to return on " + Name(commitment) +
                    ": the school's team has not submitted evidence.");
  }
  if (core::Trim(comment).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Say what is missing when returning " + Name(commitment) +
                    ", so the team knows what to change.",
                {}, "comment");
  }
  if (comment.size() > kMaxText) {
    return Fail(ErrorCode::kInvalidInput, "Keep the comment under 2,000 characters.", {}, "comment");
  }
  return target;
}

}  // namespace practica::commitments
