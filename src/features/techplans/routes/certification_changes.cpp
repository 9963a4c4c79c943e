#include "features/techplans/routes/certification_changes.hpp"

#include "features/techplans/routes/plan_files.hpp"

#include <boost/json/serialize.hpp>

#include "auth/domain/policy.hpp"
#include "core/text.hpp"
#include "features/kit/events.hpp"
#include "features/techplans/routes/plan_json.hpp"

namespace practica::techplans {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Fields;
using features::Get;

namespace {

// The record as it stands on `today` (a certification past its school years reads expired), the
// status as saved (which the audit log records), and the last day a certification holds.
json::object RecordJson(const CertRecord& r, const core::LocalDate& today) {
  const auto status = StatusOn(r, today);
  const auto until = r.certified_on ? std::optional<core::LocalDate>(HoldsUntil(*r.certified_on)) : std::nullopt;
  const bool shows_until = until && (r.status == CertStatus::kCertified);
  return json::object{{"status", CertStatusCode(status)},
                      {"status_label", CertStatusLabel(status)},
                      {"recorded_status", CertStatusCode(r.status)},
                      {"holds_until", shows_until ? json::value(core::FormatIsoDate(*until)) : json::value(nullptr)},
                      {"holds_until_label", shows_until ? core::FormatLongDate(*until) : ""},
                      {"has_expired", status == CertStatus::kExpired && shows_until},
                      {"educators_certified", r.educators_certified},
                      {"certificate", r.certificate},
                      {"certified_on", r.certified_on ? json::value(core::FormatIsoDate(*r.certified_on)) : json::value(nullptr)}};
}

json::value Day(const std::optional<core::LocalDate>& day) {
  return day ? json::value(core::FormatIsoDate(*day)) : json::value(nullptr);
}

}  // namespace

core::Result<json::object> RecordCertification(const features::Deps& deps, const http::Request& request,
                                               const Fields& fields) {
  return RunOnPlace(deps, request, "certification.record", [&](TechPlansStore& store, const Place& place,
                                                               db::Connection&) -> core::Result<Changed<json::object>> {
    auto record = CheckRecord(Get(fields, "status"), Get(fields, "educators_certified"), Get(fields, "certificate"),
                              Get(fields, "certified_on"), place.today);
    if (!record) return std::unexpected(record.error());
    if (auto saved = store.SaveCertification(place.cohort.id, place.school.id, *record, place.person_id,
                                             deps.clock.NowUtcSeconds(), false);
        !saved) {
      return std::unexpected(saved.error());
    }
    auto answer = RecordJson(*record, place.today);
    answer["verified"] = false;
    return Changed<json::object>{answer, {Entry(place, "certification", answer)}, {}};
  });
}

core::Result<json::object> VerifyCertification(const features::Deps& deps, const http::Request& request,
                                               const Fields&) {
  return RunOnPlace(deps, request, "certification.verify", [&](TechPlansStore& store, const Place& place,
                                                               db::Connection& db) -> core::Result<Changed<json::object>> {
    auto found = store.LoadCertification(place.cohort.id, place.school.id);
    if (!found) return std::unexpected(found.error());
    // As recorded: staff verify the certificate of its day, so a badge that has lapsed since
    // (a 2018 certificate looked at in 2021) still verifies commitment 12 for the year it was for.
    const CertRecord record = *found ? (*found)->record : CertRecord{};
    const bool verified = *found && (*found)->verified_at.has_value();
    if (auto ok = MayVerify(record, verified, place.reader.district_staff, place.reader.school_person, place.school.name);
        !ok) {
      return std::unexpected(ok.error());
    }
    const auto now = deps.clock.NowUtcSeconds();
    if (auto done = store.VerifyCertification(place.cohort.id, place.school.id, place.person_id, now); !done) {
      return std::unexpected(done.error());
    }
    const features::CertificationVerified event{place.cohort.id, place.school.id,
                                                record.certified_on ? core::FormatIsoDate(*record.certified_on) : "",
                                                place.person_id, now};
    if (auto emitted = features::Emit(deps, db, event); !emitted) return std::unexpected(emitted.error());
    auto answer = RecordJson(record, place.today);
    answer["verified"] = true;
    return Changed<json::object>{answer, {Entry(place, "certification_verified", answer)}, {}};
  });
}

core::Result<json::object> SetDeadline(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "certification.manage",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
                               TechPlansStore store(db, deps.tenant.id);
                               auto cohort = FindCohort(store, request);
                               if (!cohort) return std::unexpected(cohort.error());
                               auto day = core::ParseLocalDate(core::Trim(Get(fields, "due_on")));
                               if (!day) {
                                 return Fail(ErrorCode::kInvalidInput,
                                             "The deadline must be a day such as 2018-11-16.", {}, "due_on");
                               }
                               if (auto set = store.SetDeadline(cohort->id, *day, request.principal->person_id,
                                                                deps.clock.NowUtcSeconds());
                                   !set) {
                                 return std::unexpected(set.error());
                               }
                               json::object answer{{"cohort", cohort->slug}, {"due_on", core::FormatIsoDate(*day)}};
                               auth::AuditEntry entry;
                               entry.record_type = "certification_deadline";
                               entry.record_id = std::to_string(cohort->id);
                               entry.after_json = json::serialize(answer);
                               return Changed<json::object>{answer, {entry}, {}};
                             });
}

core::Result<json::object> CertificationJson(const features::Deps& deps, TechPlansStore& store, const Place& place) {
  auto found = store.LoadCertification(place.cohort.id, place.school.id);
  if (!found) return std::unexpected(found.error());
  auto deadline = store.Deadline(place.cohort.id);
  if (!deadline) return std::unexpected(deadline.error());
  const auto record = *found ? (*found)->record : CertRecord{};
  const auto certification = RecordJson(record, place.today);
  json::object out{{"cohort", json::object{{"slug", place.cohort.slug}, {"short_name", place.cohort.ShortName()},
                                            {"label", place.cohort.Label()}}},
                   {"school", json::object{{"slug", place.school.slug}, {"name", place.school.name}}},
                   {"base_url", place.base_url + "/certification"},
                   {"plan_url", place.base_url + "/technology-plan"},
                   {"certification", certification},
                   {"deadline", Day(*deadline)},
                   {"deadline_label", *deadline ? core::FormatLongDate(**deadline) : ""},
                   {"verified", *found && (*found)->verified_at.has_value()},
                   {"illustrative", *found && (*found)->illustrative}};
  if (*found && (*found)->verified_at) {
    out["verified_by"] = (*found)->verified_by_name;
    out["verified_at"] = When(deps, *(*found)->verified_at);
  }
  json::array options;
  for (auto s : AllCertStatuses()) {
    options.push_back(json::object{{"code", CertStatusCode(s)}, {"label", CertStatusLabel(s)}, {"selected", s == record.status}});
  }
  out["status_options"] = options;
  out["may_record"] = place.reader.school_person;
  out["may_verify"] = place.reader.district_staff && !place.reader.school_person &&
                      record.status == CertStatus::kCertified && !out["verified"].as_bool();
  if (auto files = AddFilesJson(deps, store, place, true, out); !files) return std::unexpected(files.error());
  return out;
}

}  // namespace practica::techplans
