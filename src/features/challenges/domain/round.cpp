#include "features/challenges/domain/round.hpp"

#include <algorithm>

namespace practica::challenges {
namespace {

using core::ErrorCode;
using core::Fail;

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

}  // namespace

core::Result<void> CheckPlan(const RoundPlan& plan, bool challenge_shared, const std::vector<std::int64_t>& cohort_coach_ids,
                             const std::vector<RoundPerson>& cohort_people) {
  if (!challenge_shared) {
    return Fail(ErrorCode::kInvalidInput,
                "The presenting school has not shared its design challenge with the cohort yet: the other schools "
                "read it before they question it.",
                {}, "school");
  }
  if (!Contains(cohort_coach_ids, plan.facilitator_id)) {
    return Fail(ErrorCode::kInvalidInput, "Choose a facilitator from the cohort's coaches.", {}, "facilitator");
  }
  if (plan.participant_ids.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Invite at least one person from another school of the cohort.", {},
                "participants");
  }
  for (auto id : plan.participant_ids) {
    auto person = std::ranges::find(cohort_people, id, &RoundPerson::person_id);
    if (person == cohort_people.end()) {
      return Fail(ErrorCode::kInvalidInput,
                  "Participants come from the cohort's other schools; person " + std::to_string(id) + " is not one of them.",
                  {}, "participants");
    }
    if (person->school_id == plan.presenting_school_id) {
      return Fail(ErrorCode::kInvalidInput,
                  person->name + " works at " + person->school_name +
                      ", the presenting school: its people present, and the participants come from other schools.",
                  {}, "participants");
    }
  }
  return {};
}

RoundRole RoleIn(std::int64_t person_id, std::int64_t facilitator_id, const std::vector<std::int64_t>& participant_ids,
                 bool of_presenting_school) {
  if (person_id == 0) return RoundRole::kNone;
  if (person_id == facilitator_id) return RoundRole::kFacilitator;
  if (Contains(participant_ids, person_id)) return RoundRole::kParticipant;
  if (of_presenting_school) return RoundRole::kPresenter;
  return RoundRole::kNone;
}

}  // namespace practica::challenges
