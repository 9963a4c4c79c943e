#include "features/challenges/domain/lesson_round.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::challenges {
namespace {

using core::ErrorCode;
using core::Fail;

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

}  // namespace

core::Result<LessonPlan> CheckLessonPlan(LessonPlan plan, const SuiteOffering& offering,
                                         const std::vector<std::int64_t>& registered_ids,
                                         const std::vector<std::int64_t>& presenting_ids) {
  if (!offering.iste_suite || offering.day_count < kLessonDay) {
    return Fail(ErrorCode::kConflict,
                "Lessons are presented on the third day of an ISTE Standards Suite offering (the 2+1 format); " +
                    offering.title + " has no such day.");
  }
  if (offering.cancelled) return Fail(ErrorCode::kConflict, offering.title + " is cancelled.");
  if (!Contains(registered_ids, plan.presenter_id)) {
    return Fail(ErrorCode::kInvalidInput,
                "The presenter is someone registered for " + offering.title + ": they tried the lesson in the week between.",
                {}, "presenter");
  }
  if (Contains(presenting_ids, plan.presenter_id)) {
    return Fail(ErrorCode::kInvalidInput, "This participant already presents a lesson in a round of this offering.", {},
                "presenter");
  }
  plan.lesson_title = std::string(core::Trim(plan.lesson_title));
  plan.tried = std::string(core::Trim(plan.tried));
  plan.link = std::string(core::Trim(plan.link));
  if (plan.lesson_title.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Name the lesson the participant tried.", {}, "lesson_title");
  }
  return plan;
}

RoundRole LessonRoleOf(std::int64_t person_id, std::int64_t facilitator_id, std::int64_t presenter_id,
                       const std::vector<std::int64_t>& registered_ids) {
  if (person_id == 0) return RoundRole::kNone;
  if (person_id == facilitator_id) return RoundRole::kFacilitator;
  if (person_id == presenter_id) return RoundRole::kPresenter;
  if (Contains(registered_ids, person_id)) return RoundRole::kParticipant;
  return RoundRole::kNone;
}

}  // namespace practica::challenges
