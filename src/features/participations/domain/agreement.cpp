#include "features/participations/domain/agreement.hpp"

#include <algorithm>

namespace practica::participations {
namespace {

bool Holds(const std::vector<PersonRef>& holders, std::int64_t person_id) {
  return std::any_of(holders.begin(), holders.end(),
                     [&](const PersonRef& p) { return p.id == person_id; });
}

// "principal of Hope Street ES", "instructional director of Local District East".
std::string RoleAt(Slot slot, const Leadership& leaders) {
  return slot == Slot::kPrincipal ? "principal of " + leaders.school_name
                                  : "instructional director of Local District " +
                                        leaders.local_district_name;
}

std::string NewLeader(Slot slot) {
  return slot == Slot::kPrincipal ? "principal" : "instructional director";
}

// The latest signature of the slot that matches, or nullptr. Signatures come oldest first.
template <typename Pred>
const Signature* Latest(const std::vector<Signature>& signatures, Slot slot, Pred pred) {
  const Signature* found = nullptr;
  for (const auto& s : signatures) {
    if (s.slot == slot && pred(s)) found = &s;
  }
  return found;
}

SlotStatus ComputeSlot(Slot slot, int version, const std::vector<Signature>& signatures,
                       const Leadership& leaders) {
  const auto& holders = leaders.Holders(slot);
  SlotStatus status{slot, SlotState::kUnsigned, std::nullopt, {}};
  const auto* current = Latest(signatures, slot, [&](const Signature& s) {
    return s.version == version && Holds(holders, s.person_id);
  });
  if (current != nullptr) {
    status.state = SlotState::kSigned;
    status.signature = *current;
    return status;
  }
  // A holder who signed an earlier version signs the current one; that is not a change of
  // leadership, so it is not a reaffirmation.
  if (const auto* older = Latest(signatures, slot, [&](const Signature& s) { return Holds(holders, s.person_id); })) {
    status.signature = *older;
    status.missing = older->name + " signed version " + std::to_string(older->version) + "; version " +
                     std::to_string(version) + " is current, so the " + RoleAt(slot, leaders) +
                     " signs again.";
    return status;
  }
  if (const auto* former = Latest(signatures, slot, [&](const Signature& s) { return !Holds(holders, s.person_id); })) {
    status.state = SlotState::kNeedsReaffirmation;
    status.signature = *former;
    status.missing = former->name + " signed as " + RoleAt(slot, leaders) + " but no longer holds that role; " +
                     (holders.empty() ? "once the program office grants the role to the new " + NewLeader(slot) +
                                            ", they reaffirm the agreement."
                                      : "the new " + NewLeader(slot) + ", " + NamesOr(holders) +
                                            ", needs to reaffirm the agreement.");
    return status;
  }
  if (holders.empty()) {
    status.missing = slot == Slot::kPrincipal
                         ? "Nobody holds the principal role at " + leaders.school_name +
                               "; the program office grants it, then the principal signs."
                         : "Nobody is the instructional director of Local District " +
                               leaders.local_district_name +
                               " in Practica; the program office grants the role, then the "
                               "instructional director signs.";
    return status;
  }
  status.missing = NamesOr(holders) + ", " + RoleAt(slot, leaders) + ", has not signed yet.";
  return status;
}

}  // namespace

std::string_view SlotCode(Slot slot) {
  return slot == Slot::kPrincipal ? "principal" : "instructional_director";
}

std::string_view SlotLabel(Slot slot) {
  return slot == Slot::kPrincipal ? "Principal" : "Instructional director";
}

std::optional<Slot> ParseSlot(std::string_view code) {
  if (code == "principal") return Slot::kPrincipal;
  if (code == "instructional_director") return Slot::kInstructionalDirector;
  return std::nullopt;
}

std::string_view StateCode(State state) {
  switch (state) {
    case State::kAwaitingSignatures: return "awaiting_signatures";
    case State::kActive: return "active";
    case State::kNeedsReaffirmation: return "needs_reaffirmation";
    case State::kRetracted: return "retracted";
  }
  return "awaiting_signatures";
}

std::string_view StateLabel(State state) {
  switch (state) {
    case State::kAwaitingSignatures: return "Awaiting signatures";
    case State::kActive: return "Active";
    case State::kNeedsReaffirmation: return "Needs reaffirmation";
    case State::kRetracted: return "Retracted";
  }
  return "Awaiting signatures";
}

std::string NamesOr(const std::vector<PersonRef>& people) {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) out += " or ";
    out += people[i].name;
  }
  return out;
}

AgreementStatus ComputeAgreement(std::optional<int> current_version,
                                 const std::vector<Signature>& signatures,
                                 const Leadership& leaders, bool retracted) {
  AgreementStatus status;
  if (!current_version) {
    for (auto slot : {Slot::kPrincipal, Slot::kInstructionalDirector}) {
      status.slots.push_back(SlotStatus{slot, SlotState::kUnsigned, std::nullopt, {}});
    }
    status.missing = {"No agreement is published for this cohort yet; the program office "
                      "publishes it before anyone signs."};
  } else {
    for (auto slot : {Slot::kPrincipal, Slot::kInstructionalDirector}) {
      status.slots.push_back(ComputeSlot(slot, *current_version, signatures, leaders));
      if (!status.slots.back().missing.empty()) status.missing.push_back(status.slots.back().missing);
    }
  }
  const auto any = [&](SlotState state) {
    return std::any_of(status.slots.begin(), status.slots.end(),
                       [&](const SlotStatus& s) { return s.state == state; });
  };
  if (retracted) {
    status.state = State::kRetracted;
  } else if (current_version && !any(SlotState::kUnsigned) && !any(SlotState::kNeedsReaffirmation)) {
    status.state = State::kActive;
  } else if (any(SlotState::kNeedsReaffirmation)) {
    status.state = State::kNeedsReaffirmation;
  } else {
    status.state = State::kAwaitingSignatures;
  }
  return status;
}

core::Result<Slot> CheckSigning(const AgreementStatus& status, const Leadership& leaders,
                                std::optional<int> current_version, std::int64_t signer_id,
                                int offered_version, std::string_view cohort_name) {
  std::vector<Slot> held;
  for (auto slot : {Slot::kPrincipal, Slot::kInstructionalDirector}) {
    if (Holds(leaders.Holders(slot), signer_id)) held.push_back(slot);
  }
  if (held.empty()) {
    return core::Fail(core::ErrorCode::kForbidden,
                      "Only the " + RoleAt(Slot::kPrincipal, leaders) + " or the " +
                          RoleAt(Slot::kInstructionalDirector, leaders) + " signs this agreement.");
  }
  const std::string cohort(cohort_name);
  if (status.state == State::kRetracted) {
    return core::Fail(core::ErrorCode::kConflict, leaders.school_name + "'s participation in " + cohort +
                                                      " was retracted; its agreement can no longer be signed.");
  }
  if (!current_version) {
    return core::Fail(core::ErrorCode::kConflict,
                      cohort + " has no published agreement yet; the program office publishes it "
                               "before anyone signs.");
  }
  if (offered_version != *current_version) {
    const std::string current = std::to_string(*current_version);
    return core::Fail(core::ErrorCode::kConflict,
                      "You are signing version " + std::to_string(offered_version) + " of the " + cohort +
                          " agreement, but version " + current + " is current; read version " + current +
                          " and sign it.",
                      {}, "version");
  }
  for (auto slot : held) {
    for (const auto& s : status.slots) {
      if (s.slot == slot && s.state != SlotState::kSigned) return slot;
    }
  }
  const auto& signed_by = status.slots[held.front() == Slot::kPrincipal ? 0 : 1].signature;
  return core::Fail(core::ErrorCode::kConflict,
                    "The " + RoleAt(held.front(), leaders) + " already signed version " +
                        std::to_string(*current_version) + " (" + (signed_by ? signed_by->name : "") +
                        "); there is nothing more for you to sign.");
}

}  // namespace practica::participations
