// The storage of form series (domain/schedule.hpp): the series, the days of the session a
// series follows, and the marks that make each later form and each form's invitations happen
// once however many servers wake.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/surveys/domain/schedule.hpp"

namespace practica::surveys {

struct Series {
  std::int64_t id = 0;
  std::string title;
  Rhythm rhythm = Rhythm::kPrePost;
  int open_days = 7;
  std::optional<core::LocalDateTime> post_opens;  // pre_post only
  std::optional<core::LocalDateTime> post_closes;
  std::string pairing_key;  // "" once forgotten
  std::int64_t ends_at = 0;
  int opened_position = 1;
};

class SeriesStore {
 public:
  SeriesStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  // A new series with a fresh pairing key; its id.
  [[nodiscard]] core::Result<std::int64_t> Create(const Series& series, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<Series>> Find(std::int64_t series_id);
  // Whether any series is still running at `now` or keeps a key to forget: the wake-up's
  // first look, so a district with none takes no write lock every time a runner wakes.
  [[nodiscard]] core::Result<bool> AnyToWatch(std::int64_t now);
  // The series whose last form has not closed at `now`.
  [[nodiscard]] core::Result<std::vector<Series>> Running(std::int64_t now);
  // Takes place `position` for the server about to make its form: false when another did.
  [[nodiscard]] core::Result<bool> TakePosition(std::int64_t series_id, int position);
  // Empties the pairing key of every series whose last form closed before `now`; how many.
  [[nodiscard]] core::Result<int> ForgetEndedKeys(std::int64_t now);

  // The days of a learning session in the district's zone (from the learning room's view).
  [[nodiscard]] core::Result<std::vector<SessionDay>> SessionDays(std::int64_t offering_id, const core::TimeZone& zone);

  // The series' forms that have opened by `now`, not closed, and not yet invited by schedule.
  [[nodiscard]] core::Result<std::vector<std::int64_t>> DueToInvite(std::int64_t now);
  // Marks a form's scheduled invitations as sent: false when another server did first.
  [[nodiscard]] core::Result<bool> TakeInvitations(std::int64_t form_id, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::surveys
