// Reads of many schools or registrations in one query each, for a page that lists them: an
// offering's page shows every school a principal leads, and one query per school would not do.
#include <map>
#include <vector>

#include "features/learning/store/learning_store.hpp"

namespace practica::learning {

namespace {

// "$3, $4, $5" for `ids`, appended to `params`.
std::string InList(const std::vector<std::int64_t>& ids, db::Params& params) {
  std::string out;
  for (auto id : ids) {
    params.emplace_back(id);
    out += (out.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return out;
}

}  // namespace

core::Result<std::map<std::int64_t, std::vector<PersonRef>>> LearningStore::TeamsOf(
    std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, std::vector<PersonRef>> teams;
  if (school_ids.empty()) return teams;
  db::Params params{district_id_, cohort_id};
  const std::string schools = InList(school_ids, params);
  auto done = db_.Execute(
      "SELECT m.school_id, p.id, p.display_name, p.email FROM published_team_members m"
      " JOIN published_people p ON p.district_id = m.district_id AND p.id = m.person_id"
      " WHERE m.district_id = $1 AND m.cohort_id = $2 AND m.school_id IN (" + schools + ")"
      " AND m.removed_at IS NULL ORDER BY m.school_id, m.attends DESC, m.added_at, m.id",
      params, [&](const db::Row& row) {
        teams[row.Int(0)].push_back(PersonRef{row.Int(1), row.String(2), row.String(3)});
      });
  if (!done) return std::unexpected(done.error());
  return teams;
}

core::Result<std::map<std::int64_t, Registration>> LearningStore::ForSchools(
    std::int64_t offering_id, const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, Registration> by_school;
  if (school_ids.empty()) return by_school;
  db::Params params{district_id_, offering_id};
  const std::string schools = InList(school_ids, params);
  auto found = Select("r.offering_id = $2 AND r.state <> 'cancelled' AND r.school_id IN (" +
                          schools + ")",
                      params);
  if (!found) return std::unexpected(found.error());
  // In id order, so a school's first live registration is the one kept, as ForSchool keeps it.
  for (auto& r : *found) {
    if (r.school) by_school.try_emplace(r.school->id, std::move(r));
  }
  return by_school;
}

core::Result<std::map<std::int64_t, Marks>> LearningStore::MarksOf(
    const std::vector<std::int64_t>& registration_ids) {
  std::map<std::int64_t, Marks> marks;
  if (registration_ids.empty()) return marks;
  db::Params params{district_id_};
  const std::string registrations = InList(registration_ids, params);
  auto done = db_.Execute(
      "SELECT a.registration_id, m.day_number, m.person_id, m.present"
      " FROM learning_attendance m"
      " JOIN learning_attendees a ON a.district_id = m.district_id AND a.person_id = m.person_id"
      " JOIN learning_registrations r ON r.district_id = a.district_id AND r.id = a.registration_id"
      "  AND r.offering_id = m.offering_id"
      " WHERE m.district_id = $1 AND a.registration_id IN (" + registrations + ")",
      params, [&](const db::Row& row) {
        marks[row.Int(0)][static_cast<int>(row.Int(1))][row.Int(2)] = row.Int(3) != 0;
      });
  if (!done) return std::unexpected(done.error());
  return marks;
}

}  // namespace practica::learning
