// The Critical Friends protocol's second use: the third day of an ISTE Standards Suite offering in
// the 2+1 format (seed 003: two days of content and lesson planning, a week to try the lesson in
// class, then a day where "each participant gives and receives feedback to refine their
// lessons"). Each participant presents the lesson they tried in a round of their own, the others
// registered for the offering are its critical friends, and whoever runs the day facilitates.
// The protocol and who may say what are protocol.hpp's; this file holds what makes such a round.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/challenges/domain/protocol.hpp"

namespace practica::challenges {

// The offering as the round needs it.
struct SuiteOffering {
  bool iste_suite = false;
  int day_count = 0;
  bool cancelled = false;
  std::string title;
};

// The day a 2+1 offering's lessons are presented: its third.
inline constexpr int kLessonDay = 3;

struct LessonPlan {
  std::int64_t presenter_id = 0;
  std::string lesson_title;  // "Choice boards for the water cycle, grade 5"
  std::string tried;         // how it went in class in the week between
  std::string link;          // the lesson plan, kept elsewhere
};

// The plan trimmed. kConflict unless the offering is a live ISTE Standards Suite offering with a
// third day (the 2+1 format); kInvalidInput naming the field when the presenter is not registered
// for it (field "presenter"), already presents in one of its rounds, or the lesson has no title
// (field "lesson_title").
[[nodiscard]] core::Result<LessonPlan> CheckLessonPlan(LessonPlan plan, const SuiteOffering& offering,
                                                       const std::vector<std::int64_t>& registered_ids,
                                                       const std::vector<std::int64_t>& presenting_ids);

// The person's part: the facilitator first, then the presenter, then anyone else registered for
// the offering (a critical friend).
RoundRole LessonRoleOf(std::int64_t person_id, std::int64_t facilitator_id, std::int64_t presenter_id,
                       const std::vector<std::int64_t>& registered_ids);

}  // namespace practica::challenges
