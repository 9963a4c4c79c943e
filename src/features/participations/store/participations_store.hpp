// Participations of one district: the roster row a page names, the cohort's current agreement,
// signatures, the leads, the team's confirmation, signature requests and the retraction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/school_scope.hpp"
#include "db/connection.hpp"
#include "features/participations/domain/participation.hpp"
#include "features/participations/store/directory_store.hpp"

namespace practica::participations {

struct Details {
  std::optional<std::int64_t> team_confirmed_at;
  Leads leads;
  std::optional<std::int64_t> signatures_requested_at;
  std::optional<Retraction> retraction;
};

// Which participations a list shows: all of them, or those of the listed schools and local
// districts (the person's scopes).
using Scope = core::SchoolScope;

struct Listed {
  CohortRef cohort;
  SchoolRef school;
  std::string listed_name;  // the spelling in the cohort's list
};

class ParticipationsStore {
 public:
  ParticipationsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Puts the school on the cohort's roster under the name the cohort's list gives it.
  // kConflict when the school is already in the cohort.
  [[nodiscard]] core::Result<void> AddSchool(std::int64_t cohort_id, std::int64_t school_id,
                                             const std::string& listed_name);
  // The roster row, or nullopt when the school is not in the cohort.
  [[nodiscard]] core::Result<std::optional<Listed>> Find(const CohortRef& cohort, const SchoolRef& school);
  // The cohort's schools inside the scope, by name.
  [[nodiscard]] core::Result<std::vector<Listed>> List(const CohortRef& cohort, const Scope& scope);

  // The newest published version (agreement_versions, kept by the applications feature): the
  // one the applications pages show is the one that is signed.
  [[nodiscard]] core::Result<std::optional<AgreementVersion>> CurrentAgreement(std::int64_t cohort_id);
  // Oldest first.
  [[nodiscard]] core::Result<std::vector<Signature>> Signatures(std::int64_t cohort_id, std::int64_t school_id);
  // The same for several schools of the cohort in one statement, by school id (a school with
  // none is absent): a list of participations reads each kind of row once, not once per row.
  [[nodiscard]] core::Result<std::map<std::int64_t, std::vector<Signature>>> SignaturesOf(
      std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids);
  [[nodiscard]] core::Result<Signature> AddSignature(std::int64_t cohort_id, std::int64_t school_id,
                                                     Signature signature);

  [[nodiscard]] core::Result<Details> LoadDetails(std::int64_t cohort_id, std::int64_t school_id);
  // By school id; a school with no details row is absent (its details are the defaults).
  [[nodiscard]] core::Result<std::map<std::int64_t, Details>> DetailsOf(std::int64_t cohort_id,
                                                                      const std::vector<std::int64_t>& school_ids);
  // `confirmed_at` empty returns the team to a draft.
  [[nodiscard]] core::Result<void> SetTeamConfirmed(std::int64_t cohort_id, std::int64_t school_id,
                                                    std::optional<std::int64_t> confirmed_at,
                                                    std::int64_t by);
  [[nodiscard]] core::Result<void> SetLeads(std::int64_t cohort_id, std::int64_t school_id, const Leads& leads);
  [[nodiscard]] core::Result<void> NoteSignatureRequests(std::int64_t cohort_id, std::int64_t school_id,
                                                         std::int64_t now);
  // Marks the participation retracted; the roster row and everything else stay.
  [[nodiscard]] core::Result<void> Retract(std::int64_t cohort_id, std::int64_t school_id,
                                           const std::string& reason, std::int64_t by, std::int64_t now);

 private:
  [[nodiscard]] core::Result<void> EnsureDetails(std::int64_t cohort_id, std::int64_t school_id);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::participations
