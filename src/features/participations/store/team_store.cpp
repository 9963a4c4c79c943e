#include "features/participations/store/team_store.hpp"

#include "db/clause.hpp"

namespace practica::participations {

core::Result<std::vector<TeamMember>> TeamStore::Members(std::int64_t cohort_id, std::int64_t school_id) {
  auto all = MembersOf(cohort_id, {school_id});
  if (!all) return std::unexpected(all.error());
  return std::move((*all)[school_id]);
}

core::Result<std::map<std::int64_t, std::vector<TeamMember>>> TeamStore::MembersOf(
    std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, std::vector<TeamMember>> teams;
  if (school_ids.empty()) return teams;
  db::Params params{district_id_, cohort_id};
  const auto schools = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT m.school_id, m.id, p.id, p.display_name, p.email, m.kind, m.attends FROM team_members m"
      " JOIN published_people p ON p.district_id = m.district_id AND p.id = m.person_id"
      " WHERE m.district_id = $1 AND m.cohort_id = $2 AND m.school_id IN (" + schools + ") AND m.removed_at IS NULL"
      " ORDER BY m.added_at, m.id",
      params, [&](const db::Row& row) {
        teams[row.Int(0)].push_back(TeamMember{row.Int(1), PersonRef{row.Int(2), row.String(3), row.String(4)},
                                               ParseMemberKind(row.Text(5)).value_or(MemberKind::kTeacher),
                                               row.Int(6) != 0});
      });
  if (!done) return std::unexpected(done.error());
  return teams;
}

core::Result<TeamMember> TeamStore::Add(std::int64_t cohort_id, std::int64_t school_id, TeamMember member,
                                        std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  member.id = *id;
  auto saved = db_.Exec(
      "INSERT INTO team_members (district_id, id, cohort_id, school_id, person_id, kind, attends, added_at,"
      " added_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, member.id, cohort_id, school_id, member.person.id, std::string(MemberKindCode(member.kind)),
       std::int64_t{member.attends ? 1 : 0}, now, by == 0 ? db::Value{nullptr} : db::Value{by}});
  if (!saved) {
    auto error = saved.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = member.person.name + " is already on the team.";
      error.field = "email";
    }
    return std::unexpected(error);
  }
  return member;
}

core::Result<void> TeamStore::Remove(std::int64_t cohort_id, std::int64_t school_id, std::int64_t member_id,
                                     std::int64_t by, std::int64_t now) {
  auto removed = db_.Exec(
      "UPDATE team_members SET removed_at = $5, removed_by = $6 WHERE district_id = $1 AND cohort_id = $2"
      " AND school_id = $3 AND id = $4 AND removed_at IS NULL",
      {district_id_, cohort_id, school_id, member_id, now, by});
  if (!removed) return std::unexpected(removed.error());
  if (*removed == 0) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "The team has no member number " + std::to_string(member_id) +
                          "; reload the page to see the team as it is.");
  }
  return {};
}

core::Result<void> TeamStore::SetAttendance(std::int64_t cohort_id, std::int64_t school_id,
                                            std::int64_t member_id, bool attends) {
  auto set = db_.Exec(
      "UPDATE team_members SET attends = $5 WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3"
      " AND id = $4 AND removed_at IS NULL",
      {district_id_, cohort_id, school_id, member_id, std::int64_t{attends ? 1 : 0}});
  if (!set) return std::unexpected(set.error());
  return {};
}

core::Result<bool> TeamStore::OnAnyTeam(std::int64_t school_id, std::int64_t person_id) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM team_members WHERE district_id = $1 AND school_id = $2"
      " AND person_id = $3 AND removed_at IS NULL",
      {district_id_, school_id, person_id});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0) > 0;
}

}  // namespace practica::participations
