// Calendar links, and what a person's calendar holds. The links are this feature's own table;
// sessions and due dates are read, never written, from the learning and commitments tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/calendar/domain/feed.hpp"

namespace practica::calendar {

class CalendarStore {
 public:
  CalendarStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // The person's link becomes the one with this hash; any older link stops working.
  [[nodiscard]] core::Result<void> ReplaceLink(std::int64_t person_id, const std::string& token_hash,
                                               std::int64_t now);
  // True when there was a link to remove.
  [[nodiscard]] core::Result<bool> RemoveLink(std::int64_t person_id);
  // When the person's current link was made; nullopt when they have none.
  [[nodiscard]] core::Result<std::optional<std::int64_t>> LinkCreatedAt(std::int64_t person_id);
  // Whose link has this hash; nullopt for none (a wrong or replaced link).
  [[nodiscard]] core::Result<std::optional<std::int64_t>> PersonOfLink(const std::string& token_hash);

  // The offering with that slug and its days; nullopt when there is none.
  [[nodiscard]] core::Result<std::optional<learning::Offering>> FindOffering(const std::string& slug);
  // The offerings the person holds a seat in: an individual registration, or a team's
  // registration where they are a current attendee. Registered only, not waiting.
  [[nodiscard]] core::Result<std::vector<learning::Offering>> SessionsOf(std::int64_t person_id);

  // Every school commitment issued to the schools, with its cohort's calendar (the district's
  // own commitments to a school are the district's to keep, not the school's to diarize).
  [[nodiscard]] core::Result<std::vector<DueItem>> DueItemsOf(const std::vector<std::int64_t>& school_ids);
  // The design challenges' action steps not done yet, of those schools or owned by the person.
  [[nodiscard]] core::Result<std::vector<StepItem>> StepsOf(std::int64_t person_id,
                                                           const std::vector<std::int64_t>& school_ids);

 private:
  [[nodiscard]] core::Result<std::vector<learning::Offering>> Offerings(const std::string& condition,
                                                                       const db::Params& params);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::calendar
