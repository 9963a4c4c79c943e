// SetupStore::CopyCohort: next year's cohort from this year's.
#include "core/text.hpp"
#include "features/applications/domain/cohort_copy.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::applications {
namespace {

core::Result<std::optional<std::int64_t>> ShiftOptional(const std::optional<std::int64_t>& at,
                                                        const core::TimeZone& zone) {
  if (!at) return std::optional<std::int64_t>{};
  auto shifted = ShiftOneYear(*at, zone);
  if (!shifted) return std::unexpected(shifted.error());
  return std::optional<std::int64_t>{*shifted};
}

std::optional<core::LocalDate> ShiftDate(const std::optional<core::LocalDate>& date) {
  if (!date) return std::nullopt;
  return NextYear(*date);
}

}  // namespace

core::Result<cohorts::Cohort> SetupStore::CopyCohort(const Setup& previous, const NewCohort& next,
                                                     const core::TimeZone& zone, std::int64_t now,
                                                     std::int64_t by) {
  const auto& from = previous.cohort;
  const std::string number(core::Trim(next.number));
  if (auto checked = CheckCohortNumber(number); !checked) return std::unexpected(checked.error());
  cohorts::Cohort cohort;
  cohort.program_id = from.program_id;
  cohort.number = number;
  cohort.slug = SlugForNumber(number);
  cohort.title = std::string(core::Trim(next.title));
  cohort.focus_standard_code = next.focus_standard_code.empty() ? from.focus_standard_code : next.focus_standard_code;
  cohort.school_year = next.school_year.empty() ? NextSchoolYear(from.school_year)
                                                : std::string(core::Trim(next.school_year));
  if (auto checked = CheckSchoolYear(cohort.school_year); !checked) return std::unexpected(checked.error());
  if (auto announced = core::ParseLocalDate(from.announced_on)) {
    cohort.announced_on = core::FormatIsoDate(NextYear(*announced));
  }
  auto opens = ShiftOptional(from.applications_open_at, zone);
  auto closes = ShiftOptional(from.applications_close_at, zone);
  if (!opens) return std::unexpected(opens.error());
  if (!closes) return std::unexpected(closes.error());
  cohort.applications_open_at = *opens;
  cohort.applications_close_at = *closes;
  if (auto checked = cohorts::CheckCohort(cohort); !checked) return std::unexpected(checked.error());

  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  cohort.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO cohorts (district_id, id, program_id, slug, number, title, focus_standard_code,"
      " school_year, summary, announced_on, applications_open_at, applications_close_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      {district_id_, cohort.id, cohort.program_id, cohort.slug, cohort.number, cohort.title,
       cohort.focus_standard_code, cohort.school_year, cohort.summary, cohort.announced_on,
       db::Nullable(cohort.applications_open_at), db::Nullable(cohort.applications_close_at)});
  if (!inserted) {
    auto error = inserted.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = "There already is a cohort PS " + number + " (" + cohort.slug + "); choose another number.";
      error.field = "number";
    }
    return std::unexpected(error);
  }

  const Wording old_words{from.number, from.title, from.school_year};
  const Wording new_words{cohort.number, cohort.title, cohort.school_year};
  const auto renumber = [&](const std::string& text) { return Reword(text, old_words, new_words); };
  std::vector<std::string> questions;
  for (const auto& q : previous.questions) questions.push_back(renumber(q.text));
  std::vector<std::string> criteria;
  for (const auto& c : previous.criteria) criteria.push_back(renumber(c.text));
  if (auto saved = ReplaceQuestions(cohort.id, questions); !saved) return std::unexpected(saved.error());
  if (auto saved = ReplaceCriteria(cohort.id, criteria); !saved) return std::unexpected(saved.error());
  for (const auto& session : previous.qa_sessions) {
    auto starts = ShiftOneYear(session.starts_at, zone);
    auto ends = ShiftOneYear(session.ends_at, zone);
    if (!starts) return std::unexpected(starts.error());
    if (!ends) return std::unexpected(ends.error());
    if (auto added = AddQaSession(cohort.id, {0, *starts, *ends, renumber(session.details)}); !added) {
      return std::unexpected(added.error());
    }
  }
  auto setup = db_.Exec(
      "INSERT INTO cohort_setups (district_id, cohort_id, site_visits_from, site_visits_to,"
      " notification_week_of, copied_from_cohort_id) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, cohort.id,
       previous.site_visits_from ? db::Value{core::FormatIsoDate(*ShiftDate(previous.site_visits_from))} : db::Value{nullptr},
       previous.site_visits_to ? db::Value{core::FormatIsoDate(*ShiftDate(previous.site_visits_to))} : db::Value{nullptr},
       previous.notification_week_of ? db::Value{core::FormatIsoDate(*ShiftDate(previous.notification_week_of))}
                                     : db::Value{nullptr},
       from.id});
  if (!setup) return std::unexpected(setup.error());
  if (previous.agreement) {
    auto published = PublishAgreement(cohort.id, renumber(previous.agreement->title),
                                      renumber(previous.agreement->text), now, by);
    if (!published) return std::unexpected(published.error());
  }
  if (auto copied = CopyTimeline(from, cohort, zone); !copied) return std::unexpected(copied.error());
  return cohort;
}

core::Result<void> SetupStore::CopyTimeline(const cohorts::Cohort& from, const cohorts::Cohort& to,
                                            const core::TimeZone& zone) {
  struct Item {
    std::string title;
    std::int64_t starts_at;
    std::optional<std::int64_t> ends_at;
    std::string shown_as;
  };
  std::vector<Item> items;
  auto read = db_.Execute(
      "SELECT title, starts_at, ends_at, shown_as FROM published_timeline_items"
      " WHERE district_id = $1 AND cohort_id = $2 ORDER BY starts_at, id",
      {district_id_, from.id}, [&](const db::Row& row) {
        items.push_back({row.String(0), row.Int(1),
                         row.IsNull(2) ? std::nullopt : std::optional<std::int64_t>(row.Int(2)), row.String(3)});
      });
  if (!read) return std::unexpected(read.error());
  for (const auto& item : items) {
    auto starts = ShiftOneYear(item.starts_at, zone);
    auto ends = ShiftOptional(item.ends_at, zone);
    if (!starts) return std::unexpected(starts.error());
    if (!ends) return std::unexpected(ends.error());
    auto id = db_.NextId();
    if (!id) return std::unexpected(id.error());
    auto saved = db_.Exec(
        "INSERT INTO timeline_items (district_id, id, cohort_id, title, starts_at, ends_at, shown_as)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {district_id_, *id, to.id,
         Reword(item.title, {from.number, from.title, from.school_year}, {to.number, to.title, to.school_year}),
         *starts,
         db::Nullable(*ends), item.shown_as});
    if (!saved) return std::unexpected(saved.error());
  }
  return {};
}

}  // namespace practica::applications
