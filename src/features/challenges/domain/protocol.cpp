#include "features/challenges/domain/protocol.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"

namespace practica::challenges {
namespace {

using core::ErrorCode;
using core::Fail;

// Timings from the common form of the protocol for a one-hour slot on a follow-up learning day.
const std::vector<StepGuide> kGuide = {
    {ProtocolStep::kPresentation, "presentation", "Presentation", 10,
     "The presenting school describes its cycle: what it tried, what it predicted, what happened, and the "
     "question it wants help with. Everyone else listens."},
    {ProtocolStep::kClarifying, "clarifying", "Clarifying questions", 5,
     "Brief questions of fact the presenters can answer quickly: who, what, when, how many."},
    {ProtocolStep::kProbing, "probing", "Probing questions", 10,
     "Open questions that help the presenters think more deeply about their question; no advice."},
    {ProtocolStep::kFeedback, "feedback", "Feedback", 10,
     "Warm feedback (what looks promising) and cool feedback (gaps, what to consider). The presenters listen "
     "in silence and take notes."},
    {ProtocolStep::kReflection, "reflection", "Presenter's reflection", 5,
     "The presenters say what they heard that they will use; the others listen."},
    {ProtocolStep::kDebrief, "debrief", "Debrief", 5, "Everyone: how did the protocol work for us today?"},
};

}  // namespace

const std::vector<StepGuide>& ProtocolGuide() { return kGuide; }

std::optional<StepGuide> GuideOf(ProtocolStep step) {
  auto found = std::ranges::find(kGuide, step, &StepGuide::step);
  if (found == kGuide.end()) return std::nullopt;
  return *found;
}

std::string_view StepCode(ProtocolStep step) {
  if (step == ProtocolStep::kNotStarted) return "not_started";
  if (step == ProtocolStep::kFinished) return "finished";
  auto guide = GuideOf(step);
  return guide ? guide->code : "finished";
}

std::string_view StepName(ProtocolStep step) {
  if (step == ProtocolStep::kNotStarted) return "Not started";
  if (step == ProtocolStep::kFinished) return "Finished";
  auto guide = GuideOf(step);
  return guide ? guide->name : "Finished";
}

std::optional<ProtocolStep> ParseStep(std::string_view code) {
  for (auto step : {ProtocolStep::kNotStarted, ProtocolStep::kPresentation, ProtocolStep::kClarifying,
                    ProtocolStep::kProbing, ProtocolStep::kFeedback, ProtocolStep::kReflection, ProtocolStep::kDebrief,
                    ProtocolStep::kFinished}) {
    if (StepCode(step) == code) return step;
  }
  return std::nullopt;
}

std::string_view KindCode(ItemKind kind) {
  switch (kind) {
    case ItemKind::kClarifying: return "clarifying";
    case ItemKind::kProbing: return "probing";
    case ItemKind::kWarm: return "warm";
    case ItemKind::kCool: return "cool";
    case ItemKind::kReflection: return "reflection";
    case ItemKind::kDebrief: return "debrief";
  }
  return "debrief";
}

std::string_view KindName(ItemKind kind) {
  switch (kind) {
    case ItemKind::kClarifying: return "Clarifying question";
    case ItemKind::kProbing: return "Probing question";
    case ItemKind::kWarm: return "Warm feedback";
    case ItemKind::kCool: return "Cool feedback";
    case ItemKind::kReflection: return "Presenter's reflection";
    case ItemKind::kDebrief: return "Debrief";
  }
  return "Debrief";
}

std::optional<ItemKind> ParseKind(std::string_view code) {
  for (auto kind : {ItemKind::kClarifying, ItemKind::kProbing, ItemKind::kWarm, ItemKind::kCool, ItemKind::kReflection,
                    ItemKind::kDebrief}) {
    if (KindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

ProtocolStep StepOf(ItemKind kind) {
  switch (kind) {
    case ItemKind::kClarifying: return ProtocolStep::kClarifying;
    case ItemKind::kProbing: return ProtocolStep::kProbing;
    case ItemKind::kWarm:
    case ItemKind::kCool: return ProtocolStep::kFeedback;
    case ItemKind::kReflection: return ProtocolStep::kReflection;
    case ItemKind::kDebrief: return ProtocolStep::kDebrief;
  }
  return ProtocolStep::kDebrief;
}

std::vector<ItemKind> KindsOpenTo(ProtocolStep current, RoundRole role) {
  std::vector<ItemKind> open;
  for (auto kind : {ItemKind::kClarifying, ItemKind::kProbing, ItemKind::kWarm, ItemKind::kCool, ItemKind::kReflection,
                    ItemKind::kDebrief}) {
    if (CheckItem(current, role, kind, "x")) open.push_back(kind);
  }
  return open;
}

core::Result<void> CheckItem(ProtocolStep current, RoundRole role, ItemKind kind, std::string_view body) {
  if (role == RoundRole::kNone) {
    return Fail(ErrorCode::kForbidden, "Only the round's presenters, participants and facilitator speak in it.");
  }
  if (StepOf(kind) != current) {
    if (current == ProtocolStep::kNotStarted) {
      return Fail(ErrorCode::kConflict, "The round has not started; the facilitator starts it.", {}, "body");
    }
    if (current == ProtocolStep::kFinished) {
      return Fail(ErrorCode::kConflict, "The round is finished; what was said stays on its record.", {}, "body");
    }
    return Fail(ErrorCode::kConflict,
                std::string(KindName(kind)) + " belongs to the " + std::string(StepName(StepOf(kind))) +
                    " step; the round is in the " + std::string(StepName(current)) + " step.",
                {}, "kind");
  }
  // Why the server refuses and not only the page: in the feedback step the presenters listen in
  // silence; answering back turns feedback into a defence.
  if (current == ProtocolStep::kFeedback && role == RoundRole::kPresenter) {
    return Fail(ErrorCode::kForbidden,
                "The presenter listens in silence during feedback (a school presenting, its people); the "
                "reflection comes in the next step.", {},
                "kind");
  }
  const bool presenter_step = kind == ItemKind::kReflection;
  if (presenter_step && role != RoundRole::kPresenter) {
    return Fail(ErrorCode::kForbidden, "Only the presenter (a school presenting, its people) reflects in this step; the others "
                "listen.", {},
                "kind");
  }
  if ((kind == ItemKind::kClarifying || kind == ItemKind::kProbing) && role == RoundRole::kPresenter) {
    return Fail(ErrorCode::kForbidden, "The presenters answer the questions aloud; the others ask them.", {}, "kind");
  }
  if (core::Trim(body).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write what was said: the box is empty.", {}, "body");
  }
  return {};
}

core::Result<ProtocolStep> CheckAdvance(ProtocolStep current, bool runs_the_round) {
  if (!runs_the_round) {
    return Fail(ErrorCode::kForbidden, "Only the round's facilitator (or district staff) moves it to the next step.");
  }
  if (current == ProtocolStep::kFinished) return Fail(ErrorCode::kConflict, "The round is finished.");
  return static_cast<ProtocolStep>(static_cast<int>(current) + 1);
}

}  // namespace practica::challenges
