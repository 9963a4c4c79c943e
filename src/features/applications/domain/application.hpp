// A school's application to a cohort: answers, self-ratings, attachments, and where it stands.
// The rules for starting, saving, submitting and withdrawing it, and for the deadline.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/applications/domain/setup.hpp"

namespace practica::applications {

enum class Status { kDraft, kSubmitted, kWithdrawn, kAccepted, kWaitlisted, kDeclined };

std::string_view StatusCode(Status status);   // "waitlisted"
std::string_view StatusLabel(Status status);   // "Waitlisted"
std::optional<Status> ParseStatus(std::string_view code);

struct Answer {
  std::int64_t question_id = 0;
  std::string text;
};

struct Rating {
  std::int64_t criterion_id = 0;
  int score = 0;  // 0: not rated yet
  std::string evidence;
};

struct AttachmentInfo {
  std::int64_t id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::int64_t uploaded_at = 0;
};

// More time for one school, granted by the program office with a reason.
struct Extension {
  std::int64_t deadline_at = 0;
  std::string reason;
  std::int64_t granted_at = 0;
};

struct Application {
  std::int64_t id = 0;
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::string school_name;
  Status status = Status::kDraft;
  std::int64_t started_at = 0;
  std::optional<std::int64_t> submitted_at;
  std::vector<Answer> answers;
  std::vector<Rating> ratings;
  std::vector<AttachmentInfo> attachments;
};

inline constexpr std::size_t kMaxAnswerChars = 10000;
inline constexpr std::size_t kMaxAttachments = 10;

// What still stands between the draft and submitting it, in the order of the form: each
// unanswered question, each criterion without a rating or evidence, and the signed Intent to
// Participate (at least one attached file). Empty when complete.
std::vector<std::string> MissingParts(const Setup& setup, const Application& application);

// The cohort's deadline, or the school's extension when it has one.
std::optional<std::int64_t> Deadline(const cohorts::Cohort& cohort,
                                     const std::optional<Extension>& extension);

// kInvalidInput when the window is not open for this school now (not scheduled, not yet open,
// closed, or its extension ended), with the dates in the district's zone.
[[nodiscard]] core::Result<void> CheckWindowOpen(const cohorts::Cohort& cohort,
                                                 const std::optional<Extension>& extension,
                                                 const std::string& school_name,
                                                 std::int64_t now, const core::TimeZone& zone);
// kConflict unless the application is still a draft (submitted ones are locked).
[[nodiscard]] core::Result<void> CheckEditable(const Application& application,
                                               const cohorts::Cohort& cohort,
                                               const core::TimeZone& zone);
// kInvalidInput naming the answer or evidence that is too long.
[[nodiscard]] core::Result<void> CheckDraft(const Setup& setup, const std::vector<Answer>& answers,
                                            const std::vector<Rating>& ratings);
// CheckEditable, CheckWindowOpen, then kInvalidInput listing what is missing.
[[nodiscard]] core::Result<void> CheckSubmit(const Setup& setup, const Application& application,
                                             const std::optional<Extension>& extension,
                                             std::int64_t now, const core::TimeZone& zone);
// kConflict once the program office accepted or declined it, or when already withdrawn.
[[nodiscard]] core::Result<void> CheckWithdraw(const Application& application,
                                               const cohorts::Cohort& cohort);
// kInvalidInput naming the field: a reason is required and the new deadline must be later than
// the cohort's and still ahead.
[[nodiscard]] core::Result<void> CheckExtension(const cohorts::Cohort& cohort, const Extension& extension,
                                                std::int64_t now, const core::TimeZone& zone);

// "Garvanza ES's application for PS 3.0"
std::string ApplicationName(const std::string& school_name, const cohorts::Cohort& cohort);

}  // namespace practica::applications
