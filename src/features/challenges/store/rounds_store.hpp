// Critical Friends rounds: who was invited, where each round stands, and what was said. Reads the
// schools, cohorts, people and coaches only through their rooms' published views.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/challenges/domain/action_step.hpp"
#include "features/challenges/domain/protocol.hpp"
#include "features/challenges/domain/round.hpp"
#include "features/challenges/store/protocol_record.hpp"

namespace practica::challenges {

struct RoundRecord {
  std::int64_t id = 0;
  std::int64_t challenge_id = 0;
  std::string cohort_slug;
  std::string school_slug;
  std::string school_name;
  std::int64_t school_local_district_id = 0;
  std::optional<int> cycle_number;  // the cycle presented; none: the challenge as a whole
  core::LocalDate held_on;
  std::string place;
  std::int64_t facilitator_id = 0;
  std::string facilitator_name;
  ProtocolStep step = ProtocolStep::kNotStarted;
  std::optional<std::int64_t> step_started_at;
  bool illustrative = false;
  std::vector<RoundPerson> participants;
  std::vector<RoundItem> items;  // in the order said

  std::vector<std::int64_t> ParticipantIds() const;
};

struct NewRound {
  std::int64_t challenge_id = 0;
  std::optional<int> cycle_number;
  core::LocalDate held_on;
  std::string place;
  RoundPlan plan;
  bool illustrative = false;
};

class RoundsStore {
 public:
  RoundsStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  // The principals and teachers of the cohort's schools, by school and name: who may be invited.
  [[nodiscard]] core::Result<std::vector<RoundPerson>> CohortPeople(std::int64_t cohort_id);
  // The coaches assigned to the cohort's schools today: who may facilitate.
  [[nodiscard]] core::Result<std::vector<TeamPerson>> CohortCoaches(std::int64_t cohort_id);

  [[nodiscard]] core::Result<std::int64_t> Add(const NewRound& round, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<RoundRecord>> Load(std::int64_t id);
  // The cohort's rounds, the latest day first, without their items.
  [[nodiscard]] core::Result<std::vector<RoundRecord>> OfCohort(std::int64_t cohort_id);
  // One school's rounds with everything said, the latest first: where its team finds them.
  [[nodiscard]] core::Result<std::vector<RoundRecord>> OfChallenge(std::int64_t challenge_id);

  [[nodiscard]] core::Result<RoundItem> AddItem(std::int64_t round_id, ItemKind kind, std::int64_t person_id,
                                                const std::string& body, std::int64_t now);
  [[nodiscard]] core::Result<void> SetStep(std::int64_t round_id, ProtocolStep step, std::int64_t now);

 private:
  [[nodiscard]] core::Result<std::vector<RoundRecord>> Rounds(const std::string& where, const db::Params& params);
  [[nodiscard]] core::Result<void> LoadPeopleAndItems(RoundRecord& round);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::challenges
