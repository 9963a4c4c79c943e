#include "features/participations/store/participations_store.hpp"

#include "db/clause.hpp"

namespace practica::participations {
namespace {

db::Value OrNull(const std::optional<std::int64_t>& value) {
  return value ? db::Value{*value} : db::Value{nullptr};
}

std::optional<std::int64_t> IntOrNone(const db::Row& row, int column) {
  return row.IsNull(column) ? std::nullopt : std::optional<std::int64_t>{row.Int(column)};
}

}  // namespace

core::Result<std::optional<Listed>> ParticipationsStore::Find(const CohortRef& cohort, const SchoolRef& school) {
  std::optional<Listed> found;
  auto done = db_.Execute(
      "SELECT listed_name FROM participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort.id, school.id},
      [&](const db::Row& row) { found = Listed{cohort, school, row.String(0)}; });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<Listed>> ParticipationsStore::List(const CohortRef& cohort, const Scope& scope) {
  std::vector<Listed> rows;
  db::Params params{district_id_, cohort.id};
  if (scope.CoversNothing()) return rows;
  const auto condition = db::ScopeCondition(scope, "s.id", "s.local_district_id", params);
  const std::string where = condition.empty() ? "" : " AND " + condition;
  auto done = db_.Execute(
      "SELECT s.id, COALESCE(s.local_district_id, 0), s.slug, s.name, COALESCE(l.name, ''), p.listed_name"
      " FROM participations p JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2" + where + " ORDER BY s.name, s.id",
      params, [&](const db::Row& row) {
        rows.push_back(Listed{cohort, SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3), row.String(4)},
                              row.String(5)});
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<std::optional<AgreementVersion>> ParticipationsStore::CurrentAgreement(std::int64_t cohort_id) {
  std::optional<AgreementVersion> found;
  auto done = db_.Execute(
      "SELECT version, title, text, published_at FROM published_agreement_versions WHERE district_id = $1"
      " AND cohort_id = $2 ORDER BY version DESC LIMIT 1",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        found = AgreementVersion{static_cast<int>(row.Int(0)), row.String(1), row.String(2), row.Int(3)};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<Signature>> ParticipationsStore::Signatures(std::int64_t cohort_id, std::int64_t school_id) {
  auto all = SignaturesOf(cohort_id, {school_id});
  if (!all) return std::unexpected(all.error());
  return std::move((*all)[school_id]);
}

core::Result<std::map<std::int64_t, std::vector<Signature>>> ParticipationsStore::SignaturesOf(
    std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, std::vector<Signature>> all;
  if (school_ids.empty()) return all;
  db::Params params{district_id_, cohort_id};
  const auto schools = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT school_id, id, role, person_id, signer_name, version, text_sha256, signed_at FROM agreement_signatures"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id IN (" + schools + ") ORDER BY signed_at, id",
      params, [&](const db::Row& row) {
        all[row.Int(0)].push_back(Signature{row.Int(1), ParseSlot(row.Text(2)).value_or(Slot::kPrincipal),
                                            row.Int(3), row.String(4), static_cast<int>(row.Int(5)), row.String(6),
                                            row.Int(7)});
      });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<Signature> ParticipationsStore::AddSignature(std::int64_t cohort_id, std::int64_t school_id,
                                                          Signature signature) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  signature.id = *id;
  auto saved = db_.Exec(
      "INSERT INTO agreement_signatures (district_id, id, cohort_id, school_id, role, person_id, signer_name,"
      " version, text_sha256, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, signature.id, cohort_id, school_id, std::string(SlotCode(signature.slot)),
       signature.person_id, signature.name, std::int64_t{signature.version}, signature.text_sha256,
       signature.signed_at});
  if (!saved) return std::unexpected(saved.error());
  return signature;
}

core::Result<Details> ParticipationsStore::LoadDetails(std::int64_t cohort_id, std::int64_t school_id) {
  auto all = DetailsOf(cohort_id, {school_id});
  if (!all) return std::unexpected(all.error());
  return std::move((*all)[school_id]);
}

core::Result<std::map<std::int64_t, Details>> ParticipationsStore::DetailsOf(std::int64_t cohort_id,
                                                                           const std::vector<std::int64_t>& school_ids) {
  std::map<std::int64_t, Details> all;
  if (school_ids.empty()) return all;
  db::Params params{district_id_, cohort_id};
  const auto schools = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(
      "SELECT d.school_id, d.team_confirmed_at, d.tech_lead_person_id, t.display_name, t.email,"
      " d.tech_lead_classification, d.sso_lead_person_id, o.display_name, o.email, d.signatures_requested_at,"
      " d.retracted_at, d.retracted_by, r.display_name, r.email, d.retraction_reason"
      " FROM participation_details d"
      " LEFT JOIN published_people t ON t.district_id = d.district_id AND t.id = d.tech_lead_person_id"
      " LEFT JOIN published_people o ON o.district_id = d.district_id AND o.id = d.sso_lead_person_id"
      " LEFT JOIN published_people r ON r.district_id = d.district_id AND r.id = d.retracted_by"
      " WHERE d.district_id = $1 AND d.cohort_id = $2 AND d.school_id IN (" + schools + ")",
      params, [&](const db::Row& row) {
        auto& details = all[row.Int(0)];
        details.team_confirmed_at = IntOrNone(row, 1);
        if (!row.IsNull(2)) details.leads.technology_support = PersonRef{row.Int(2), row.String(3), row.String(4)};
        details.leads.classification = ParseClassification(row.Text(5));
        if (!row.IsNull(6)) details.leads.sso = PersonRef{row.Int(6), row.String(7), row.String(8)};
        details.signatures_requested_at = IntOrNone(row, 9);
        if (!row.IsNull(10)) {
          details.retraction = Retraction{row.String(14), PersonRef{row.Int(11), row.String(12), row.String(13)},
                                          row.Int(10)};
        }
      });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<void> ParticipationsStore::EnsureDetails(std::int64_t cohort_id, std::int64_t school_id) {
  auto made = db_.Exec(
      "INSERT INTO participation_details (district_id, cohort_id, school_id) VALUES ($1, $2, $3)"
      " ON CONFLICT (district_id, cohort_id, school_id) DO NOTHING",
      {district_id_, cohort_id, school_id});
  if (!made) return std::unexpected(made.error());
  return {};
}

core::Result<void> ParticipationsStore::SetTeamConfirmed(std::int64_t cohort_id, std::int64_t school_id,
                                                         std::optional<std::int64_t> confirmed_at,
                                                         std::int64_t by) {
  if (auto made = EnsureDetails(cohort_id, school_id); !made) return made;
  auto set = db_.Exec(
      "UPDATE participation_details SET team_confirmed_at = $4, team_confirmed_by = $5"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id, OrNull(confirmed_at),
       confirmed_at ? db::Value{by} : db::Value{nullptr}});
  if (!set) return std::unexpected(set.error());
  return {};
}

core::Result<void> ParticipationsStore::SetLeads(std::int64_t cohort_id, std::int64_t school_id,
                                                 const Leads& leads) {
  if (auto made = EnsureDetails(cohort_id, school_id); !made) return made;
  const auto person = [](const std::optional<PersonRef>& p) { return p ? db::Value{p->id} : db::Value{nullptr}; };
  auto set = db_.Exec(
      "UPDATE participation_details SET tech_lead_person_id = $4, tech_lead_classification = $5,"
      " sso_lead_person_id = $6 WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id, person(leads.technology_support),
       leads.technology_support && leads.classification
           ? db::Value{std::string(ClassificationCode(*leads.classification))}
           : db::Value{nullptr},
       person(leads.sso)});
  if (!set) return std::unexpected(set.error());
  return {};
}

core::Result<void> ParticipationsStore::NoteSignatureRequests(std::int64_t cohort_id, std::int64_t school_id,
                                                              std::int64_t now) {
  if (auto made = EnsureDetails(cohort_id, school_id); !made) return made;
  auto set = db_.Exec(
      "UPDATE participation_details SET signatures_requested_at = $4"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id, now});
  if (!set) return std::unexpected(set.error());
  return {};
}

core::Result<void> ParticipationsStore::Retract(std::int64_t cohort_id, std::int64_t school_id,
                                                const std::string& reason, std::int64_t by, std::int64_t now) {
  if (auto made = EnsureDetails(cohort_id, school_id); !made) return made;
  auto set = db_.Exec(
      "UPDATE participation_details SET retracted_at = $4, retracted_by = $5, retraction_reason = $6"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3 AND retracted_at IS NULL",
      {district_id_, cohort_id, school_id, now, by, reason});
  if (!set) return std::unexpected(set.error());
  if (*set == 0) {
    return core::Fail(core::ErrorCode::kConflict, "This participation was already retracted; reload the page.");
  }
  return {};
}

core::Result<void> ParticipationsStore::AddSchool(std::int64_t cohort_id, std::int64_t school_id,
                                           const std::string& listed_name) {
  auto inserted = db_.Exec(
      "INSERT INTO participations (district_id, cohort_id, school_id, listed_name)"
      " VALUES ($1, $2, $3, $4)",
      {district_id_, cohort_id, school_id, listed_name});
  if (!inserted) {
    auto error = inserted.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = listed_name + " is already part of this cohort.";
    }
    return std::unexpected(error);
  }
  return {};
}

}  // namespace practica::participations
