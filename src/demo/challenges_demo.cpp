#include "demo/challenges_demo.hpp"

#include <string>
#include <vector>

#include "core/text.hpp"
#include "features/challenges/store/challenges_store.hpp"
#include "features/learning/store/learning_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

namespace c = practica::challenges;

struct DemoStep {
  std::string what;
  std::string owner;   // e-mail
  std::string due_on;  // on the 2018-2019 calendar
  c::StepStatus status;
};

struct DemoCycle {
  std::string try_text, prediction, evidence_planned;
  std::string opened_on;
  // Empty for the open cycle.
  std::string happened, evidence_links, learned, next_step, closed_on;
  c::Decision decision = c::Decision::kAdapt;
};

struct DemoChallenge {
  std::string school_slug;
  c::ProblemOfPractice problem;
  std::string statement;  // seed 003's words
  std::string indicators;
  std::string shared_on;
  std::vector<DemoStep> steps;
  std::vector<DemoCycle> cycles;
  std::string cs_practices = "";  // K-12 CS Framework practices, where they fit
};

const std::string kCoach = "coach@practica.example";
const std::string kElena = "principal@practica.example";
const std::string kPriya = "teacher@practica.example";

std::vector<DemoChallenge> Challenges() {
  using S = c::StepStatus;
  return {
      {"garvanza-elementary-technology-and-leadership-magnet",
       {"Too many of our third to fifth graders need after-school intervention in mathematics because first "
        "instruction does not reach them the first time.",
        "Illustrative: 41 of 96 students in grades 3-5 were referred to after-school intervention in 2017-2018. "
        "Empathy interviews with twelve of them: \"I get it when I can try it again on my own.\"",
        "https://drive.example.org/garvanza-intervention-referrals-2017-18", "Students in grades 3-5 and their teachers"},
       "How might we leverage digital tools and resources coupled with strong first instruction so that we don't "
       "have afterschool intervention?",
       "1.4.a,1.4.c,1.1.c", "2018-09-14",
       {{"Empathy interviews with twelve students referred to intervention", kPriya, "2018-09-28", S::kDone},
        {"Co-design a first-instruction lesson with an adaptive practice station", kCoach, "2018-10-26", S::kDone},
        {"Share the first cycle's findings at the ILT meeting", kElena, "2019-01-25", S::kDone},
        {"Bring the adapted station to the follow-up learning day", kPriya, "2019-03-22", S::kInProgress}},
       {{"A fractions lesson with an adaptive practice station during first instruction",
         "Fewer students will need a re-teach the next week.", "Exit tickets and the re-teach list of two classes",
         "2018-11-05", "Re-teach lists fell from 14 students to 8 in the two classes.",
         "https://drive.example.org/garvanza-cycle-1-exit-tickets", "Students used the station best with a partner.",
         "Add partner talk to the station and try it in grade 4.", "2018-12-14", c::Decision::kAdapt},
        {"The station with partner talk in two grade 4 classes", "Re-teach lists fall by half again.",
         "Exit tickets, re-teach lists and a student survey", "2019-02-04"}}},
      {"hope-street-es",
       {"Our professional development is delivered to teachers rather than built with them, and few teachers "
        "lead any of it.",
        "Illustrative: in a spring 2018 survey 9 of 31 teachers said PD drew on their own expertise; 2 of 31 had "
        "led a session in two years.",
        "https://drive.example.org/hope-street-pd-survey-2018", "Every teacher and the ILT"},
       "How might we reimagine our PD to incorporate everyone's talents, skills and abilities and to create a "
       "community of shared learning?",
       "1.4.a,1.4.d,1.7.c", "2018-09-21",
       {{"Map each teacher's strengths with a short survey", kCoach, "2018-10-05", S::kDone},
        {"Teacher-led PD in banked time, one grade level each month", kCoach, "2018-11-30", S::kDone},
        {"Share back what the PD changed in classrooms", kCoach, "2019-04-26", S::kInProgress}},
       {{"A banked-time PD led by two teachers on student-designed projects",
         "More teachers will try the routine in their classes within two weeks.",
         "Sign-ups for classroom visits and a two-question exit survey", "2018-10-15",
         "19 of 31 teachers tried the routine; the exit survey asked for more teacher-led sessions.",
         "https://drive.example.org/hope-street-cycle-1-survey", "Teachers follow a colleague they have seen teach.",
         "Make teacher-led PD the monthly routine.", "2018-11-16", c::Decision::kAdopt},
        {"Peer visits between grade levels before each teacher-led session",
         "Sessions will start from what teachers saw in each other's classes.",
         "Visit notes and the session agendas", "2019-01-14"}}},
      {"telfair-avenue-es",
       {"Our students with disabilities are rarely in the standards-based lessons their classmates have.",
        "Illustrative: observations in October 2018 found accessibility features in use in 3 of 20 lessons; "
        "student voice from the resource room: \"I can do it when it reads to me.\"",
        "https://drive.example.org/telfair-observations-2018", "Students with IEPs in grades 2-5 and their teachers"},
       "How might we incorporate the district's free enterprise apps and tools in lesson design to promote access "
       "and inclusion of students with disabilities in standards-based, rigorous instruction?",
       "1.4.b,1.4.c,1.1.a", "2018-10-12",
       {{"Inventory the accessibility features of the district's free apps", kCoach, "2018-10-31", S::kDone},
        {"Co-design one inclusive lesson a month with a grade-level team", kCoach, "2019-02-28", S::kInProgress},
        {"Present the lessons on the follow-up learning day", kCoach, "2019-03-22", S::kNotStarted}},
       {{"A science lesson with read-aloud and captioned video for every student",
         "Students with IEPs will complete the same task as their classmates.", "Task completion by student group",
         "2018-11-05", "All 6 students with IEPs completed the task; two needed more time.",
         "https://drive.example.org/telfair-cycle-1-completion", "Read-aloud helped everyone, not only students with IEPs.",
         "Keep the read-aloud and add a second way to show learning.", "2018-12-07", c::Decision::kAdapt},
        {"The same lesson design with a choice of a recording or a drawing to show learning",
         "More students will show what they understood.", "Student products and a teacher reflection",
         "2019-01-22"}},
       "P1"},
  };
}

core::Result<std::int64_t> At(const core::TimeZone& zone, const std::string& day, int hour) {
  auto date = core::ParseLocalDate(day);
  if (!date) return std::unexpected(date.error());
  return zone.ToUtc(core::LocalDateTime{*date, hour, 0});
}

core::Result<std::int64_t> PersonId(db::Connection& db, std::int64_t district_id, const std::string& email) {
  auto person = people::PeopleStore(db, district_id).FindByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) return core::Fail(core::ErrorCode::kInternal, "The demo has no person " + email + ".");
  return (*person)->id;
}

}  // namespace

namespace {

#define DEMO_TRY(expr)                                  \
  if (auto demo_try = (expr); !demo_try) {              \
    return std::unexpected(demo_try.error());           \
  }

core::Result<void> AddCycles(c::ChallengesStore& store, db::Connection& db, std::int64_t district_id,
                             const core::TimeZone& zone, std::int64_t challenge_id, const DemoChallenge& d) {
  auto coach = PersonId(db, district_id, kCoach);
  if (!coach) return std::unexpected(coach.error());
  for (const auto& dc : d.cycles) {
    auto opened_at = At(zone, dc.opened_on, 15);
    if (!opened_at) return std::unexpected(opened_at.error());
    c::Cycle cycle;
    cycle.try_text = dc.try_text;
    cycle.prediction = dc.prediction;
    cycle.evidence_planned = dc.evidence_planned;
    auto opened = store.OpenCycle(challenge_id, cycle, *coach, *opened_at);
    if (!opened) return std::unexpected(opened.error());
    if (dc.closed_on.empty()) continue;
    opened->happened = dc.happened;
    opened->evidence_links = dc.evidence_links;
    opened->learned = dc.learned;
    opened->decision = dc.decision;
    opened->next_step = dc.next_step;
    DEMO_TRY(c::CheckClose(*opened));
    auto closed_at = At(zone, dc.closed_on, 16);
    if (!closed_at) return std::unexpected(closed_at.error());
    DEMO_TRY(store.SaveCycle(*opened, true, *coach, *closed_at));
    // Each closed cycle keeps a short file beside its link, so its evidence can be opened here.
    c::EvidenceFile file;
    file.file_name = "cycle-" + std::to_string(opened->number) + "-evidence-summary.txt";
    file.content_type = "text/plain";
    const std::string text = "Cycle " + std::to_string(opened->number) + " evidence summary (illustrative)\n" +
                             "We tried: " + dc.try_text + "\nWhat happened: " + dc.happened + "\n";
    auto kept = store.AddCycleFile(challenge_id, opened->id, file, text, *coach, *closed_at);
    if (!kept) return std::unexpected(kept.error());
  }
  return {};
}

core::Result<void> AddChallenge(c::ChallengesStore& store, db::Connection& db, std::int64_t district_id,
                                const core::TimeZone& zone, std::int64_t cohort_id, const DemoChallenge& d) {
  auto school = store.FindSchool(d.school_slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) return core::Fail(core::ErrorCode::kInternal, "The demo has no school " + d.school_slug + ".");
  auto coach = PersonId(db, district_id, kCoach);
  if (!coach) return std::unexpected(coach.error());
  auto written = At(zone, "2018-09-07", 15);
  if (!written) return std::unexpected(written.error());
  auto id = store.Ensure(cohort_id, (*school)->id, *coach, *written, true);
  if (!id) return std::unexpected(id.error());
  auto problem = c::CheckProblem(d.problem);
  if (!problem) return std::unexpected(problem.error());
  DEMO_TRY(store.SaveProblem(*id, *problem, *coach, *written));
  auto statement = c::CheckStatement(d.statement);
  if (!statement) return std::unexpected(statement.error());
  DEMO_TRY(store.SaveStatement(*id, *statement, c::SplitCodes(d.indicators), c::SplitCodes(d.cs_practices), *coach,
                               *written));
  auto shared = At(zone, d.shared_on, 16);
  if (!shared) return std::unexpected(shared.error());
  auto done = store.Share(*id, *coach, *shared);
  if (!done) return std::unexpected(done.error());
  for (const auto& ds : d.steps) {
    auto owner = PersonId(db, district_id, ds.owner);
    if (!owner) return std::unexpected(owner.error());
    c::ActionStep step;
    step.what = ds.what;
    step.owner_person_id = *owner;
    auto due = core::ParseLocalDate(ds.due_on);
    if (!due) return std::unexpected(due.error());
    step.due_on = *due;
    step.status = ds.status;
    DEMO_TRY(store.AddStep(*id, step, *coach, *shared));
  }
  return AddCycles(store, db, district_id, zone, *id, d);
}

// The Critical Friends round of the follow-up learning day, Friday March 22, 2019: Garvanza
// presents its first cycle to Hope Street ES's people, Ramon Castillo facilitating. Who said what
// is illustrative; the seeds give the protocol, not the conversation.
core::Result<void> AddRound(c::ChallengesStore& store, db::Connection& db, std::int64_t district_id,
                            const core::TimeZone& zone, const c::ChallengeRecord& garvanza) {
  auto coach = PersonId(db, district_id, kCoach);
  if (!coach) return std::unexpected(coach.error());
  std::vector<std::int64_t> friends;
  for (const auto* email : {"principal.hope@practica.example", "rosa.delgado@practica.example", "ben.okafor@practica.example"}) {
    auto id = PersonId(db, district_id, email);
    if (!id) return std::unexpected(id.error());
    friends.push_back(*id);
  }
  auto rounds = store.Rounds();
  c::NewRound round;
  round.challenge_id = garvanza.id;
  round.cycle_number = 1;
  round.held_on = core::LocalDate{2019, 3, 22};
  round.place = "Follow-up learning day, Beaudry building (illustrative)";
  round.plan = c::RoundPlan{0, *coach, friends};
  round.illustrative = true;
  auto scheduled = At(zone, "2019-03-08", 10);
  if (!scheduled) return std::unexpected(scheduled.error());
  auto id = rounds.Add(round, *coach, *scheduled);
  if (!id) return std::unexpected(id.error());
  struct Said {
    c::ItemKind kind;
    std::int64_t by;
    const char* body;
  };
  const std::int64_t hannah = friends[0], rosa = friends[1], ben = friends[2];
  auto priya = PersonId(db, district_id, kPriya);
  if (!priya) return std::unexpected(priya.error());
  const std::vector<Said> said = {
      {c::ItemKind::kClarifying, rosa, "How long did the adaptive station run in each lesson?"},
      {c::ItemKind::kClarifying, ben, "Were the two classes taught by the same teacher?"},
      {c::ItemKind::kProbing, hannah, "What would it take for the station to replace the re-teach, not only shorten it?"},
      {c::ItemKind::kWarm, rosa, "The exit tickets give you evidence every day, not only at the unit's end."},
      {c::ItemKind::kCool, ben, "Two classes for two weeks is small: could a third class try it before you adopt it?"},
      {c::ItemKind::kReflection, *priya, "We will add a third class and track the re-teach list for a month before deciding."},
      {c::ItemKind::kDebrief, hannah, "The silent feedback step was hard and useful: we will use it in our own PD."},
  };
  auto at = At(zone, "2019-03-22", 10);
  if (!at) return std::unexpected(at.error());
  std::int64_t when = *at;
  for (auto step = c::ProtocolStep::kPresentation;; step = static_cast<c::ProtocolStep>(static_cast<int>(step) + 1)) {
    DEMO_TRY(rounds.SetStep(*id, step, when));
    for (const auto& item : said) {
      if (c::StepOf(item.kind) != step) continue;
      when += 60;
      auto added = rounds.AddItem(*id, item.kind, item.by, item.body, when);
      if (!added) return std::unexpected(added.error());
    }
    if (step == c::ProtocolStep::kFinished) break;
    when += 5 * 60;
  }
  return {};
}

// An illustrative inquiry group and partnership: the seeds name "inquiry-group meetings centered on
// lesson study" (PS 3.0) and "collaborative partnerships within and across schools" (PS 4.0) but
// no group. Garvanza's partner talk at the station, which Hope Street asked about in its comment,
// becomes a lesson study of both schools; in PS 4.0 the two schools partner on one challenge.
struct DemoMeeting {
  std::string held_on, agenda, notes, links;
  std::vector<std::string> attendees;                        // e-mails
  std::vector<std::pair<std::string, std::string>> takeaways;  // school slug, what it takes back
};

struct DemoGroup {
  std::string cohort;
  c::GroupPlan plan;
  std::vector<std::string> members;  // e-mails
  std::string started_on;
  std::vector<DemoMeeting> meetings;
};

std::vector<DemoGroup> Groups() {
  const std::string garvanza = "garvanza-elementary-technology-and-leadership-magnet";
  const std::string hope = "hope-street-es";
  return {
      {"ps-3-0",
       {c::GroupKind::kLessonStudy, "Partner talk at the practice station",
        "One grade 4 fractions lesson with partner talk at the adaptive practice station, planned together, taught "
        "at Garvanza while Hope Street's teachers observe the students, and refined.",
        "", {}},
       {kPriya, "rosa.delgado@practica.example", "ben.okafor@practica.example"},
       "2019-01-07",
       {{"2019-01-16", "Plan the research lesson: the goal for students, the task, what we will look for.",
         "We agreed to watch three pairs each and note when partners explain, not only answer.",
         "https://drive.example.org/lesson-study-plan-v1", {kPriya, "rosa.delgado@practica.example", "ben.okafor@practica.example"},
         {{hope, "We will try the observation sheet in our own teacher-led PD."}}},
        {"2019-02-06", "Research lesson at Garvanza, then the debrief.",
         "Pairs who explained to each other needed the re-teach less; two pairs only traded answers.",
         "https://drive.example.org/lesson-study-observations\nStudent work: three pairs' exit tickets",
         {kPriya, "rosa.delgado@practica.example"},
         {{garvanza, "Give partners a sentence frame to explain before they answer."},
          {hope, "Start our next banked-time PD with a short lesson-study cycle."}}}}},
      {"ps-4-0",
       {c::GroupKind::kPartnership, "Two schools, one neighborhood",
        "", "How might we connect our students across our two schools to design solutions for a problem in their "
        "own neighborhoods?",
        {}},
       {kPriya, "principal.hope@practica.example"},
       "2019-09-20",
       {{"2019-10-09", "Choose the shared problem and plan the first exchange between classes.",
         "Both schools chose safe routes to school; grade 4 classes will meet by video once a month.",
         "https://drive.example.org/partnership-kickoff", {kPriya, "principal.hope@practica.example"},
         {{garvanza, "A grade 4 class takes the lead on mapping routes."}}}}},
  };
}

core::Result<void> AddGroups(c::ChallengesStore& store, db::Connection& db, std::int64_t district_id,
                             const core::TimeZone& zone) {
  auto coach = PersonId(db, district_id, kCoach);
  if (!coach) return std::unexpected(coach.error());
  for (const auto& d : Groups()) {
    auto cohort = store.FindCohort(d.cohort);
    if (!cohort) return std::unexpected(cohort.error());
    if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no cohort " + d.cohort + ".");
    c::GroupPlan plan = d.plan;
    for (const auto& email : d.members) {
      auto id = PersonId(db, district_id, email);
      if (!id) return std::unexpected(id.error());
      plan.member_ids.push_back(*id);
    }
    auto people = store.Rounds().CohortPeople((*cohort)->id);
    if (!people) return std::unexpected(people.error());
    auto checked = c::CheckGroup(plan, *people);
    if (!checked) return std::unexpected(checked.error());
    auto started = At(zone, d.started_on, 15);
    if (!started) return std::unexpected(started.error());
    auto inquiry = store.Inquiry();
    auto group_id = inquiry.Add(c::NewGroup{(*cohort)->id, *checked, true}, *coach, *started);
    if (!group_id) return std::unexpected(group_id.error());
    for (const auto& dm : d.meetings) {
      c::MeetingPlan meeting{dm.agenda, dm.notes, dm.links, {}};
      for (const auto& email : dm.attendees) {
        auto id = PersonId(db, district_id, email);
        if (!id) return std::unexpected(id.error());
        meeting.attendee_ids.push_back(*id);
      }
      auto ok = c::CheckMeeting(meeting, checked->plan.member_ids);
      if (!ok) return std::unexpected(ok.error());
      auto day = core::ParseLocalDate(dm.held_on);
      if (!day) return std::unexpected(day.error());
      auto at = At(zone, dm.held_on, 17);
      if (!at) return std::unexpected(at.error());
      auto meeting_id = inquiry.AddMeeting(*group_id, *day, *ok, *coach, *at);
      if (!meeting_id) return std::unexpected(meeting_id.error());
      for (const auto& [slug, body] : dm.takeaways) {
        auto school = store.FindSchool(slug);
        if (!school) return std::unexpected(school.error());
        if (!*school) return core::Fail(core::ErrorCode::kInternal, "The demo has no school " + slug + ".");
        auto kept = inquiry.AddTakeaway(*meeting_id, (*school)->id, body, *coach, *at + 3600);
        if (!kept) return std::unexpected(kept.error());
      }
    }
  }
  return {};
}

// The ISTE Standards Suite offering on Global Collaborator (April 27 and 28, May 5, 2027):
// four teachers hold seats, and Dominic Caguioa has opened the third day's first lesson round,
// Priya Shah presenting the lesson she will try in the week between. Illustrative: the seeds give
// the 2+1 format, not who takes it.
core::Result<void> AddLessonRound(c::ChallengesStore& store, db::Connection& db, std::int64_t district_id,
                                  const core::TimeZone& zone) {
  learning::LearningStore sessions(db, district_id);
  const auto slug = core::Slugify("ISTE Standards Suite: Global Collaborator 2027-04-27");
  auto offering = sessions.Find(slug);
  if (!offering) return std::unexpected(offering.error());
  if (!*offering) return core::Fail(core::ErrorCode::kInternal, "The demo has no offering " + slug + ".");
  auto registered_at = At(zone, "2026-11-16", 10);
  if (!registered_at) return std::unexpected(registered_at.error());
  for (const auto* email : {kPriya.c_str(), "grace.park@practica.example", "rosa.delgado@practica.example",
                            "ben.okafor@practica.example"}) {
    auto person = PersonId(db, district_id, email);
    if (!person) return std::unexpected(person.error());
    auto seat = sessions.Add((*offering)->id, std::nullopt, *person, learning::State::kRegistered, {*person}, *person,
                             *registered_at);
    if (!seat) return std::unexpected(seat.error());
  }
  auto rounds = store.LessonRounds();
  auto found = rounds.FindOffering(slug);
  if (!found) return std::unexpected(found.error());
  auto registered = rounds.Registered((*offering)->id);
  if (!registered) return std::unexpected(registered.error());
  std::vector<std::int64_t> ids;
  for (const auto& p : *registered) ids.push_back(p.person_id);
  auto priya = PersonId(db, district_id, kPriya);
  auto dominic = PersonId(db, district_id, "dominic.caguioa@lausd.net");
  if (!priya || !dominic) return std::unexpected((!priya ? priya : dominic).error());
  auto plan = c::CheckLessonPlan(
      c::LessonPlan{*priya, "A learning playlist with student-set goals, grade 4 fractions",
                    "Illustrative: to be tried April 29 - May 4 in two grade 4 classes; students choose their order "
                    "through the playlist and check their own goal at the end.",
                    "https://drive.example.org/priya-playlist-plan"},
      (*found)->rules, ids, {});
  if (!plan) return std::unexpected(plan.error());
  auto opened = At(zone, "2026-11-30", 9);
  if (!opened) return std::unexpected(opened.error());
  auto id = rounds.Add((*offering)->id, *plan, *dominic, true, *dominic, *opened);
  if (!id) return std::unexpected(id.error());
  return {};
}

}  // namespace

core::Result<void> LoadChallengesDemo(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone) {
  c::ChallengesStore store(db, district_id);
  auto cohort = store.FindCohort("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no cohort ps-3-0.");
  for (const auto& d : Challenges()) DEMO_TRY(AddChallenge(store, db, district_id, zone, (*cohort)->id, d));
  // A reader from another school of the cohort: Hope Street's principal on Garvanza's challenge.
  auto garvanza = store.FindSchool("garvanza-elementary-technology-and-leadership-magnet");
  if (!garvanza) return std::unexpected(garvanza.error());
  auto record = store.Load((*cohort)->id, (*garvanza)->id);
  if (!record) return std::unexpected(record.error());
  auto hannah = PersonId(db, district_id, "principal.hope@practica.example");
  if (!hannah) return std::unexpected(hannah.error());
  auto at = At(zone, "2018-12-17", 9);
  if (!at) return std::unexpected(at.error());
  auto comment = store.AddComment((*record)->id, *hannah,
                                  "Illustrative: we saw the same with partner talk in our teacher-led PD. Could your "
                                  "grade 4 teachers visit one of our sessions?",
                                  *at);
  if (!comment) return std::unexpected(comment.error());
  DEMO_TRY(AddRound(store, db, district_id, zone, **record));
  DEMO_TRY(AddGroups(store, db, district_id, zone));
  return AddLessonRound(store, db, district_id, zone);
}

}  // namespace practica::demo
