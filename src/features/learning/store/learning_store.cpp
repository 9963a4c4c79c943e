#include "features/learning/store/learning_store.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/schools/published/school_refs.hpp"

#include <algorithm>
#include <map>

#include "auth/domain/active_grant.hpp"

namespace practica::learning {

namespace {

constexpr std::string_view kOfferingColumns =
    "SELECT id, cohort_id, kind, slug, title, description, audience, team_size, capacity,"
    " registration_closes_at, location, join_url, commitment_number, standard_code, created_at,"
    " cancelled_at, cancel_reason FROM learning_offerings";

Offering ReadOffering(const db::Row& row) {
  Offering o;
  o.id = row.Int(0);
  o.cohort_id = row.OptionalInt(1);
  o.kind = ParseKind(row.Text(2)).value_or(Kind::kOnboarding);
  o.slug = row.String(3);
  o.title = row.String(4);
  o.description = row.String(5);
  o.audience = row.Text(6) == "individual" ? Audience::kIndividual : Audience::kTeam;
  o.team_size = static_cast<int>(row.Int(7));
  o.capacity = static_cast<int>(row.Int(8));
  o.registration_closes_at = row.Int(9);
  o.location = row.String(10);
  o.join_url = row.String(11);
  if (auto number = row.OptionalInt(12)) o.commitment_number = static_cast<int>(*number);
  o.standard_code = row.String(13);
  o.created_at = row.Int(14);
  o.cancelled_at = row.OptionalInt(15);
  o.cancel_reason = row.String(16);
  return o;
}

// Registrations with their school or teacher; attendees are loaded after.
constexpr std::string_view kRegistrationColumns =
    "SELECT r.id, r.offering_id, r.state, r.seats, r.registered_at,"
    " s.id, s.slug, s.name, s.local_district_id, t.id, t.display_name, t.email"
    " FROM learning_registrations r"
    " LEFT JOIN published_schools s ON s.district_id = r.district_id AND s.id = r.school_id"
    " LEFT JOIN published_people t ON t.district_id = r.district_id AND t.id = r.person_id";

}  // namespace

core::Result<void> LearningStore::LoadDays(std::vector<Offering>& offerings) {
  if (offerings.empty()) return {};
  std::map<std::int64_t, Offering*> by_id;
  for (auto& offering : offerings) by_id[offering.id] = &offering;
  // One query for every offering's days: lists are short (a year's calendar).
  auto done = db_.Execute(
      "SELECT offering_id, day_number, starts_at, ends_at FROM learning_days"
      " WHERE district_id = $1 ORDER BY offering_id, day_number",
      {district_id_}, [&](const db::Row& row) {
        auto found = by_id.find(row.Int(0));
        if (found == by_id.end()) return;
        found->second->days.push_back(
            Day{static_cast<int>(row.Int(1)), row.Int(2), row.Int(3)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::vector<Offering>> LearningStore::List(const OfferingFilter& filter) {
  std::string sql = std::string(kOfferingColumns) + " WHERE district_id = $1";
  db::Params params{district_id_};
  if (filter.cohort_id) {
    params.push_back(*filter.cohort_id);
    sql += filter.with_open ? " AND (cohort_id = $2 OR cohort_id IS NULL)" : " AND cohort_id = $2";
  } else if (!filter.with_open) {
    sql += " AND cohort_id IS NOT NULL";
  }
  if (filter.ends_after > 0) {
    params.push_back(filter.ends_after);
    sql += " AND id IN (SELECT offering_id FROM learning_days WHERE district_id = $1"
           " AND ends_at > $" + std::to_string(params.size()) + ")";
  }
  std::vector<Offering> offerings;
  auto done = db_.Execute(sql, params,
                          [&](const db::Row& row) { offerings.push_back(ReadOffering(row)); });
  if (!done) return std::unexpected(done.error());
  if (auto days = LoadDays(offerings); !days) return std::unexpected(days.error());
  std::stable_sort(offerings.begin(), offerings.end(), [](const Offering& a, const Offering& b) {
    return a.StartsAt() != b.StartsAt() ? a.StartsAt() < b.StartsAt() : a.title < b.title;
  });
  return offerings;
}

core::Result<std::optional<Offering>> LearningStore::Find(std::string_view slug) {
  std::vector<Offering> found;
  auto done = db_.Execute(std::string(kOfferingColumns) + " WHERE district_id = $1 AND slug = $2",
                          {district_id_, std::string(slug)},
                          [&](const db::Row& row) { found.push_back(ReadOffering(row)); });
  if (!done) return std::unexpected(done.error());
  if (found.empty()) return std::optional<Offering>{};
  auto days = db_.Execute(
      "SELECT day_number, starts_at, ends_at FROM learning_days"
      " WHERE district_id = $1 AND offering_id = $2 ORDER BY day_number",
      {district_id_, found.front().id}, [&](const db::Row& row) {
        found.front().days.push_back(Day{static_cast<int>(row.Int(0)), row.Int(1), row.Int(2)});
      });
  if (!days) return std::unexpected(days.error());
  return std::optional<Offering>{std::move(found.front())};
}

core::Result<Offering> LearningStore::Create(Offering offering, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  offering.id = *id;
  offering.created_at = now;
  auto added = db_.Exec(
      "INSERT INTO learning_offerings (district_id, id, cohort_id, kind, slug, title, description,"
      " audience, team_size, capacity, registration_closes_at, location, join_url,"
      " commitment_number, standard_code, created_by, created_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
      {district_id_, offering.id, db::Nullable(offering.cohort_id),
       std::string(InfoOf(offering.kind).code), offering.slug, offering.title,
       offering.description,
       std::string(offering.audience == Audience::kTeam ? "team" : "individual"),
       std::int64_t{offering.team_size}, std::int64_t{offering.capacity},
       offering.registration_closes_at, offering.location, offering.join_url,
       offering.commitment_number ? db::Value{std::int64_t{*offering.commitment_number}}
                                  : db::Value{nullptr},
       offering.standard_code, by == 0 ? db::Value{nullptr} : db::Value{by}, now});
  if (!added) {
    if (added.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict,
                        "A session named \"" + offering.slug + "\" exists already; choose "
                        "another title.", {}, "title");
    }
    return std::unexpected(added.error());
  }
  for (const auto& day : offering.days) {
    auto stored = db_.Exec(
        "INSERT INTO learning_days (district_id, offering_id, day_number, starts_at, ends_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        {district_id_, offering.id, std::int64_t{day.number}, day.starts_at, day.ends_at});
    if (!stored) return std::unexpected(stored.error());
  }
  return offering;
}

core::Result<Seats> LearningStore::SeatsOf(const Offering& offering) {
  auto claims = Claims(offering.id);
  if (!claims) return std::unexpected(claims.error());
  return Count(offering.capacity, *claims);
}

core::Result<void> LearningStore::Lock(std::int64_t offering_id) {
  auto locked = db_.Exec(
      "UPDATE learning_offerings SET revision = revision + 1 WHERE district_id = $1 AND id = $2",
      {district_id_, offering_id});
  if (!locked) return std::unexpected(locked.error());
  return {};
}

core::Result<std::vector<Claim>> LearningStore::Claims(std::int64_t offering_id) {
  std::vector<Claim> claims;
  auto done = db_.Execute(
      "SELECT id, seats, state FROM learning_registrations"
      " WHERE district_id = $1 AND offering_id = $2 AND state <> 'cancelled' ORDER BY id",
      {district_id_, offering_id}, [&](const db::Row& row) {
        claims.push_back(Claim{row.Int(0), static_cast<int>(row.Int(1)), ParseState(row.Text(2))});
      });
  if (!done) return std::unexpected(done.error());
  return claims;
}

core::Result<Registration> LearningStore::Add(std::int64_t offering_id,
                                              std::optional<std::int64_t> school_id,
                                              std::optional<std::int64_t> teacher_id, State state,
                                              const std::vector<std::int64_t>& attendees,
                                              std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO learning_registrations (district_id, id, offering_id, school_id, person_id,"
      " state, seats, registered_at, registered_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, *id, offering_id, db::Nullable(school_id), db::Nullable(teacher_id),
       std::string(StateCode(state)), static_cast<std::int64_t>(attendees.size()), now, by});
  if (!added) {
    if (added.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict,
                        school_id ? "The school is already registered for this session; change "
                                    "its attendees instead."
                                  : "You are already registered for this session.",
                        {}, "offering");
    }
    return std::unexpected(added.error());
  }
  for (auto person : attendees) {
    auto row_id = db_.NextId();
    if (!row_id) return std::unexpected(row_id.error());
    auto seated = db_.Exec(
        "INSERT INTO learning_attendees (district_id, id, registration_id, person_id, added_at,"
        " added_by) VALUES ($1, $2, $3, $4, $5, $6)",
        {district_id_, *row_id, *id, person, now, by});
    if (!seated) return std::unexpected(seated.error());
  }
  auto stored = Get(*id);
  if (!stored) return std::unexpected(stored.error());
  return std::move(**stored);
}

core::Result<void> LearningStore::Promote(std::int64_t registration_id, std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE learning_registrations SET state = 'registered', promoted_at = $3"
      " WHERE district_id = $1 AND id = $2 AND state = 'waitlisted'",
      {district_id_, registration_id, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> LearningStore::Cancel(std::int64_t registration_id, std::int64_t by,
                                         std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE learning_registrations SET state = 'cancelled', cancelled_at = $3, cancelled_by = $4"
      " WHERE district_id = $1 AND id = $2 AND state <> 'cancelled'",
      {district_id_, registration_id, now, by});
  if (!done) return std::unexpected(done.error());
  if (*done == 0) {
    return core::Fail(core::ErrorCode::kConflict, "This registration was already cancelled.");
  }
  return {};
}

core::Result<void> LearningStore::Swap(std::int64_t registration_id, std::int64_t out,
                                       std::int64_t in, std::int64_t by, std::int64_t now) {
  auto removed = db_.Exec(
      "UPDATE learning_attendees SET removed_at = $4, removed_by = $5"
      " WHERE district_id = $1 AND registration_id = $2 AND person_id = $3 AND removed_at IS NULL",
      {district_id_, registration_id, out, now, by});
  if (!removed) return std::unexpected(removed.error());
  if (*removed == 0) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "That person holds no seat of this registration.", {}, "out");
  }
  auto row_id = db_.NextId();
  if (!row_id) return std::unexpected(row_id.error());
  auto added = db_.Exec(
      "INSERT INTO learning_attendees (district_id, id, registration_id, person_id, added_at,"
      " added_by) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, *row_id, registration_id, in, now, by});
  if (!added) {
    if (added.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict, "That person already holds a seat.", {}, "in");
    }
    return std::unexpected(added.error());
  }
  return {};
}

core::Result<std::vector<Registration>> LearningStore::Select(std::string_view where,
                                                              const db::Params& params) {
  std::vector<Registration> found;
  auto done = db_.Execute(
      std::string(kRegistrationColumns) + " WHERE r.district_id = $1 AND " + std::string(where) +
          " ORDER BY r.id",
      params, [&](const db::Row& row) {
        Registration r;
        r.id = row.Int(0);
        r.offering_id = row.Int(1);
        r.state = ParseState(row.Text(2));
        r.seats = static_cast<int>(row.Int(3));
        r.registered_at = row.Int(4);
        if (!row.IsNull(5)) {
          r.school = SchoolRef{row.Int(5), row.Int(8), row.String(6), row.String(7)};
        }
        if (!row.IsNull(9)) r.teacher = PersonRef{row.Int(9), row.String(10), row.String(11)};
        found.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  if (auto attendees = LoadAttendees(found); !attendees) {
    return std::unexpected(attendees.error());
  }
  return found;
}

core::Result<void> LearningStore::LoadAttendees(std::vector<Registration>& registrations) {
  if (registrations.empty()) return {};
  std::map<std::int64_t, Registration*> by_id;
  for (auto& r : registrations) by_id[r.id] = &r;
  // All the offering's seat holders at once; a single registration's when there is one.
  const bool one = registrations.size() == 1;
  auto done = db_.Execute(
      std::string("SELECT a.registration_id, p.id, p.display_name, p.email"
                  " FROM learning_attendees a"
                  " JOIN learning_registrations r ON r.district_id = a.district_id"
                  "  AND r.id = a.registration_id"
                  " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.person_id"
                  " WHERE a.district_id = $1 AND a.removed_at IS NULL AND ") +
          (one ? "a.registration_id = $2" : "r.offering_id = $2") + " ORDER BY a.added_at, a.id",
      {district_id_, one ? registrations.front().id : registrations.front().offering_id},
      [&](const db::Row& row) {
        auto found = by_id.find(row.Int(0));
        if (found == by_id.end()) return;
        found->second->attendees.push_back(PersonRef{row.Int(1), row.String(2), row.String(3)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::optional<Registration>> LearningStore::SelectOne(std::string_view where,
                                                                   const db::Params& params) {
  auto found = Select(where, params);
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<Registration>{};
  return std::optional<Registration>{std::move(found->front())};
}

core::Result<std::vector<Registration>> LearningStore::Registrations(std::int64_t offering_id) {
  return Select("r.offering_id = $2 AND r.state <> 'cancelled'", {district_id_, offering_id});
}

core::Result<std::optional<Registration>> LearningStore::Get(std::int64_t registration_id) {
  return SelectOne("r.id = $2", {district_id_, registration_id});
}

core::Result<std::optional<Registration>> LearningStore::ForSchool(std::int64_t offering_id,
                                                                   std::int64_t school_id) {
  return SelectOne("r.offering_id = $2 AND r.school_id = $3 AND r.state <> 'cancelled'",
                   {district_id_, offering_id, school_id});
}

core::Result<std::optional<Registration>> LearningStore::ForTeacher(std::int64_t offering_id,
                                                                    std::int64_t person_id) {
  return SelectOne("r.offering_id = $2 AND r.person_id = $3 AND r.state <> 'cancelled'",
                   {district_id_, offering_id, person_id});
}

// The roster and the team live with the participations feature; this reads them only.
core::Result<std::vector<PersonRef>> LearningStore::TeamOf(std::int64_t cohort_id,
                                                           std::int64_t school_id) {
  std::vector<PersonRef> team;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name, p.email FROM published_team_members m"
      " JOIN published_people p ON p.district_id = m.district_id AND p.id = m.person_id"
      " WHERE m.district_id = $1 AND m.cohort_id = $2 AND m.school_id = $3"
      " AND m.removed_at IS NULL ORDER BY m.attends DESC, m.added_at, m.id",
      {district_id_, cohort_id, school_id},
      [&](const db::Row& row) { team.push_back(PersonRef{row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return team;
}

core::Result<std::optional<SchoolRef>> LearningStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<std::vector<SchoolRef>> LearningStore::SchoolsOf(std::int64_t cohort_id, std::int64_t person_id,
                                                              const core::LocalDate& today) {
  std::vector<SchoolRef> schools;
  auto done = db_.Execute(
      "SELECT s.id, s.slug, s.name, s.local_district_id FROM published_participations x"
      " JOIN published_schools s ON s.district_id = x.district_id AND s.id = x.school_id"
      " WHERE x.district_id = $1 AND x.cohort_id = $2 AND (x.school_id IN"
      "  (SELECT school_id FROM published_team_members WHERE district_id = $1 AND cohort_id = $2"
      "   AND person_id = $3 AND removed_at IS NULL)"
      " OR x.school_id IN (SELECT g.scope_id FROM published_grants g WHERE g.district_id = $1 AND g.person_id = $3"
      "   AND g.role = 'principal' AND g.scope_kind = 'school' AND " + auth::GrantHoldsOn("g", "$4") + "))"
      " ORDER BY s.name",
      {district_id_, cohort_id, person_id, core::FormatIsoDate(today)}, [&](const db::Row& row) {
        schools.push_back(SchoolRef{row.Int(0), row.Int(3), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return schools;
}

core::Result<std::vector<SchoolRef>> LearningStore::Roster(std::int64_t cohort_id) {
  std::vector<SchoolRef> schools;
  auto done = db_.Execute(
      "SELECT s.id, s.slug, s.name, s.local_district_id FROM published_participations x"
      " JOIN published_schools s ON s.district_id = x.district_id AND s.id = x.school_id"
      " WHERE x.district_id = $1 AND x.cohort_id = $2 ORDER BY s.name",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        schools.push_back(SchoolRef{row.Int(0), row.Int(3), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return schools;
}

core::Result<std::vector<CohortRef>> LearningStore::Cohorts() {
  return cohorts::AllCohortRefs(db_, district_id_);
}

core::Result<std::optional<CohortRef>> LearningStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<CohortRef>> LearningStore::CohortById(std::int64_t id) {
  return cohorts::CohortRefById(db_, district_id_, id);
}

core::Result<void> LearningStore::Mark(std::int64_t offering_id, int day, std::int64_t person_id,
                                       bool present, std::int64_t by, std::int64_t now) {
  auto done = db_.Exec(
      "INSERT INTO learning_attendance (district_id, offering_id, day_number, person_id, present,"
      " recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
      " ON CONFLICT (district_id, offering_id, day_number, person_id) DO UPDATE SET"
      " present = excluded.present, recorded_by = excluded.recorded_by,"
      " recorded_at = excluded.recorded_at",
      {district_id_, offering_id, std::int64_t{day}, person_id, std::int64_t{present ? 1 : 0}, by,
       now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<Marks> LearningStore::MarksOf(std::int64_t registration_id) {
  Marks marks;
  auto done = db_.Execute(
      "SELECT m.day_number, m.person_id, m.present FROM learning_attendance m"
      " JOIN learning_registrations r ON r.district_id = m.district_id"
      "  AND r.offering_id = m.offering_id"
      " WHERE m.district_id = $1 AND r.id = $2 AND m.person_id IN"
      "  (SELECT person_id FROM learning_attendees WHERE district_id = $1"
      "   AND registration_id = $2)",
      {district_id_, registration_id}, [&](const db::Row& row) {
        marks[static_cast<int>(row.Int(0))][row.Int(1)] = row.Int(2) != 0;
      });
  if (!done) return std::unexpected(done.error());
  return marks;
}

core::Result<std::map<std::int64_t, Marks>> LearningStore::MarksByRegistration(
    std::int64_t offering_id) {
  std::map<std::int64_t, Marks> marks;
  auto done = db_.Execute(
      "SELECT a.registration_id, m.day_number, m.person_id, m.present"
      " FROM learning_attendance m"
      " JOIN learning_attendees a ON a.district_id = m.district_id AND a.person_id = m.person_id"
      " JOIN learning_registrations r ON r.district_id = a.district_id AND r.id = a.registration_id"
      "  AND r.offering_id = m.offering_id"
      " WHERE m.district_id = $1 AND m.offering_id = $2",
      {district_id_, offering_id}, [&](const db::Row& row) {
        marks[row.Int(0)][static_cast<int>(row.Int(1))][row.Int(2)] = row.Int(3) != 0;
      });
  if (!done) return std::unexpected(done.error());
  return marks;
}

core::Result<std::map<std::int64_t, bool>> LearningStore::DayMarks(std::int64_t offering_id,
                                                                    int day) {
  std::map<std::int64_t, bool> marks;
  auto done = db_.Execute(
      "SELECT person_id, present FROM learning_attendance"
      " WHERE district_id = $1 AND offering_id = $2 AND day_number = $3",
      {district_id_, offering_id, std::int64_t{day}},
      [&](const db::Row& row) { marks[row.Int(0)] = row.Int(1) != 0; });
  if (!done) return std::unexpected(done.error());
  return marks;
}

}  // namespace practica::learning
