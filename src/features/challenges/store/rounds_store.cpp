// Critical Friends rounds: one statement each, inside the caller's transaction.
#include "features/challenges/store/rounds_store.hpp"

#include <algorithm>

namespace practica::challenges {
namespace {

#define ROUNDS_TRY(expr)                   \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

// The columns of a round with its school and cohort, in the order Rounds() reads them.
constexpr const char* kRoundColumns =
    "SELECT r.id, r.challenge_id, co.slug, s.slug, s.name, r.cycle_number, r.held_on, r.place,"
    " r.facilitator_person_id, COALESCE(f.display_name, ''), r.step, r.step_started_at, r.illustrative,"
    " COALESCE(s.local_district_id, 0)"
    " FROM challenge_rounds r"
    " JOIN challenges c ON c.district_id = r.district_id AND c.id = r.challenge_id"
    " JOIN published_schools s ON s.district_id = c.district_id AND s.id = c.school_id"
    " JOIN published_cohorts co ON co.district_id = c.district_id AND co.id = c.cohort_id"
    " LEFT JOIN published_people f ON f.district_id = r.district_id AND f.id = r.facilitator_person_id";

}  // namespace

std::vector<std::int64_t> RoundRecord::ParticipantIds() const {
  std::vector<std::int64_t> ids;
  for (const auto& p : participants) ids.push_back(p.person_id);
  return ids;
}

core::Result<std::vector<RoundPerson>> RoundsStore::CohortPeople(std::int64_t cohort_id) {
  std::vector<RoundPerson> people;
  ROUNDS_TRY(db_.Execute(
      "SELECT p.id, p.display_name, s.id, s.name FROM published_participations pa"
      " JOIN published_schools s ON s.district_id = pa.district_id AND s.id = pa.school_id"
      " JOIN published_school_staff st ON st.district_id = pa.district_id AND st.school_id = pa.school_id"
      " JOIN published_people p ON p.district_id = st.district_id AND p.id = st.person_id"
      " WHERE pa.district_id = $1 AND pa.cohort_id = $2 AND p.active = 1 AND st.role IN ('principal', 'teacher')"
      " ORDER BY s.name, p.display_name, p.id",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        people.push_back(RoundPerson{row.Int(0), row.String(1), row.Int(2), row.String(3)});
      }));
  return people;
}

core::Result<std::vector<TeamPerson>> RoundsStore::CohortCoaches(std::int64_t cohort_id) {
  std::vector<TeamPerson> coaches;
  ROUNDS_TRY(db_.Execute(
      "SELECT DISTINCT p.id, p.display_name FROM published_participation_coaches c"
      " JOIN published_people p ON p.district_id = c.district_id AND p.id = c.coach_person_id"
      " WHERE c.district_id = $1 AND c.cohort_id = $2 AND c.ended_at IS NULL ORDER BY p.display_name",
      {district_id_, cohort_id},
      [&](const db::Row& row) { coaches.push_back(TeamPerson{row.Int(0), row.String(1), "Coach (ITF)"}); }));
  return coaches;
}

core::Result<std::int64_t> RoundsStore::Add(const NewRound& round, std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  const db::Value cycle = round.cycle_number ? db::Value{std::int64_t{*round.cycle_number}} : db::Value{nullptr};
  ROUNDS_TRY(db_.Exec(
      "INSERT INTO challenge_rounds (district_id, id, challenge_id, cycle_number, held_on, place, facilitator_person_id,"
      " illustrative, scheduled_at, scheduled_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, *id, round.challenge_id, cycle, core::FormatIsoDate(round.held_on), round.place,
       round.plan.facilitator_id, std::int64_t{round.illustrative ? 1 : 0}, now, by}));
  for (auto person : round.plan.participant_ids) {
    ROUNDS_TRY(db_.Exec("INSERT INTO challenge_round_participants (district_id, round_id, person_id) VALUES ($1, $2, $3)",
                        {district_id_, *id, person}));
  }
  return *id;
}

core::Result<std::vector<RoundRecord>> RoundsStore::Rounds(const std::string& where, const db::Params& params) {
  std::vector<RoundRecord> rounds;
  ROUNDS_TRY(db_.Execute(std::string(kRoundColumns) + where, params, [&](const db::Row& row) {
    RoundRecord r;
    r.id = row.Int(0);
    r.challenge_id = row.Int(1);
    r.cohort_slug = row.String(2);
    r.school_slug = row.String(3);
    r.school_name = row.String(4);
    if (!row.IsNull(5)) r.cycle_number = static_cast<int>(row.Int(5));
    r.held_on = row.OptionalDate(6).value_or(core::LocalDate{});
    r.place = row.String(7);
    r.facilitator_id = row.Int(8);
    r.facilitator_name = row.String(9);
    r.step = ParseStep(row.Text(10)).value_or(ProtocolStep::kNotStarted);
    if (!row.IsNull(11)) r.step_started_at = row.Int(11);
    r.illustrative = row.Int(12) != 0;
    r.school_local_district_id = row.Int(13);
    rounds.push_back(std::move(r));
  }));
  return rounds;
}

core::Result<void> RoundsStore::LoadPeopleAndItems(RoundRecord& round) {
  ROUNDS_TRY(db_.Execute(
      "SELECT p.id, p.display_name, COALESCE(MIN(s.id), 0), COALESCE(MIN(s.name), '')"
      " FROM challenge_round_participants rp"
      " JOIN published_people p ON p.district_id = rp.district_id AND p.id = rp.person_id"
      " LEFT JOIN published_school_staff st ON st.district_id = rp.district_id AND st.person_id = rp.person_id"
      " LEFT JOIN published_schools s ON s.district_id = st.district_id AND s.id = st.school_id"
      " WHERE rp.district_id = $1 AND rp.round_id = $2 GROUP BY p.id, p.display_name ORDER BY p.display_name",
      {district_id_, round.id}, [&](const db::Row& row) {
        round.participants.push_back(RoundPerson{row.Int(0), row.String(1), row.Int(2), row.String(3)});
      }));
  auto items = LoadItems(db_, district_id_, kSchoolRoundTables, round.id);
  if (!items) return std::unexpected(items.error());
  round.items = std::move(*items);
  return {};
}

core::Result<std::optional<RoundRecord>> RoundsStore::Load(std::int64_t id) {
  auto found = Rounds(" WHERE r.district_id = $1 AND r.id = $2", {district_id_, id});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<RoundRecord>{};
  ROUNDS_TRY(LoadPeopleAndItems(found->front()));
  return std::optional<RoundRecord>{std::move(found->front())};
}

core::Result<std::vector<RoundRecord>> RoundsStore::OfCohort(std::int64_t cohort_id) {
  return Rounds(" WHERE r.district_id = $1 AND c.cohort_id = $2 ORDER BY r.held_on DESC, r.id DESC",
                {district_id_, cohort_id});
}

core::Result<std::vector<RoundRecord>> RoundsStore::OfChallenge(std::int64_t challenge_id) {
  auto rounds = Rounds(" WHERE r.district_id = $1 AND r.challenge_id = $2 ORDER BY r.held_on DESC, r.id DESC",
                       {district_id_, challenge_id});
  if (!rounds) return std::unexpected(rounds.error());
  for (auto& round : *rounds) ROUNDS_TRY(LoadPeopleAndItems(round));
  return rounds;
}

core::Result<RoundItem> RoundsStore::AddItem(std::int64_t round_id, ItemKind kind, std::int64_t person_id,
                                             const std::string& body, std::int64_t now) {
  return challenges::AddItem(db_, district_id_, kSchoolRoundTables, round_id, kind, person_id, body, now);
}

core::Result<void> RoundsStore::SetStep(std::int64_t round_id, ProtocolStep step, std::int64_t now) {
  return challenges::SetStep(db_, district_id_, kSchoolRoundTables, round_id, step, now);
}

}  // namespace practica::challenges
