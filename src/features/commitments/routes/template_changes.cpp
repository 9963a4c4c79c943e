#include "features/commitments/routes/template_changes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "features/commitments/routes/audited.hpp"

namespace practica::commitments {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

namespace {

core::Result<std::optional<core::LocalDate>> OptionalDate(const Fields& fields, const std::string& name) {
  const auto text = core::Trim(Get(fields, name));
  if (text.empty()) return std::optional<core::LocalDate>{};
  auto date = core::ParseLocalDate(text);
  if (!date) return Fail(ErrorCode::kInvalidInput, date.error().message, {}, name);
  return std::optional<core::LocalDate>{*date};
}

bool Checked(const Fields& fields, const std::string& name) {
  const auto value = Get(fields, name);
  return !value.empty() && value != "0" && value != "false";
}

json::value DateOrNull(const std::optional<core::LocalDate>& date) {
  return date ? json::value(core::FormatIsoDate(*date)) : json::value(nullptr);
}

core::Result<Commitment> ReadItem(const Fields& fields) {
  Commitment item;
  const auto phase = ParsePhase(Get(fields, "phase"));
  if (!phase) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose the phase from the list: before_coach, first_month, ongoing or district.", {},
                "phase");
  }
  item.phase = *phase;
  const auto number = core::ParseInt(core::Trim(Get(fields, "number")), 1, 99);
  if (!number) {
    return Fail(ErrorCode::kInvalidInput,
                "Number the commitment with a whole number from 1 to 99, as the agreement does.", {},
                "number");
  }
  item.number = static_cast<int>(*number);
  item.title = std::string(core::Trim(Get(fields, "title")));
  item.description = std::string(core::Trim(Get(fields, "description")));
  const auto due_kind = ParseDueKind(Get(fields, "due_kind"));
  if (!due_kind) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose when the commitment is due from the list: fixed, before_coach, "
                "after_instruction, end_of_support or recurring.",
                {}, "due_kind");
  }
  item.due.kind = *due_kind;
  auto due_on = OptionalDate(fields, "due_on");
  if (!due_on) return std::unexpected(due_on.error());
  if (item.due.kind == DueKind::kFixed) item.due.on = *due_on;
  const auto months_text = core::Trim(Get(fields, "due_months"));
  if (!months_text.empty()) {
    const auto months = core::ParseInt(months_text, 0, 12);
    if (!months) {
      return Fail(ErrorCode::kInvalidInput,
                  "\"" + std::string(months_text) + "\" is not a number of months; give a whole number from 1 to 12.",
                  {}, "due_months");
    }
    item.due.months = static_cast<int>(*months);
  }
  if (item.due.kind != DueKind::kAfterInstructionStarts && item.due.kind != DueKind::kRecurring) {
    item.due.months = 0;
  }
  const auto evidence = ParseEvidenceKind(Get(fields, "evidence_kind"));
  if (!evidence) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose the kind of evidence from the list: document, url, date, person or count.", {},
                "evidence_kind");
  }
  item.evidence.kind = *evidence;
  item.evidence.label = std::string(core::Trim(Get(fields, "evidence_label")));
  item.evidence.majority = Checked(fields, "majority");
  const auto verifier = ParseVerifier(Get(fields, "verifier"));
  if (!verifier) {
    return Fail(ErrorCode::kInvalidInput, "Choose who verifies it from the list: coach or district.", {},
                "verifier");
  }
  item.verifier = *verifier;
  const auto verified_by = ParseVerifiedBy(core::Trim(Get(fields, "verified_by")));
  if (!verified_by) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose from the list when the commitment is verified automatically: sso_lead, tech_lead, "
                "team_confirmed, planning_registration, attendance, plan_approved, certification, or none (a person "
                "verifies it).",
                {}, "verified_by");
  }
  item.verified_by = *verified_by;
  if (auto checked = CheckCommitment(item); !checked) return std::unexpected(checked.error());
  return item;
}

}  // namespace

json::object CalendarJson(const Calendar& calendar) {
  return json::object{{"coach_starts_on", DateOrNull(calendar.coach_starts_on)},
                      {"instruction_starts_on", DateOrNull(calendar.instruction_starts_on)},
                      {"support_ends_on", DateOrNull(calendar.support_ends_on)}};
}

json::object TemplateItemJson(const Commitment& item, const Calendar& calendar) {
  return json::object{
      {"code", Code(item)},
      {"label", ShortLabel(item)},
      {"phase", PhaseCode(item.phase)},
      {"phase_title", PhaseTitle(item.phase)},
      {"number", item.number},
      {"title", item.title},
      {"description", item.description},
      {"due_kind", DueKindCode(item.due.kind)},
      {"due_on", DateOrNull(item.due.on)},
      {"due_months", item.due.months},
      {"due_text", DescribeDue(item.due, calendar)},
      {"evidence_kind", EvidenceKindCode(item.evidence.kind)},
      {"evidence_label", item.evidence.label},
      {"majority", item.evidence.majority},
      {"verifier", VerifierCode(item.verifier)},
      {"verifier_label", VerifierLabel(item.verifier)},
      {"verified_by", VerifiedByCode(item.verified_by)},
      {"verified_by_label", VerifiedByLabel(item.verified_by)},
  };
}

core::Result<json::object> TemplateJson(const features::Deps& deps, const http::Request& request) {
  auto db = deps.database.Acquire();
  CommitmentsStore store(*db, deps.tenant.id);
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto calendar = store.LoadCalendar(cohort->id);
  if (!calendar) return std::unexpected(calendar.error());
  auto items = store.Template(cohort->id);
  if (!items) return std::unexpected(items.error());
  auto not_issued = store.SchoolsNotIssued(cohort->id);
  if (!not_issued) return std::unexpected(not_issued.error());
  json::array list;
  for (const auto& item : *items) list.emplace_back(TemplateItemJson(item, *calendar));
  return json::object{
      {"cohort", json::object{{"slug", cohort->slug}, {"short_name", cohort->ShortName()},
                              {"title", cohort->title}, {"url", "/cohorts/" + cohort->slug}}},
      {"calendar", CalendarJson(*calendar)},
      {"items", std::move(list)},
      {"schools_not_issued", *not_issued},
  };
}

core::Result<json::object> SaveDates(const features::Deps& deps, const http::Request& request,
                                     const Fields& fields) {
  Calendar calendar;
  for (auto [name, date] : {std::pair{"coach_starts_on", &calendar.coach_starts_on},
                            std::pair{"instruction_starts_on", &calendar.instruction_starts_on},
                            std::pair{"support_ends_on", &calendar.support_ends_on}}) {
    auto parsed = OptionalDate(fields, name);
    if (!parsed) return std::unexpected(parsed.error());
    *date = *parsed;
  }
  if (auto checked = CheckCalendar(calendar); !checked) return std::unexpected(checked.error());
  auto done = Audited(deps, request, "commitments.manage", [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    CommitmentsStore store(db, deps.tenant.id);
    auto cohort = FindCohort(store, request);
    if (!cohort) return std::unexpected(cohort.error());
    auto before = store.LoadCalendar(cohort->id);
    if (!before) return std::unexpected(before.error());
    const auto person = request.principal ? request.principal->person_id : 0;
    if (auto saved = store.SaveCalendar(cohort->id, calendar, person, deps.clock.NowUtcSeconds()); !saved) {
      return std::unexpected(saved.error());
    }
    auth::AuditEntry entry;
    entry.record_type = "commitment_calendar";
    entry.record_id = std::to_string(cohort->id);
    entry.before_json = json::serialize(CalendarJson(*before));
    entry.after_json = json::serialize(CalendarJson(calendar));
    entry.reason = "set the commitment dates of " + cohort->ShortName();
    return entry;
  });
  if (!done) return std::unexpected(done.error());
  return CalendarJson(calendar);
}

core::Result<json::object> SaveItem(const features::Deps& deps, const http::Request& request,
                                    const Fields& fields) {
  auto item = ReadItem(fields);
  if (!item) return std::unexpected(item.error());
  const bool apply = Checked(fields, "apply_to_issued");
  json::object answer;
  auto done = Audited(deps, request, "commitments.manage", [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    CommitmentsStore store(db, deps.tenant.id);
    auto cohort = FindCohort(store, request);
    if (!cohort) return std::unexpected(cohort.error());
    auto calendar = store.LoadCalendar(cohort->id);
    if (!calendar) return std::unexpected(calendar.error());
    auto existing = store.Template(cohort->id);
    if (!existing) return std::unexpected(existing.error());
    std::string before = "{}";
    for (const auto& old : *existing) {
      if (Code(old) == Code(*item)) before = json::serialize(TemplateItemJson(old, *calendar));
    }
    const auto person = request.principal ? request.principal->person_id : 0;
    auto saved = store.SaveTemplateItem(cohort->id, *item, person, deps.clock.NowUtcSeconds());
    if (!saved) return std::unexpected(saved.error());
    std::int64_t copies = 0;
    if (apply) {
      auto updated = store.UpdateIssuedCopies(cohort->id, *saved);
      if (!updated) return std::unexpected(updated.error());
      copies = *updated;
    }
    answer = json::object{{"item", TemplateItemJson(*saved, *calendar)}, {"copies_updated", copies}};
    auth::AuditEntry entry;
    entry.record_type = "commitment_template";
    entry.record_id = std::to_string(saved->id);
    entry.before_json = before;
    entry.after_json = json::serialize(answer);
    entry.reason = "saved " + Name(*saved) + " of the " + cohort->ShortName() + " template" +
                   (apply ? " and " + std::to_string(copies) + " schools' copies" : "");
    return entry;
  });
  if (!done) return std::unexpected(done.error());
  return answer;
}

core::Result<json::object> IssueTemplate(const features::Deps& deps, const http::Request& request) {
  std::int64_t copies = 0;
  auto done = Audited(deps, request, "commitments.manage", [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    CommitmentsStore store(db, deps.tenant.id);
    auto cohort = FindCohort(store, request);
    if (!cohort) return std::unexpected(cohort.error());
    auto items = store.Template(cohort->id);
    if (!items) return std::unexpected(items.error());
    if (items->empty()) {
      return Fail(ErrorCode::kConflict, "The " + cohort->ShortName() +
                                            " template has no commitments yet; add them before issuing it.");
    }
    const auto person = request.principal ? request.principal->person_id : 0;
    auto issued = store.Issue(cohort->id, person, deps.clock.NowUtcSeconds());
    if (!issued) return std::unexpected(issued.error());
    copies = *issued;
    auth::AuditEntry entry;
    entry.record_type = "commitment_template";
    entry.record_id = std::to_string(cohort->id);
    entry.after_json = json::serialize(json::object{{"copies", copies}});
    entry.reason = "issued the " + cohort->ShortName() + " commitments: " + std::to_string(copies) +
                   " copies for the schools of its roster";
    return entry;
  });
  if (!done) return std::unexpected(done.error());
  return json::object{{"copies", copies}};
}

}  // namespace practica::commitments
