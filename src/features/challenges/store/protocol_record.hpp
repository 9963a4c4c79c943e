// What a round's record is in either use of the Critical Friends protocol (a school's cycle, a
// participant's lesson): the step it is in and what was said, kept in a pair of tables of the
// same shape. One statement each, in the caller's transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/challenges/domain/protocol.hpp"

namespace practica::challenges {

struct RoundItem {
  std::int64_t id = 0;
  ItemKind kind = ItemKind::kDebrief;
  std::int64_t person_id = 0;
  std::string person_name;
  std::string body;
  std::int64_t at = 0;
};

// The tables of one use: the rounds (with step, step_started_at) and their items.
struct ProtocolTables {
  const char* rounds;
  const char* items;
};

inline constexpr ProtocolTables kSchoolRoundTables{"challenge_rounds", "challenge_round_items"};
inline constexpr ProtocolTables kLessonRoundTables{"lesson_rounds", "lesson_round_items"};

[[nodiscard]] core::Result<std::vector<RoundItem>> LoadItems(db::Connection& db, std::int64_t district_id,
                                                             const ProtocolTables& tables, std::int64_t round_id);
[[nodiscard]] core::Result<RoundItem> AddItem(db::Connection& db, std::int64_t district_id, const ProtocolTables& tables,
                                              std::int64_t round_id, ItemKind kind, std::int64_t person_id,
                                              const std::string& body, std::int64_t now);
[[nodiscard]] core::Result<void> SetStep(db::Connection& db, std::int64_t district_id, const ProtocolTables& tables,
                                         std::int64_t round_id, ProtocolStep step, std::int64_t now);

}  // namespace practica::challenges
