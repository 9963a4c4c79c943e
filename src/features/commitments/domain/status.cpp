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

bool IsWebAddress(std::string_view text) {
  const bool scheme = text.starts_with("https://") || text.starts_with("http://");
  const auto rest = text.substr(text.find("//") + 2);
  return scheme && rest.size() >= 3 && rest.find('.') != std::string_view::npos &&
         text.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

core::Result<std::int64_t> WholeNumber(std::string_view text, std::string_view field,
                                       const std::string& what, std::int64_t min) {
  if (text.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give " + what + " as a whole number, e.g. 24.", {},
                std::string(field));
  }
  const auto number = core::ParseInt(text, min, 1'000'000);
  if (!number) {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + std::string(text) + "\" is not a whole number from " + std::to_string(min) +
                    "; give " + what + " as a number such as 24.",
                {}, std::string(field));
  }
  return *number;
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

core::Result<Evidence> CheckEvidence(const Commitment& commitment, const EvidenceInput& input) {
  const std::string name = Name(commitment);
  Evidence evidence;
  evidence.note = std::string(core::Trim(input.note));
  if (evidence.note.size() > kMaxText) {
    return Fail(ErrorCode::kInvalidInput, "Keep the note under 2,000 characters.", {}, "note");
  }
  switch (commitment.evidence.kind) {
    case EvidenceKind::kDocument:
    case EvidenceKind::kUrl: {
      const bool document = commitment.evidence.kind == EvidenceKind::kDocument;
      evidence.text = std::string(core::Trim(input.url));
      if (evidence.text.empty()) {
        return Fail(ErrorCode::kInvalidInput,
                    std::string(document ? "Give the link to the document" : "Give the web address") +
                        " for " + name + ", starting with https://.",
                    {}, "url");
      }
      if (!IsWebAddress(evidence.text) || evidence.text.size() > kMaxText) {
        return Fail(ErrorCode::kInvalidInput,
                    "\"" + evidence.text.substr(0, 200) +
                        "\" is not a web address; copy it from the browser's address bar "
                        "(it starts with https://).",
                    {}, "url");
      }
      break;
    }
    case EvidenceKind::kDate: {
      const auto typed = core::Trim(input.date);
      if (typed.empty()) {
        return Fail(ErrorCode::kInvalidInput,
                    "Give the date for " + name + " as YYYY-MM-DD, e.g. 2018-06-05.", {}, "date");
      }
      auto day = core::ParseLocalDate(typed);
      if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, "date");
      evidence.text = core::FormatIsoDate(*day);
      break;
    }
    case EvidenceKind::kPerson: {
      evidence.text = std::string(core::Trim(input.person_name));
      evidence.email = core::ToLower(core::Trim(input.person_email));
      if (evidence.text.empty()) {
        return Fail(ErrorCode::kInvalidInput, "Give the name of the person for " + name + ".", {},
                    "person_name");
      }
      if (evidence.text.size() > 200) {
        return Fail(ErrorCode::kInvalidInput, "Keep the name under 200 characters.", {}, "person_name");
      }
      const auto at = evidence.email.find('@');
      if (!evidence.email.empty() &&
          (at == std::string::npos || at == 0 || evidence.email.find('.', at) == std::string::npos ||
           evidence.email.find(' ') != std::string::npos || evidence.email.size() > 254)) {
        return Fail(ErrorCode::kInvalidInput,
                    "\"" + evidence.email.substr(0, 200) +
                        "\" is not an e-mail address; write it as name@example.org, or leave it empty.",
                    {}, "person_email");
      }
      break;
    }
    case EvidenceKind::kCount: {
      auto count = WholeNumber(core::Trim(input.count), "count", "the count for " + name, 0);
      if (!count) return std::unexpected(count.error());
      auto total = WholeNumber(core::Trim(input.total), "total", "the total for " + name, 1);
      if (!total) return std::unexpected(total.error());
      if (*count > *total) {
        return Fail(ErrorCode::kInvalidInput,
                    "The count (" + std::to_string(*count) + ") cannot be more than the total (" +
                        std::to_string(*total) + "); check both numbers.",
                    {}, "count");
      }
      evidence.count = *count;
      evidence.total = *total;
      evidence.text = std::to_string(*count) + " of " + std::to_string(*total);
      break;
    }
  }
  return evidence;
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

core::Result<void> CheckYearOpen(const Calendar& calendar, const core::TimeZone& zone, std::int64_t now,
                                 std::string_view cohort) {
  const auto ends_at = SchoolYearEndsAt(calendar, zone);
  if (!ends_at || now < *ends_at) return {};
  return Fail(ErrorCode::kConflict,
              std::string(cohort) + "'s school year ended on " + core::FormatLongDate(*calendar.school_year_ends_on) +
                  "; its commitments stand as they ended and take no more evidence.");
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
