#include "features/participations/published/standings.hpp"

#include <map>

#include "auth/domain/active_grant.hpp"
#include "features/participations/domain/finished_year.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::participations {
namespace {

// Everything about the cohort's participations that the rules read, by school: one query each.
struct CohortReads {
  std::map<std::int64_t, std::vector<Signature>> signatures;
  std::map<std::int64_t, Details> details;
  std::map<std::int64_t, std::vector<TeamMember>> teams;
  std::map<std::int64_t, PersonRef> coaches;
  std::map<std::int64_t, std::vector<PersonRef>> principals;  // by school
  std::map<std::int64_t, std::vector<PersonRef>> directors;   // by local district
};

core::Result<std::int64_t> ReadSignatures(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                  CohortReads& reads) {
  return db.Execute(
      "SELECT school_id, id, role, person_id, signer_name, version, text_sha256, signed_at"
      " FROM agreement_signatures WHERE district_id = $1 AND cohort_id = $2 ORDER BY signed_at, id",
      {district_id, cohort_id}, [&](const db::Row& row) {
        reads.signatures[row.Int(0)].push_back(
            Signature{row.Int(1), ParseSlot(row.Text(2)).value_or(Slot::kPrincipal), row.Int(3), row.String(4),
                      static_cast<int>(row.Int(5)), row.String(6), row.Int(7)});
      });
}

core::Result<std::int64_t> ReadDetails(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                               CohortReads& reads) {
  return db.Execute(
      "SELECT school_id, team_confirmed_at, tech_lead_person_id, tech_lead_classification, sso_lead_person_id,"
      " retracted_at FROM participation_details WHERE district_id = $1 AND cohort_id = $2",
      {district_id, cohort_id}, [&](const db::Row& row) {
        auto& details = reads.details[row.Int(0)];
        if (!row.IsNull(1)) details.team_confirmed_at = row.Int(1);
        // The rules ask only whether each lead is named; the names are the participation page's.
        if (!row.IsNull(2)) details.leads.technology_support = PersonRef{row.Int(2), "", ""};
        details.leads.classification = ParseClassification(row.Text(3));
        if (!row.IsNull(4)) details.leads.sso = PersonRef{row.Int(4), "", ""};
        if (!row.IsNull(5)) details.retraction = Retraction{"", {}, row.Int(5)};
      });
}

core::Result<std::int64_t> ReadTeams(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                             CohortReads& reads) {
  return db.Execute(
      "SELECT m.school_id, m.id, p.id, p.display_name, p.email, m.kind, m.attends FROM team_members m"
      " JOIN published_people p ON p.district_id = m.district_id AND p.id = m.person_id"
      " WHERE m.district_id = $1 AND m.cohort_id = $2 AND m.removed_at IS NULL ORDER BY m.added_at, m.id",
      {district_id, cohort_id}, [&](const db::Row& row) {
        reads.teams[row.Int(0)].push_back(TeamMember{row.Int(1), PersonRef{row.Int(2), row.String(3), row.String(4)},
                                                     ParseMemberKind(row.Text(5)).value_or(MemberKind::kTeacher),
                                                     row.Int(6) != 0});
      });
}

core::Result<std::int64_t> ReadCoaches(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                               CohortReads& reads) {
  return db.Execute(
      "SELECT a.school_id, p.id, p.display_name, p.email FROM participation_coaches a"
      " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.coach_person_id"
      " WHERE a.district_id = $1 AND a.cohort_id = $2 AND a.ended_at IS NULL",
      {district_id, cohort_id},
      [&](const db::Row& row) { reads.coaches[row.Int(0)] = PersonRef{row.Int(1), row.String(2), row.String(3)}; });
}

// Who holds `role` over each scope of `scope_kind` on `day`, oldest grant first: the same
// order DirectoryStore::Holders gives one school, for every school at once.
core::Result<std::int64_t> ReadHolders(db::Connection& db, std::int64_t district_id, std::string_view role,
                               std::string_view scope_kind, const core::LocalDate& day,
                               std::map<std::int64_t, std::vector<PersonRef>>& holders) {
  return db.Execute(
      "SELECT g.scope_id, p.id, p.display_name, p.email, MIN(g.id) FROM published_grants g"
      " JOIN published_people p ON p.district_id = g.district_id AND p.id = g.person_id"
      " WHERE g.district_id = $1 AND g.role = $2 AND g.scope_kind = $3 AND p.active = 1 AND " +
          auth::GrantHoldsOn("g", "$4") +
          " GROUP BY g.scope_id, p.id, p.display_name, p.email ORDER BY g.scope_id, MIN(g.id)",
      {district_id, std::string(role), std::string(scope_kind), core::FormatIsoDate(day)},
      [&](const db::Row& row) { holders[row.Int(0)].push_back(PersonRef{row.Int(1), row.String(2), row.String(3)}); });
}

}  // namespace

core::Result<std::vector<Standing>> CohortStandings(db::Connection& db, std::int64_t district_id,
                                                    const core::CohortRef& cohort, const core::SchoolScope& scope,
                                                    const core::LocalDate& today) {
  ParticipationsStore store(db, district_id);
  auto listed = store.List(cohort, scope);
  if (!listed) return std::unexpected(listed.error());
  std::vector<Standing> standings;
  if (listed->empty()) return standings;
  auto agreement = store.CurrentAgreement(cohort.id);
  if (!agreement) return std::unexpected(agreement.error());
  CohortReads reads;
  const auto day = LeadershipDay(cohort.school_year, today);
  for (auto read : {ReadSignatures(db, district_id, cohort.id, reads), ReadDetails(db, district_id, cohort.id, reads),
                    ReadTeams(db, district_id, cohort.id, reads), ReadCoaches(db, district_id, cohort.id, reads),
                    ReadHolders(db, district_id, "principal", "school", day, reads.principals),
                    ReadHolders(db, district_id, "instructional_director", "local_district", day,
                                reads.directors)}) {
    if (!read) return std::unexpected(read.error());
  }
  const bool year_over = YearFinished(cohort.school_year, today);
  const std::optional<int> version =
      *agreement ? std::optional<int>{(*agreement)->version} : std::nullopt;
  static const std::vector<Signature> kNoSignatures;
  static const std::vector<TeamMember> kNoTeam;
  static const std::vector<PersonRef> kNobody;
  auto at = [](const auto& map, std::int64_t key, const auto& none) -> const auto& {
    auto found = map.find(key);
    return found == map.end() ? none : found->second;
  };
  standings.reserve(listed->size());
  for (auto& row : *listed) {
    const auto id = row.school.id;
    Leadership leaders{row.school.name, row.school.local_district_name,
                       at(reads.principals, id, kNobody), at(reads.directors, row.school.local_district_id, kNobody)};
    const Details details = reads.details.contains(id) ? reads.details.at(id) : Details{};
    const auto& team = at(reads.teams, id, kNoTeam);
    const auto status = ComputeAgreement(version, at(reads.signatures, id, kNoSignatures), leaders,
                                         details.retraction.has_value());
    Standing standing;
    standing.state = year_over ? FinishedStateCode(status.state) : StateCode(status.state);
    standing.state_label = year_over ? FinishedStateLabel(status.state) : StateLabel(status.state);
    standing.team_members = static_cast<int>(team.size());
    standing.team_confirmed = details.team_confirmed_at.has_value();
    if (auto coach = reads.coaches.find(id); coach != reads.coaches.end()) standing.coach = coach->second;
    if (!year_over) {
      standing.missing = WhatIsMissing(status, team, standing.team_confirmed, details.leads, standing.coach.has_value());
    }
    standing.school = std::move(row.school);
    standings.push_back(std::move(standing));
  }
  return standings;
}

}  // namespace practica::participations
