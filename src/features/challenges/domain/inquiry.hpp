// Inquiry groups across the cohort's schools: lesson study, action research and text-based
// discussion (PS 3.0's "inquiry-group meetings centered on lesson study, action research,
// text-based discussions"), and PS 4.0's partnerships, which are the same record: two or more
// schools on one shared "How might we" challenge. A group meets; each meeting keeps its agenda,
// notes, artifacts and who came, and each school says what it takes back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/challenges/domain/round.hpp"

namespace practica::challenges {

enum class GroupKind { kLessonStudy, kActionResearch, kTextBased, kPartnership };

struct GroupKindInfo {
  GroupKind kind;
  std::string_view code;   // stored and in the API: "lesson_study"
  std::string_view name;   // "Lesson study"
  std::string_view about;  // what the group does, as the form explains it
};

const std::vector<GroupKindInfo>& GroupKinds();
const GroupKindInfo& InfoOf(GroupKind kind);
std::optional<GroupKind> ParseGroupKind(std::string_view code);

// A group as someone starts it. Its schools are those of its members: a group is across schools.
struct GroupPlan {
  GroupKind kind = GroupKind::kLessonStudy;
  std::string name;
  std::string focus;      // the lesson studied, the question researched, the text discussed
  std::string statement;  // a partnership's shared "How might we …?"
  std::vector<std::int64_t> member_ids;
};

// The plan trimmed, with the schools its members come from (in the order of `cohort_people`).
struct CheckedGroup {
  GroupPlan plan;
  std::vector<std::int64_t> school_ids;
};

// kInvalidInput naming the field when the name is empty, a partnership's statement is not a
// "How might we" question (the challenge's own rule), another kind has no focus, a member is not
// a person of the cohort's schools, or the members come from fewer than two schools.
[[nodiscard]] core::Result<CheckedGroup> CheckGroup(GroupPlan plan, const std::vector<RoundPerson>& cohort_people);

// Who starts a group: district staff any; anyone else only a group that holds one of their own
// schools (a coach's caseload counts), so no school is put into a group by a stranger.
// kForbidden otherwise.
[[nodiscard]] core::Result<void> CheckStarter(bool district_staff, const std::vector<std::int64_t>& own_school_ids,
                                              const std::vector<std::int64_t>& group_school_ids);

// A meeting as it is recorded.
struct MeetingPlan {
  std::string agenda;
  std::string notes;
  std::string links;  // the artifacts kept elsewhere, one address a line
  std::vector<std::int64_t> attendee_ids;
};

// kInvalidInput naming the field when the agenda is empty, nobody attended, or someone marked
// present is not a member of the group.
[[nodiscard]] core::Result<MeetingPlan> CheckMeeting(MeetingPlan meeting, const std::vector<std::int64_t>& member_ids);

// What one school takes back from a meeting. kInvalidInput naming the field when the text is
// empty or the school is not in the group; kForbidden when the person speaks for none of the
// schools they name (`speaks_for`: the schools the person belongs to or coaches in the group;
// district staff speak for any).
[[nodiscard]] core::Result<std::string> CheckTakeaway(std::int64_t school_id, std::string_view body,
                                                      const std::vector<std::int64_t>& group_school_ids,
                                                      const std::vector<std::int64_t>& speaks_for, bool district_staff);

}  // namespace practica::challenges
