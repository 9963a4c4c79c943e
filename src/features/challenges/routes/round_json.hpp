// The view models of Critical Friends rounds, for their pages and API answers alike.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "features/challenges/routes/rounds.hpp"

namespace practica::challenges {

// One line of a list: day, presenting school, cycle, step, facilitator, link.
boost::json::object RoundLineJson(const RoundRecord& round);
// What was said, step by step (steps where nothing was said are left out).
boost::json::array SaidJson(const std::vector<RoundItem>& items, const core::TimeZone& zone);

// A round as the person meets it now, in either use of the protocol.
struct ProtocolView {
  ProtocolStep step = ProtocolStep::kNotStarted;
  std::optional<std::int64_t> step_started_at;
  RoundRole role = RoundRole::kNone;
  bool runs = false;  // the facilitator, or district staff
  const std::vector<RoundItem>* items = nullptr;
  std::string role_label;  // "You facilitate this round."
};
// Adds the protocol with the current step and its timer, the button to move on, what the person
// may say now and everything said: what the round pages share (templates/protocol_run).
void AddProtocolRun(boost::json::object& out, const ProtocolView& view, const core::TimeZone& zone);
// The round's own page: the protocol with the current step and its timer, what the person may say
// now, everything said, and the presenting school's statement and cycle.
[[nodiscard]] core::Result<boost::json::object> RoundJson(const features::Deps& deps, ChallengesStore& store,
                                                          const RoundPlace& found);

}  // namespace practica::challenges
