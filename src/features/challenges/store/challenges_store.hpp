// The design challenges of one district: each school's problem of practice and statement, its
// action steps, cycles and comments, and the cohort's gallery. Reads other rooms only through
// their published views (schools, cohorts, participations, people, standards).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/challenges/domain/action_step.hpp"
#include "features/challenges/domain/challenge.hpp"
#include "features/challenges/domain/cycle.hpp"
#include "features/challenges/domain/stage.hpp"
#include "features/challenges/store/inquiry_store.hpp"
#include "features/challenges/store/lesson_rounds_store.hpp"
#include "features/challenges/store/rounds_store.hpp"

namespace practica::challenges {

using core::CohortRef;
using core::SchoolRef;

struct Comment {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::string body;
  std::int64_t at = 0;
};

struct ChallengeRecord {
  std::int64_t id = 0;
  ProblemOfPractice problem;
  std::string statement;
  std::vector<std::string> indicators;
  std::vector<std::string> cs_practices;  // K-12 CS Framework practices, where they fit
  bool illustrative = false;  // demo data the seeds do not tell: the page says so
  std::optional<std::int64_t> shared_at;
  std::int64_t updated_at = 0;
  std::vector<ActionStep> steps;
  std::vector<Cycle> cycles;
  std::vector<Comment> comments;

  Progress ProgressOf() const;
  std::optional<Cycle> OpenCycle() const;
};

// One school on the cohort's gallery: its statement (empty for a draft or none) and stage.
struct GalleryRow {
  SchoolRef school;
  std::int64_t challenge_id = 0;  // 0: nothing written yet
  std::string statement;
  std::vector<std::string> indicators;
  bool shared = false;
  bool illustrative = false;
  Progress progress;
};

// An action step not done yet, with its school and cohort: what the home page counts.
struct OpenStep {
  std::string cohort_slug;
  std::string cohort_number;
  std::string school_year;
  std::string school_slug;
  std::string school_name;
  ActionStep step;
};

// An action step not done yet with its owner's address: what a reminder is sent about.
struct OwnedStep {
  OpenStep open;
  std::string owner_email;
};

class ChallengesStore {
 public:
  ChallengesStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  [[nodiscard]] core::Result<bool> InCohort(std::int64_t cohort_id, std::int64_t school_id);
  // The cohort's focus standard code ("1.4"), "" when it has none.
  [[nodiscard]] core::Result<std::string> FocusStandard(std::int64_t cohort_id);
  // The ISTE Standards for Students indicators, by code.
  [[nodiscard]] core::Result<std::vector<Indicator>> StudentIndicators();
  // The K-12 CS Framework's core practices, in the Framework's order.
  [[nodiscard]] core::Result<std::vector<Practice>> CsPractices();
  // The schools of the cohort.
  [[nodiscard]] core::Result<std::vector<std::int64_t>> CohortSchoolIds(std::int64_t cohort_id);
  // The school's practitioner team today and its coach: who may own an action step.
  [[nodiscard]] core::Result<std::vector<TeamPerson>> Team(std::int64_t cohort_id, std::int64_t school_id);

  // The school's challenge with its steps, cycles and comments, or nullopt when none is written.
  [[nodiscard]] core::Result<std::optional<ChallengeRecord>> Load(std::int64_t cohort_id, std::int64_t school_id);
  // The challenge's id, made empty first when the school has none.
  [[nodiscard]] core::Result<std::int64_t> Ensure(std::int64_t cohort_id, std::int64_t school_id, std::int64_t by,
                                                  std::int64_t now, bool illustrative = false);

  [[nodiscard]] core::Result<void> SaveProblem(std::int64_t id, const ProblemOfPractice& problem, std::int64_t by,
                                               std::int64_t now);
  [[nodiscard]] core::Result<void> SaveStatement(std::int64_t id, const std::string& statement,
                                                 const std::vector<std::string>& indicators,
                                                 const std::vector<std::string>& cs_practices, std::int64_t by,
                                                 std::int64_t now);
  // Shares the challenge with the cohort; false when it was shared already.
  [[nodiscard]] core::Result<bool> Share(std::int64_t id, std::int64_t by, std::int64_t now);

  // Stores the step with the next number; answers it with its id and number.
  [[nodiscard]] core::Result<ActionStep> AddStep(std::int64_t id, ActionStep step, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> SetStepStatus(std::int64_t step_id, StepStatus status, std::int64_t by,
                                                 std::int64_t now);

  // Stores a planned cycle with the next number.
  [[nodiscard]] core::Result<Cycle> OpenCycle(std::int64_t id, Cycle cycle, std::int64_t by, std::int64_t now);
  // Writes what happened, learned and decided; closes it when `close`.
  [[nodiscard]] core::Result<void> SaveCycle(const Cycle& cycle, bool close, std::int64_t by, std::int64_t now);

  // Keeps a file as the cycle's evidence (in the caller's transaction); returns it with its id
  // and size.
  [[nodiscard]] core::Result<EvidenceFile> AddCycleFile(std::int64_t challenge_id, std::int64_t cycle_id,
                                                        EvidenceFile file, std::string_view bytes, std::int64_t by,
                                                        std::int64_t now);
  // The file's bytes when it belongs to that challenge; nullopt for any other, so one school's
  // address never reaches another school's file. kInternal when its bytes cannot be read back.
  [[nodiscard]] core::Result<std::optional<std::string>> CycleFileBytes(std::int64_t challenge_id,
                                                                        std::int64_t file_id);

  [[nodiscard]] core::Result<Comment> AddComment(std::int64_t id, std::int64_t by, const std::string& body,
                                                 std::int64_t now);

  // The steps not done of these schools' challenges, in every cohort.
  [[nodiscard]] core::Result<std::vector<OpenStep>> OpenSteps(const std::vector<std::int64_t>& school_ids);
  // The steps not done, due on one of these days, whose owner is an active person.
  [[nodiscard]] core::Result<std::vector<OwnedStep>> StepsDueOn(const std::vector<core::LocalDate>& days);

  // Every school of the cohort, by name, with its challenge if any.
  [[nodiscard]] core::Result<std::vector<GalleryRow>> Gallery(std::int64_t cohort_id);

  // The Critical Friends rounds, on the same connection (the same transaction).
  RoundsStore Rounds() { return RoundsStore(db_, district_id_); }
  // The inquiry groups and partnerships, on the same connection.
  InquiryStore Inquiry() { return InquiryStore(db_, district_id_); }
  // The rounds on the third day of a 2+1 offering, on the same connection.
  LessonRoundsStore LessonRounds() { return LessonRoundsStore(db_, district_id_); }

 private:
  [[nodiscard]] core::Result<void> LoadSteps(ChallengeRecord& record);
  [[nodiscard]] core::Result<void> LoadCycles(ChallengeRecord& record);
  [[nodiscard]] core::Result<void> LoadCycleFiles(ChallengeRecord& record);
  [[nodiscard]] core::Result<void> LoadComments(ChallengeRecord& record);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::challenges
