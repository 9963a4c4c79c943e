#include "demo/coaching_demo.hpp"

#include <algorithm>
#include <vector>

#include "core/calendar_days.hpp"
#include "features/coaching/domain/entry.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/cycles_store.hpp"
#include "features/coaching/store/observations_store.hpp"
#include "features/coaching/store/pd_store.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
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
struct DemoLog {
  db::Connection& db;
  coaching::CoachingStore& store;
  const core::TimeZone& zone;
  const features::Effects& effects;
  std::int64_t coach = 0;
  std::string coach_name;
  std::int64_t now = 0;
};

// One entry, announced as the log announces it so the commitments it is evidence of are verified.
core::Result<std::int64_t> AddLogged(const DemoLog& log, const std::string& school_name, const coaching::EntryDraft& d) {
  auto added = log.store.Add(d, true, log.now);
  if (!added) return std::unexpected(added.error());
  // Logged at the end of the day it happened, as the coach's phone would have sent it.
  auto logged_at = log.zone.ToUtc(core::LocalDateTime{d.held_on, 16, 30});
  if (!logged_at) return std::unexpected(logged_at.error());
  const auto kind = coaching::ParseKind(d.kind);
  features::CoachingLogged logged{d.school_id, d.kind, d.held_on,
                                  coaching::LoggedNote(log.coach_name, *kind, school_name, d.held_on, d.minutes),
                                  log.coach, *logged_at};
  if (auto verified = log.effects.Emit(log.db, logged); !verified) return std::unexpected(verified.error());
  return *added;
}

core::Result<void> AddEntries(const DemoLog& log, std::int64_t school, const std::string& school_name,
                              const std::vector<std::int64_t>& teachers, int every_weeks) {
  auto& store = log.store;
  const auto coach = log.coach;
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
    auto added = AddLogged(log, school_name, d);
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

// Garvanza's banked-time sessions of 2018-2019 (Tuesdays after school): the topic, the focus,
// who was there (indexes into the school's teachers; Priya Shah first), and who shared back.
struct DemoSession {
  core::LocalDate held_on;
  const char* topic;
  const char* focus;
  std::vector<std::size_t> present;
  std::vector<std::pair<std::size_t, const char*>> shares;
};

const std::vector<DemoSession>& GarvanzaSessions() {
  static const std::vector<DemoSession> kSessions = {
      {{2018, 9, 18}, "The design process: empathy first", "1.4.a", {0, 1, 2, 3},
       {{0, "My 4th graders interviewed the kindergarten buddies before designing their reading corner."}}},
      {{2018, 10, 16}, "Prototypes that can fail", "1.4.c", {0, 1, 3},
       {{1, "We tested three cardboard filter prototypes and kept a failure log on chart paper."}}},
      {{2018, 11, 13}, "Sequencing with block-based code", "cs.p5", {0, 2, 3}, {}},
      {{2019, 1, 15}, "Open-ended problems and constraints", "1.4.b", {0, 1, 2, 3},
       {{2, "The playground redesign now starts from a budget and a space limit the students measured."}}},
      {{2019, 2, 12}, "Peer feedback on student designs", "1.4.c", {0, 1},
       {{0, "Gallery walks with sticky-note feedback before every revision; the second drafts were stronger."}}},
      {{2019, 5, 14}, "Sharing the year's designs with families", "1.4.d", {0, 1, 2, 3},
       {{3, "Students presented their redesigns at open house and explained what they changed and why."}}},
  };
  return kSessions;
}

core::Result<std::int64_t> Person(db::Connection& db, std::int64_t district_id, const std::string& email) {
  auto person = people::PeopleStore(db, district_id).FindByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) return core::Fail(core::ErrorCode::kNotFound, "The demo has no person " + email + ".");
  return (*person)->id;
}

// Garvanza's plan, agreed with Sophia Mendoza on June 12, 2018 (the day its commitment 7 was
// verified), its sessions with attendance and share-backs, each share-back announced so that
// commitment 17 is verified quarter by quarter; Hope Street's draft of two sessions, attended
// by too few teachers for a majority. All illustrative.
core::Result<void> AddPdPlans(const DemoLog& log, std::int64_t district_id, std::int64_t garvanza, std::int64_t hope,
                              const std::vector<std::int64_t>& garvanza_teachers,
                              const std::vector<std::int64_t>& hope_teachers) {
  auto cohort = cohorts::FindCohortRef(log.db, district_id, "ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return {};
  const auto cohort_id = (*cohort)->id;
  auto sophia = Person(log.db, district_id, "sophia.mendoza@lausd.net");
  auto elena = Person(log.db, district_id, "principal@practica.example");
  auto hannah = Person(log.db, district_id, "principal.hope@practica.example");
  if (!sophia || !elena || !hannah) return core::Fail(core::ErrorCode::kNotFound, "The demo's PS 3.0 people are missing.");
  coaching::PdStore store(log.db, district_id);
  auto at = [&](const core::LocalDate& day, int hour) { return log.zone.ToUtc(core::LocalDateTime{day, hour, 0}); };
  auto drafted = at({2018, 6, 7}, 12);
  if (!drafted) return std::unexpected(drafted.error());
  auto plan = store.EnsurePlan(cohort_id, garvanza, true, *drafted);
  if (!plan) return std::unexpected(plan.error());
  for (const auto& d : GarvanzaSessions()) {
    coaching::SessionDraft draft{d.held_on, d.topic, d.focus, {*elena, garvanza_teachers[0], log.coach}};
    auto id = store.AddSession(*plan, draft, *elena, *drafted);
    if (!id) return std::unexpected(id.error());
    std::vector<std::int64_t> present;
    for (auto i : d.present) present.push_back(garvanza_teachers[i]);
    auto marked_at = at(d.held_on, 16);
    if (!marked_at) return std::unexpected(marked_at.error());
    if (auto marked = store.SetAttendance(*id, present, log.coach, *marked_at); !marked) return marked;
    for (const auto& [who, text] : d.shares) {
      auto shared_at = at(core::AddDays(d.held_on, 7), 15);
      if (!shared_at) return std::unexpected(shared_at.error());
      auto share = store.AddShare(*id, garvanza_teachers[who], text, *shared_at);
      if (!share) return std::unexpected(share.error());
      const std::string session =
          "the banked-time session of " + core::FormatLongDate(d.held_on) + " (" + d.topic + ")";
      features::PdSharedBack shared{cohort_id, garvanza, d.held_on, session, garvanza_teachers[who], *shared_at};
      if (auto verified = log.effects.Emit(log.db, shared); !verified) return verified;
    }
  }
  auto agreed_at = at({2018, 6, 12}, 10);
  if (!agreed_at) return std::unexpected(agreed_at.error());
  if (auto agreed = store.Agree(*plan, *sophia, *agreed_at); !agreed) return agreed;

  auto hope_plan = store.EnsurePlan(cohort_id, hope, true, *drafted);
  if (!hope_plan) return std::unexpected(hope_plan.error());
  const std::vector<std::pair<core::LocalDate, const char*>> hope_sessions = {
      {{2018, 10, 9}, "Launching a design challenge in the classroom"}, {{2019, 2, 5}, "Student voice in design"}};
  for (const auto& [day, topic] : hope_sessions) {
    coaching::SessionDraft draft{day, topic, "1.4.a", {*hannah, log.coach}};
    auto id = store.AddSession(*hope_plan, draft, *hannah, *drafted);
    if (!id) return std::unexpected(id.error());
    auto marked_at = at(day, 16);
    if (!marked_at) return std::unexpected(marked_at.error());
    if (auto marked = store.SetAttendance(*id, {hope_teachers[0]}, log.coach, *marked_at); !marked) return marked;
  }
  return {};
}

// Two illustrative cycles: with Priya Shah in the fall of 2018, complete; with Hope Street's
// Rosa Delgado in the spring of 2019, taught and waiting for its debrief.
core::Result<void> AddCycles(const DemoLog& log, std::int64_t district_id, std::int64_t garvanza, std::int64_t priya, std::int64_t hope,
                             std::int64_t rosa) {
  using coaching::CycleStep;
  coaching::CyclesStore cycles(log.db, district_id);
  struct Plan {
    std::int64_t school;
    std::int64_t teacher;
    const char* goal;
    core::LocalDate started_on;
    std::vector<coaching::StepRecord> steps;
  };
  const std::vector<Plan> plans{
      {garvanza, priya, "1.4.b", {2018, 10, 2},
       {{CycleStep::kPlanning, {2018, 10, 4}, "Planned a design sprint: students name a user, sketch, build and test.", {}},
        {CycleStep::kLesson, {2018, 10, 9}, "Groups built paper prototypes of a lunch-line app; two tested with users.", {}},
        {CycleStep::kDebrief, {2018, 10, 10}, "The testing round ran short; students wanted more time to change their designs.", {}},
        {CycleStep::kNextStep, {2018, 10, 10}, "Add a second testing round and a peer-feedback protocol.",
         core::LocalDate{2018, 10, 24}}}},
      {hope, rosa, "1.3.a", {2019, 2, 26},
       {{CycleStep::kPlanning, {2019, 2, 28}, "Planned a research lesson: students search with keywords they choose.", {}},
        {CycleStep::kLesson, {2019, 3, 5}, "Students compared three sources on local water use.", {}}}},
  };
  for (const auto& plan : plans) {
    auto id = cycles.Add(coaching::CycleDraft{log.coach, plan.school, plan.teacher, plan.goal, plan.started_on}, true,
                         log.now);
    if (!id) return std::unexpected(id.error());
    for (const auto& step : plan.steps) {
      if (auto added = cycles.AddStep(*id, step, log.now); !added) return added;
    }
  }
  return {};
}

}  // namespace

core::Result<void> LoadCoachingDemo(db::Connection& db, std::int64_t district_id,
                                    const std::map<std::string, std::int64_t>& school_ids, const core::TimeZone& zone,
                                    std::int64_t now, const features::Effects& effects) {
  auto coach = people::PeopleStore(db, district_id).FindByEmail("coach@practica.example");
  if (!coach) return std::unexpected(coach.error());
  if (!*coach) return {};
  auto staff = AddTeachers(db, district_id, school_ids);
  if (!staff) return std::unexpected(staff.error());
  coaching::CoachingStore entries(db, district_id);
  const DemoLog log{db, entries, zone, effects, (*coach)->id, (*coach)->display_name, now};
  if (auto done = AddEntries(log, school_ids.at(kGarvanza), kGarvanza, (*staff)[kGarvanza], 1); !done) return done;
  if (auto done = AddEntries(log, school_ids.at(kHope), kHope, (*staff)[kHope], 2); !done) return done;
  if (auto done = AddPdPlans(log, district_id, school_ids.at(kGarvanza), school_ids.at(kHope), (*staff)[kGarvanza],
                             (*staff)[kHope]);
      !done) {
    return done;
  }
  if (auto done = AddCycles(log, district_id, school_ids.at(kGarvanza), (*staff)[kGarvanza].front(), school_ids.at(kHope),
                            (*staff)[kHope].front());
      !done) {
    return done;
  }
  coaching::ObservationsStore observations(db, district_id);
  // Six at Garvanza (its principal sees counts), three at Hope Street (its principal sees none).
  if (auto done = AddObservations(observations, (*coach)->id, school_ids.at(kGarvanza), (*staff)[kGarvanza], 6, now);
      !done) {
    return done;
  }
  return AddObservations(observations, (*coach)->id, school_ids.at(kHope), (*staff)[kHope], 3, now);
}

// Two entries whose focus is a step of the school's design challenge, written once the challenges
// demo has mapped the steps: the co-design session that carried out Garvanza's second step, and
// the teacher-led banked-time PD that was Hope Street's.
core::Result<void> LoadCoachingStepsDemo(db::Connection& db, std::int64_t district_id,
                                         const std::map<std::string, std::int64_t>& school_ids,
                                         const core::TimeZone& zone, std::int64_t now,
                                         const features::Effects& effects) {
  people::PeopleStore people_store(db, district_id);
  auto coach = people_store.FindByEmail("coach@practica.example");
  if (!coach) return std::unexpected(coach.error());
  if (!*coach) return {};
  coaching::CoachingStore store(db, district_id);
  const DemoLog log{db, store, zone, effects, (*coach)->id, (*coach)->display_name, now};
  struct StepEntry {
    const std::string& school;
    int step;
    const char* kind;
    core::LocalDate held_on;
    int minutes;
    std::vector<std::string> teachers;
    const char* notes;
  };
  const std::vector<StepEntry> entries = {
      {kGarvanza, 2, "co_design", {2018, 10, 23}, 60, {"teacher@practica.example", "luis.navarro@practica.example"},
       "Co-designed the fractions lesson's adaptive practice station with the grade 4 team."},
      {kHope, 2, "banked_time_pd", {2018, 11, 27}, 90, {"rosa.delgado@practica.example", "ben.okafor@practica.example"},
       "Two teachers led the banked-time PD on student-designed projects; facilitated the share-back."},
  };
  for (const auto& e : entries) {
    const auto school = school_ids.at(e.school);
    auto steps = store.DesignSteps({school});
    if (!steps) return std::unexpected(steps.error());
    const auto step = std::find_if(steps->begin(), steps->end(), [&](const auto& s) { return s.number == e.step; });
    if (step == steps->end()) continue;
    coaching::EntryDraft d;
    d.coach_id = log.coach;
    d.school_id = school;
    d.held_on = e.held_on;
    d.minutes = e.minutes;
    d.kind = e.kind;
    d.focus = coaching::StepFocusCode(step->id);
    for (const auto& email : e.teachers) {
      auto person = people_store.FindByEmail(email);
      if (!person) return std::unexpected(person.error());
      if (*person) d.teacher_ids.push_back((*person)->id);
    }
    d.notes = e.notes;
    d.notes_shared = true;
    auto added = AddLogged(log, e.school, d);
    if (!added) return std::unexpected(added.error());
  }
  return {};
}

}  // namespace practica::demo
