#include "features/applications/domain/application.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "features/applications/domain/rubric.hpp"

namespace practica::applications {
namespace {

using core::ErrorCode;
using core::Fail;

struct StatusInfo {
  Status status;
  std::string_view code;
  std::string_view label;
};

constexpr StatusInfo kStatuses[] = {
    {Status::kDraft, "draft", "Draft"},          {Status::kSubmitted, "submitted", "Submitted"},
    {Status::kWithdrawn, "withdrawn", "Withdrawn"}, {Status::kAccepted, "accepted", "Accepted"},
    {Status::kWaitlisted, "waitlisted", "Waitlisted"}, {Status::kDeclined, "declined", "Declined"},
};

std::string Quoted(const std::string& text) {
  return "\"" + (text.size() <= 60 ? text : text.substr(0, 57) + "…") + "\"";
}

std::string When(std::int64_t at, const core::TimeZone& zone) {
  return core::FormatLongDateTime(zone.ToLocal(at));
}

const Answer* FindAnswer(const Application& application, std::int64_t question_id) {
  for (const auto& answer : application.answers) {
    if (answer.question_id == question_id) return &answer;
  }
  return nullptr;
}

const Rating* FindRating(const Application& application, std::int64_t criterion_id) {
  for (const auto& rating : application.ratings) {
    if (rating.criterion_id == criterion_id) return &rating;
  }
  return nullptr;
}

}  // namespace

std::string_view StatusCode(Status status) {
  for (const auto& info : kStatuses) {
    if (info.status == status) return info.code;
  }
  return "draft";
}

std::string_view StatusLabel(Status status) {
  for (const auto& info : kStatuses) {
    if (info.status == status) return info.label;
  }
  return "Draft";
}

std::optional<Status> ParseStatus(std::string_view code) {
  for (const auto& info : kStatuses) {
    if (info.code == code) return info.status;
  }
  return std::nullopt;
}

std::string ApplicationName(const std::string& school_name, const cohorts::Cohort& cohort) {
  return school_name + "'s application for " + cohorts::ShortName(cohort);
}

std::vector<std::string> MissingParts(const Setup& setup, const Application& application) {
  std::vector<std::string> missing;
  for (const auto& question : setup.questions) {
    const auto* answer = FindAnswer(application, question.id);
    if (answer == nullptr || core::Trim(answer->text).empty()) {
      missing.push_back("an answer to question " + std::to_string(question.position) + " (" +
                        Quoted(question.text) + ")");
    }
  }
  for (const auto& criterion : setup.criteria) {
    const auto* rating = FindRating(application, criterion.id);
    const std::string which = "criterion " + std::to_string(criterion.position) + " (" + Quoted(criterion.text) + ")";
    if (rating == nullptr || rating->score == 0) missing.push_back("a rating for " + which);
    if (rating == nullptr || core::Trim(rating->evidence).empty()) missing.push_back("evidence for " + which);
  }
  if (application.attachments.empty()) {
    missing.push_back("the signed Intent to Participate, attached as a file");
  }
  return missing;
}

std::optional<std::int64_t> Deadline(const cohorts::Cohort& cohort,
                                     const std::optional<Extension>& extension) {
  if (extension) return extension->deadline_at;
  return cohort.applications_close_at;
}

core::Result<void> CheckWindowOpen(const cohorts::Cohort& cohort, const std::optional<Extension>& extension,
                                   const std::string& school_name, std::int64_t now,
                                   const core::TimeZone& zone) {
  const std::string who = "Applications for " + cohorts::ShortName(cohort);
  if (!cohort.applications_open_at || !cohort.applications_close_at) {
    return Fail(ErrorCode::kInvalidInput,
                who + " have no dates yet; the program office announces them with the overview.");
  }
  if (now < *cohort.applications_open_at) {
    return Fail(ErrorCode::kInvalidInput,
                who + " open on " + When(*cohort.applications_open_at, zone) + "; come back then.");
  }
  const auto deadline = *Deadline(cohort, extension);
  if (now < deadline) return {};
  if (extension) {
    return Fail(ErrorCode::kInvalidInput,
                "The extension for " + school_name + " to apply to " + cohorts::ShortName(cohort) +
                    " ended on " + When(deadline, zone) + "; ask the program office for another.");
  }
  return Fail(ErrorCode::kInvalidInput,
              who + " closed on " + When(deadline, zone) +
                  "; ask the program office for an extension.");
}

core::Result<void> CheckEditable(const Application& application, const cohorts::Cohort& cohort,
                                 const core::TimeZone& zone) {
  const std::string name = ApplicationName(application.school_name, cohort);
  switch (application.status) {
    case Status::kDraft:
      return {};
    case Status::kSubmitted:
      return Fail(ErrorCode::kConflict,
                  name + " was submitted on " + When(application.submitted_at.value_or(0), zone) +
                      " and can no longer be changed; ask the program office if something must be corrected.");
    default:
      return Fail(ErrorCode::kConflict,
                  name + " is " + core::ToLower(StatusLabel(application.status)) +
                      " and can no longer be changed.");
  }
}

core::Result<void> CheckDraft(const Setup& setup, const std::vector<Answer>& answers,
                              const std::vector<Rating>& ratings) {
  for (const auto& answer : answers) {
    const auto question = std::find_if(setup.questions.begin(), setup.questions.end(),
                                       [&](const Question& q) { return q.id == answer.question_id; });
    if (question == setup.questions.end()) {
      return Fail(ErrorCode::kInvalidInput,
                  "The application of " + cohorts::ShortName(setup.cohort) + " has no question " +
                      std::to_string(answer.question_id) + "; reload the page to see its questions.",
                  {}, "answers");
    }
    if (answer.text.size() > kMaxAnswerChars) {
      return Fail(ErrorCode::kInvalidInput,
                  "The answer to question " + std::to_string(question->position) + " is longer than " +
                      std::to_string(kMaxAnswerChars) + " characters; shorten it or attach a file.",
                  {}, "answer_" + std::to_string(question->id));
    }
  }
  for (const auto& rating : ratings) {
    const auto criterion = std::find_if(setup.criteria.begin(), setup.criteria.end(),
                                        [&](const Criterion& c) { return c.id == rating.criterion_id; });
    if (criterion == setup.criteria.end()) {
      return Fail(ErrorCode::kInvalidInput,
                  "The application of " + cohorts::ShortName(setup.cohort) + " has no criterion " +
                      std::to_string(rating.criterion_id) + "; reload the page to see its criteria.",
                  {}, "ratings");
    }
    const std::string field = "rating_" + std::to_string(criterion->id);
    if (rating.score != 0) {
      if (auto checked = CheckScore(rating.score, *criterion, field); !checked) return checked;
    }
    if (rating.evidence.size() > kMaxAnswerChars) {
      return Fail(ErrorCode::kInvalidInput,
                  "The evidence for criterion " + std::to_string(criterion->position) + " is longer than " +
                      std::to_string(kMaxAnswerChars) + " characters; shorten it or attach a file.",
                  {}, "evidence_" + std::to_string(criterion->id));
    }
  }
  return {};
}

core::Result<void> CheckSubmit(const Setup& setup, const Application& application,
                               const std::optional<Extension>& extension, std::int64_t now,
                               const core::TimeZone& zone) {
  if (auto editable = CheckEditable(application, setup.cohort, zone); !editable) return editable;
  if (auto open = CheckWindowOpen(setup.cohort, extension, application.school_name, now, zone); !open) {
    return open;
  }
  const auto missing = MissingParts(setup, application);
  if (missing.empty()) return {};
  // A long list would drown the message: the first few, and the page lists them all.
  constexpr std::size_t kNamed = 3;
  std::string list;
  for (std::size_t i = 0; i < missing.size() && i < kNamed; ++i) list += (i == 0 ? "" : "; ") + missing[i];
  if (missing.size() > kNamed) {
    list += "; and " + std::to_string(missing.size() - kNamed) + " more, listed on the application page";
  }
  return Fail(ErrorCode::kInvalidInput,
              ApplicationName(application.school_name, setup.cohort) +
                  " is not complete. Still missing: " + list + ". Add them and submit again.");
}

core::Result<void> CheckWithdraw(const Application& application, const cohorts::Cohort& cohort) {
  const std::string name = ApplicationName(application.school_name, cohort);
  switch (application.status) {
    case Status::kDraft:
    case Status::kSubmitted:
    case Status::kWaitlisted:
      return {};
    case Status::kWithdrawn:
      return Fail(ErrorCode::kConflict, name + " is already withdrawn.");
    case Status::kAccepted:
    case Status::kDeclined:
      return Fail(ErrorCode::kConflict,
                  name + " was already " + core::ToLower(StatusLabel(application.status)) +
                      "; after a decision, only the program office can change it.");
  }
  return {};
}

core::Result<void> CheckExtension(const cohorts::Cohort& cohort, const Extension& extension,
                                  std::int64_t now, const core::TimeZone& zone) {
  if (!cohort.applications_close_at) {
    return Fail(ErrorCode::kInvalidInput,
                "Set the application window of " + cohorts::ShortName(cohort) +
                    " before granting extensions.",
                {}, "deadline_on");
  }
  if (core::Trim(extension.reason).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Say why the extension is granted; the reason is kept with it.", {}, "reason");
  }
  if (extension.deadline_at <= *cohort.applications_close_at) {
    return Fail(ErrorCode::kInvalidInput,
                "An extension must end after the deadline of " + cohorts::ShortName(cohort) + ", " +
                    When(*cohort.applications_close_at, zone) + "; choose a later day.",
                {}, "deadline_on");
  }
  if (extension.deadline_at <= now) {
    return Fail(ErrorCode::kInvalidInput,
                "The new deadline, " + When(extension.deadline_at, zone) +
                    ", has already passed; choose a later one.",
                {}, "deadline_on");
  }
  return {};
}

}  // namespace practica::applications
