#include "features/exemplars/domain/artifact.hpp"

#include "core/text.hpp"

namespace practica::exemplars {

bool ArtifactPublic(Status status, const Artifact& artifact) { return Public(status) && artifact.Consented(); }

core::Result<void> CheckConsent(const Artifact& artifact, std::string_view note) {
  if (artifact.withdrawn_at) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The consent for " + artifact.file_name +
                          " was withdrawn; it stays down. Upload the work again with a new consent if the family agrees.");
  }
  if (artifact.consent_at) {
    return core::Fail(core::ErrorCode::kConflict, "The consent for " + artifact.file_name + " is recorded already.");
  }
  if (core::Trim(note).empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Say whose consent covers " + artifact.file_name + " and how it was given (for example, the signed parent form).",
                      {}, "consent_note");
  }
  return {};
}

}  // namespace practica::exemplars
