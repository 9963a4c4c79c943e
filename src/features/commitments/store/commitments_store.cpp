#include "features/commitments/store/commitments_store.hpp"
#include "features/schools/published/school_refs.hpp"
#include "features/cohorts/published/cohort_refs.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <tuple>

#include "db/clause.hpp"
#include "db/read_snapshot.hpp"

namespace practica::commitments {
namespace {

// The definition columns that templates and school copies share, in this order.
constexpr std::string_view kDefinition =
    "party, number, phase, title, description, due_kind, due_on, due_months, evidence_kind,"
    " evidence_label, majority, verifier, verified_by";

// The definition's values, in kDefinition's order.
db::Params DefinitionParams(const Commitment& c) {
  return {std::string(IsDistricts(c) ? "district" : "school"),
          std::int64_t{c.number},
          std::string(PhaseCode(c.phase)),
          c.title,
          c.description,
          std::string(DueKindCode(c.due.kind)),
          db::Nullable(c.due.on),
          std::int64_t{c.due.months},
          std::string(EvidenceKindCode(c.evidence.kind)),
          c.evidence.label,
          std::int64_t{c.evidence.majority ? 1 : 0},
          std::string(VerifierCode(c.verifier)),
          std::string(VerifiedByCode(c.verified_by))};
}

// Reads kDefinition's columns starting at `at`.
Commitment ReadDefinition(const db::Row& row, int at) {
  Commitment c;
  c.number = static_cast<int>(row.Int(at + 1));
  c.phase = ParsePhase(row.Text(at + 2)).value_or(Phase::kOngoing);
  c.title = row.String(at + 3);
  c.description = row.String(at + 4);
  c.due.kind = ParseDueKind(row.Text(at + 5)).value_or(DueKind::kFixed);
  c.due.on = row.OptionalDate(at + 6);
  c.due.months = static_cast<int>(row.Int(at + 7));
  c.evidence.kind = ParseEvidenceKind(row.Text(at + 8)).value_or(EvidenceKind::kDocument);
  c.evidence.label = row.String(at + 9);
  c.evidence.majority = row.Int(at + 10) != 0;
  c.verifier = ParseVerifier(row.Text(at + 11)).value_or(Verifier::kCoach);
  c.verified_by = ParseVerifiedBy(row.Text(at + 12)).value_or(VerifiedBy::kPerson);
  return c;
}

std::string Prefixed(std::string_view alias) {
  std::string out;
  std::string_view rest = kDefinition;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    auto column = rest.substr(0, comma);
    while (column.starts_with(' ')) column.remove_prefix(1);
    if (!out.empty()) out += ", ";
    out += std::string(alias) + "." + std::string(column);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return out;
}

// "$3, $4, …" for `count` parameters starting at `first`.
std::string Placeholders(int first, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ", ";
    out += "$" + std::to_string(first + i);
  }
  return out;
}

Event ReadEvent(const db::Row& row, int at) {
  Event event;
  event.id = row.Int(at);
  event.kind = ParseEventKind(row.Text(at + 1)).value_or(EventKind::kSubmitted);
  event.period = row.String(at + 2);
  event.person_id = row.Int(at + 3);
  event.person_name = row.String(at + 4);
  event.at = row.Int(at + 5);
  event.evidence.text = row.String(at + 6);
  event.evidence.email = row.String(at + 7);
  if (!row.IsNull(at + 8)) event.evidence.count = row.Int(at + 8);
  if (!row.IsNull(at + 9)) event.evidence.total = row.Int(at + 9);
  event.evidence.note = row.String(at + 10);
  event.comment = row.String(at + 11);
  if (!row.IsNull(at + 12)) {
    event.evidence.file = EvidenceFile{row.Int(at + 12), row.String(at + 13), row.String(at + 14), row.Int(at + 15)};
  }
  return event;
}

constexpr std::string_view kEventColumns =
    "e.id, e.kind, e.period, e.person_id, COALESCE(pp.display_name, ''), e.at, e.evidence_text,"
    " e.evidence_email, e.count_value, e.count_total, e.note, e.comment,"
    " f.id, f.file_name, f.content_type, f.size_bytes";

}  // namespace

core::Result<std::optional<CohortRef>> CommitmentsStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<SchoolRef>> CommitmentsStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<bool> CommitmentsStore::InCohort(std::int64_t cohort_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<Calendar> CommitmentsStore::LoadCalendar(std::int64_t cohort_id) {
  Calendar calendar;
  auto done = db_.Execute(
      "SELECT coach_starts_on, instruction_starts_on, support_ends_on FROM commitment_calendars"
      " WHERE district_id = $1 AND cohort_id = $2",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        calendar = Calendar{row.OptionalDate(0), row.OptionalDate(1), row.OptionalDate(2)};
      });
  if (!done) return std::unexpected(done.error());
  // The school year is the cohort's, with or without the dates above.
  auto year = db_.Execute("SELECT school_year FROM published_cohorts WHERE district_id = $1 AND id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) {
                            calendar.school_year_ends_on = cohorts::SchoolYearLastDay(row.String(0));
                          });
  if (!year) return std::unexpected(year.error());
  return calendar;
}

core::Result<void> CommitmentsStore::SaveCalendar(std::int64_t cohort_id, const Calendar& calendar,
                                                  std::int64_t person_id, std::int64_t now) {
  if (auto checked = CheckCalendar(calendar); !checked) return checked;
  const db::Params params{district_id_, cohort_id, db::Nullable(calendar.coach_starts_on),
                          db::Nullable(calendar.instruction_starts_on),
                          db::Nullable(calendar.support_ends_on), person_id, now};
  auto updated = db_.Exec(
      "UPDATE commitment_calendars SET coach_starts_on = $3, instruction_starts_on = $4,"
      " support_ends_on = $5, updated_by = $6, updated_at = $7"
      " WHERE district_id = $1 AND cohort_id = $2",
      params);
  if (!updated) return std::unexpected(updated.error());
  if (*updated > 0) return {};
  auto inserted = db_.Exec(
      "INSERT INTO commitment_calendars (district_id, cohort_id, coach_starts_on,"
      " instruction_starts_on, support_ends_on, updated_by, updated_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      params);
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<std::vector<Commitment>> CommitmentsStore::Template(std::int64_t cohort_id) {
  std::vector<Commitment> items;
  auto done = db_.Execute("SELECT id, " + std::string(kDefinition) +
                              " FROM commitment_templates WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) {
                            items.push_back(ReadDefinition(row, 1));
                            items.back().id = row.Int(0);
                          });
  if (!done) return std::unexpected(done.error());
  SortInAgreementOrder(items);
  return items;
}

core::Result<Commitment> CommitmentsStore::SaveTemplateItem(std::int64_t cohort_id, Commitment item,
                                                            std::int64_t person_id,
                                                            std::int64_t now) {
  if (auto checked = CheckCommitment(item); !checked) return std::unexpected(checked.error());
  const std::string party = IsDistricts(item) ? "district" : "school";
  auto existing = db_.QueryInt(
      "SELECT id FROM commitment_templates WHERE district_id = $1 AND cohort_id = $2"
      " AND party = $3 AND number = $4",
      {district_id_, cohort_id, party, std::int64_t{item.number}});
  if (!existing) return std::unexpected(existing.error());
  db::Params params{district_id_, cohort_id};
  for (auto& value : DefinitionParams(item)) params.push_back(std::move(value));
  params.emplace_back(std::in_place_type<std::int64_t>, person_id);
  params.emplace_back(std::in_place_type<std::int64_t>, now);
  if (existing->has_value()) {
    item.id = **existing;
    params.emplace_back(std::in_place_type<std::int64_t>, item.id);
    auto updated = db_.Exec(
        "UPDATE commitment_templates SET phase = $5, title = $6, description = $7, due_kind = $8,"
        " due_on = $9, due_months = $10, evidence_kind = $11, evidence_label = $12, majority = $13,"
        " verifier = $14, verified_by = $15, updated_by = $16, updated_at = $17"
        " WHERE district_id = $1 AND cohort_id = $2 AND id = $18 AND party = $3 AND number = $4",
        params);
    if (!updated) return std::unexpected(updated.error());
    return item;
  }
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  item.id = *id;
  params.emplace_back(std::in_place_type<std::int64_t>, item.id);
  auto inserted = db_.Exec("INSERT INTO commitment_templates (district_id, cohort_id, " +
                               std::string(kDefinition) +
                               ", updated_by, updated_at, id) VALUES (" + Placeholders(1, 18) + ")",
                           params);
  if (!inserted) return std::unexpected(inserted.error());
  return item;
}

core::Result<std::int64_t> CommitmentsStore::UpdateIssuedCopies(std::int64_t cohort_id,
                                                                const Commitment& item) {
  db::Params params{district_id_, cohort_id};
  for (auto& value : DefinitionParams(item)) params.push_back(std::move(value));
  return db_.Exec(
      "UPDATE school_commitments SET phase = $5, title = $6, description = $7, due_kind = $8,"
      " due_on = $9, due_months = $10, evidence_kind = $11, evidence_label = $12, majority = $13,"
      " verifier = $14, verified_by = $15"
      " WHERE district_id = $1 AND cohort_id = $2 AND party = $3 AND number = $4",
      params);
}

core::Result<std::int64_t> CommitmentsStore::Issue(std::int64_t cohort_id, std::int64_t person_id,
                                                   std::int64_t now) {
  std::vector<std::pair<std::int64_t, std::int64_t>> missing;  // {school, template item}
  auto found = db_.Execute(
      "SELECT p.school_id, t.id FROM published_participations p JOIN commitment_templates t"
      " ON t.district_id = p.district_id AND t.cohort_id = p.cohort_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2 AND NOT EXISTS ("
      "  SELECT 1 FROM school_commitments sc WHERE sc.district_id = p.district_id"
      "  AND sc.cohort_id = p.cohort_id AND sc.school_id = p.school_id"
      "  AND sc.party = t.party AND sc.number = t.number)"
      " ORDER BY p.school_id, t.id",
      {district_id_, cohort_id},
      [&](const db::Row& row) { missing.emplace_back(row.Int(0), row.Int(1)); });
  if (!found) return std::unexpected(found.error());
  for (const auto& [school_id, template_id] : missing) {
    auto id = db_.NextId();
    if (!id) return std::unexpected(id.error());
    auto copied = db_.Exec("INSERT INTO school_commitments (district_id, id, cohort_id, school_id, " +
                               std::string(kDefinition) +
                               ", issued_by, issued_at, revision) SELECT t.district_id, $3, t.cohort_id, $4, " +
                               Prefixed("t") +
                               ", $5, $6, 0 FROM commitment_templates t"
                               " WHERE t.district_id = $1 AND t.id = $2",
                           {district_id_, template_id, *id, school_id, person_id, now});
    if (!copied) return std::unexpected(copied.error());
  }
  return static_cast<std::int64_t>(missing.size());
}

core::Result<std::int64_t> CommitmentsStore::SchoolsNotIssued(std::int64_t cohort_id) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM published_participations p WHERE p.district_id = $1 AND p.cohort_id = $2"
      " AND EXISTS (SELECT 1 FROM commitment_templates t WHERE t.district_id = p.district_id"
      "  AND t.cohort_id = p.cohort_id AND NOT EXISTS (SELECT 1 FROM school_commitments sc"
      "   WHERE sc.district_id = t.district_id AND sc.cohort_id = t.cohort_id"
      "   AND sc.school_id = p.school_id AND sc.party = t.party AND sc.number = t.number))",
      {district_id_, cohort_id});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

core::Result<std::vector<SchoolCommitment>> CommitmentsStore::ForSchool(std::int64_t cohort_id,
                                                                        std::int64_t school_id) {
  std::vector<SchoolCommitment> items;
  auto copies = db_.Execute("SELECT id, " + std::string(kDefinition) +
                                " FROM school_commitments WHERE district_id = $1 AND cohort_id = $2"
                                " AND school_id = $3",
                            {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
                              items.push_back(SchoolCommitment{ReadDefinition(row, 1), {}});
                              items.back().commitment.id = row.Int(0);
                            });
  if (!copies) return std::unexpected(copies.error());
  std::map<std::int64_t, std::vector<Event>> events;
  auto history = db_.Execute(
      "SELECT e.school_commitment_id, " + std::string(kEventColumns) +
          " FROM school_commitments sc JOIN commitment_events e"
          " ON e.district_id = sc.district_id AND e.school_commitment_id = sc.id"
          " LEFT JOIN published_people pp ON pp.district_id = e.district_id AND pp.id = e.person_id"
          " LEFT JOIN commitment_evidence_files f ON f.district_id = e.district_id AND f.event_id = e.id"
          " WHERE sc.district_id = $1 AND sc.cohort_id = $2 AND sc.school_id = $3"
          " ORDER BY e.at, e.id",
      {district_id_, cohort_id, school_id},
      [&](const db::Row& row) { events[row.Int(0)].push_back(ReadEvent(row, 1)); });
  if (!history) return std::unexpected(history.error());
  for (auto& item : items) item.events = std::move(events[item.commitment.id]);
  std::vector<Commitment> order;
  for (const auto& item : items) order.push_back(item.commitment);
  SortInAgreementOrder(order);
  std::vector<SchoolCommitment> sorted;
  for (const auto& commitment : order) {
    for (auto& item : items) {
      if (item.commitment.id == commitment.id) sorted.push_back(std::move(item));
    }
  }
  return sorted;
}

core::Result<void> CommitmentsStore::Lock(std::int64_t school_commitment_id) {
  auto locked = db_.Exec(
      "UPDATE school_commitments SET revision = revision + 1 WHERE district_id = $1 AND id = $2",
      {district_id_, school_commitment_id});
  if (!locked) return std::unexpected(locked.error());
  return {};
}

core::Result<std::vector<std::int64_t>> CommitmentsStore::CohortsIssuedTo(std::int64_t school_id) {
  std::vector<std::int64_t> cohorts;
  auto done = db_.Execute(
      "SELECT DISTINCT cohort_id FROM school_commitments WHERE district_id = $1 AND school_id = $2"
      " ORDER BY cohort_id",
      {district_id_, school_id}, [&](const db::Row& row) { cohorts.push_back(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return cohorts;
}

core::Result<Event> CommitmentsStore::AddEvent(std::int64_t school_commitment_id, Event event) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  event.id = *id;
  const auto& e = event.evidence;
  auto inserted = db_.Exec(
      "INSERT INTO commitment_events (district_id, id, school_commitment_id, kind, period,"
      " person_id, at, evidence_text, evidence_email, count_value, count_total, note, comment)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {district_id_, event.id, school_commitment_id, std::string(EventKindCode(event.kind)),
       event.period, event.person_id, event.at, e.text, e.email,
       e.count ? db::Value{*e.count} : db::Value{nullptr},
       e.total ? db::Value{*e.total} : db::Value{nullptr}, e.note, event.comment});
  if (!inserted) return std::unexpected(inserted.error());
  return event;
}

core::Result<std::vector<std::string>> CommitmentsStore::CoachesOf(std::int64_t cohort_id,
                                                                   std::int64_t school_id) {
  std::vector<std::string> names;
  // The participation's coach, as its page shows it: the school's caseload entry may be for
  // another year's cohort.
  auto done = db_.Execute(
      "SELECT p.display_name FROM published_participation_coaches pc JOIN published_people p"
      " ON p.district_id = pc.district_id AND p.id = pc.coach_person_id"
      " WHERE pc.district_id = $1 AND pc.cohort_id = $2 AND pc.school_id = $3 AND pc.ended_at IS NULL"
      " ORDER BY pc.assigned_at, pc.id",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) { names.push_back(row.String(0)); });
  if (!done) return std::unexpected(done.error());
  return names;
}

core::Result<std::vector<std::pair<std::string, std::string>>> CommitmentsStore::LocalDistrictsIn(
    std::int64_t cohort_id) {
  std::vector<std::pair<std::string, std::string>> rows;
  auto done = db_.Execute(
      "SELECT DISTINCT l.slug, l.name FROM published_participations p"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2 ORDER BY l.name",
      {district_id_, cohort_id},
      [&](const db::Row& row) { rows.emplace_back(row.String(0), row.String(1)); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<void> CommitmentsStore::ForEachSchool(std::int64_t cohort_id, const GridFilter& filter,
                                                   const SchoolRowFn& on_school) {
  if (filter.scope && filter.scope->CoversNothing()) return {};
  db::Clause where("p.district_id = $1 AND p.cohort_id = $2", {district_id_, cohort_id});
  if (!filter.local_district_slug.empty()) where.And("l.slug = ?", filter.local_district_slug);
  if (filter.scope) where.AndWithin(*filter.scope, "p.school_id", "s.local_district_id");
  const std::string schools_of_cohort =
      " FROM published_participations p"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id";
  // Two statements, and the database sorts only the schools. The grid used to be one join ordered by
  // school name, so each school's rows came together; at 1,000 schools that sorted 26,000 wide
  // rows (copies times events), which on PostgreSQL spilled to disk and took most of its 440 ms.
  // Now the 1,000 schools come in name order (SQLite walks migration 0061's index for it), and
  // the copies and their events come in whatever order the database joins them fastest, each
  // put with its school here. Only what a cell's status needs is read (the copy's phase, number
  // and due rule; the event's kind, period and time), all of it from 0061's covering indexes:
  // titles, descriptions and evidence stay on disk.
  // On SQLite both statements read one snapshot (and take the WAL's read lock once). It ends
  // before any school is handed out, so what the caller does with a row may change the database.
  auto snapshot = db::ReadSnapshot::Begin(db_);
  if (!snapshot) return std::unexpected(snapshot.error());
  std::vector<GridSchool> schools;
  std::unordered_map<std::int64_t, std::size_t> school_at;  // school id -> its place in `schools`
  auto listed = db_.Execute(
      "SELECT s.id, s.slug, s.name, COALESCE(l.name, ''), s.local_district_id" + schools_of_cohort +
          where.sql() + " ORDER BY s.name, s.id",
      where.params(), [&](const db::Row& row) {
        auto& school = schools.emplace_back();
        school.id = row.Int(0);
        school.slug = row.String(1);
        school.name = row.String(2);
        school.local_district = row.String(3);
        school.local_district_id = row.IsNull(4) ? 0 : row.Int(4);
        school_at.emplace(school.id, schools.size() - 1);
      });
  if (!listed) return std::unexpected(listed.error());
  if (schools.empty()) return {};

  // The rows are held flat and small (no strings but an event's short period, which fits in
  // the string itself), then sorted: one allocation for all copies and one for all events,
  // where a vector of copies per school cost a thousand vectors of large structs.
  struct CopyRow {
    std::size_t school;  // its place in `schools`
    std::int64_t id;
    Phase phase;
    int number;
    DueRule due;
  };
  struct EventRow {
    std::int64_t copy_id;
    Event event;
  };
  std::vector<CopyRow> copies;
  std::vector<EventRow> events;
  copies.reserve(schools.size() * 24);
  auto done = db_.Execute(
      "SELECT sc.school_id, sc.id, sc.phase, sc.number, sc.due_kind, sc.due_on, sc.due_months,"
      " e.id, e.kind, e.period, e.at" +
          schools_of_cohort +
          " JOIN school_commitments sc ON sc.district_id = p.district_id"
          "  AND sc.cohort_id = p.cohort_id AND sc.school_id = p.school_id"
          " LEFT JOIN commitment_events e ON e.district_id = sc.district_id"
          "  AND e.school_commitment_id = sc.id" +
          where.sql(),
      where.params(), [&](const db::Row& row) {
        const auto school = school_at.find(row.Int(0));
        // Published between the two statements: PostgreSQL reads each statement's own snapshot.
        if (school == school_at.end()) return;
        const auto copy_id = row.Int(1);
        // A copy comes once per event; its duplicates go when the copies are sorted.
        copies.push_back(CopyRow{school->second, copy_id, ParsePhase(row.Text(2)).value_or(Phase::kOngoing),
                                 static_cast<int>(row.Int(3)),
                                 DueRule{ParseDueKind(row.Text(4)).value_or(DueKind::kFixed),
                                         row.OptionalDate(5), static_cast<int>(row.Int(6))}});
        if (row.IsNull(7)) return;
        auto& added = events.emplace_back();
        added.copy_id = copy_id;
        added.event.id = row.Int(7);
        added.event.kind = ParseEventKind(row.Text(8)).value_or(EventKind::kSubmitted);
        added.event.period.assign(row.Text(9));
        added.event.at = row.Int(10);
      });
  if (!done) return std::unexpected(done.error());
  snapshot->End();
  std::sort(copies.begin(), copies.end(),
            [](const CopyRow& a, const CopyRow& b) { return std::tie(a.school, a.id) < std::tie(b.school, b.id); });
  copies.erase(std::unique(copies.begin(), copies.end(),
                           [](const CopyRow& a, const CopyRow& b) { return a.id == b.id; }),
               copies.end());
  // Each copy's events in time order, as the cells' statuses read them.
  std::sort(events.begin(), events.end(), [](const EventRow& a, const EventRow& b) {
    return std::tie(a.copy_id, a.event.at, a.event.id) < std::tie(b.copy_id, b.event.at, b.event.id);
  });

  // Each school in name order with its copies in the agreement's order. The vectors handed out
  // keep their capacity from one school to the next.
  std::vector<SchoolCommitment> items;
  std::vector<Commitment> order;
  std::vector<SchoolCommitment> sorted;
  auto next = copies.begin();
  for (std::size_t i = 0; i < schools.size(); ++i) {
    items.clear();
    order.clear();
    for (; next != copies.end() && next->school == i; ++next) {
      auto& item = items.emplace_back();
      item.commitment.id = next->id;
      item.commitment.phase = next->phase;
      item.commitment.number = next->number;
      item.commitment.due = next->due;
      const auto first = std::lower_bound(events.begin(), events.end(), next->id,
                                          [](const EventRow& e, std::int64_t id) { return e.copy_id < id; });
      for (auto e = first; e != events.end() && e->copy_id == next->id; ++e) item.events.push_back(e->event);
      order.push_back(item.commitment);
    }
    SortInAgreementOrder(order);
    sorted.clear();
    for (const auto& commitment : order) {
      for (auto& item : items) {
        if (item.commitment.id == commitment.id) sorted.push_back(std::move(item));
      }
    }
    on_school(schools[i], sorted);
  }
  return {};
}

}  // namespace practica::commitments
