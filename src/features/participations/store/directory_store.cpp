#include "features/participations/store/directory_store.hpp"
#include "features/schools/published/school_refs.hpp"
#include "features/cohorts/published/cohort_refs.hpp"

#include <algorithm>

#include "auth/domain/active_grant.hpp"
#include "db/clause.hpp"
#include "core/text.hpp"

namespace practica::participations {
namespace {

// A grant holds on a day from its first day to its last, unless it was ended.
std::string HoldsOn(std::string_view placeholder) { return " " + auth::GrantHoldsOn("g", placeholder); }

PersonRef ReadPerson(const db::Row& row, int first) {
  return PersonRef{row.Int(first), row.String(first + 1), row.String(first + 2)};
}

}  // namespace

core::Result<std::optional<CohortRef>> DirectoryStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<SchoolRef>> DirectoryStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<std::optional<PersonRef>> DirectoryStore::PersonByEmail(std::string_view email) {
  std::optional<PersonRef> found;
  auto done = db_.Execute(
      "SELECT id, display_name, email FROM published_people WHERE district_id = $1 AND email = $2 AND active = 1",
      {district_id_, core::ToLower(core::Trim(email))},
      [&](const db::Row& row) { found = ReadPerson(row, 0); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<bool> DirectoryStore::HoldsRole(std::int64_t person_id, std::string_view role,
                                             const core::LocalDate& today) {
  auto held = db_.QueryInt("SELECT 1 FROM published_grants g WHERE g.district_id = $1 AND g.person_id = $2"
                           " AND g.role = $3 AND" + HoldsOn("$4"),
                           {district_id_, person_id, std::string(role), core::FormatIsoDate(today)});
  if (!held) return std::unexpected(held.error());
  return held->has_value();
}

core::Result<std::vector<PersonRef>> DirectoryStore::PeopleWithRole(std::string_view role,
                                                                    const core::LocalDate& today) {
  std::vector<PersonRef> people;
  auto done = db_.Execute(
      "SELECT DISTINCT p.id, p.display_name, p.email FROM published_grants g JOIN published_people p"
      " ON p.district_id = g.district_id AND p.id = g.person_id"
      " WHERE g.district_id = $1 AND g.role = $2 AND p.active = 1 AND" + HoldsOn("$3") +
          " ORDER BY p.display_name, p.id",
      {district_id_, std::string(role), core::FormatIsoDate(today)},
      [&](const db::Row& row) { people.push_back(ReadPerson(row, 0)); });
  if (!done) return std::unexpected(done.error());
  return people;
}

core::Result<std::map<std::int64_t, std::vector<PersonRef>>> DirectoryStore::HoldersOf(
    std::string_view role, std::string_view scope_kind, const std::vector<std::int64_t>& scope_ids,
    const core::LocalDate& today) {
  std::map<std::int64_t, std::vector<PersonRef>> holders;
  if (scope_ids.empty()) return holders;
  db::Params params{district_id_, std::string(role), std::string(scope_kind), core::FormatIsoDate(today)};
  const auto scopes = db::IdPlaceholders(scope_ids, params);
  auto done = db_.Execute(
      "SELECT g.scope_id, p.id, p.display_name, p.email, MIN(g.id) FROM published_grants g JOIN published_people p"
      " ON p.district_id = g.district_id AND p.id = g.person_id"
      " WHERE g.district_id = $1 AND g.role = $2 AND g.scope_kind = $3 AND g.scope_id IN (" + scopes + ")"
      " AND p.active = 1 AND" + HoldsOn("$4") +
          " GROUP BY g.scope_id, p.id, p.display_name, p.email ORDER BY g.scope_id, MIN(g.id)",
      params, [&](const db::Row& row) { holders[row.Int(0)].push_back(ReadPerson(row, 1)); });
  if (!done) return std::unexpected(done.error());
  return holders;
}

core::Result<Leadership> DirectoryStore::Leaders(const SchoolRef& school, const core::LocalDate& today) {
  auto all = LeadersOf({school}, today);
  if (!all) return std::unexpected(all.error());
  return std::move((*all)[school.id]);
}

core::Result<std::map<std::int64_t, Leadership>> DirectoryStore::LeadersOf(const std::vector<SchoolRef>& schools,
                                                                          const core::LocalDate& today) {
  std::vector<std::int64_t> school_ids;
  std::vector<std::int64_t> local_district_ids;
  for (const auto& school : schools) {
    school_ids.push_back(school.id);
    if (school.local_district_id != 0) local_district_ids.push_back(school.local_district_id);
  }
  std::sort(local_district_ids.begin(), local_district_ids.end());
  local_district_ids.erase(std::unique(local_district_ids.begin(), local_district_ids.end()), local_district_ids.end());
  auto principals = HoldersOf("principal", "school", school_ids, today);
  if (!principals) return std::unexpected(principals.error());
  auto directors = HoldersOf("instructional_director", "local_district", local_district_ids, today);
  if (!directors) return std::unexpected(directors.error());
  std::map<std::int64_t, Leadership> all;
  for (const auto& school : schools) {
    Leadership leaders{school.name, school.local_district_name, {}, {}};
    if (auto found = principals->find(school.id); found != principals->end()) leaders.principals = found->second;
    if (school.local_district_id != 0) {
      if (auto found = directors->find(school.local_district_id); found != directors->end()) {
        leaders.directors = found->second;
      }
    }
    all.emplace(school.id, std::move(leaders));
  }
  return all;
}

core::Result<std::vector<PersonRef>> DirectoryStore::StaffOf(std::int64_t school_id) {
  std::vector<PersonRef> people;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name, p.email FROM published_school_staff s JOIN published_people p"
      " ON p.district_id = s.district_id AND p.id = s.person_id"
      " WHERE s.district_id = $1 AND s.school_id = $2 AND p.active = 1 ORDER BY p.display_name, p.id",
      {district_id_, school_id}, [&](const db::Row& row) { people.push_back(ReadPerson(row, 0)); });
  if (!done) return std::unexpected(done.error());
  return people;
}

}  // namespace practica::participations
