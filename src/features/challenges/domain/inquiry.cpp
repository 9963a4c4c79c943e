#include "features/challenges/domain/inquiry.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "features/challenges/domain/challenge.hpp"

namespace practica::challenges {
namespace {

using core::ErrorCode;
using core::Fail;

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

}  // namespace

const std::vector<GroupKindInfo>& GroupKinds() {
  static const std::vector<GroupKindInfo> kinds{
      {GroupKind::kLessonStudy, "lesson_study", "Lesson study",
       "Teachers of several schools plan one lesson together, one teaches it while the others observe the "
       "students, and they refine it."},
      {GroupKind::kActionResearch, "action_research", "Action research",
       "A question about practice the schools investigate together, collecting and reading their own data."},
      {GroupKind::kTextBased, "text_based", "Text-based discussion",
       "A reading the members discuss with a protocol, and what it means for their classrooms."},
      {GroupKind::kPartnership, "partnership", "Partnership on a shared challenge",
       "Two or more schools working one \"How might we\" challenge together (PS 4.0's partnerships within and "
       "across schools)."},
  };
  return kinds;
}

const GroupKindInfo& InfoOf(GroupKind kind) {
  return *std::ranges::find(GroupKinds(), kind, &GroupKindInfo::kind);
}

std::optional<GroupKind> ParseGroupKind(std::string_view code) {
  auto found = std::ranges::find(GroupKinds(), core::Trim(code), &GroupKindInfo::code);
  if (found == GroupKinds().end()) return std::nullopt;
  return found->kind;
}

core::Result<CheckedGroup> CheckGroup(GroupPlan plan, const std::vector<RoundPerson>& cohort_people) {
  plan.name = std::string(core::Trim(plan.name));
  plan.focus = std::string(core::Trim(plan.focus));
  if (plan.name.empty()) return Fail(ErrorCode::kInvalidInput, "Give the group a name.", {}, "name");
  if (plan.kind == GroupKind::kPartnership) {
    auto statement = CheckStatement(plan.statement);
    if (!statement) return std::unexpected(statement.error());
    plan.statement = *statement;
  } else {
    plan.statement.clear();
    if (plan.focus.empty()) {
      return Fail(ErrorCode::kInvalidInput,
                  "Say what the group works on: the lesson it studies, the question it researches or the text it "
                  "discusses.",
                  {}, "focus");
    }
  }
  CheckedGroup checked;
  for (auto id : plan.member_ids) {
    auto person = std::ranges::find(cohort_people, id, &RoundPerson::person_id);
    if (person == cohort_people.end()) {
      return Fail(ErrorCode::kInvalidInput,
                  "Members come from the cohort's schools; person " + std::to_string(id) + " is not one of their people.",
                  {}, "members");
    }
  }
  // The schools in the order the cohort lists its people (by school name).
  for (const auto& person : cohort_people) {
    if (Contains(plan.member_ids, person.person_id) && !Contains(checked.school_ids, person.school_id)) {
      checked.school_ids.push_back(person.school_id);
    }
  }
  if (checked.school_ids.size() < 2) {
    return Fail(ErrorCode::kInvalidInput,
                "An inquiry group is across schools: choose members from at least two schools of the cohort.", {},
                "members");
  }
  checked.plan = std::move(plan);
  return checked;
}

core::Result<void> CheckStarter(bool district_staff, const std::vector<std::int64_t>& own_school_ids,
                                const std::vector<std::int64_t>& group_school_ids) {
  if (district_staff) return {};
  if (std::ranges::any_of(group_school_ids, [&](std::int64_t id) { return Contains(own_school_ids, id); })) return {};
  return Fail(ErrorCode::kForbidden,
              "You start a group that one of your own schools is in: choose at least one member from your school.");
}

core::Result<MeetingPlan> CheckMeeting(MeetingPlan meeting, const std::vector<std::int64_t>& member_ids) {
  meeting.agenda = std::string(core::Trim(meeting.agenda));
  meeting.notes = std::string(core::Trim(meeting.notes));
  meeting.links = std::string(core::Trim(meeting.links));
  if (meeting.agenda.empty()) return Fail(ErrorCode::kInvalidInput, "Write the meeting's agenda.", {}, "agenda");
  if (meeting.attendee_ids.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Mark who attended: at least one member of the group.", {}, "attendees");
  }
  for (auto id : meeting.attendee_ids) {
    if (!Contains(member_ids, id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Attendance is kept for the group's members; person " + std::to_string(id) + " is not one of them.",
                  {}, "attendees");
    }
  }
  return meeting;
}

core::Result<std::string> CheckTakeaway(std::int64_t school_id, std::string_view body,
                                        const std::vector<std::int64_t>& group_school_ids,
                                        const std::vector<std::int64_t>& speaks_for, bool district_staff) {
  if (!Contains(group_school_ids, school_id)) {
    return Fail(ErrorCode::kInvalidInput, "Choose one of the group's schools.", {}, "school");
  }
  if (!district_staff && !Contains(speaks_for, school_id)) {
    return Fail(ErrorCode::kForbidden,
                "Each school says what it takes back: its own members and its coach write it.");
  }
  const auto text = core::Trim(body);
  if (text.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write what the school takes back to its classrooms.", {}, "body");
  }
  return std::string(text);
}

}  // namespace practica::challenges
