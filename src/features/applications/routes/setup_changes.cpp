#include "features/applications/routes/setup_changes.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/applications/domain/cohort_copy.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::applications {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;

namespace {

constexpr std::string_view kAction = "cohorts.manage";

// Runs `change` on the cohort the path names, with its setup loaded, as one audited change.
core::Result<AuditNote> SetupChange(const Deps& deps, const Request& request,
                                    const std::function<core::Result<AuditNote>(SetupStore&, const Setup&)>& change) {
  return Audited(deps, request, kAction, [&](db::Connection& db) -> core::Result<AuditNote> {
    auto cohort = LoadCohort(deps, db, request.Param("slug"));
    if (!cohort) return std::unexpected(cohort.error());
    SetupStore store(db, deps.tenant.id);
    auto setup = store.Load(*cohort);
    if (!setup) return std::unexpected(setup.error());
    auto note = change(store, *setup);
    if (note) {
      note->record_type = "cohort";
      note->record_id = std::to_string(cohort->id);
    }
    return note;
  });
}

json::array Texts(const auto& items) {
  json::array texts;
  for (const auto& item : items) texts.emplace_back(item.text);
  return texts;
}

core::Result<std::int64_t> LocalInstant(const Deps& deps, const Fields& fields, const std::string& prefix) {
  auto local = ParseLocalDateTime(Get(fields, prefix + "_on"), Get(fields, prefix + "_time"), prefix + "_on");
  if (!local) return std::unexpected(local.error());
  auto utc = deps.tenant.zone.ToUtc(*local);
  if (!utc) return Fail(ErrorCode::kInvalidInput, utc.error().message, {}, prefix + "_time");
  return *utc;
}

core::Result<std::optional<core::LocalDate>> OptionalDate(const Fields& fields, const std::string& name) {
  const std::string text(core::Trim(Get(fields, name)));
  if (text.empty()) return std::optional<core::LocalDate>{};
  auto day = core::ParseLocalDate(text);
  if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, name);
  return std::optional<core::LocalDate>{*day};
}

}  // namespace

void SplitLocal(const std::string& value, const std::string& prefix, Fields& fields) {
  const auto t = value.find('T');
  fields[prefix + "_on"] = value.substr(0, t);
  fields[prefix + "_time"] = t == std::string::npos ? "" : value.substr(t + 1, 5);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

core::Result<AuditNote> SetQuestions(const Deps& deps, const Request& request, const std::vector<std::string>& lines) {
  auto items = CheckList(lines, "guiding question", "questions");
  if (!items) return std::unexpected(items.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    if (auto open = CheckListsChangeable(setup, "guiding questions"); !open) return std::unexpected(open.error());
    auto saved = store.ReplaceQuestions(setup.cohort.id, *items);
    if (!saved) return std::unexpected(saved.error());
    return AuditNote{"", "", 0, {{"questions", Texts(setup.questions)}}, {{"questions", Texts(*saved)}},
                     "set " + std::to_string(saved->size()) + " guiding questions"};
  });
}

core::Result<AuditNote> SetCriteria(const Deps& deps, const Request& request, const std::vector<std::string>& lines) {
  auto items = CheckList(lines, "selection criterion", "criteria");
  if (!items) return std::unexpected(items.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    if (auto open = CheckListsChangeable(setup, "selection criteria"); !open) return std::unexpected(open.error());
    auto saved = store.ReplaceCriteria(setup.cohort.id, *items);
    if (!saved) return std::unexpected(saved.error());
    return AuditNote{"", "", 0, {{"criteria", Texts(setup.criteria)}}, {{"criteria", Texts(*saved)}},
                     "set " + std::to_string(saved->size()) + " selection criteria"};
  });
}

core::Result<AuditNote> SetWindow(const Deps& deps, const Request& request, const Fields& fields) {
  auto opens = LocalInstant(deps, fields, "opens");
  if (!opens) return std::unexpected(opens.error());
  auto closes = LocalInstant(deps, fields, "closes");
  if (!closes) return std::unexpected(closes.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    if (auto checked = CheckApplicationWindow(setup.cohort, *opens, *closes); !checked) {
      return std::unexpected(checked.error());
    }
    if (auto saved = store.SetApplicationWindow(setup.cohort.id, *opens, *closes); !saved) {
      return std::unexpected(saved.error());
    }
    const auto& zone = deps.tenant.zone;
    json::object before;
    if (setup.cohort.applications_open_at && setup.cohort.applications_close_at) {
      before = {{"opens_at", zone.FormatIso(*setup.cohort.applications_open_at)},
                {"closes_at", zone.FormatIso(*setup.cohort.applications_close_at)}};
    }
    return AuditNote{"", "", 0, std::move(before),
                     {{"opens_at", zone.FormatIso(*opens)}, {"closes_at", zone.FormatIso(*closes)}},
                     "applications due " + core::FormatLongDateTime(zone.ToLocal(*closes))};
  });
}

core::Result<AuditNote> AddQaSession(const Deps& deps, const Request& request, const Fields& fields) {
  Fields times = fields;
  if (core::Trim(Get(times, "ends_on")).empty()) times["ends_on"] = Get(fields, "starts_on");
  auto starts = LocalInstant(deps, times, "starts");
  if (!starts) return std::unexpected(starts.error());
  auto ends = LocalInstant(deps, times, "ends");
  if (!ends) return std::unexpected(ends.error());
  QaSession session{0, *starts, *ends, std::string(core::Trim(Get(fields, "details")))};
  if (auto checked = CheckQaSession(session, deps.tenant.zone); !checked) return std::unexpected(checked.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    auto added = store.AddQaSession(setup.cohort.id, session);
    if (!added) return std::unexpected(added.error());
    const auto when = DescribeQaSession(*added, deps.tenant.zone);
    return AuditNote{"", "", 0, {}, {{"id", added->id}, {"when", when}, {"details", added->details}},
                     "added a Q&A session on " + when};
  });
}

core::Result<AuditNote> RemoveQaSession(const Deps& deps, const Request& request, std::int64_t session_id) {
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    auto removed = store.RemoveQaSession(setup.cohort.id, session_id);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) {
      return Fail(ErrorCode::kNotFound,
                  cohorts::ShortName(setup.cohort) + " has no such Q&A session; reload its setup page.");
    }
    const auto when = DescribeQaSession(**removed, deps.tenant.zone);
    return AuditNote{"", "", 0, {{"id", session_id}, {"when", when}, {"details", (*removed)->details}}, {},
                     "removed the Q&A session on " + when};
  });
}

core::Result<AuditNote> SetDates(const Deps& deps, const Request& request, const Fields& fields) {
  auto from = OptionalDate(fields, "site_visits_from");
  auto to = OptionalDate(fields, "site_visits_to");
  auto week = OptionalDate(fields, "notification_week_of");
  if (!from) return std::unexpected(from.error());
  if (!to) return std::unexpected(to.error());
  if (!week) return std::unexpected(week.error());
  if (!*from) return Fail(ErrorCode::kInvalidInput, "Give the first day of site visits.", {}, "site_visits_from");
  if (!*to) return Fail(ErrorCode::kInvalidInput, "Give the last day of site visits.", {}, "site_visits_to");
  if (auto checked = CheckSiteVisitWindow(**from, **to); !checked) return std::unexpected(checked.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    if (auto saved = store.SetDates(setup.cohort.id, **from, **to, *week); !saved) return std::unexpected(saved.error());
    json::object after{{"site_visits", DescribeDays(**from, **to)}};
    if (*week) after["notification_week"] = DescribeWeek(**week);
    return AuditNote{"", "", 0, {}, std::move(after), "site visits " + DescribeDays(**from, **to)};
  });
}

core::Result<AuditNote> SetSchoolYear(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string year(core::Trim(Get(fields, "cohort_school_year")));
  if (auto checked = CheckSchoolYear(year); !checked) {
    auto error = checked.error();
    error.field = "cohort_school_year";
    return std::unexpected(error);
  }
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    if (auto saved = store.SetSchoolYear(setup.cohort.id, year); !saved) return std::unexpected(saved.error());
    return AuditNote{"", "", 0, {{"school_year", setup.cohort.school_year}}, {{"school_year", year}},
                     "set the school year to " + year};
  });
}

core::Result<AuditNote> PublishAgreement(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string title(core::Trim(Get(fields, "title")));
  const std::string text = Get(fields, "text");
  if (auto checked = CheckAgreement(title, text); !checked) return std::unexpected(checked.error());
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    auto published = store.PublishAgreement(setup.cohort.id, title, text, deps.clock.NowUtcSeconds(),
                                            request.principal->person_id);
    if (!published) return std::unexpected(published.error());
    json::object before;
    if (setup.agreement) before = {{"version", setup.agreement->version}, {"title", setup.agreement->title}};
    return AuditNote{"", "", 0, std::move(before), {{"version", published->version}, {"title", title}},
                     "published version " + std::to_string(published->version) + " of the agreement"};
  });
}

core::Result<AuditNote> CopyCohort(const Deps& deps, const Request& request, const Fields& fields) {
  return SetupChange(deps, request, [&](SetupStore& store, const Setup& setup) -> core::Result<AuditNote> {
    const NewCohort next{Get(fields, "number"), Get(fields, "title"), Get(fields, "focus_standard"),
                         Get(fields, "school_year")};
    const auto now = deps.clock.NowUtcSeconds();
    auto opened = store.CopyCohort(setup, next, deps.tenant.zone, now, request.principal->person_id);
    if (!opened) return std::unexpected(opened.error());
    const Wording from{setup.cohort.number, setup.cohort.title, setup.cohort.school_year};
    const Wording to{opened->number, opened->title, opened->school_year};
    features::CohortCopied copied{setup.cohort.id, opened->id,
                                  [&](std::string_view text) { return Reword(text, from, to); },
                                  [](const core::LocalDate& day) { return NextYear(day); },
                                  request.principal->person_id, now};
    if (auto done = features::Emit(deps, store.connection(), copied); !done) return std::unexpected(done.error());
    return AuditNote{"", "", 0, {{"from", setup.cohort.slug}},
                     {{"slug", opened->slug}, {"number", opened->number}, {"title", opened->title}},
                     "opened " + cohorts::ShortName(*opened) + " from " + cohorts::ShortName(setup.cohort)};
  });
}

}  // namespace practica::applications
