// Inquiry groups and partnerships across a cohort's schools: the group, its members and schools,
// its meetings with attendance and what each school takes back. Reads schools, cohorts and
// people only through their rooms' published views.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/challenges/domain/inquiry.hpp"

namespace practica::challenges {

struct GroupSchool {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::int64_t local_district_id = 0;
};

struct Takeaway {
  std::int64_t id = 0;
  std::int64_t school_id = 0;
  std::string school_name;
  std::string body;
  std::string person_name;
  std::int64_t at = 0;
};

struct Meeting {
  std::int64_t id = 0;
  core::LocalDate held_on;
  std::string agenda;
  std::string notes;
  std::string links;
  std::vector<RoundPerson> attendees;
  std::vector<Takeaway> takeaways;
};

struct InquiryGroup {
  std::int64_t id = 0;
  std::int64_t cohort_id = 0;
  std::string cohort_slug;
  GroupKind kind = GroupKind::kLessonStudy;
  std::string name;
  std::string focus;
  std::string statement;
  bool illustrative = false;
  std::int64_t started_at = 0;
  std::vector<GroupSchool> schools;  // by name
  std::vector<RoundPerson> members;  // by school, then name
  std::vector<Meeting> meetings;     // the latest first; empty in lists
  int meeting_count = 0;

  std::vector<std::int64_t> SchoolIds() const;
  std::vector<std::int64_t> MemberIds() const;
};

struct NewGroup {
  std::int64_t cohort_id = 0;
  CheckedGroup group;
  bool illustrative = false;
};

class InquiryStore {
 public:
  InquiryStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::int64_t> Add(const NewGroup& group, std::int64_t by, std::int64_t now);
  // The group with its schools, members, meetings and takeaways; nullopt for an unknown id.
  [[nodiscard]] core::Result<std::optional<InquiryGroup>> Load(std::int64_t id);
  // The cohort's groups with their schools and members (no meetings), partnerships first, by name.
  [[nodiscard]] core::Result<std::vector<InquiryGroup>> OfCohort(std::int64_t cohort_id);
  // The groups of the cohort one school is in, as its challenge page lists them.
  [[nodiscard]] core::Result<std::vector<InquiryGroup>> OfSchool(std::int64_t cohort_id, std::int64_t school_id);

  [[nodiscard]] core::Result<std::int64_t> AddMeeting(std::int64_t group_id, core::LocalDate held_on,
                                                      const MeetingPlan& meeting, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<std::int64_t> AddTakeaway(std::int64_t meeting_id, std::int64_t school_id,
                                                       const std::string& body, std::int64_t by, std::int64_t now);

 private:
  [[nodiscard]] core::Result<std::vector<InquiryGroup>> Groups(const std::string& where, const db::Params& params);
  [[nodiscard]] core::Result<void> LoadSchoolsAndMembers(InquiryGroup& group);
  [[nodiscard]] core::Result<void> LoadMeetings(InquiryGroup& group);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::challenges
