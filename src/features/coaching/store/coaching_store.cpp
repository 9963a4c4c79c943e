#include "features/coaching/store/coaching_store.hpp"

#include <algorithm>

#include "db/clause.hpp"

namespace practica::coaching {
namespace {

// An entry's columns (read by EntryOf), then `more` (from column 17 on), from the entry joined
// with its school and its coach (alias c).
std::string EntrySelect(std::string_view more = {}) {
  return "SELECT e.id, e.coach_person_id, c.display_name, s.id, s.slug, s.name, s.local_district_id, e.held_on,"
         " e.minutes, e.kind, e.focus, e.notes, e.notes_shared, e.next_step, e.next_step_due, e.next_step_done,"
         " e.illustrative" + std::string(more) + " FROM coaching_entries e"
         " JOIN published_schools s ON s.district_id = e.district_id AND s.id = e.school_id"
         " JOIN published_people c ON c.district_id = e.district_id AND c.id = e.coach_person_id";
}

Entry EntryOf(const db::Row& row) {
  Entry e;
  e.id = row.Int(0);
  e.coach_id = row.Int(1);
  e.coach_name = row.String(2);
  e.school = SchoolRef{row.Int(3), row.Int(6), row.String(4), row.String(5), ""};
  e.held_on = row.OptionalDate(7).value_or(core::LocalDate{});
  e.minutes = static_cast<int>(row.Int(8));
  e.kind = row.String(9);
  e.focus = row.String(10);
  e.notes = row.String(11);
  e.notes_shared = row.Int(12) == 1;
  e.next_step = row.String(13);
  e.next_step_due = row.OptionalDate(14);
  e.next_step_done = row.Int(15) == 1;
  e.illustrative = row.Int(16) == 1;
  return e;
}

}  // namespace

SchoolsById IndexSchools(const std::vector<SchoolRef>& schools) {
  SchoolsById index;
  for (const auto& s : schools) {
    index.ids.push_back(s.id);
    index.by_id[s.id] = s;
  }
  return index;
}

core::Result<std::vector<SchoolRef>> CoachingStore::Caseload(std::int64_t coach_id) {
  std::vector<SchoolRef> schools;
  auto done = db_.Execute(
      "SELECT DISTINCT s.id, s.slug, s.name, s.local_district_id FROM published_coach_assignments a"
      " JOIN published_schools s ON s.district_id = a.district_id AND s.id = a.school_id"
      " WHERE a.district_id = $1 AND a.coach_person_id = $2 AND a.ended_at IS NULL ORDER BY s.name",
      {district_id_, coach_id}, [&](const db::Row& row) {
        schools.push_back(SchoolRef{row.Int(0), row.Int(3), row.String(1), row.String(2), ""});
      });
  if (!done) return std::unexpected(done.error());
  return schools;
}

core::Result<std::vector<StaffMember>> CoachingStore::Staff(const std::vector<std::int64_t>& school_ids) {
  std::vector<StaffMember> staff;
  if (school_ids.empty()) return staff;
  db::Params params{district_id_};
  const auto list = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT st.person_id, st.school_id, p.display_name, st.role FROM published_school_staff st"
      " JOIN published_people p ON p.district_id = st.district_id AND p.id = st.person_id"
      " WHERE st.district_id = $1 AND p.active = 1 AND st.school_id IN (" + list + ")"
      " ORDER BY st.school_id, p.display_name",
      params, [&](const db::Row& row) {
        staff.push_back(StaffMember{row.Int(0), row.Int(1), row.String(2), row.String(3)});
      });
  if (!done) return std::unexpected(done.error());
  return staff;
}

core::Result<Reach> CoachingStore::ReachAt(std::int64_t coach_id, std::int64_t school_id) {
  auto caseload = Caseload(coach_id);
  if (!caseload) return std::unexpected(caseload.error());
  auto staff = Staff({school_id});
  if (!staff) return std::unexpected(staff.error());
  Reach reach;
  for (const auto& s : *caseload) reach.caseload.insert(s.id);
  for (const auto& member : *staff) reach.school_staff.insert(member.person_id);
  return reach;
}

core::Result<std::int64_t> CoachingStore::Add(const EntryDraft& d, bool illustrative, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO coaching_entries (district_id, id, coach_person_id, school_id, held_on, minutes, kind,"
      " focus, notes, notes_shared, next_step, next_step_due, illustrative, created_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      {district_id_, *id, d.coach_id, d.school_id, core::FormatIsoDate(d.held_on),
       static_cast<std::int64_t>(d.minutes), d.kind, d.focus, d.notes,
       static_cast<std::int64_t>(d.notes_shared ? 1 : 0), d.next_step,
       d.next_step_due ? db::Value{core::FormatIsoDate(*d.next_step_due)} : db::Value{nullptr},
       static_cast<std::int64_t>(illustrative ? 1 : 0), now});
  if (!added) return std::unexpected(added.error());
  for (auto person : d.teacher_ids) {
    auto named = db_.Exec("INSERT INTO coaching_entry_people (district_id, entry_id, person_id) VALUES ($1, $2, $3)",
                          {district_id_, *id, person});
    if (!named) return std::unexpected(named.error());
  }
  return *id;
}

core::Result<std::vector<Entry>> CoachingStore::Entries(const EntryFilter& filter) {
  std::vector<Entry> entries;
  db::Params params{district_id_};
  std::string sql = EntrySelect() + " WHERE e.district_id = $1";
  if (filter.coach_id != 0) {
    params.push_back(filter.coach_id);
    sql += " AND e.coach_person_id = $" + std::to_string(params.size());
  }
  if (filter.person_id != 0) {
    params.push_back(filter.person_id);
    sql += " AND e.id IN (SELECT entry_id FROM coaching_entry_people WHERE district_id = $1 AND person_id = $" +
           std::to_string(params.size()) + ")";
  }
  params.push_back(static_cast<std::int64_t>(filter.limit));
  sql += " ORDER BY e.held_on DESC, e.id DESC LIMIT $" + std::to_string(params.size());
  auto done = db_.Execute(sql, params, [&](const db::Row& row) { entries.push_back(EntryOf(row)); });
  if (!done) return std::unexpected(done.error());
  if (auto loaded = LoadPeople(entries); !loaded) return std::unexpected(loaded.error());
  if (auto labelled = LabelFocuses(entries); !labelled) return std::unexpected(labelled.error());
  return entries;
}

core::Result<void> CoachingStore::LoadPeople(std::vector<Entry>& entries) {
  if (entries.empty()) return {};
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, Entry*> by_id;
  for (auto& e : entries) {
    ids.push_back(e.id);
    by_id[e.id] = &e;
  }
  db::Params params{district_id_};
  const auto list = db::IdPlaceholders(ids, params);
  auto done = db_.Execute(
      "SELECT x.entry_id, p.id, p.display_name FROM coaching_entry_people x"
      " JOIN published_people p ON p.district_id = x.district_id AND p.id = x.person_id"
      " WHERE x.district_id = $1 AND x.entry_id IN (" + list + ") ORDER BY p.display_name",
      params, [&](const db::Row& row) { by_id[row.Int(0)]->people.push_back({row.Int(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::vector<EntryFact>> CoachingStore::Facts(std::int64_t coach_id) {
  std::vector<EntryFact> facts;
  auto done = db_.Execute(
      "SELECT coach_person_id, school_id, kind, held_on, minutes FROM coaching_entries"
      " WHERE district_id = $1 AND coach_person_id = $2",
      {district_id_, coach_id}, [&](const db::Row& row) {
    facts.push_back(EntryFact{row.Int(0), row.Int(1), row.String(2), row.OptionalDate(3).value_or(core::LocalDate{}), static_cast<int>(row.Int(4))});
  });
  if (!done) return std::unexpected(done.error());
  return facts;
}

core::Result<std::map<std::int64_t, core::LocalDate>> CoachingStore::LastCoached(
    const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, core::LocalDate> last;
  if (school_ids.empty()) return last;
  db::Params params{district_id_};
  const auto list = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT x.person_id, MAX(e.held_on) FROM coaching_entry_people x"
      " JOIN coaching_entries e ON e.district_id = x.district_id AND e.id = x.entry_id"
      " WHERE x.district_id = $1 AND e.school_id IN (" + list + ") GROUP BY x.person_id",
      params, [&](const db::Row& row) { last[row.Int(0)] = row.OptionalDate(1).value_or(core::LocalDate{}); });
  if (!done) return std::unexpected(done.error());
  return last;
}

core::Result<std::vector<Entry>> CoachingStore::FollowUps(std::int64_t coach_id, const core::LocalDate& until) {
  std::vector<Entry> entries;
  auto done = db_.Execute(
      EntrySelect() +
          " WHERE e.district_id = $1 AND e.coach_person_id = $2 AND e.next_step_due IS NOT NULL"
          " AND e.next_step_done = 0 AND e.next_step_due <= $3 ORDER BY e.next_step_due, e.id LIMIT 50",
      {district_id_, coach_id, core::FormatIsoDate(until)},
      [&](const db::Row& row) { entries.push_back(EntryOf(row)); });
  if (!done) return std::unexpected(done.error());
  if (auto labelled = LabelFocuses(entries); !labelled) return std::unexpected(labelled.error());
  return entries;
}

core::Result<std::vector<DueFollowUp>> CoachingStore::FollowUpsDueOn(const std::vector<core::LocalDate>& days) {
  std::vector<DueFollowUp> due;
  if (days.empty()) return due;
  db::Params params{district_id_};
  std::vector<db::Value> texts;
  for (const auto& day : days) texts.emplace_back(core::FormatIsoDate(day));
  const std::string in = db::Placeholders(texts, params);
  auto done = db_.Execute(EntrySelect(", c.email") +
                              " WHERE e.district_id = $1 AND e.next_step_done = 0 AND c.active = 1"
                              " AND e.next_step_due IN (" + in + ") ORDER BY e.next_step_due, e.id",
                          params, [&](const db::Row& row) { due.push_back(DueFollowUp{EntryOf(row), row.String(17)}); });
  if (!done) return std::unexpected(done.error());
  return due;
}

core::Result<void> CoachingStore::MarkDone(std::int64_t coach_id, std::int64_t entry_id) {
  auto changed = db_.Exec(
      "UPDATE coaching_entries SET next_step_done = 1 WHERE district_id = $1 AND id = $2 AND coach_person_id = $3",
      {district_id_, entry_id, coach_id});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no entry " + std::to_string(entry_id) + " in your log.");
  }
  return {};
}

core::Result<std::map<std::int64_t, std::string>> CoachingStore::SchoolNames(std::int64_t coach_id) {
  std::map<std::int64_t, std::string> names;
  auto done = db_.Execute(
      "SELECT s.id, s.name FROM published_schools s WHERE s.district_id = $1 AND s.id IN"
      " (SELECT school_id FROM coaching_entries WHERE district_id = $1 AND coach_person_id = $2)",
      {district_id_, coach_id}, [&](const db::Row& row) { names[row.Int(0)] = row.String(1); });
  if (!done) return std::unexpected(done.error());
  return names;
}

core::Result<std::vector<NamedPerson>> CoachingStore::Coaches() {
  std::vector<NamedPerson> coaches;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name FROM published_people p WHERE p.district_id = $1 AND p.id IN"
      " (SELECT coach_person_id FROM coaching_entries WHERE district_id = $1) ORDER BY p.display_name",
      {district_id_}, [&](const db::Row& row) { coaches.push_back({row.Int(0), row.String(1)}); });
  if (!done) return std::unexpected(done.error());
  return coaches;
}

std::string VisibleNotes(const Entry& entry, std::int64_t viewer) {
  const bool named = std::any_of(entry.people.begin(), entry.people.end(),
                                 [&](const NamedPerson& p) { return p.id == viewer; });
  return NotesVisible(viewer, entry.coach_id, entry.notes_shared, named) ? entry.notes : "";
}

}  // namespace practica::coaching
