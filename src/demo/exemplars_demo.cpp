#include "demo/exemplars_demo.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "features/exemplars/store/collections_store.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::demo {
namespace {

using exemplars::ExemplarsStore;
using exemplars::Package;
using exemplars::Status;

#define EXEMPLARS_DEMO_TRY(expr)           \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

struct DemoExemplar {
  const char* cohort;
  const char* school;
  Package package;
  std::int64_t published_at;  // when the review approved it
  Status status;              // published, in review or retired
  const char* retired_reason = "";
};

constexpr std::int64_t kMay2019 = 1557680400;       // Sunday, May 12, 2019
constexpr std::int64_t kFebruary2020 = 1581526800;  // Wednesday, February 12, 2020

const std::vector<DemoExemplar>& Exemplars() {
  static const std::vector<DemoExemplar> kExemplars = {
      {"ps-3-0", "garvanza-elementary-technology-and-leadership-magnet",
       {"Design a water filter for the school garden",
        "Fourth graders interview the garden club, sketch filter designs, build cardboard-and-gravel prototypes and "
        "test them with muddy water, refining twice before presenting their best design.",
        "3-5", "science", "M", {"1.4.a", "1.4.c", "1.4.d"}, {}, {"P3", "P6"},
        "Google Slides, Chromebook cameras, Seesaw",
        "Objective: students use a design process to solve a real problem in the school garden.\n\n"
        "Day 1: empathy interviews with the garden club; students write a 'How might we' question.\n"
        "Day 2: sketch three designs, choose one within the materials budget.\n"
        "Days 3-4: build, test with muddy water, photograph each result, refine.\n\n"
        "Students show their learning in a Seesaw journal: each prototype, what changed and why.",
        "cc-by"},
       kMay2019, Status::kPublished},
      {"ps-3-0", "hope-street-es",
       {"Coding a Bee-Bot path to count by fives",
        "Kindergarteners and first graders program floor robots along a number line, predicting and debugging "
        "paths that skip-count by fives and tens.",
        "K-2", "math", "A", {"1.5.c", "1.5.d"}, {"AP"}, {"P5", "P6"}, "Bee-Bot floor robots, Seesaw",
        "Objective: students break a path into steps and debug it.\n\n"
        "Whole group: model one path on the number mat. Pairs: plan a path on paper, program it, test, fix.\n"
        "Exit: a Seesaw voice note explaining one bug they found.",
        "cc-by-sa"},
       kMay2019 + 3600, Status::kPublished},
      {"ps-3-0", "telfair-avenue-es",
       {"Stop-motion retellings of folk tales",
        "Third graders storyboard a folk tale, build sets from recycled materials and animate a one-minute "
        "stop-motion retelling for a kindergarten audience.",
        "3-5", "ela", "R", {"1.6.b", "1.6.d", "1.4.b"}, {}, {"P5", "P7"}, "Stop Motion Studio on Chromebooks",
        "Objective: retell a story's key events in sequence for a chosen audience.\n\n"
        "Storyboard in six frames; plan the set within the materials; shoot; screen for the kindergarten class "
        "and gather their feedback.",
        "cc-by-nc"},
       kMay2019 + 7200, Status::kPublished},
      {"ps-3-0", "san-pascual-steam-magnet",
       {"Prototyping a better lunch line",
        "Fifth graders survey the school about the lunch line, chart the answers and prototype changes they test "
        "for a week with the cafeteria staff.",
        "3-5", "interdisciplinary", "M", {"1.4.a", "1.5.b"}, {"DA"}, {"P3", "P6"}, "Google Forms, Google Sheets",
        "Objective: use data to define a problem and test a solution.\n\n"
        "Survey design, charting, a design sprint, a one-week trial, a presentation to the principal.",
        "cc-by"},
       kMay2019 + 10800, Status::kPublished},
      {"ps-3-0", "james-madison-ms",
       {"Micro:bit weather stations",
        "Seventh graders build and program micro:bit weather stations, log a month of readings and compare them "
        "with the National Weather Service.",
        "6-8", "science", "R", {"1.5.b", "1.4.c"}, {"CS", "DA"}, {"P5", "P6"}, "BBC micro:bit, MakeCode",
        "Objective: collect and analyse data with a device students program.\n\n"
        "Build, program the sensors, log readings, chart, compare and explain the differences.",
        "cc-by"},
       kMay2019 + 14400, Status::kPublished},
      {"ps-3-0", "samuel-gompers-ms",
       {"Scratch games that teach ratios",
        "Sixth graders design Scratch games that teach a younger student equivalent ratios, playtest them with "
        "classmates and revise from the feedback.",
        "6-8", "math", "M", {"1.4.c", "1.6.b"}, {"AP"}, {"P4", "P5"}, "Scratch",
        "Objective: represent equivalent ratios and explain them to another learner.\n\n"
        "Plan the game's rules on paper, build in Scratch, playtest in pairs, revise, publish to the class studio.",
        "cc-by-sa"},
       kMay2019 + 18000, Status::kPublished},
      {"ps-3-0", "girls-academic-leadership-academy",
       {"App Inventor apps for a community problem",
        "Eighth graders interview neighbours about a local problem and build a working App Inventor prototype "
        "that addresses it, with a pitch to a panel.",
        "6-8", "cs", "R", {"1.4.a", "1.5.a"}, {"AP", "IC"}, {"P1", "P3", "P5"}, "MIT App Inventor, Android tablets",
        "Objective: design an app for a real user.\n\n"
        "Interviews, user stories, paper prototypes, build, test with a user, pitch.",
        "cc-by"},
       kMay2019 + 21600, Status::kPublished},
      {"ps-4-0", "rosemont-avenue-es",
       {"Weather journals shared with a partner class",
        "First graders keep a picture-and-sentence weather journal and compare it every week with a partner class "
        "in another part of the country.",
        "K-2", "science", "A", {"1.7.a", "1.7.c"}, {"DA"}, {"P2"}, "Seesaw, video calls",
        "Objective: observe and record weather and compare it with others.\n\n"
        "Daily journal; weekly call with the partner class; a shared chart of sunny, rainy and windy days.",
        "cc-by"},
       kFebruary2020, Status::kPublished},
      {"ps-4-0", "los-angeles-hs",
       {"Global issues debate with a partner school",
        "Eleventh graders research water access with students in a partner school abroad and hold a structured "
        "debate over video, writing a joint position paper.",
        "9-12", "history", "R", {"1.7.b", "1.7.d"}, {"IC"}, {"P2", "P7"}, "Google Docs, Google Meet",
        "Objective: examine an issue from several viewpoints with peers elsewhere.\n\n"
        "Shared research document, mixed teams, a video debate, a co-written position paper.",
        "cc-by-nc-sa"},
       kFebruary2020 + 3600, Status::kPublished},
      {"ps-4-0", "canoga-park-es",
       {"Collaborative data stories with Google Sheets",
        "Fourth graders in three classes pool data about how they get to school, chart it together and write a "
        "data story for the school newsletter.",
        "3-5", "math", "M", {"1.7.c", "1.5.b"}, {"DA"}, {"P2", "P4"}, "Google Sheets, Google Docs",
        "Objective: collect, organise and interpret data with others.\n\n"
        "Shared sheet across classes, roles for each team, charts, a co-written data story.",
        "district-only"},
       kFebruary2020 + 7200, Status::kPublished},
      {"ps-4-0", "john-a-sutter-ms",
       {"Co-writing a podcast with a partner class",
        "Seventh graders co-write and record a podcast episode about their neighbourhoods with a partner class, "
        "each team interviewing someone from the other's city.",
        "6-8", "ela", "R", {"1.7.a", "1.6.d"}, {}, {"P2", "P7"}, "Soundtrap, Google Docs",
        "Objective: write and present for an audience beyond the classroom.\n\n"
        "Interview planning, shared script, recording, editing, a listening party with the partner class.",
        "cc-by"},
       kFebruary2020 + 10800, Status::kPublished},
      {"ps-4-0", "garvanza-elementary-technology-and-leadership-magnet",
       {"Pen pals on video: our neighbourhoods compared",
        "Third graders trade short videos with a partner class about their neighbourhoods and build a shared map "
        "of what is alike and different.",
        "3-5", "history", "R", {"1.7.a", "1.7.b"}, {"NI", "IC"}, {"P2", "P7"}, "Flipgrid, Google My Maps",
        "Objective: compare communities with peers elsewhere.\n\n"
        "Plan questions, record, watch and respond, add pins to the shared map, reflect.",
        "cc-by"},
       kFebruary2020 + 14400, Status::kInReview},
      {"ps-4-0", "coldwater-canyon-es",
       {"A shared climate map with partner schools",
        "Fifth graders add local temperature and rainfall readings to a map shared with partner schools and look "
        "for patterns across regions.",
        "3-5", "science", "A", {"1.7.d", "1.3.c"}, {"DA"}, {"P2"}, "Padlet map",
        "Objective: contribute data to a shared investigation.\n\n"
        "Daily readings, weekly posts to the shared map, a class discussion of the patterns.",
        "cc-by"},
       kFebruary2020 + 18000, Status::kRetired,
       "The shared map tool it relies on is no longer approved for student use; a replacement lesson is coming."},
      // Priya Shah's draft, not yet sent to review: what a teacher sees while packaging one.
      {"ps-4-0", "garvanza-elementary-technology-and-leadership-magnet",
       {"Robot pets: a first program",
        "Second graders give a floor robot a 'pet' personality by programming how it greets, moves and rests, then "
        "trade robots and read each other's programs.",
        "K-2", "cs", "A", {"1.5.c"}, {"AP"}, {"P5"}, "Bee-Bot floor robots",
        "Objective: students sequence commands to make a robot behave as planned.\n\n"
        "Draft: the trading-and-reading part still needs a clear routine.",
        "cc-by"},
       kFebruary2020 + 21600, Status::kDraft},
  };
  return kExemplars;
}

// One piece of student work with its recorded consent, so the published exemplar shows an
// artifact anyone may open. The words are made up for the demo.
core::Result<void> AttachStudentWork(ExemplarsStore& store, std::int64_t exemplar_id, std::int64_t by,
                                     std::int64_t when) {
  static constexpr std::string_view kText =
      "Filter test log (illustrative student work)\n"
      "Prototype 1: gravel and sand. The water came out brown. We added cotton.\n"
      "Prototype 2: gravel, sand, cotton. Clearer, but slow. We used less cotton.\n"
      "Prototype 3: the clearest water in under a minute. This is our design.\n";
  exemplars::Artifact artifact;
  artifact.file_name = "filter-test-log.txt";
  artifact.content_type = "text/plain";
  auto saved = store.AddArtifact(exemplar_id, artifact, kText, by, when);
  if (!saved) return std::unexpected(saved.error());
  return store.RecordConsent(saved->id, "Parent consent forms on file at the school office (illustrative)", by, when);
}

// The water filter lesson's version 2, written a year on and in review: the library keeps
// version 1 while the demo's specialist reviews it. Illustrative.
core::Result<void> SecondVersionInReview(ExemplarsStore& store, std::int64_t id, std::int64_t reviewer, std::int64_t by) {
  constexpr std::int64_t kStarted = kFebruary2020 + 3 * 86400;
  auto record = store.Load(id);
  if (!record || !*record) return core::Fail(core::ErrorCode::kInternal, "The demo's water filter exemplar is missing.");
  EXEMPLARS_DEMO_TRY(store.StartVersion(**record, by, kStarted));
  Package next = (*record)->package;
  next.summary += " Version 2 adds a day where students teach their design to the kindergarten garden buddies.";
  next.lesson_plan += "\n\nDay 5: each team teaches its filter to a kindergarten garden buddy and records the "
                      "buddy's questions in Seesaw.";
  EXEMPLARS_DEMO_TRY(store.SaveNextPackage(**record, next, kStarted));
  EXEMPLARS_DEMO_TRY(store.SetNextStatus(**record, exemplars::NextStatus::kInReview, kStarted + 86400));
  record = store.Load(id);
  if (!record || !*record) return core::Fail(core::ErrorCode::kInternal, "The demo's water filter exemplar is missing.");
  auto review = store.AssignReviewer(**record, 2, reviewer, 0, kStarted + 2 * 86400);
  if (!review) return std::unexpected(review.error());
  return {};
}

}  // namespace

core::Result<void> LoadExemplarsDemo(db::Connection& db, std::int64_t district_id) {
  ExemplarsStore store(db, district_id);
  auto reviewer = store.FindPerson("dominic.caguioa@lausd.net");
  auto teacher = store.FindPerson("teacher@practica.example");
  auto coach = store.FindPerson("coach@practica.example");
  if (!reviewer || !teacher || !coach) return core::Fail(core::ErrorCode::kInternal, "The demo's people are missing.");
  std::vector<std::int64_t> innovative_designers;
  for (const auto& e : Exemplars()) {
    auto cohort = store.FindCohort(e.cohort);
    auto school = store.FindSchool(e.school);
    if (!cohort || !school || !*cohort || !*school) {
      return core::Fail(core::ErrorCode::kInternal, std::string("The demo has no school ") + e.school + " in " + e.cohort + ".");
    }
    // The demo's own teacher and coach wrote Garvanza's and their caseload's; the rest name
    // no author, as the program's records would not.
    std::vector<std::int64_t> authors;
    const std::string slug = e.school;
    if (slug.starts_with("garvanza") && *teacher && *coach) authors = {(*teacher)->id, (*coach)->id};
    if ((slug == "hope-street-es" || slug == "telfair-avenue-es") && *coach) authors = {(*coach)->id};
    const std::int64_t packaged = e.published_at - 14 * 86400;
    Package package = e.package;
    // Illustrative tags of the adults' standards: the teacher as designer and facilitator (2.5,
    // 2.6), and a principal empowering teachers to lead their own learning (3.3).
    if (package.title == "Design a water filter for the school garden") package.educator_indicators = {"2.5.a", "2.6.b"};
    if (package.title == "Stop-motion retellings of folk tales") package.leader_indicators = {"3.3.b"};
    // The water filter lesson grew out of Ramon's coaching cycle at Garvanza (October 2, 2018).
    if (package.title == "Design a water filter for the school garden") {
      auto sources = store.SourcesFor(**school, **cohort);
      if (!sources) return std::unexpected(sources.error());
      for (const auto& source : *sources) {
        if (source.code.starts_with("coaching_cycle:") && package.source.empty()) package.source = source.code;
      }
    }
    auto id = store.Create(**school, **cohort, package, authors, packaged, true);
    if (!id) return std::unexpected(id.error());
    if (e.status == Status::kDraft) continue;
    auto record = store.Load(*id);
    if (!record) return std::unexpected(record.error());
    if (slug.starts_with("garvanza") && e.status == Status::kPublished && *teacher) {
      EXEMPLARS_DEMO_TRY(AttachStudentWork(store, *id, (*teacher)->id, packaged));
    }
    EXEMPLARS_DEMO_TRY(store.SetStatus(**record, Status::kInReview, packaged + 86400));
    record = store.Load(*id);
    if (!record) return std::unexpected(record.error());
    auto review = *reviewer ? store.AssignReviewer(**record, 1, (*reviewer)->id, 0, packaged + 2 * 86400)
                            : core::Result<exemplars::ReviewRecord>(core::Fail(core::ErrorCode::kInternal, "No reviewer."));
    if (!review) return std::unexpected(review.error());
    if (e.status == Status::kInReview) continue;
    EXEMPLARS_DEMO_TRY(store.SaveReview(review->id, {{"alignment", 4}, {"clarity", 3}, {"replicability", 3}, {"agency", 4}},
                                        "Clear steps and real student choice; ready for other schools. (Illustrative.)",
                                        exemplars::Decision::kApproved, e.published_at));
    EXEMPLARS_DEMO_TRY(store.SetStatus(**record, Status::kPublished, e.published_at));
    if (e.status == Status::kRetired) {
      EXEMPLARS_DEMO_TRY(store.SetStatus(**record, Status::kRetired, e.published_at + 30 * 86400, e.retired_reason));
    }
    if (e.package.title == std::string_view("Design a water filter for the school garden") && *reviewer) {
      EXEMPLARS_DEMO_TRY(SecondVersionInReview(store, *id, (*reviewer)->id, authors.empty() ? 0 : authors.front()));
    }
    const bool elementary = e.package.grade_band == "K-2" || e.package.grade_band == "3-5";
    const bool designer = std::ranges::any_of(e.package.indicators, [](const std::string& c) { return c.starts_with("1.4."); });
    if (e.status == Status::kPublished && elementary && designer) innovative_designers.push_back(*id);
  }
  // The collection the library's staff would make first (illustrative).
  exemplars::CollectionsStore collections(db, district_id);
  auto made = collections.Create({"Innovative Designer in the elementary grades",
                                  "Lessons where K-5 students use a design process (ISTE 1.4) on a real problem: "
                                  "interviews, prototypes, tests and a second try."},
                                 *reviewer ? (*reviewer)->id : 0, kFebruary2020 + 7 * 86400, true);
  if (!made) return std::unexpected(made.error());
  for (const auto exemplar : innovative_designers) {
    auto added = collections.Add(made->id, exemplar, *reviewer ? (*reviewer)->id : 0, kFebruary2020 + 7 * 86400);
    if (!added) return std::unexpected(added.error());
  }
  return {};
}

}  // namespace practica::demo
