// The certifications' reads and writes and the cohorts' deadlines.
#include "features/techplans/store/techplans_store.hpp"


namespace practica::techplans {

core::Result<std::optional<CertificationRecord>> TechPlansStore::LoadCertification(std::int64_t cohort_id,
                                                                                   std::int64_t school_id) {
  std::optional<CertificationRecord> found;
  auto done = db_.Execute(
      "SELECT c.status, c.educators_certified, c.certificate, c.certified_on, c.verified_by,"
      " COALESCE(p.display_name, ''), c.verified_at, c.illustrative, c.updated_at FROM certifications c"
      " LEFT JOIN published_people p ON p.district_id = c.district_id AND p.id = c.verified_by"
      " WHERE c.district_id = $1 AND c.cohort_id = $2 AND c.school_id = $3",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        CertificationRecord r;
        r.record.status = ParseCertStatus(row.Text(0)).value_or(CertStatus::kNotStarted);
        r.record.educators_certified = static_cast<int>(row.Int(1));
        r.record.certificate = row.String(2);
        r.record.certified_on = row.OptionalDate(3);
        r.verified_by = row.OptionalInt(4);
        r.verified_by_name = row.String(5);
        r.verified_at = row.OptionalInt(6);
        r.illustrative = row.Int(7) != 0;
        r.updated_at = row.Int(8);
        found = std::move(r);
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

// A change to what the school recorded clears an earlier verification: it spoke of the old record.
core::Result<void> TechPlansStore::SaveCertification(std::int64_t cohort_id, std::int64_t school_id,
                                                     const CertRecord& r, std::int64_t by, std::int64_t now,
                                                     bool illustrative) {
  const db::Params params{district_id_, cohort_id, school_id, std::string(CertStatusCode(r.status)),
                          std::int64_t{r.educators_certified}, r.certificate, db::Nullable(r.certified_on), now, by,
                          std::int64_t{illustrative ? 1 : 0}};
  auto updated = db_.Exec(
      "UPDATE certifications SET status = $4, educators_certified = $5, certificate = $6, certified_on = $7,"
      " updated_at = $8, updated_by = $9, illustrative = $10, verified_by = NULL, verified_at = NULL"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      params);
  if (!updated) return std::unexpected(updated.error());
  if (*updated > 0) return {};
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  db::Params insert = params;
  insert.push_back(*id);
  auto added = db_.Exec(
      "INSERT INTO certifications (district_id, cohort_id, school_id, status, educators_certified, certificate,"
      " certified_on, updated_at, updated_by, illustrative, id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      insert);
  if (!added) return std::unexpected(added.error());
  return {};
}

core::Result<void> TechPlansStore::VerifyCertification(std::int64_t cohort_id, std::int64_t school_id,
                                                       std::int64_t by, std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE certifications SET verified_by = $4, verified_at = $5"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id, by, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::optional<core::LocalDate>> TechPlansStore::Deadline(std::int64_t cohort_id) {
  std::optional<core::LocalDate> day;
  auto done = db_.Execute("SELECT due_on FROM certification_deadlines WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) { day = row.OptionalDate(0); });
  if (!done) return std::unexpected(done.error());
  return day;
}

core::Result<void> TechPlansStore::SetDeadline(std::int64_t cohort_id, const core::LocalDate& day, std::int64_t by,
                                               std::int64_t now) {
  const db::Params params{district_id_, cohort_id, core::FormatIsoDate(day), now, by};
  auto updated = db_.Exec(
      "UPDATE certification_deadlines SET due_on = $3, updated_at = $4, updated_by = $5"
      " WHERE district_id = $1 AND cohort_id = $2",
      params);
  if (!updated) return std::unexpected(updated.error());
  if (*updated > 0) return {};
  auto added = db_.Exec(
      "INSERT INTO certification_deadlines (district_id, cohort_id, due_on, updated_at, updated_by)"
      " VALUES ($1, $2, $3, $4, $5)",
      params);
  if (!added) return std::unexpected(added.error());
  return {};
}

// Every school of a cohort with a deadline, once per person of its team (principal or member).
core::Result<std::vector<TechPlansStore::Reminded>> TechPlansStore::ReminderRows() {
  std::vector<Reminded> rows;
  auto done = db_.Execute(
      "SELECT d.cohort_id, co.slug, co.number, s.slug, s.name, d.due_on, COALESCE(c.status, 'not_started'),"
      " c.verified_at, p.id, p.email, p.display_name"
      " FROM certification_deadlines d"
      " JOIN published_cohorts co ON co.district_id = d.district_id AND co.id = d.cohort_id"
      " JOIN published_participations pp ON pp.district_id = d.district_id AND pp.cohort_id = d.cohort_id"
      " JOIN published_schools s ON s.district_id = pp.district_id AND s.id = pp.school_id"
      " JOIN published_team_members t ON t.district_id = pp.district_id AND t.cohort_id = pp.cohort_id"
      "  AND t.school_id = pp.school_id AND t.removed_at IS NULL"
      " JOIN published_people p ON p.district_id = t.district_id AND p.id = t.person_id AND p.active = 1"
      " LEFT JOIN certifications c ON c.district_id = pp.district_id AND c.cohort_id = pp.cohort_id"
      "  AND c.school_id = pp.school_id"
      " WHERE d.district_id = $1 ORDER BY d.cohort_id, s.name, p.id",
      {district_id_}, [&](const db::Row& row) {
        Reminded r;
        r.cohort_id = row.Int(0);
        r.cohort_slug = row.String(1);
        r.cohort_number = row.String(2);
        r.school_slug = row.String(3);
        r.school_name = row.String(4);
        r.deadline = row.OptionalDate(5).value_or(core::LocalDate{});
        r.status = ParseCertStatus(row.Text(6)).value_or(CertStatus::kNotStarted);
        r.verified = !row.IsNull(7);
        r.person_id = row.Int(8);
        r.email = row.String(9);
        r.name = row.String(10);
        rows.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::techplans
