#include "features/exemplars/domain/version.hpp"

#include <string>

namespace practica::exemplars {

using core::ErrorCode;
using core::Fail;

std::string_view NextStatusCode(NextStatus status) {
  switch (status) {
    case NextStatus::kNone: return "";
    case NextStatus::kDraft: return "draft";
    case NextStatus::kInReview: return "in_review";
    case NextStatus::kChangesRequested: return "changes_requested";
    case NextStatus::kDeclined: return "declined";
  }
  return "";
}

std::string_view NextStatusLabel(NextStatus status) {
  switch (status) {
    case NextStatus::kNone: return "";
    case NextStatus::kDraft: return "Draft";
    case NextStatus::kInReview: return "In review";
    case NextStatus::kChangesRequested: return "Changes requested";
    case NextStatus::kDeclined: return "Declined";
  }
  return "";
}

std::optional<NextStatus> ParseNextStatus(std::string_view code) {
  for (const auto status : {NextStatus::kNone, NextStatus::kDraft, NextStatus::kInReview,
                            NextStatus::kChangesRequested, NextStatus::kDeclined}) {
    if (NextStatusCode(status) == code) return status;
  }
  return std::nullopt;
}

namespace {

bool Writing(NextStatus next) { return next == NextStatus::kDraft || next == NextStatus::kChangesRequested; }

}  // namespace

core::Result<void> CheckStartVersion(Status status, NextStatus next, std::string_view title) {
  const std::string quoted = "\"" + std::string(title) + "\"";
  if (status != Status::kPublished) {
    return Fail(ErrorCode::kConflict, quoted + " is " + std::string(StatusLabel(status)) +
                                          "; a new version is started from a published exemplar.");
  }
  if (next != NextStatus::kNone && next != NextStatus::kDeclined) {
    return Fail(ErrorCode::kConflict, quoted + " has a new version already (" + std::string(NextStatusLabel(next)) +
                                          "); edit that one, or wait for its review.");
  }
  return {};
}

core::Result<Target> EditTarget(Status status, NextStatus next, std::string_view title) {
  if (Editable(status)) return Target::kExemplar;
  if (status == Status::kPublished && Writing(next)) return Target::kNextVersion;
  const std::string quoted = "\"" + std::string(title) + "\"";
  if (status == Status::kPublished) {
    return Fail(ErrorCode::kConflict,
                next == NextStatus::kInReview
                    ? quoted + "'s new version is in review; it is edited again only if changes are requested."
                    : quoted + " is published; start a new version to change it (the library keeps this one until "
                               "the new one is approved).");
  }
  return Fail(ErrorCode::kConflict, quoted + " is " + std::string(StatusLabel(status)) +
                                        "; it is edited only as a draft or when changes are requested.");
}

std::optional<Target> UnderReview(Status status, NextStatus next) {
  if (status == Status::kInReview) return Target::kExemplar;
  if (status == Status::kPublished && next == NextStatus::kInReview) return Target::kNextVersion;
  return std::nullopt;
}

int VersionAt(Target target, int version) { return target == Target::kNextVersion ? version + 1 : version; }

NextStatus NextAfterDecision(Decision decision) {
  switch (decision) {
    case Decision::kApproved: return NextStatus::kNone;
    case Decision::kDeclined: return NextStatus::kDeclined;
    case Decision::kChangesRequested: return NextStatus::kChangesRequested;
  }
  return NextStatus::kNone;
}

}  // namespace practica::exemplars
