// Student work attached to an exemplar: shown outside the school only with a recorded consent,
// and taken down the moment the consent is withdrawn.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "features/exemplars/domain/exemplar.hpp"

namespace practica::exemplars {

struct Artifact {
  std::int64_t id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::string consent_note;                   // who consented and how ("Parent form, 2019-03-02")
  std::optional<std::int64_t> consent_at;     // when the consent was recorded
  std::optional<std::int64_t> withdrawn_at;   // when it was withdrawn: down for good

  bool Consented() const { return consent_at.has_value() && !withdrawn_at.has_value(); }
};

// Whether people outside the authors, reviewers and staff see the artifact: the exemplar is
// published and the artifact's consent stands.
bool ArtifactPublic(Status status, const Artifact& artifact);

// kInvalidInput when the note saying whose consent and how is empty; kConflict when a consent
// was withdrawn (a new upload needs a new consent) or is recorded already.
[[nodiscard]] core::Result<void> CheckConsent(const Artifact& artifact, std::string_view note);

}  // namespace practica::exemplars
