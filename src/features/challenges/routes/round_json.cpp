#include "features/challenges/routes/round_json.hpp"

#include <algorithm>

#include "core/plural.hpp"

namespace practica::challenges {
namespace json = boost::json;

namespace {

std::string RoleLabel(const RoundPlace& found) {
  switch (found.role) {
    case RoundRole::kFacilitator: return "You facilitate this round.";
    case RoundRole::kParticipant: return "You take part in this round as a critical friend.";
    case RoundRole::kPresenter: return "Your school presents in this round.";
    case RoundRole::kNone: break;
  }
  return found.runs ? "You may run this round as district staff." : "You are reading this round.";
}

std::string AdvanceLabel(ProtocolStep step) {
  if (step == ProtocolStep::kNotStarted) return "Start the round";
  if (step == ProtocolStep::kDebrief) return "Finish the round";
  if (step == ProtocolStep::kFinished) return "";
  auto next = static_cast<ProtocolStep>(static_cast<int>(step) + 1);
  return "Move on to " + std::string(StepName(next));
}

json::array ProtocolJson(ProtocolStep current) {
  json::array steps;
  for (const auto& guide : ProtocolGuide()) {
    steps.push_back(json::object{{"code", guide.code},
                                 {"name", guide.name},
                                 {"minutes", guide.minutes},
                                 {"minutes_text", core::Counted(guide.minutes, "minute", "minutes")},
                                 {"guide", guide.guide},
                                 {"current", guide.step == current},
                                 {"done", static_cast<int>(guide.step) < static_cast<int>(current)}});
  }
  return steps;
}

}  // namespace

void AddProtocolRun(json::object& out, const ProtocolView& view, const core::TimeZone& zone) {
  out["protocol"] = ProtocolJson(view.step);
  out["started"] = view.step != ProtocolStep::kNotStarted;
  out["finished"] = view.step == ProtocolStep::kFinished;
  out["step"] = StepCode(view.step);
  out["step_name"] = StepName(view.step);
  if (auto guide = GuideOf(view.step); guide && view.step_started_at) {
    // The page counts down in the browser from this instant; without scripts it reads the minutes.
    out["timer"] = json::object{{"ends_at", core::FormatUtcIso(*view.step_started_at + guide->minutes * 60)},
                                {"minutes_text", core::Counted(guide->minutes, "minute", "minutes")},
                                {"guide", guide->guide}};
  }
  out["role_label"] = view.role_label;
  out["runs"] = view.runs && view.step != ProtocolStep::kFinished;
  out["advance_label"] = AdvanceLabel(view.step);
  json::array kinds;
  for (auto kind : KindsOpenTo(view.step, view.role)) {
    kinds.push_back(json::object{{"code", KindCode(kind)}, {"name", KindName(kind)}});
  }
  out["may_speak"] = !kinds.empty();
  out["kinds"] = std::move(kinds);
  if (view.step == ProtocolStep::kFeedback && view.role == RoundRole::kPresenter) {
    out["listening"] = "You listen in silence during feedback: take notes; your reflection comes next.";
  }
  auto said = view.items ? SaidJson(*view.items, zone) : json::array{};
  out["has_said"] = !said.empty();
  out["said"] = std::move(said);
}

json::object RoundLineJson(const RoundRecord& round) {
  return json::object{
      {"id", round.id},
      {"url", "/rounds/" + std::to_string(round.id)},
      {"held_on", core::FormatIsoDate(round.held_on)},
      {"held_on_label", core::FormatLongDate(round.held_on)},
      {"place", round.place},
      {"school_name", round.school_name},
      {"school_slug", round.school_slug},
      {"cycle_number", round.cycle_number ? json::value(*round.cycle_number) : json::value(nullptr)},
      {"cycle_label", round.cycle_number ? "Cycle " + std::to_string(*round.cycle_number) : "The challenge as a whole"},
      {"step", StepCode(round.step)},
      {"step_name", StepName(round.step)},
      {"finished", round.step == ProtocolStep::kFinished},
      {"facilitator_name", round.facilitator_name},
      {"illustrative", round.illustrative}};
}

json::array SaidJson(const std::vector<RoundItem>& round_items, const core::TimeZone& zone) {
  json::array said;
  for (const auto& guide : ProtocolGuide()) {
    json::array items;
    for (const auto& item : round_items) {
      if (StepOf(item.kind) != guide.step) continue;
      items.push_back(json::object{{"id", item.id},
                                   {"kind", KindCode(item.kind)},
                                   {"kind_name", KindName(item.kind)},
                                   {"person_name", item.person_name},
                                   {"body", item.body},
                                   {"at_label", core::FormatLongDateTime(zone.ToLocal(item.at))}});
    }
    if (items.empty()) continue;
    said.push_back(json::object{{"code", guide.code}, {"name", guide.name}, {"items", std::move(items)}});
  }
  return said;
}

core::Result<json::object> RoundJson(const features::Deps& deps, ChallengesStore& store, const RoundPlace& found) {
  const auto& round = found.round;
  auto out = RoundLineJson(round);
  out["cohort"] = json::object{{"slug", found.place.cohort.slug}, {"short_name", found.place.cohort.ShortName()}};
  out["challenge_url"] = "/cohorts/" + found.place.cohort.slug + "/schools/" + round.school_slug + "/challenge";
  out["rounds_url"] = "/cohorts/" + found.place.cohort.slug + "/rounds";
  out["record_url"] = std::string(out["challenge_url"].as_string()) + "#rounds";
  out["record_name"] = round.school_name + "'s design challenge";
  auto record = store.Load(found.place.cohort.id, found.place.school.id);
  if (!record) return std::unexpected(record.error());
  if (*record) {
    out["statement"] = (*record)->statement;
    for (const auto& cycle : (*record)->cycles) {
      if (!round.cycle_number || cycle.number != *round.cycle_number) continue;
      out["cycle"] = json::object{{"number", cycle.number}, {"try_text", cycle.try_text}, {"prediction", cycle.prediction},
                                  {"happened", cycle.happened}, {"learned", cycle.learned}};
    }
  }
  json::array participants;
  std::string names;
  for (const auto& p : round.participants) {
    participants.push_back(json::object{{"person_id", p.person_id}, {"name", p.name}, {"school_name", p.school_name}});
    names += (names.empty() ? "" : "; ") + p.name + (p.school_name.empty() ? "" : " (" + p.school_name + ")");
  }
  out["participants"] = std::move(participants);
  out["participant_names"] = names;
  AddProtocolRun(out, ProtocolView{round.step, round.step_started_at, found.role, found.runs, &round.items, RoleLabel(found)},
                 deps.tenant.zone);
  if (round.step == ProtocolStep::kFeedback && found.role == RoundRole::kPresenter) {
    out["listening"] = "Your school listens in silence during feedback: take notes; your reflection comes next.";
  }
  return out;
}

}  // namespace practica::challenges
