// The intent to participate: who must sign it, who has, and the state that follows. States are
// computed from the signatures and from who holds each role today, never typed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/refs.hpp"
#include "core/error.hpp"

namespace practica::participations {

using PersonRef = core::PersonRef;

// The two people who sign for a school: its principal and its local district's instructional
// director.
enum class Slot { kPrincipal, kInstructionalDirector };

std::string_view SlotCode(Slot slot);   // "principal", "instructional_director"
std::string_view SlotLabel(Slot slot);  // "Principal", "Instructional director"
std::optional<Slot> ParseSlot(std::string_view code);

struct AgreementVersion {
  int version = 0;
  std::string title;
  std::string text;
  std::int64_t published_at = 0;
};

struct Signature {
  std::int64_t id = 0;
  Slot slot = Slot::kPrincipal;
  std::int64_t person_id = 0;
  std::string name;         // as the signer was named when signing
  int version = 0;
  std::string text_sha256;  // hex SHA-256 of the exact text signed
  std::int64_t signed_at = 0;
};

// Who holds each slot today (active grants), and the names the messages use.
struct Leadership {
  std::string school_name;          // "Hope Street ES"
  std::string local_district_name;  // "East"
  std::vector<PersonRef> principals;
  std::vector<PersonRef> directors;

  const std::vector<PersonRef>& Holders(Slot slot) const {
    return slot == Slot::kPrincipal ? principals : directors;
  }
};

enum class SlotState {
  kSigned,              // a current holder signed the current version
  kUnsigned,            // nobody holding the role has signed the current version
  kNeedsReaffirmation,  // the person who signed no longer holds the role
};

struct SlotStatus {
  Slot slot = Slot::kPrincipal;
  SlotState state = SlotState::kUnsigned;
  std::optional<Signature> signature;  // the one that counts, or the former leader's
  std::string missing;                 // what is needed, "" when signed
};

enum class State { kAwaitingSignatures, kActive, kNeedsReaffirmation, kRetracted };

std::string_view StateCode(State state);   // "awaiting_signatures", "active", …
std::string_view StateLabel(State state);  // "Awaiting signatures", "Active", …

struct AgreementStatus {
  State state = State::kAwaitingSignatures;
  std::vector<SlotStatus> slots;     // principal, then instructional director
  std::vector<std::string> missing;  // every sentence of what is needed, in slot order
};

// `current_version` is empty while the cohort has no published agreement.
AgreementStatus ComputeAgreement(std::optional<int> current_version,
                                 const std::vector<Signature>& signatures,
                                 const Leadership& leaders, bool retracted);

// The slot `signer_id` fills by signing `offered_version` now. kConflict when the participation
// is retracted, no agreement is published, the offered version is not the current one (naming
// it) or the slot is already signed; kForbidden when the signer holds neither role here.
[[nodiscard]] core::Result<Slot> CheckSigning(const AgreementStatus& status,
                                              const Leadership& leaders,
                                              std::optional<int> current_version,
                                              std::int64_t signer_id, int offered_version,
                                              std::string_view cohort_name);

// "Elena Ortiz", "Elena Ortiz or Ana Ruiz".
std::string NamesOr(const std::vector<PersonRef>& people);

}  // namespace practica::participations
