// The offering's own changes, apart from registrations: an edit, a cancellation, and what they
// read (the attendance days taken, the people to tell).
#include <set>

#include "features/learning/store/learning_store.hpp"

namespace practica::learning {

core::Result<void> LearningStore::Update(const Offering& before, const Offering& after) {
  auto updated = db_.Exec(
      "UPDATE learning_offerings SET title = $3, description = $4, capacity = $5,"
      " registration_closes_at = $6, location = $7, join_url = $8, commitment_number = $9,"
      " revision = revision + 1"  // each edit its own change notice, and calendars' SEQUENCE
      " WHERE district_id = $1 AND id = $2",
      {district_id_, before.id, after.title, after.description, std::int64_t{after.capacity},
       after.registration_closes_at, after.location, after.join_url,
       after.commitment_number ? db::Value{std::int64_t{*after.commitment_number}}
                               : db::Value{nullptr}});
  if (!updated) return std::unexpected(updated.error());
  // Days keep their numbers, so attendance taken on a day stays with it.
  for (const auto& day : after.days) {
    const bool existed = before.FindDay(day.number) != nullptr;
    auto stored = db_.Exec(
        existed ? "UPDATE learning_days SET starts_at = $4, ends_at = $5"
                  " WHERE district_id = $1 AND offering_id = $2 AND day_number = $3"
                : "INSERT INTO learning_days (district_id, offering_id, day_number, starts_at,"
                  " ends_at) VALUES ($1, $2, $3, $4, $5)",
        {district_id_, before.id, std::int64_t{day.number}, day.starts_at, day.ends_at});
    if (!stored) return std::unexpected(stored.error());
  }
  auto dropped = db_.Exec(
      "DELETE FROM learning_days WHERE district_id = $1 AND offering_id = $2 AND day_number > $3",
      {district_id_, before.id, static_cast<std::int64_t>(after.days.size())});
  if (!dropped) return std::unexpected(dropped.error());
  return {};
}

core::Result<bool> LearningStore::CancelOffering(std::int64_t offering_id,
                                                 const std::string& reason, std::int64_t by,
                                                 std::int64_t now) {
  auto cancelled = db_.Exec(
      "UPDATE learning_offerings SET cancelled_at = $3, cancelled_by = $4, cancel_reason = $5,"
      " revision = revision + 1 WHERE district_id = $1 AND id = $2 AND cancelled_at IS NULL",
      {district_id_, offering_id, now, by, reason});
  if (!cancelled) return std::unexpected(cancelled.error());
  return *cancelled > 0;
}

core::Result<std::int64_t> LearningStore::Revision(std::int64_t offering_id) {
  auto revision = db_.QueryInt(
      "SELECT revision FROM learning_offerings WHERE district_id = $1 AND id = $2",
      {district_id_, offering_id});
  if (!revision) return std::unexpected(revision.error());
  return revision->value_or(0);
}

core::Result<std::set<int>> LearningStore::MarkedDays(std::int64_t offering_id) {
  std::set<int> days;
  auto done = db_.Execute(
      "SELECT DISTINCT day_number FROM learning_attendance WHERE district_id = $1"
      " AND offering_id = $2",
      {district_id_, offering_id},
      [&](const db::Row& row) { days.insert(static_cast<int>(row.Int(0))); });
  if (!done) return std::unexpected(done.error());
  return days;
}

core::Result<std::vector<PersonRef>> LearningStore::PeopleOf(std::int64_t offering_id) {
  auto registrations = Registrations(offering_id);
  if (!registrations) return std::unexpected(registrations.error());
  std::vector<PersonRef> people;
  std::set<std::int64_t> seen;
  for (const auto& r : *registrations) {
    for (const auto& person : r.attendees) {
      if (seen.insert(person.id).second) people.push_back(person);
    }
  }
  return people;
}

}  // namespace practica::learning
