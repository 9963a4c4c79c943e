#include "demo/coaching_demo.hpp"

#include <vector>

#include "core/calendar_days.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/observations_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

const std::string kGarvanza = "Garvanza Elementary Technology and Leadership Magnet";
const std::string kHope = "Hope Street ES";

// Invented teachers, so a year of coaching names more than one person per school.
struct DemoTeacher {
  std::string name;
  std::string email;
  std::string school;
};
const std::vector<DemoTeacher> kTeachers = {
    {"Luis Navarro", "luis.navarro@practica.example", kGarvanza},
    {"Grace Park", "grace.park@practica.example", kGarvanza},
    {"Omar Haddad", "omar.haddad@practica.example", kGarvanza},
    {"Rosa Delgado", "rosa.delgado@practica.example", kHope},
    {"Ben Okafor", "ben.okafor@practica.example", kHope},
};

// A week's pattern, repeated through the year: what the coach did, on which focus.
struct Pattern {
  const char* kind;
  const char* focus;
  int minutes;
  const char* notes;
  const char* next_step;
};
const std::vector<Pattern> kPatterns = {
    {"co_design", "1.4.a", 60, "Co-designed a design-thinking launch for the 4th-grade water unit.", "Try the empathy interviews"},
    {"co_teach", "1.4.c", 50, "Co-taught the prototype round; students tested cardboard filters.", ""},
    {"debrief", "1.4.c", 30, "Debriefed the prototype lesson: more time for testing next round.", "Share the testing checklist"},
    {"ilt_meeting", "cs.p3", 45, "ILT meeting: agreed the design challenge's next action step.", ""},
    {"model_lesson", "1.5.c", 55, "Modeled a block-based sequencing lesson in 2nd grade.", ""},
    {"team_planning", "1.4.b", 60, "Grade 3 team planning: constraints for the playground redesign.", "Draft the rubric together"},
    {"banked_time_pd", "1.4.a", 90, "Facilitated banked-time PD on the design process; teachers shared back.", ""},
    {"check_in", "1.4.d", 20, "Check-in with the principal on roles and the mid-year review.", ""},
};

core::Result<std::map<std::string, std::vector<std::int64_t>>> AddTeachers(
    db::Connection& db, std::int64_t district_id, const std::map<std::string, std::int64_t>& school_ids) {
  people::PeopleStore people_store(db, district_id);
  std::map<std::string, std::vector<std::int64_t>> staff;
  for (const auto& t : kTeachers) {
    auto person = people_store.Create(people::Person{0, t.email, t.name, true});
    if (!person) return std::unexpected(person.error());
    auto added = people_store.AddToSchool(school_ids.at(t.school), person->id, people::StaffRole::kTeacher);
    if (!added) return std::unexpected(added.error());
    staff[t.school].push_back(person->id);
  }
  auto priya = people_store.FindByEmail("teacher@practica.example");
  if (!priya) return std::unexpected(priya.error());
  if (*priya) staff[kGarvanza].insert(staff[kGarvanza].begin(), (*priya)->id);
  return staff;
}

// From the coach's first week (August 2018) to June 2019: Garvanza weekly, Hope Street every
// other week, each entry naming one or two of the school's teachers.
core::Result<void> AddEntries(coaching::CoachingStore& store, std::int64_t coach, std::int64_t school,
                              const std::vector<std::int64_t>& teachers, int every_weeks, std::int64_t now) {
  core::LocalDate day{2018, 8, 14};
  for (int week = 0; day < core::LocalDate{2019, 6, 8}; ++week, day = core::AddDays(day, 7 * every_weeks)) {
    if (day.month == 12 && day.day > 17) continue;  // winter break
    const auto& p = kPatterns[static_cast<std::size_t>(week) % kPatterns.size()];
    coaching::EntryDraft d;
    d.coach_id = coach;
    d.school_id = school;
    d.held_on = core::AddDays(day, week % 3);
    d.minutes = p.minutes;
    d.kind = p.kind;
    d.focus = p.focus;
    d.teacher_ids = {teachers[static_cast<std::size_t>(week) % teachers.size()]};
    if (week % 2 == 0) d.teacher_ids.push_back(teachers[static_cast<std::size_t>(week + 1) % teachers.size()]);
    if (d.teacher_ids.size() == 2 && d.teacher_ids[0] == d.teacher_ids[1]) d.teacher_ids.pop_back();
    d.notes = p.notes;
    d.notes_shared = week % 3 != 0;
    d.next_step = p.next_step;
    if (!d.next_step.empty()) d.next_step_due = core::AddDays(d.held_on, 14);
    auto added = store.Add(d, true, now);
    if (!added) return std::unexpected(added.error());
    // The coach closed the year's next steps as they were done; the last weeks' stay open.
    if (d.next_step_due && d.held_on < core::LocalDate{2019, 5, 20}) {
      if (auto closed = store.MarkDone(coach, *added); !closed) return closed;
    }
  }
  return {};
}

core::Result<void> AddObservations(coaching::ObservationsStore& store, std::int64_t coach, std::int64_t school,
                                   const std::vector<std::int64_t>& teachers, int count, std::int64_t now) {
  static const char* kIndicators[] = {"1.4.a", "1.4.c", "1.4.b", "1.5.c", "1.4.d", "1.6.b"};
  static const char* kSamr[] = {"A", "M", "S", "M", "R", "A"};
  for (int i = 0; i < count; ++i) {
    coaching::ObservationDraft d;
    d.coach_id = coach;
    d.school_id = school;
    d.teacher_id = teachers[static_cast<std::size_t>(i) % teachers.size()];
    d.observed_on = core::AddDays(core::LocalDate{2018, 10, 9}, 28 * i);
    d.indicator = kIndicators[i % 6];
    d.samr = kSamr[i % 6];
    d.look_fors = "Students define the problem in their own words; prototypes are tested and changed.";
    d.engagement = "Most groups stayed on the task; three students explained their redesign to a visitor.";
    d.notes = "Strong launch; the testing round ran short.";
    auto added = store.Add(d, true, now);
    if (!added) return std::unexpected(added.error());
  }
  return {};
}

}  // namespace

core::Result<void> LoadCoachingDemo(db::Connection& db, std::int64_t district_id,
                                    const std::map<std::string, std::int64_t>& school_ids, std::int64_t now) {
  auto coach = people::PeopleStore(db, district_id).FindByEmail("coach@practica.example");
  if (!coach) return std::unexpected(coach.error());
  if (!*coach) return {};
  auto staff = AddTeachers(db, district_id, school_ids);
  if (!staff) return std::unexpected(staff.error());
  coaching::CoachingStore entries(db, district_id);
  if (auto done = AddEntries(entries, (*coach)->id, school_ids.at(kGarvanza), (*staff)[kGarvanza], 1, now); !done) {
    return done;
  }
  if (auto done = AddEntries(entries, (*coach)->id, school_ids.at(kHope), (*staff)[kHope], 2, now); !done) return done;
  coaching::ObservationsStore observations(db, district_id);
  // Six at Garvanza (its principal sees counts), three at Hope Street (its principal sees none).
  if (auto done = AddObservations(observations, (*coach)->id, school_ids.at(kGarvanza), (*staff)[kGarvanza], 6, now);
      !done) {
    return done;
  }
  return AddObservations(observations, (*coach)->id, school_ids.at(kHope), (*staff)[kHope], 3, now);
}

}  // namespace practica::demo
