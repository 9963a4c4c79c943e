#include "features/reports/store/reports_store.hpp"

#include <algorithm>

#include "core/base64.hpp"
#include "auth/domain/active_grant.hpp"
#include "db/stored_file.hpp"

namespace practica::reports {
namespace {

constexpr std::string_view kColumns =
    "id, cohort_id, local_district_id, scope_label, requested_by, requested_at, notify_person_id, state, built_at,"
    " school_count, COALESCE(error, ''), CASE WHEN pdf_base64 IS NULL THEN 0 ELSE 1 END";

ReportState ParseState(std::string_view text) {
  if (text == "ready") return ReportState::kReady;
  if (text == "failed") return ReportState::kFailed;
  return ReportState::kBuilding;
}

ReportRow ReadReport(const db::Row& row) {
  ReportRow r;
  r.id = row.Int(0);
  r.cohort_id = row.Int(1);
  r.local_district_id = row.OptionalInt(2);
  r.scope_label = row.String(3);
  r.requested_by = row.OptionalInt(4);
  r.requested_at = row.Int(5);
  r.notify_person_id = row.OptionalInt(6);
  r.state = ParseState(row.Text(7));
  r.built_at = row.OptionalInt(8);
  r.school_count = row.OptionalInt(9);
  r.error = row.String(10);
  r.has_pdf = row.Int(11) != 0;
  return r;
}

std::string Joined(const std::vector<std::string>& keys) {
  std::string text;
  for (const auto& key : keys) text += (text.empty() ? "" : ",") + key;
  return text;
}

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> keys;
  while (!text.empty()) {
    const auto comma = text.find(',');
    keys.emplace_back(text.substr(0, comma));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return keys;
}

}  // namespace

std::string_view StateName(ReportState state) {
  switch (state) {
    case ReportState::kBuilding: return "building";
    case ReportState::kReady: return "ready";
    case ReportState::kFailed: return "failed";
  }
  return "building";
}

core::Result<ReportRow> ReportsStore::Add(const NewReport& report) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO progress_reports (district_id, id, cohort_id, local_district_id, scope_label, requested_by,"
      " requested_at, notify_person_id, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'building')",
      {district_id_, *id, report.cohort_id, db::Nullable(report.local_district_id), report.scope_label,
       db::Nullable(report.requested_by), report.requested_at, db::Nullable(report.notify_person_id)});
  if (!added) return std::unexpected(added.error());
  auto found = Find(*id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInternal, "The report was not saved; try again.");
  return std::move(**found);
}

core::Result<std::optional<ReportRow>> ReportsStore::Find(std::int64_t id) {
  std::optional<ReportRow> found;
  auto done = db_.Execute("SELECT " + std::string(kColumns) + " FROM progress_reports WHERE district_id = $1 AND id = $2",
                          {district_id_, id}, [&](const db::Row& row) { found = ReadReport(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<ReportRow>> ReportsStore::ForCohort(std::int64_t cohort_id) {
  std::vector<ReportRow> rows;
  auto done = db_.Execute("SELECT " + std::string(kColumns) +
                              " FROM progress_reports WHERE district_id = $1 AND cohort_id = $2"
                              " ORDER BY requested_at DESC, id DESC",
                          {district_id_, cohort_id}, [&](const db::Row& row) { rows.push_back(ReadReport(row)); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<void> ReportsStore::Keep(std::int64_t id, std::int64_t built_at, std::int64_t school_count,
                                      const std::string& html, const std::string& pdf) {
  auto changed = db_.Exec(
      "UPDATE progress_reports SET state = 'ready', built_at = $3, school_count = $4, html = $5, pdf_base64 = $6,"
      " error = NULL WHERE district_id = $1 AND id = $2 AND state <> 'ready'",
      {district_id_, id, built_at, school_count, html, core::EncodeBase64(pdf)});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kConflict, "Report " + std::to_string(id) + " is already built; its snapshot stays as it was.");
  }
  return {};
}

core::Result<void> ReportsStore::MarkFailed(std::int64_t id, const std::string& error) {
  auto done = db_.Exec("UPDATE progress_reports SET state = 'failed', error = $3 WHERE district_id = $1 AND id = $2"
                       " AND state <> 'ready'",
                       {district_id_, id, error});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::optional<std::string>> ReportsStore::Html(std::int64_t id) {
  std::optional<std::string> html;
  auto done = db_.Execute("SELECT html FROM progress_reports WHERE district_id = $1 AND id = $2 AND html IS NOT NULL",
                          {district_id_, id}, [&](const db::Row& row) { html = row.String(0); });
  if (!done) return std::unexpected(done.error());
  return html;
}

core::Result<std::optional<std::string>> ReportsStore::Pdf(std::int64_t id) {
  return db::ReadStoredFile(db_,
                            "SELECT pdf_base64 FROM progress_reports WHERE district_id = $1 AND id = $2"
                            " AND pdf_base64 IS NOT NULL",
                            {district_id_, id});
}

core::Result<EvidenceChoice> ReportsStore::Evidence(std::int64_t cohort_id) {
  auto choice = DefaultEvidence();
  auto done = db_.Execute("SELECT value_key, evidence_keys FROM report_value_evidence WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) {
                            // A value no longer in the catalogue is left out rather than shown.
                            if (FindValue(row.Text(0)) != nullptr) choice[row.String(0)] = Split(row.Text(1));
                          });
  if (!done) return std::unexpected(done.error());
  return choice;
}

core::Result<void> ReportsStore::SetEvidence(std::int64_t cohort_id, const EvidenceChoice& choice) {
  if (auto checked = CheckChoice(choice); !checked) return checked;
  for (const auto& [value, kinds] : choice) {
    // Kept in the program's order, whatever order they came in.
    std::vector<std::string> ordered;
    for (const auto& kind : EvidenceKinds()) {
      if (std::find(kinds.begin(), kinds.end(), kind.key) != kinds.end()) ordered.emplace_back(kind.key);
    }
    auto done = db_.Exec(
        "INSERT INTO report_value_evidence (district_id, cohort_id, value_key, evidence_keys) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (district_id, cohort_id, value_key) DO UPDATE SET evidence_keys = excluded.evidence_keys",
        {district_id_, cohort_id, value, Joined(ordered)});
    if (!done) return std::unexpected(done.error());
  }
  return {};
}

core::Result<bool> ReportsStore::Monthly(std::int64_t cohort_id) {
  auto monthly = db_.QueryInt("SELECT monthly FROM report_schedules WHERE district_id = $1 AND cohort_id = $2",
                              {district_id_, cohort_id});
  if (!monthly) return std::unexpected(monthly.error());
  return monthly->value_or(0) != 0;
}

core::Result<void> ReportsStore::SetMonthly(std::int64_t cohort_id, bool monthly, std::int64_t person_id,
                                            std::int64_t now) {
  auto done = db_.Exec(
      "INSERT INTO report_schedules (district_id, cohort_id, monthly, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5)"
      " ON CONFLICT (district_id, cohort_id) DO UPDATE SET monthly = excluded.monthly,"
      " changed_by = excluded.changed_by, changed_at = excluded.changed_at",
      {district_id_, cohort_id, std::int64_t{monthly ? 1 : 0}, person_id, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::vector<std::int64_t>> ReportsStore::MonthlyCohorts() {
  std::vector<std::int64_t> ids;
  auto done = db_.Execute("SELECT cohort_id FROM report_schedules WHERE district_id = $1 AND monthly = 1 ORDER BY cohort_id",
                          {district_id_}, [&](const db::Row& row) { ids.push_back(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return ids;
}

core::Result<std::vector<DirectorOf>> ReportsStore::Directors(std::int64_t cohort_id, const std::string& day) {
  std::vector<DirectorOf> directors;
  auto done = db_.Execute(
      "SELECT l.id, l.name, p.id, p.display_name, p.email FROM published_grants g"
      " JOIN published_people p ON p.district_id = g.district_id AND p.id = g.person_id"
      " JOIN published_local_districts l ON l.district_id = g.district_id AND l.id = g.scope_id"
      " WHERE g.district_id = $1 AND g.role = 'instructional_director' AND g.scope_kind = 'local_district'"
      " AND p.active = 1 AND " + auth::GrantHoldsOn("g", "$3") +
          " AND EXISTS (SELECT 1 FROM published_participations pa JOIN published_schools s"
          " ON s.district_id = pa.district_id AND s.id = pa.school_id"
          " WHERE pa.district_id = g.district_id AND pa.cohort_id = $2 AND s.local_district_id = l.id)"
          " GROUP BY l.id, l.name, p.id, p.display_name, p.email ORDER BY l.name, p.display_name, p.id",
      {district_id_, cohort_id, day}, [&](const db::Row& row) {
        directors.push_back({row.Int(0), row.String(1), row.Int(2), row.String(3), row.String(4)});
      });
  if (!done) return std::unexpected(done.error());
  return directors;
}

core::Result<std::vector<LocalDistrictChoice>> ReportsStore::LocalDistricts(std::int64_t cohort_id) {
  std::vector<LocalDistrictChoice> choices;
  auto done = db_.Execute(
      "SELECT l.id, l.slug, l.name FROM published_local_districts l WHERE l.district_id = $1"
      " AND EXISTS (SELECT 1 FROM published_participations pa JOIN published_schools s"
      " ON s.district_id = pa.district_id AND s.id = pa.school_id"
      " WHERE pa.district_id = l.district_id AND pa.cohort_id = $2 AND s.local_district_id = l.id)"
      " ORDER BY l.name",
      {district_id_, cohort_id}, [&](const db::Row& row) { choices.push_back({row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return choices;
}

core::Result<std::optional<core::PersonRef>> ReportsStore::PersonOf(std::int64_t person_id) {
  std::optional<core::PersonRef> person;
  auto done = db_.Execute("SELECT id, display_name, email, active FROM published_people WHERE district_id = $1 AND id = $2",
                          {district_id_, person_id}, [&](const db::Row& row) {
                            person = core::PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0};
                          });
  if (!done) return std::unexpected(done.error());
  return person;
}

}  // namespace practica::reports
