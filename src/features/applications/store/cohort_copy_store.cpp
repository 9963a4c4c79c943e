// SetupStore::CopyCohort: next year's cohort from this year's.
#include "core/text.hpp"
#include "features/applications/domain/cohort_copy.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/cohorts/published/cohort_writes.hpp"

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

  auto timeline = CopiedTimeline(from, cohort, zone);
  if (!timeline) return std::unexpected(timeline.error());
  cohort.timeline = std::move(*timeline);
  auto created = cohorts::CreateCohortFor(db_, district_id_, std::move(cohort));
  if (!created) {
    auto error = created.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = "There already is a cohort PS " + number + " (" + SlugForNumber(number) +
                      "); choose another number.";
      error.field = "number";
    }
    return std::unexpected(error);
  }
  cohort = std::move(*created);

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
  return cohort;
}

core::Result<std::vector<cohorts::TimelineItem>> SetupStore::CopiedTimeline(
    const cohorts::Cohort& from, const cohorts::Cohort& to, const core::TimeZone& zone) {
  std::vector<cohorts::TimelineItem> items;
  std::vector<std::string> shown_as;
  auto read = db_.Execute(
      "SELECT title, starts_at, ends_at, shown_as FROM published_timeline_items"
      " WHERE district_id = $1 AND cohort_id = $2 ORDER BY starts_at, id",
      {district_id_, from.id}, [&](const db::Row& row) {
        cohorts::TimelineItem item;
        item.title = row.String(0);
        item.starts_at = row.Int(1);
        if (!row.IsNull(2)) item.ends_at = row.Int(2);
        item.precision = cohorts::ParsePrecision(row.Text(3)).value_or(cohorts::Precision::kDay);
        items.push_back(std::move(item));
      });
  if (!read) return std::unexpected(read.error());
  const Wording old_words{from.number, from.title, from.school_year};
  const Wording new_words{to.number, to.title, to.school_year};
  for (auto& item : items) {
    auto starts = ShiftOneYear(item.starts_at, zone);
    auto ends = ShiftOptional(item.ends_at, zone);
    if (!starts) return std::unexpected(starts.error());
    if (!ends) return std::unexpected(ends.error());
    item.title = Reword(item.title, old_words, new_words);
    item.starts_at = *starts;
    item.ends_at = *ends;
  }
  return items;
}

}  // namespace practica::applications
