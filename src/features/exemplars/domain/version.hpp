// A published exemplar's next version: its authors rewrite it and send it to review while the
// library keeps showing the published version; only an approving review puts the new version
// in its place. Every submission is a new review round, so the reviews of two versions never mix.
#pragma once

#include <optional>
#include <string_view>

#include "core/error.hpp"
#include "features/exemplars/domain/exemplar.hpp"
#include "features/exemplars/domain/review.hpp"

namespace practica::exemplars {

// Where the next version stands; kNone when no one has started one.
enum class NextStatus { kNone, kDraft, kInReview, kChangesRequested, kDeclined };

std::string_view NextStatusCode(NextStatus status);   // "" for kNone, else as Status ("in_review")
std::string_view NextStatusLabel(NextStatus status);  // "In review"
std::optional<NextStatus> ParseNextStatus(std::string_view code);

// Which package an edit, a submission or a review acts on.
enum class Target { kExemplar, kNextVersion };

// kConflict unless the exemplar is published and no next version is being written or reviewed
// (a declined one may be started again, from the published version).
[[nodiscard]] core::Result<void> CheckStartVersion(Status status, NextStatus next, std::string_view title);

// What the authors may edit and send to review now: the exemplar itself as a draft or sent
// back, or its next version as a draft or sent back; kConflict otherwise.
[[nodiscard]] core::Result<Target> EditTarget(Status status, NextStatus next, std::string_view title);

// What reviewers are deciding now, if anything.
std::optional<Target> UnderReview(Status status, NextStatus next);

// The version number being reviewed or written: the published one's next, or the exemplar's own.
int VersionAt(Target target, int version);

// Where the next version stands after a decision on it; kNone once approved (it is published).
NextStatus NextAfterDecision(Decision decision);

}  // namespace practica::exemplars
