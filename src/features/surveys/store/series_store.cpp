#include "features/surveys/store/series_store.hpp"

#include <cstdio>

#include "auth/secrets.hpp"

namespace practica::surveys {
namespace {

constexpr std::string_view kSeriesColumns =
    "SELECT id, title, rhythm, open_days, post_opens, post_closes, pairing_key, ends_at, opened_position"
    " FROM survey_series";

// "2019-05-20T08:00" and back.
std::string LocalText(const std::optional<core::LocalDateTime>& at) {
  if (!at) return "";
  char time[8];
  std::snprintf(time, sizeof time, "%02d:%02d", at->hour, at->minute);
  return core::FormatIsoDate(at->date) + "T" + time;
}

std::optional<core::LocalDateTime> LocalOf(const std::string& text) {
  if (text.size() < 16) return std::nullopt;
  auto at = core::ParseLocalDateTime(text.substr(0, 10), text.substr(11, 5));
  if (!at) return std::nullopt;
  return *at;
}

Series SeriesOf(const db::Row& row) {
  Series s;
  s.id = row.Int(0);
  s.title = row.String(1);
  s.rhythm = ParseRhythm(row.String(2)).value_or(Rhythm::kPrePost);
  s.open_days = static_cast<int>(row.Int(3));
  s.post_opens = LocalOf(row.String(4));
  s.post_closes = LocalOf(row.String(5));
  s.pairing_key = row.String(6);
  s.ends_at = row.Int(7);
  s.opened_position = static_cast<int>(row.Int(8));
  return s;
}

}  // namespace

core::Result<std::int64_t> SeriesStore::Create(const Series& s, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO survey_series (district_id, id, title, rhythm, open_days, post_opens, post_closes, pairing_key,"
      " ends_at, opened_position, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {district_id_, *id, s.title, std::string(RhythmCode(s.rhythm)), static_cast<std::int64_t>(s.open_days),
       LocalText(s.post_opens), LocalText(s.post_closes), auth::RandomToken(32), s.ends_at,
       static_cast<std::int64_t>(s.opened_position), now});
  if (!added) return std::unexpected(added.error());
  return *id;
}

core::Result<std::optional<Series>> SeriesStore::Find(std::int64_t series_id) {
  std::optional<Series> series;
  auto done = db_.Execute(std::string(kSeriesColumns) + " WHERE district_id = $1 AND id = $2", {district_id_, series_id},
                          [&](const db::Row& row) { series = SeriesOf(row); });
  if (!done) return std::unexpected(done.error());
  return series;
}

core::Result<bool> SeriesStore::AnyToWatch(std::int64_t now) {
  auto found = db_.QueryInt("SELECT COUNT(*) FROM survey_series WHERE district_id = $1 AND (ends_at > $2"
                            " OR pairing_key <> '')",
                            {district_id_, now});
  if (!found) return std::unexpected(found.error());
  return found->value_or(0) > 0;
}

core::Result<std::vector<Series>> SeriesStore::Running(std::int64_t now) {
  std::vector<Series> series;
  auto done = db_.Execute(std::string(kSeriesColumns) + " WHERE district_id = $1 AND ends_at > $2 ORDER BY id",
                          {district_id_, now}, [&](const db::Row& row) { series.push_back(SeriesOf(row)); });
  if (!done) return std::unexpected(done.error());
  return series;
}

core::Result<bool> SeriesStore::TakePosition(std::int64_t series_id, int position) {
  // On PostgreSQL the second server waits on the row and then finds the position taken.
  auto taken = db_.Exec("UPDATE survey_series SET opened_position = $3 WHERE district_id = $1 AND id = $2"
                        " AND opened_position < $3",
                        {district_id_, series_id, static_cast<std::int64_t>(position)});
  if (!taken) return std::unexpected(taken.error());
  return *taken == 1;
}

core::Result<int> SeriesStore::ForgetEndedKeys(std::int64_t now) {
  auto forgotten = db_.Exec("UPDATE survey_series SET pairing_key = '' WHERE district_id = $1 AND ends_at <= $2"
                            " AND pairing_key <> ''",
                            {district_id_, now});
  if (!forgotten) return std::unexpected(forgotten.error());
  return static_cast<int>(*forgotten);
}

core::Result<std::vector<SessionDay>> SeriesStore::SessionDays(std::int64_t offering_id, const core::TimeZone& zone) {
  std::vector<SessionDay> days;
  auto done = db_.Execute(
      "SELECT day_number, starts_at FROM published_learning_days WHERE district_id = $1 AND offering_id = $2"
      " ORDER BY day_number",
      {district_id_, offering_id}, [&](const db::Row& row) {
        days.push_back(SessionDay{static_cast<int>(row.Int(0)), zone.ToLocal(row.Int(1)).date});
      });
  if (!done) return std::unexpected(done.error());
  return days;
}

core::Result<std::vector<std::int64_t>> SeriesStore::DueToInvite(std::int64_t now) {
  std::vector<std::int64_t> ids;
  auto done = db_.Execute(
      "SELECT id FROM survey_forms WHERE district_id = $1 AND series_id IS NOT NULL AND scheduled_at IS NULL"
      " AND opens_at <= $2 AND closes_at > $2 ORDER BY id",
      {district_id_, now}, [&](const db::Row& row) { ids.push_back(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return ids;
}

core::Result<bool> SeriesStore::TakeInvitations(std::int64_t form_id, std::int64_t now) {
  auto taken = db_.Exec("UPDATE survey_forms SET scheduled_at = $3 WHERE district_id = $1 AND id = $2"
                        " AND scheduled_at IS NULL",
                        {district_id_, form_id, now});
  if (!taken) return std::unexpected(taken.error());
  return *taken == 1;
}

}  // namespace practica::surveys
