#include "features/people/store/roster_store.hpp"

#include <map>

namespace practica::people {

core::Result<std::vector<RecordedPerson>> RosterStore::Recorded() {
  std::vector<RecordedPerson> people;
  std::map<std::int64_t, std::size_t> at;
  auto done = db_.Execute("SELECT id, email, display_name, active FROM people WHERE district_id = $1 ORDER BY id",
                          {district_id_}, [&](const db::Row& row) {
                            at[row.Int(0)] = people.size();
                            people.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3) != 0, {}});
                          });
  if (!done) return std::unexpected(done.error());
  auto places = db_.Execute("SELECT person_id, school_id, role FROM school_staff WHERE district_id = $1 ORDER BY person_id, school_id",
                            {district_id_}, [&](const db::Row& row) {
                              auto found = at.find(row.Int(0));
                              if (found == at.end()) return;
                              people[found->second].places.push_back(
                                  {row.Int(1), ParseStaffRole(row.Text(2)).value_or(StaffRole::kTeacher)});
                            });
  if (!places) return std::unexpected(places.error());
  return people;
}

core::Result<std::int64_t> RosterStore::Apply(const RosterChange& change) {
  switch (change.kind) {
    case RosterChangeKind::kUnchanged: return change.person->id;
    case RosterChangeKind::kMissing: {
      auto done = db_.Exec("UPDATE people SET active = 0 WHERE district_id = $1 AND id = $2", {district_id_, change.person->id});
      if (!done) return std::unexpected(done.error());
      return change.person->id;
    }
    case RosterChangeKind::kNew:
    case RosterChangeKind::kUpdated: break;
  }
  std::int64_t id = 0;
  if (change.kind == RosterChangeKind::kNew) {
    auto next = db_.NextId();
    if (!next) return std::unexpected(next.error());
    id = *next;
    auto inserted = db_.Exec("INSERT INTO people (district_id, id, email, display_name, active) VALUES ($1, $2, $3, $4, 1)",
                             {district_id_, id, change.row->email, change.row->name});
    if (!inserted) return std::unexpected(inserted.error());
  } else {
    id = change.person->id;
    const auto& name = change.renames ? change.row->name : change.person->name;
    auto updated = db_.Exec("UPDATE people SET display_name = $3, active = 1 WHERE district_id = $1 AND id = $2",
                            {district_id_, id, name});
    if (!updated) return std::unexpected(updated.error());
  }
  if (change.kind == RosterChangeKind::kNew || change.moves || change.role_changes) {
    // The roster is where the district says each person works: their place becomes the file's.
    auto cleared = db_.Exec("DELETE FROM school_staff WHERE district_id = $1 AND person_id = $2", {district_id_, id});
    if (!cleared) return std::unexpected(cleared.error());
    auto placed = db_.Exec("INSERT INTO school_staff (district_id, school_id, person_id, role) VALUES ($1, $2, $3, $4)",
                           {district_id_, change.place.school_id, id, std::string(StaffRoleCode(change.place.role))});
    if (!placed) return std::unexpected(placed.error());
  }
  return id;
}

}  // namespace practica::people
