// The coaching log's storage: entries and the people they name, and what the log reads of
// other rooms (the coach's caseload, a school's staff) through their published views.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/coaching/domain/entry.hpp"
#include "features/coaching/domain/hours.hpp"

namespace practica::coaching {

using core::SchoolRef;

struct StaffMember {
  std::int64_t person_id = 0;
  std::int64_t school_id = 0;
  std::string name;
  std::string role;  // "principal", "teacher", "support"
};

struct NamedPerson {
  std::int64_t id = 0;
  std::string name;
};

struct Entry {
  std::int64_t id = 0;
  std::int64_t coach_id = 0;
  std::string coach_name;
  SchoolRef school;
  core::LocalDate held_on;
  int minutes = 0;
  std::string kind;
  std::string focus;
  std::string focus_label;  // the indicator's, practice's or design-challenge step's words
  std::string notes;
  bool notes_shared = false;
  std::string next_step;
  std::optional<core::LocalDate> next_step_due;
  bool next_step_done = false;
  bool illustrative = false;
  std::vector<NamedPerson> people;
};

// A next step to remind its coach of, with where the e-mail goes.
struct DueFollowUp {
  Entry entry;  // without its people
  std::string coach_email;
};

// Whom a coach's change at a school may touch: the ids of the coach's caseload schools and of
// that school's staff, as the log, observations and cycles check them.
struct Reach {
  std::set<std::int64_t> caseload;
  std::set<std::int64_t> school_staff;
};

// A step of a school's design challenge, offered as a log entry's focus.
struct DesignStep {
  std::int64_t id = 0;
  std::int64_t school_id = 0;
  int number = 0;
  std::string cohort_number;  // "3.0"
  std::string what;
  std::string Label() const { return StepFocusLabel(number, cohort_number, what); }
};

struct EntryFilter {
  std::int64_t coach_id = 0;   // 0: every coach
  std::int64_t person_id = 0;  // 0: anyone; else the entries naming this person
  int limit = 50;
};

class CoachingStore {
 public:
  CoachingStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  // The schools currently assigned to the coach, by name.
  [[nodiscard]] core::Result<std::vector<SchoolRef>> Caseload(std::int64_t coach_id);
  // The staff of these schools, by school then name.
  [[nodiscard]] core::Result<std::vector<StaffMember>> Staff(const std::vector<std::int64_t>& school_ids);
  // The caseload and the staff of `school_id`, as ids.
  [[nodiscard]] core::Result<Reach> ReachAt(std::int64_t coach_id, std::int64_t school_id);
  [[nodiscard]] core::Result<std::int64_t> Add(const EntryDraft& draft, bool illustrative, std::int64_t now);
  // Newest first. Notes come back as stored: a page shows them through VisibleNotes.
  [[nodiscard]] core::Result<std::vector<Entry>> Entries(const EntryFilter& filter);
  // One coach's entries as the hours need them (every coach's are summed by TotalsByCoach).
  [[nodiscard]] core::Result<std::vector<EntryFact>> Facts(std::int64_t coach_id);
  // The last day each person of these schools was named in an entry (by any coach).
  [[nodiscard]] core::Result<std::map<std::int64_t, core::LocalDate>> LastCoached(
      const std::vector<std::int64_t>& school_ids);
  // The coach's next steps not done and due on or before `until`, soonest first.
  [[nodiscard]] core::Result<std::vector<Entry>> FollowUps(std::int64_t coach_id, const core::LocalDate& until);
  // Every coach's next steps not done whose date is one of `days`, for the daily reminders;
  // only active coaches.
  [[nodiscard]] core::Result<std::vector<DueFollowUp>> FollowUpsDueOn(const std::vector<core::LocalDate>& days);
  // kNotFound unless the entry is the coach's own.
  [[nodiscard]] core::Result<void> MarkDone(std::int64_t coach_id, std::int64_t entry_id);
  // The names of the schools the coach logged at.
  [[nodiscard]] core::Result<std::map<std::int64_t, std::string>> SchoolNames(std::int64_t coach_id);
  // The coaches who logged anything, for the district's view.
  [[nodiscard]] core::Result<std::vector<NamedPerson>> Coaches();
  // The latest day any coach logged, on or before `today`.
  [[nodiscard]] core::Result<std::optional<core::LocalDate>> LastLoggedDay(const core::LocalDate& today);
  // Each coach's minutes in the window's month and school year, summed by the database.
  [[nodiscard]] core::Result<std::map<std::int64_t, CoachTotal>> TotalsByCoach(const HoursWindow& window);
  // The action steps of these schools' design challenges (the challenges room publishes them),
  // by school, the latest cohort first, then in the team's order.
  [[nodiscard]] core::Result<std::vector<DesignStep>> DesignSteps(const std::vector<std::int64_t>& school_ids);

 private:
  [[nodiscard]] core::Result<void> LoadPeople(std::vector<Entry>& entries);
  // Sets each entry's focus_label; the steps among the focuses are read in one query.
  [[nodiscard]] core::Result<void> LabelFocuses(std::vector<Entry>& entries);
  db::Connection& db_;
  std::int64_t district_id_;
};

// The caseload's ids in order and each school by id: what the views read staff and steps with.
struct SchoolsById {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, SchoolRef> by_id;
};
SchoolsById IndexSchools(const std::vector<SchoolRef>& schools);

// The notes an entry shows to `viewer`: all of them to the coach who wrote them; to the people
// it names only when shared; to anyone else nothing.
std::string VisibleNotes(const Entry& entry, std::int64_t viewer);

}  // namespace practica::coaching
