// Lesson rounds: one statement each, inside the caller's transaction.
#include "features/challenges/store/lesson_rounds_store.hpp"

namespace practica::challenges {
namespace {

#define LESSONS_TRY(expr)                  \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

constexpr const char* kOfferingColumns =
    "SELECT o.id, o.slug, o.title, o.kind, o.cancelled_at, o.location, o.standard_code,"
    " (SELECT COUNT(*) FROM published_learning_days d WHERE d.district_id = o.district_id AND d.offering_id = o.id),"
    " (SELECT d.starts_at FROM published_learning_days d WHERE d.district_id = o.district_id AND d.offering_id = o.id"
    "   AND d.day_number = 3)"
    " FROM published_learning_offerings o";

constexpr const char* kRoundColumns =
    "SELECT r.id, r.offering_id, r.presenter_person_id, COALESCE(pr.display_name, ''), r.lesson_title, r.tried, r.link,"
    " r.facilitator_person_id, COALESCE(f.display_name, ''), r.step, r.step_started_at, r.illustrative"
    " FROM lesson_rounds r"
    " LEFT JOIN published_people pr ON pr.district_id = r.district_id AND pr.id = r.presenter_person_id"
    " LEFT JOIN published_people f ON f.district_id = r.district_id AND f.id = r.facilitator_person_id";

}  // namespace

core::Result<std::optional<SuiteOfferingRecord>> LessonRoundsStore::Offering(const std::string& where,
                                                                             const db::Params& params) {
  std::optional<SuiteOfferingRecord> found;
  LESSONS_TRY(db_.Execute(std::string(kOfferingColumns) + where, params, [&](const db::Row& row) {
    SuiteOfferingRecord o;
    o.id = row.Int(0);
    o.slug = row.String(1);
    o.rules.title = row.String(2);
    o.rules.iste_suite = row.Text(3) == "iste_suite";
    o.rules.cancelled = !row.IsNull(4);
    o.location = row.String(5);
    o.standard_code = row.String(6);
    o.rules.day_count = static_cast<int>(row.Int(7));
    if (!row.IsNull(8)) o.lesson_day_starts_at = row.Int(8);
    found = std::move(o);
  }));
  return found;
}

core::Result<std::optional<SuiteOfferingRecord>> LessonRoundsStore::FindOffering(std::string_view slug) {
  return Offering(" WHERE o.district_id = $1 AND o.slug = $2", {district_id_, std::string(slug)});
}

core::Result<std::optional<SuiteOfferingRecord>> LessonRoundsStore::OfferingById(std::int64_t id) {
  return Offering(" WHERE o.district_id = $1 AND o.id = $2", {district_id_, id});
}

core::Result<std::vector<RoundPerson>> LessonRoundsStore::Registered(std::int64_t offering_id) {
  std::vector<RoundPerson> people;
  LESSONS_TRY(db_.Execute(
      "SELECT p.id, p.display_name FROM published_learning_registrations r"
      " JOIN published_people p ON p.district_id = r.district_id AND p.id = r.person_id"
      " WHERE r.district_id = $1 AND r.offering_id = $2 AND r.state = 'registered'"
      " ORDER BY p.display_name, p.id",
      {district_id_, offering_id},
      [&](const db::Row& row) { people.push_back(RoundPerson{row.Int(0), row.String(1), 0, ""}); }));
  return people;
}

core::Result<std::int64_t> LessonRoundsStore::Add(std::int64_t offering_id, const LessonPlan& plan,
                                                  std::int64_t facilitator_id, bool illustrative, std::int64_t by,
                                                  std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  LESSONS_TRY(db_.Exec(
      "INSERT INTO lesson_rounds (district_id, id, offering_id, presenter_person_id, lesson_title, tried, link,"
      " facilitator_person_id, illustrative, scheduled_at, scheduled_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
      " $10, $11)",
      {district_id_, *id, offering_id, plan.presenter_id, plan.lesson_title, plan.tried, plan.link, facilitator_id,
       std::int64_t{illustrative ? 1 : 0}, now, by}));
  return *id;
}

core::Result<std::vector<LessonRoundRecord>> LessonRoundsStore::Rounds(const std::string& where,
                                                                       const db::Params& params) {
  std::vector<LessonRoundRecord> rounds;
  LESSONS_TRY(db_.Execute(std::string(kRoundColumns) + where, params, [&](const db::Row& row) {
    LessonRoundRecord r;
    r.id = row.Int(0);
    r.offering_id = row.Int(1);
    r.presenter_id = row.Int(2);
    r.presenter_name = row.String(3);
    r.lesson_title = row.String(4);
    r.tried = row.String(5);
    r.link = row.String(6);
    r.facilitator_id = row.Int(7);
    r.facilitator_name = row.String(8);
    r.step = ParseStep(row.Text(9)).value_or(ProtocolStep::kNotStarted);
    if (!row.IsNull(10)) r.step_started_at = row.Int(10);
    r.illustrative = row.Int(11) != 0;
    rounds.push_back(std::move(r));
  }));
  return rounds;
}

core::Result<std::optional<LessonRoundRecord>> LessonRoundsStore::Load(std::int64_t id) {
  auto found = Rounds(" WHERE r.district_id = $1 AND r.id = $2", {district_id_, id});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<LessonRoundRecord>{};
  auto items = LoadItems(db_, district_id_, kLessonRoundTables, id);
  if (!items) return std::unexpected(items.error());
  found->front().items = std::move(*items);
  return std::optional<LessonRoundRecord>{std::move(found->front())};
}

core::Result<std::vector<LessonRoundRecord>> LessonRoundsStore::OfOffering(std::int64_t offering_id) {
  return Rounds(" WHERE r.district_id = $1 AND r.offering_id = $2 ORDER BY r.scheduled_at, r.id",
                {district_id_, offering_id});
}

core::Result<std::vector<LessonRoundRecord>> LessonRoundsStore::OpenFor(std::int64_t person_id) {
  return Rounds(
      " WHERE r.district_id = $1 AND (r.presenter_person_id = $2 OR r.facilitator_person_id = $2)"
      " AND r.step <> 'finished' ORDER BY r.offering_id, r.scheduled_at, r.id",
      {district_id_, person_id});
}

core::Result<RoundItem> LessonRoundsStore::AddItem(std::int64_t round_id, ItemKind kind, std::int64_t person_id,
                                                   const std::string& body, std::int64_t now) {
  return challenges::AddItem(db_, district_id_, kLessonRoundTables, round_id, kind, person_id, body, now);
}

core::Result<void> LessonRoundsStore::SetStep(std::int64_t round_id, ProtocolStep step, std::int64_t now) {
  return challenges::SetStep(db_, district_id_, kLessonRoundTables, round_id, step, now);
}

}  // namespace practica::challenges
