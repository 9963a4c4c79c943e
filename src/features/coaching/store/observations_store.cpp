#include "features/coaching/store/observations_store.hpp"

#include "db/clause.hpp"

namespace practica::coaching {
namespace {

constexpr std::string_view kColumns =
    "SELECT o.id, o.coach_person_id, c.display_name, s.id, s.slug, s.name, s.local_district_id,"
    " o.teacher_person_id, t.display_name, o.observed_on, o.indicator, o.samr, o.look_fors, o.engagement,"
    " o.notes, o.reflection, o.illustrative FROM coaching_observations o"
    " JOIN published_schools s ON s.district_id = o.district_id AND s.id = o.school_id"
    " JOIN published_people c ON c.district_id = o.district_id AND c.id = o.coach_person_id"
    " JOIN published_people t ON t.district_id = o.district_id AND t.id = o.teacher_person_id";

Observation ObservationOf(const db::Row& row) {
  Observation o;
  o.id = row.Int(0);
  o.coach_id = row.Int(1);
  o.coach_name = row.String(2);
  o.school = core::SchoolRef{row.Int(3), row.Int(6), row.String(4), row.String(5), ""};
  o.teacher_id = row.Int(7);
  o.teacher_name = row.String(8);
  if (auto day = row.OptionalDate(9)) o.observed_on = *day;
  o.indicator = row.String(10);
  o.samr = row.String(11);
  o.look_fors = row.String(12);
  o.engagement = row.String(13);
  o.notes = row.String(14);
  o.reflection = row.String(15);
  o.illustrative = row.Int(16) == 1;
  return o;
}

core::Error NoSuchObservation(std::int64_t id) {
  return core::Error{core::ErrorCode::kNotFound,
                     "There is no observation " + std::to_string(id) +
                         " for you to read: an observation is seen only by its teacher and its coach.",
                     {}, ""};
}

}  // namespace

core::Result<std::int64_t> ObservationsStore::Add(const ObservationDraft& d, bool illustrative, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO coaching_observations (district_id, id, coach_person_id, school_id, teacher_person_id,"
      " observed_on, indicator, samr, look_fors, engagement, notes, illustrative, created_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {district_id_, *id, d.coach_id, d.school_id, d.teacher_id, core::FormatIsoDate(d.observed_on), d.indicator,
       d.samr, d.look_fors, d.engagement, d.notes, static_cast<std::int64_t>(illustrative ? 1 : 0), now});
  if (!added) return std::unexpected(added.error());
  return *id;
}

core::Result<Observation> ObservationsStore::Read(std::int64_t viewer, std::int64_t id) {
  std::optional<Observation> found;
  auto done = db_.Execute(std::string(kColumns) + " WHERE o.district_id = $1 AND o.id = $2", {district_id_, id},
                          [&](const db::Row& row) { found = ObservationOf(row); });
  if (!done) return std::unexpected(done.error());
  if (!found || !MayReadObservation(viewer, found->teacher_id, found->coach_id)) {
    return std::unexpected(NoSuchObservation(id));
  }
  return *found;
}

core::Result<std::vector<Observation>> ObservationsStore::ListFor(std::int64_t viewer) {
  std::vector<Observation> list;
  if (viewer == 0) return list;
  auto done = db_.Execute(
      std::string(kColumns) + " WHERE o.district_id = $1 AND (o.teacher_person_id = $2 OR o.coach_person_id = $2)"
                              " ORDER BY o.observed_on DESC, o.id DESC LIMIT 200",
      {district_id_, viewer}, [&](const db::Row& row) {
        auto o = ObservationOf(row);
        if (MayReadObservation(viewer, o.teacher_id, o.coach_id)) list.push_back(std::move(o));
      });
  if (!done) return std::unexpected(done.error());
  return list;
}

core::Result<void> ObservationsStore::Reflect(std::int64_t viewer, std::int64_t id, const std::string& text,
                                              std::int64_t now) {
  auto observation = Read(viewer, id);
  if (!observation) return std::unexpected(observation.error());
  if (observation->teacher_id != viewer) {
    return core::Fail(core::ErrorCode::kForbidden, "Only the teacher observed adds a reflection.", {}, "reflection");
  }
  auto changed = db_.Exec(
      "UPDATE coaching_observations SET reflection = $3, reflected_at = $4 WHERE district_id = $1 AND id = $2",
      {district_id_, id, text, now});
  if (!changed) return std::unexpected(changed.error());
  return {};
}

core::Result<std::optional<Aggregate>> ObservationsStore::AggregateWithin(const core::SchoolScope& scope) {
  std::vector<ObservationFact> facts;
  db::Params params{district_id_};
  // The observation's own school column, so a scope of a few schools is read through
  // coaching_observations_by_school rather than by hashing the district's schools.
  const auto within = db::ScopeCondition(scope, "o.school_id", "s.local_district_id", params);
  auto done = db_.Execute(
      "SELECT o.teacher_person_id, o.indicator, o.samr FROM coaching_observations o"
      " JOIN published_schools s ON s.district_id = o.district_id AND s.id = o.school_id"
      " WHERE o.district_id = $1" + (within.empty() ? std::string() : " AND " + within),
      params, [&](const db::Row& row) { facts.push_back({row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return AggregateOf(facts);
}

}  // namespace practica::coaching
