#include "features/calendar/store/calendar_store.hpp"

#include <map>

#include "db/clause.hpp"

namespace practica::calendar {
namespace {

// The columns of learning_offerings o and learning_days d that a calendar shows, in this order.
constexpr std::string_view kOfferingColumns =
    "SELECT o.id, o.cohort_id, o.kind, o.slug, o.title, o.description, o.audience, o.location,"
    " o.join_url, d.day_number, d.starts_at, d.ends_at, o.cancelled_at, o.cancel_reason,"
    " o.revision FROM published_learning_offerings o JOIN published_learning_days d"
    " ON d.district_id = o.district_id AND d.offering_id = o.id";

}  // namespace

core::Result<void> CalendarStore::ReplaceLink(std::int64_t person_id, const std::string& token_hash,
                                              std::int64_t now) {
  if (auto removed = RemoveLink(person_id); !removed) return std::unexpected(removed.error());
  auto added = db_.Exec(
      "INSERT INTO calendar_feeds (district_id, person_id, token_hash, created_at)"
      " VALUES ($1, $2, $3, $4)",
      {district_id_, person_id, token_hash, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

core::Result<bool> CalendarStore::RemoveLink(std::int64_t person_id) {
  auto removed = db_.Exec("DELETE FROM calendar_feeds WHERE district_id = $1 AND person_id = $2",
                          {district_id_, person_id});
  if (!removed) return std::unexpected(removed.error());
  return *removed > 0;
}

core::Result<std::optional<std::int64_t>> CalendarStore::LinkCreatedAt(std::int64_t person_id) {
  return db_.QueryInt("SELECT created_at FROM calendar_feeds WHERE district_id = $1 AND person_id = $2",
                      {district_id_, person_id});
}

core::Result<std::optional<std::int64_t>> CalendarStore::PersonOfLink(const std::string& token_hash) {
  return db_.QueryInt("SELECT person_id FROM calendar_feeds WHERE district_id = $1 AND token_hash = $2",
                      {district_id_, token_hash});
}

core::Result<std::vector<learning::Offering>> CalendarStore::Offerings(const std::string& condition,
                                                                      const db::Params& params) {
  std::vector<learning::Offering> offerings;
  auto done = db_.Execute(
      std::string(kOfferingColumns) + " WHERE o.district_id = $1 AND " + condition +
          " ORDER BY o.id, d.day_number",
      params, [&](const db::Row& row) {
        if (offerings.empty() || offerings.back().id != row.Int(0)) {
          learning::Offering offering;
          offering.id = row.Int(0);
          offering.cohort_id = row.OptionalInt(1);
          offering.kind = learning::ParseKind(row.Text(2)).value_or(learning::Kind::kOnboarding);
          offering.slug = row.String(3);
          offering.title = row.String(4);
          offering.description = row.String(5);
          offering.audience = row.Text(6) == "individual" ? learning::Audience::kIndividual
                                                          : learning::Audience::kTeam;
          offering.location = row.String(7);
          offering.join_url = row.String(8);
          offering.cancelled_at = row.OptionalInt(12);
          offering.cancel_reason = row.String(13);
          offering.revision = row.Int(14);
          offerings.push_back(std::move(offering));
        }
        offerings.back().days.push_back(
            learning::Day{static_cast<int>(row.Int(9)), row.Int(10), row.Int(11)});
      });
  if (!done) return std::unexpected(done.error());
  return offerings;
}

core::Result<std::optional<learning::Offering>> CalendarStore::FindOffering(const std::string& slug) {
  auto found = Offerings("o.slug = $2", {district_id_, slug});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<learning::Offering>{};
  return std::optional<learning::Offering>{std::move(found->front())};
}

core::Result<std::vector<learning::Offering>> CalendarStore::SessionsOf(std::int64_t person_id) {
  return Offerings(
      "o.id IN (SELECT r.offering_id FROM published_learning_registrations r"
      " WHERE r.district_id = $1 AND r.state = 'registered' AND (r.person_id = $2 OR EXISTS ("
      "  SELECT 1 FROM published_learning_attendees a WHERE a.district_id = r.district_id"
      "  AND a.registration_id = r.id AND a.person_id = $2 AND a.removed_at IS NULL)))",
      {district_id_, person_id});
}

core::Result<std::vector<DueItem>> CalendarStore::DueItemsOf(const std::vector<std::int64_t>& school_ids) {
  std::vector<DueItem> items;
  std::map<std::int64_t, commitments::Calendar> calendars;  // by cohort
  for (const auto school_id : school_ids) {
    std::vector<std::int64_t> cohorts;
    auto done = db_.Execute(
        "SELECT sc.id, sc.cohort_id, sc.phase, sc.number, sc.title, sc.description, sc.due_kind,"
        " sc.due_on, sc.due_months, sc.evidence_label, c.slug, c.number, s.slug, s.name"
        " FROM published_school_commitments sc"
        " JOIN published_cohorts c ON c.district_id = sc.district_id AND c.id = sc.cohort_id"
        " JOIN published_schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
        " WHERE sc.district_id = $1 AND sc.school_id = $2 AND sc.party = 'school'"
        " ORDER BY sc.cohort_id, sc.id",
        {district_id_, school_id}, [&](const db::Row& row) {
          DueItem item;
          item.school_commitment_id = row.Int(0);
          cohorts.push_back(row.Int(1));
          auto& commitment = item.commitment;
          commitment.id = row.Int(0);
          commitment.phase = commitments::ParsePhase(row.Text(2)).value_or(commitments::Phase::kOngoing);
          commitment.number = static_cast<int>(row.Int(3));
          commitment.title = row.String(4);
          commitment.description = row.String(5);
          commitment.due.kind = commitments::ParseDueKind(row.Text(6)).value_or(commitments::DueKind::kFixed);
          commitment.due.on = row.OptionalDate(7);
          commitment.due.months = static_cast<int>(row.Int(8));
          commitment.evidence.label = row.String(9);
          item.cohort_slug = row.String(10);
          item.cohort_name = "PS " + row.String(11);
          item.school_slug = row.String(12);
          item.school_name = row.String(13);
          items.push_back(std::move(item));
        });
    if (!done) return std::unexpected(done.error());
    for (std::size_t i = items.size() - cohorts.size(), k = 0; i < items.size(); ++i, ++k) {
      const auto cohort = cohorts[k];
      if (!calendars.contains(cohort)) {
        commitments::Calendar calendar;
        auto read = db_.Execute(
            "SELECT coach_starts_on, instruction_starts_on, support_ends_on FROM published_commitment_calendars"
            " WHERE district_id = $1 AND cohort_id = $2",
            {district_id_, cohort}, [&](const db::Row& row) {
              calendar = commitments::Calendar{row.OptionalDate(0), row.OptionalDate(1), row.OptionalDate(2)};
            });
        if (!read) return std::unexpected(read.error());
        calendars[cohort] = calendar;
      }
      items[i].calendar = calendars[cohort];
    }
  }
  return items;
}

core::Result<std::vector<StepItem>> CalendarStore::StepsOf(std::int64_t person_id,
                                                         const std::vector<std::int64_t>& school_ids) {
  db::Params params{district_id_, person_id};
  std::string schools = school_ids.empty() ? "" : " OR t.school_id IN (" + db::IdPlaceholders(school_ids, params) + ")";
  std::vector<StepItem> steps;
  auto done = db_.Execute(
      "SELECT t.id, t.what, COALESCE(p.display_name, ''), t.due_on, c.slug, c.number, s.slug, s.name"
      " FROM published_challenge_steps t"
      " JOIN published_cohorts c ON c.district_id = t.district_id AND c.id = t.cohort_id"
      " JOIN published_schools s ON s.district_id = t.district_id AND s.id = t.school_id"
      " LEFT JOIN published_people p ON p.district_id = t.district_id AND p.id = t.owner_person_id"
      " WHERE t.district_id = $1 AND t.status <> 'done' AND (t.owner_person_id = $2" + schools + ")"
      " ORDER BY t.due_on, t.id",
      params, [&](const db::Row& row) {
        auto day = row.OptionalDate(3);
        if (!day) return;
        steps.push_back(StepItem{row.Int(0), row.String(1), row.String(2), *day, row.String(4), "PS " + row.String(5),
                                 row.String(6), row.String(7)});
      });
  if (!done) return std::unexpected(done.error());
  return steps;
}

}  // namespace practica::calendar
