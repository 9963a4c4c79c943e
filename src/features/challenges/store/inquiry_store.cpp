// Inquiry groups: one statement each, inside the caller's transaction.
#include "features/challenges/store/inquiry_store.hpp"

#include <algorithm>

namespace practica::challenges {
namespace {

#define INQUIRY_TRY(expr)                  \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

constexpr const char* kGroupColumns =
    "SELECT g.id, g.cohort_id, co.slug, g.kind, g.name, g.focus, g.statement, g.illustrative, g.started_at,"
    " (SELECT COUNT(*) FROM inquiry_meetings m WHERE m.district_id = g.district_id AND m.group_id = g.id)"
    " FROM inquiry_groups g"
    " JOIN published_cohorts co ON co.district_id = g.district_id AND co.id = g.cohort_id";

// A person with the school they work at among the group's schools (the lowest id when several).
constexpr const char* kPersonAtGroupSchool =
    "SELECT p.id, p.display_name, COALESCE(MIN(s.id), 0), COALESCE(MIN(s.name), '')"
    " FROM published_people p"
    " LEFT JOIN published_school_staff st ON st.district_id = p.district_id AND st.person_id = p.id"
    "  AND st.school_id IN (SELECT gs.school_id FROM inquiry_group_schools gs"
    "   WHERE gs.district_id = p.district_id AND gs.group_id = $3)"
    " LEFT JOIN published_schools s ON s.district_id = st.district_id AND s.id = st.school_id";

}  // namespace

std::vector<std::int64_t> InquiryGroup::SchoolIds() const {
  std::vector<std::int64_t> ids;
  for (const auto& s : schools) ids.push_back(s.id);
  return ids;
}

std::vector<std::int64_t> InquiryGroup::MemberIds() const {
  std::vector<std::int64_t> ids;
  for (const auto& m : members) ids.push_back(m.person_id);
  return ids;
}

core::Result<std::int64_t> InquiryStore::Add(const NewGroup& group, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  const auto& plan = group.group.plan;
  INQUIRY_TRY(db_.Exec(
      "INSERT INTO inquiry_groups (district_id, id, cohort_id, kind, name, focus, statement, illustrative, started_at,"
      " started_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, *id, group.cohort_id, std::string(InfoOf(plan.kind).code), plan.name, plan.focus, plan.statement,
       std::int64_t{group.illustrative ? 1 : 0}, now, by}));
  for (auto school : group.group.school_ids) {
    INQUIRY_TRY(db_.Exec("INSERT INTO inquiry_group_schools (district_id, group_id, school_id) VALUES ($1, $2, $3)",
                         {district_id_, *id, school}));
  }
  for (auto person : plan.member_ids) {
    INQUIRY_TRY(db_.Exec("INSERT INTO inquiry_group_members (district_id, group_id, person_id) VALUES ($1, $2, $3)",
                         {district_id_, *id, person}));
  }
  return *id;
}

core::Result<std::vector<InquiryGroup>> InquiryStore::Groups(const std::string& where, const db::Params& params) {
  std::vector<InquiryGroup> groups;
  INQUIRY_TRY(db_.Execute(std::string(kGroupColumns) + where, params, [&](const db::Row& row) {
    InquiryGroup g;
    g.id = row.Int(0);
    g.cohort_id = row.Int(1);
    g.cohort_slug = row.String(2);
    g.kind = ParseGroupKind(row.Text(3)).value_or(GroupKind::kLessonStudy);
    g.name = row.String(4);
    g.focus = row.String(5);
    g.statement = row.String(6);
    g.illustrative = row.Int(7) != 0;
    g.started_at = row.Int(8);
    g.meeting_count = static_cast<int>(row.Int(9));
    groups.push_back(std::move(g));
  }));
  for (auto& group : groups) INQUIRY_TRY(LoadSchoolsAndMembers(group));
  // Partnerships first: they are the schools' shared challenges; then by name.
  std::ranges::stable_sort(groups, [](const InquiryGroup& a, const InquiryGroup& b) {
    const bool pa = a.kind == GroupKind::kPartnership, pb = b.kind == GroupKind::kPartnership;
    if (pa != pb) return pa;
    return a.name < b.name;
  });
  return groups;
}

core::Result<void> InquiryStore::LoadSchoolsAndMembers(InquiryGroup& group) {
  INQUIRY_TRY(db_.Execute(
      "SELECT s.id, s.slug, s.name, COALESCE(s.local_district_id, 0) FROM inquiry_group_schools gs"
      " JOIN published_schools s ON s.district_id = gs.district_id AND s.id = gs.school_id"
      " WHERE gs.district_id = $1 AND gs.group_id = $2 ORDER BY s.name, s.id",
      {district_id_, group.id}, [&](const db::Row& row) {
        group.schools.push_back(GroupSchool{row.Int(0), row.String(1), row.String(2), row.Int(3)});
      }));
  INQUIRY_TRY(db_.Execute(std::string(kPersonAtGroupSchool) +
                              " JOIN inquiry_group_members gm ON gm.district_id = p.district_id AND gm.person_id = p.id"
                              " WHERE p.district_id = $1 AND gm.group_id = $2"
                              " GROUP BY p.id, p.display_name ORDER BY 4, 2, 1",
                          {district_id_, group.id, group.id}, [&](const db::Row& row) {
                            group.members.push_back(RoundPerson{row.Int(0), row.String(1), row.Int(2), row.String(3)});
                          }));
  return {};
}

core::Result<void> InquiryStore::LoadMeetings(InquiryGroup& group) {
  INQUIRY_TRY(db_.Execute(
      "SELECT id, held_on, agenda, notes, links FROM inquiry_meetings WHERE district_id = $1 AND group_id = $2"
      " ORDER BY held_on DESC, id DESC",
      {district_id_, group.id}, [&](const db::Row& row) {
        group.meetings.push_back(Meeting{row.Int(0), row.OptionalDate(1).value_or(core::LocalDate{}), row.String(2),
                                         row.String(3), row.String(4), {}, {}});
      }));
  for (auto& meeting : group.meetings) {
    INQUIRY_TRY(db_.Execute(std::string(kPersonAtGroupSchool) +
                                " JOIN inquiry_meeting_attendance a ON a.district_id = p.district_id AND a.person_id = p.id"
                                " WHERE p.district_id = $1 AND a.meeting_id = $2"
                                " GROUP BY p.id, p.display_name ORDER BY 4, 2, 1",
                            {district_id_, meeting.id, group.id}, [&](const db::Row& row) {
                              meeting.attendees.push_back(RoundPerson{row.Int(0), row.String(1), row.Int(2), row.String(3)});
                            }));
    INQUIRY_TRY(db_.Execute(
        "SELECT t.id, t.school_id, COALESCE(s.name, ''), t.body, COALESCE(p.display_name, ''), t.at"
        " FROM inquiry_takeaways t"
        " LEFT JOIN published_schools s ON s.district_id = t.district_id AND s.id = t.school_id"
        " LEFT JOIN published_people p ON p.district_id = t.district_id AND p.id = t.person_id"
        " WHERE t.district_id = $1 AND t.meeting_id = $2 ORDER BY 3, t.at, t.id",
        {district_id_, meeting.id}, [&](const db::Row& row) {
          meeting.takeaways.push_back(
              Takeaway{row.Int(0), row.Int(1), row.String(2), row.String(3), row.String(4), row.Int(5)});
        }));
  }
  return {};
}

core::Result<std::optional<InquiryGroup>> InquiryStore::Load(std::int64_t id) {
  auto found = Groups(" WHERE g.district_id = $1 AND g.id = $2", {district_id_, id});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<InquiryGroup>{};
  INQUIRY_TRY(LoadMeetings(found->front()));
  return std::optional<InquiryGroup>{std::move(found->front())};
}

core::Result<std::vector<InquiryGroup>> InquiryStore::OfCohort(std::int64_t cohort_id) {
  return Groups(" WHERE g.district_id = $1 AND g.cohort_id = $2", {district_id_, cohort_id});
}

core::Result<std::vector<InquiryGroup>> InquiryStore::OfSchool(std::int64_t cohort_id, std::int64_t school_id) {
  return Groups(
      " WHERE g.district_id = $1 AND g.cohort_id = $2 AND EXISTS (SELECT 1 FROM inquiry_group_schools gs"
      " WHERE gs.district_id = g.district_id AND gs.group_id = g.id AND gs.school_id = $3)",
      {district_id_, cohort_id, school_id});
}

core::Result<std::int64_t> InquiryStore::AddMeeting(std::int64_t group_id, core::LocalDate held_on,
                                                    const MeetingPlan& meeting, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  INQUIRY_TRY(db_.Exec(
      "INSERT INTO inquiry_meetings (district_id, id, group_id, held_on, agenda, notes, links, recorded_at, recorded_by)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, *id, group_id, core::FormatIsoDate(held_on), meeting.agenda, meeting.notes, meeting.links, now, by}));
  for (auto person : meeting.attendee_ids) {
    INQUIRY_TRY(db_.Exec("INSERT INTO inquiry_meeting_attendance (district_id, meeting_id, person_id) VALUES ($1, $2, $3)",
                         {district_id_, *id, person}));
  }
  return *id;
}

core::Result<std::int64_t> InquiryStore::AddTakeaway(std::int64_t meeting_id, std::int64_t school_id,
                                                     const std::string& body, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  INQUIRY_TRY(db_.Exec(
      "INSERT INTO inquiry_takeaways (district_id, id, meeting_id, school_id, body, person_id, at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, *id, meeting_id, school_id, body, by, now}));
  return *id;
}

}  // namespace practica::challenges
