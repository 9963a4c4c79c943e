// The Critical Friends protocol, one protocol for two uses: a round between the cohort's schools,
// where one school presents a cycle of its design challenge, and the third day of a 2+1 offering,
// where each participant presents the lesson they tried in the week between (seed 003: "each
// participant gives and receives feedback to refine their lessons").
//
// A facilitator moves the room through the steps in order, each with its time: the presenter
// presents, the others ask clarifying questions, then probing ones, then give warm and cool
// feedback while the presenter listens in silence, the presenter reflects on what was heard, and
// everyone debriefs the protocol itself. What may be said depends on the step and on who says it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::challenges {

enum class ProtocolStep { kNotStarted, kPresentation, kClarifying, kProbing, kFeedback, kReflection, kDebrief, kFinished };

// What someone says in a round, kept against the presenting school's challenge and cycle.
enum class ItemKind { kClarifying, kProbing, kWarm, kCool, kReflection, kDebrief };

// The person in terms of one round. A presenter is a person of the presenting school; the
// facilitator is the coach who runs it; participants are the people of other schools invited.
enum class RoundRole { kNone, kPresenter, kParticipant, kFacilitator };

struct StepGuide {
  ProtocolStep step;
  std::string_view code;   // "clarifying"
  std::string_view name;   // "Clarifying questions"
  int minutes;             // the time the facilitator's timer gives it
  std::string_view guide;  // what happens, as the facilitator reads it out
};

// The six running steps, in order.
const std::vector<StepGuide>& ProtocolGuide();
std::optional<StepGuide> GuideOf(ProtocolStep step);

std::string_view StepCode(ProtocolStep step);  // "not_started", …, "finished"
std::string_view StepName(ProtocolStep step);  // "Not started", …, "Finished"
std::optional<ProtocolStep> ParseStep(std::string_view code);

std::string_view KindCode(ItemKind kind);  // "warm"
std::string_view KindName(ItemKind kind);  // "Warm feedback"
std::optional<ItemKind> ParseKind(std::string_view code);
// The step in which an item of this kind is said.
ProtocolStep StepOf(ItemKind kind);

// The kinds this person may add now: the step's kinds that their role may say.
std::vector<ItemKind> KindsOpenTo(ProtocolStep current, RoundRole role);

// Whether the person may add an item of this kind now. kInvalidInput naming "body" for an empty
// one; kConflict when the round is not in the kind's step (saying which step it is in); kForbidden
// when the person is not in the round, or is the presenter during feedback (who listens in
// silence) or anyone but the presenter reflecting.
[[nodiscard]] core::Result<void> CheckItem(ProtocolStep current, RoundRole role, ItemKind kind, std::string_view body);

// The step after `current`. kForbidden unless the facilitator (or district staff) moves it on;
// kConflict once it is finished.
[[nodiscard]] core::Result<ProtocolStep> CheckAdvance(ProtocolStep current, bool runs_the_round);

}  // namespace practica::challenges
