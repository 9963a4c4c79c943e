// The reports room's tables: each progress report built (its snapshot), the evidence staff set
// under each core value, and the cohorts whose directors get their report every month.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/reports/domain/core_values.hpp"

namespace practica::reports {

// A local district's instructional director, for the monthly e-mail of their schools' report.
struct DirectorOf {
  std::int64_t local_district_id = 0;
  std::string local_district;  // "Northeast"
  std::int64_t person_id = 0;
  std::string name;
  std::string email;
};

// Local districts by id: {slug, name}, for the build form's choice.
struct LocalDistrictChoice {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
};

enum class ReportState { kBuilding, kReady, kFailed };

struct ReportRow {
  std::int64_t id = 0;
  std::int64_t cohort_id = 0;
  std::optional<std::int64_t> local_district_id;  // none: the whole cohort
  std::string scope_label;                        // "Every school" or "Northeast"
  std::optional<std::int64_t> requested_by;
  std::int64_t requested_at = 0;
  std::optional<std::int64_t> notify_person_id;
  ReportState state = ReportState::kBuilding;
  std::optional<std::int64_t> built_at;
  std::optional<std::int64_t> school_count;
  std::string error;
  bool has_pdf = false;
};

struct NewReport {
  std::int64_t cohort_id = 0;
  std::optional<std::int64_t> local_district_id;
  std::string scope_label;
  std::optional<std::int64_t> requested_by;
  std::int64_t requested_at = 0;
  std::optional<std::int64_t> notify_person_id;
};

std::string_view StateName(ReportState state);  // "building", "ready", "failed"

class ReportsStore {
 public:
  ReportsStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  [[nodiscard]] core::Result<ReportRow> Add(const NewReport& report);
  [[nodiscard]] core::Result<std::optional<ReportRow>> Find(std::int64_t id);
  // The cohort's reports, newest first.
  [[nodiscard]] core::Result<std::vector<ReportRow>> ForCohort(std::int64_t cohort_id);
  // Keeps the snapshot; kConflict when the report is no longer being built (built twice).
  [[nodiscard]] core::Result<void> Keep(std::int64_t id, std::int64_t built_at, std::int64_t school_count,
                                        const std::string& html, const std::string& pdf);
  [[nodiscard]] core::Result<void> MarkFailed(std::int64_t id, const std::string& error);
  // The stored HTML or PDF bytes; nullopt when the report has none (not built, or failed).
  [[nodiscard]] core::Result<std::optional<std::string>> Html(std::int64_t id);
  [[nodiscard]] core::Result<std::optional<std::string>> Pdf(std::int64_t id);

  // The cohort's choice of evidence under each value: DefaultEvidence() where staff chose none.
  [[nodiscard]] core::Result<EvidenceChoice> Evidence(std::int64_t cohort_id);
  // Replaces the choice for each value `choice` names (CheckChoice first).
  [[nodiscard]] core::Result<void> SetEvidence(std::int64_t cohort_id, const EvidenceChoice& choice);

  [[nodiscard]] core::Result<bool> Monthly(std::int64_t cohort_id);
  [[nodiscard]] core::Result<void> SetMonthly(std::int64_t cohort_id, bool monthly, std::int64_t person_id,
                                              std::int64_t now);
  // The instructional directors holding their grant on `day` ("2018-12-01") over a local district
  // with at least one school in the cohort, by local district's name.
  [[nodiscard]] core::Result<std::vector<DirectorOf>> Directors(std::int64_t cohort_id, const std::string& day);
  // A person as the directory has them: "built by", and whom a scheduled report is e-mailed to.
  [[nodiscard]] core::Result<std::optional<core::PersonRef>> PersonOf(std::int64_t person_id);
  // The local districts with at least one school in the cohort, by name.
  [[nodiscard]] core::Result<std::vector<LocalDistrictChoice>> LocalDistricts(std::int64_t cohort_id);

  // The cohorts whose directors are e-mailed their report each month.
  [[nodiscard]] core::Result<std::vector<std::int64_t>> MonthlyCohorts();

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::reports
