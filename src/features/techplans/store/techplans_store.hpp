// The technology plans and digital citizenship certifications of one district. Reads other
// rooms only through what they publish (cohorts, schools, participations, team members, people).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/techplans/domain/certification.hpp"
#include "features/techplans/domain/plan.hpp"

namespace practica::techplans {

using core::CohortRef;
using core::SchoolRef;

struct Version {
  int number = 0;
  PlanContent content;
  std::int64_t saved_by = 0;
  std::string saved_by_name;
  std::int64_t saved_at = 0;
};

// A comment, or a step of the review ("submitted", "returned", "approved").
struct Note {
  int version = 0;
  std::string kind;  // "comment", "submitted", "returned", "approved"
  std::int64_t person_id = 0;
  std::string person_name;
  std::string body;
  std::int64_t at = 0;
};

struct PlanRecord {
  std::int64_t id = 0;
  PlanStatus status = PlanStatus::kDraft;
  bool illustrative = false;
  std::vector<Version> versions;  // oldest first
  std::vector<Note> notes;        // oldest first
  // Everyone who saved a version or submitted it: none of them approves it.
  std::vector<std::int64_t> Authors() const;
};

// One school of a cohort with its plan's status and its certification, for the cohort overview.
struct SchoolRow {
  SchoolRef school;
  std::optional<PlanStatus> plan;
  std::optional<CertRecord> certification;
  bool verified = false;
  bool illustrative = false;
};

struct CertificationRecord {
  CertRecord record;
  std::optional<std::int64_t> verified_by;
  std::string verified_by_name;
  std::optional<std::int64_t> verified_at;
  bool illustrative = false;
  std::int64_t updated_at = 0;
};

// A file kept beside the plan or the certification (domain/plan_files.hpp), without its bytes.
struct PlanFile {
  std::int64_t id = 0;
  std::string slot;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::string uploaded_by_name;
  std::int64_t uploaded_at = 0;
};

class TechPlansStore {
 public:
  TechPlansStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  [[nodiscard]] core::Result<bool> InCohort(std::int64_t cohort_id, std::int64_t school_id);
  // Whether the person is on the school's practitioner team in the cohort on `today`: its principal or a member of its team.
  [[nodiscard]] core::Result<bool> OnTeam(std::int64_t cohort_id, std::int64_t school_id, std::int64_t person_id,
                                         const core::LocalDate& today);

  [[nodiscard]] core::Result<std::optional<PlanRecord>> LoadPlan(std::int64_t cohort_id, std::int64_t school_id);
  // The plan's id, made as a draft when the school has none.
  [[nodiscard]] core::Result<std::int64_t> EnsurePlan(std::int64_t cohort_id, std::int64_t school_id, std::int64_t by,
                                                      std::int64_t now, bool illustrative);
  // Saves `content` as the next version; answers its number.
  [[nodiscard]] core::Result<int> AddVersion(std::int64_t plan_id, const PlanContent& content, std::int64_t by,
                                             std::int64_t now);
  [[nodiscard]] core::Result<void> SetStatus(std::int64_t plan_id, PlanStatus status, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> AddNote(std::int64_t plan_id, const Note& note);

  // The cohort's schools with their plans and certifications, by name.
  [[nodiscard]] core::Result<std::vector<SchoolRow>> Overview(std::int64_t cohort_id);

  [[nodiscard]] core::Result<std::optional<CertificationRecord>> LoadCertification(std::int64_t cohort_id,
                                                                                   std::int64_t school_id);
  [[nodiscard]] core::Result<void> SaveCertification(std::int64_t cohort_id, std::int64_t school_id,
                                                     const CertRecord& record, std::int64_t by, std::int64_t now,
                                                     bool illustrative);
  [[nodiscard]] core::Result<void> VerifyCertification(std::int64_t cohort_id, std::int64_t school_id,
                                                       std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<core::LocalDate>> Deadline(std::int64_t cohort_id);
  [[nodiscard]] core::Result<void> SetDeadline(std::int64_t cohort_id, const core::LocalDate& day, std::int64_t by,
                                               std::int64_t now);

  // Where the home page finds work: each participation of these schools (or, with no ids, every
  // school), with its plan's status and its certification.
  struct Standing {
    std::string cohort_slug;
    std::string cohort_number;
    std::string school_year;
    std::string school_slug;
    std::string school_name;
    std::optional<PlanStatus> plan;
    CertStatus certification = CertStatus::kNotStarted;
    bool verified = false;
  };
  [[nodiscard]] core::Result<std::vector<Standing>> Standings(const std::vector<std::int64_t>& school_ids, bool every_school);

  // Reminders: every cohort with a deadline, its schools' certification status and the team to tell.
  struct Reminded {
    std::int64_t cohort_id = 0;
    std::string cohort_slug;
    std::string cohort_number;
    std::string school_slug;
    std::string school_name;
    core::LocalDate deadline;
    CertStatus status = CertStatus::kNotStarted;
    bool verified = false;
    std::int64_t person_id = 0;
    std::string email;
    std::string name;
  };
  [[nodiscard]] core::Result<std::vector<Reminded>> ReminderRows();

  // files_store.cpp: the school's files in the cohort, each slot's newest first; keeping one
  // (its bytes as given); one's bytes, or nullopt when the school has no such file.
  [[nodiscard]] core::Result<std::vector<PlanFile>> Files(std::int64_t cohort_id, std::int64_t school_id);
  [[nodiscard]] core::Result<PlanFile> AddFile(std::int64_t cohort_id, std::int64_t school_id, PlanFile file,
                                               std::string_view bytes, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<PlanFile>> FindFile(std::int64_t cohort_id, std::int64_t school_id,
                                                               std::int64_t file_id);
  [[nodiscard]] core::Result<std::optional<std::string>> FileBytes(std::int64_t cohort_id, std::int64_t school_id,
                                                                   std::int64_t file_id);

  // plan_team.cpp: who hears of a decision on the school's plan: its principal (the grant
  // holding on `today`) and the members of its practitioner team in the cohort, active people
  // only, by name.
  struct Recipient {
    std::int64_t person_id = 0;
    std::string name;
    std::string email;
  };
  [[nodiscard]] core::Result<std::vector<Recipient>> PlanTeam(std::int64_t cohort_id, std::int64_t school_id,
                                                              const core::LocalDate& today);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::techplans
