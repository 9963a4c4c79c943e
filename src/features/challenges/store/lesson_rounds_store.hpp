// Critical Friends rounds on the third day of an ISTE Standards Suite offering: one per
// participant presenting their lesson. Reads the offering, its days and registrations only
// through the learning room's published views, and people through the people room's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/challenges/domain/lesson_round.hpp"
#include "features/challenges/domain/round.hpp"
#include "features/challenges/store/protocol_record.hpp"

namespace practica::challenges {

struct SuiteOfferingRecord {
  std::int64_t id = 0;
  std::string slug;
  std::string standard_code;
  SuiteOffering rules;
  std::optional<std::int64_t> lesson_day_starts_at;  // the third day, in UTC seconds
  std::string location;
};

struct LessonRoundRecord {
  std::int64_t id = 0;
  std::int64_t offering_id = 0;
  std::int64_t presenter_id = 0;
  std::string presenter_name;
  std::string lesson_title;
  std::string tried;
  std::string link;
  std::int64_t facilitator_id = 0;
  std::string facilitator_name;
  ProtocolStep step = ProtocolStep::kNotStarted;
  std::optional<std::int64_t> step_started_at;
  bool illustrative = false;
  std::vector<RoundItem> items;  // in the order said; empty in lists
};

class LessonRoundsStore {
 public:
  LessonRoundsStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<SuiteOfferingRecord>> FindOffering(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<SuiteOfferingRecord>> OfferingById(std::int64_t id);
  // The people holding a seat (registered, not waiting), by name.
  [[nodiscard]] core::Result<std::vector<RoundPerson>> Registered(std::int64_t offering_id);

  [[nodiscard]] core::Result<std::int64_t> Add(std::int64_t offering_id, const LessonPlan& plan,
                                               std::int64_t facilitator_id, bool illustrative, std::int64_t by,
                                               std::int64_t now);
  [[nodiscard]] core::Result<std::optional<LessonRoundRecord>> Load(std::int64_t id);
  // The rounds not finished that the person presents or facilitates, without their items.
  [[nodiscard]] core::Result<std::vector<LessonRoundRecord>> OpenFor(std::int64_t person_id);
  // The offering's rounds in the order they were opened, without their items.
  [[nodiscard]] core::Result<std::vector<LessonRoundRecord>> OfOffering(std::int64_t offering_id);

  [[nodiscard]] core::Result<RoundItem> AddItem(std::int64_t round_id, ItemKind kind, std::int64_t person_id,
                                                const std::string& body, std::int64_t now);
  [[nodiscard]] core::Result<void> SetStep(std::int64_t round_id, ProtocolStep step, std::int64_t now);

 private:
  [[nodiscard]] core::Result<std::optional<SuiteOfferingRecord>> Offering(const std::string& where, const db::Params& params);
  [[nodiscard]] core::Result<std::vector<LessonRoundRecord>> Rounds(const std::string& where, const db::Params& params);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::challenges
