#include "demo/surveys_demo.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "auth/secrets.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/people/store/people_store.hpp"
#include "features/surveys/store/conversations_store.hpp"
#include "features/surveys/routes/series.hpp"
#include "features/surveys/store/series_store.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::demo {
namespace {

using surveys::Kind;
using surveys::Question;

const std::string kFollowUpDay = "ps-3-0-follow-up-learning-2018-2019-2018-09-28";

std::vector<Question> Questions() {
  return {
      {0, 1, 1, "The day", Kind::kAgreement, "The day helped our team plan the next step of our design challenge.", true, {}, ""},
      {0, 1, 2, "The day", Kind::kSingle, "Which part of the day helped you most?", true,
       {"Design-thinking workshop", "Team planning time", "Gallery walk of other schools' challenges"}, ""},
      {0, 1, 3, "Your practice", Kind::kIndicator, "Where are you now with students using a design process?", true, {}, "1.4.a"},
      {0, 1, 4, "Your practice", Kind::kLongText, "What should we change for the next follow-up day?", false, {}, ""},
  };
}

// Made-up answers, one a person, cycled through the audience: agreement, part, rating, text.
struct Made {
  const char* agree;
  const char* part;
  const char* rating;
  const char* text;
};
const std::vector<Made> kAnswers = {
    {"5", "Team planning time", "3", "More time with our coach in the afternoon."},
    {"4", "Design-thinking workshop", "2", ""},
    {"4", "Gallery walk of other schools' challenges", "3", "Seeing Hope Street's prototypes gave us ideas."},
    {"5", "Team planning time", "4", "Start with the gallery walk, not end with it."},
    {"3", "Design-thinking workshop", "2", "A shorter lunch, please."},
    {"4", "Team planning time", "3", ""},
};

// Where the demo's answers go: the store, and the effects that verify commitment 19.
struct Sink {
  db::Connection& db;
  surveys::SurveysStore& store;
  const core::TimeZone& zone;
  const features::Effects& effects;
};

// A made form's audience invited as it stands, and answers from all but every `skip`-th person
// (so reminders have someone to reach), an hour apart from its opening.
core::Result<void> AnswerAll(const Sink& sink, const surveys::Form& form, const std::vector<Question>& questions,
                             int skip) {
  auto& store = sink.store;
  auto audience = store.ResolveAudience(form);
  if (!audience) return std::unexpected(audience.error());
  std::size_t n = 0;
  for (const auto& who : *audience) {
    const auto token = auth::RandomToken(24);
    if (auto invited = store.Invite(form.id, who, token, form.opens_at); !invited) return std::unexpected(invited.error());
    if (++n % skip == 0) continue;
    const auto& a = kAnswers[n % kAnswers.size()];
    std::vector<surveys::Value> values{{questions[0].id, a.agree}, {questions[1].id, a.part}, {questions[2].id, a.rating}};
    if (*a.text != '\0') values.push_back({questions[3].id, a.text});
    surveys::Invitation invitation{who, token, form.opens_at, std::nullopt, false, form.id};
    const auto at = form.opens_at + 3600 * static_cast<std::int64_t>(n);
    auto answered = store.RecordAnswer(form, invitation, values, at, sink.zone, true);
    if (!answered) return std::unexpected(answered.error());
    if (answered->evidence) {
      if (auto verified = sink.effects.Emit(sink.db, *answered->evidence); !verified) return verified;
    }
  }
  return {};
}

// One demo form: created, its questions added, and answered (AnswerAll).
core::Result<void> LoadForm(const Sink& sink, surveys::Form form, std::vector<Question> questions, int skip) {
  if (auto made = CreateFormWithQuestions(sink.store, form, questions); !made) return made;
  return AnswerAll(sink, form, questions, skip);
}

core::Result<surveys::Form> Window(const core::TimeZone& zone, const core::LocalDate& opens, const core::LocalDate& closes) {
  auto from = zone.ToUtc(core::LocalDateTime{opens, 15, 0});
  auto until = zone.ToUtc(core::LocalDateTime{closes, 17, 0});
  if (!from || !until) return std::unexpected(from ? until.error() : from.error());
  surveys::Form form;
  form.opens_at = *from;
  form.closes_at = *until;
  form.illustrative = true;
  return form;
}

// The start-of-year and end-of-year pair, to the staff of the PS 3.0 schools, anonymous: the same
// three scaled questions twice, answered by the same people (a made-up year in which most rose a
// step), so the end-of-year results show change under pseudonyms.
std::vector<Question> PairQuestions() {
  return {
      {0, 1, 1, "Design thinking", Kind::kAgreement, "I am confident guiding students through a design process.", true, {}, ""},
      {0, 1, 2, "Design thinking", Kind::kIndicator, "Where are your students with a design process?", true, {}, "1.4.a"},
      {0, 1, 3, "Design thinking", Kind::kAgreement, "My students use digital tools to plan and manage their designs.", true,
       {}, ""},
      {0, 1, 4, "Your year", Kind::kLongText, "What would help you most with design thinking?", false, {}, ""},
  };
}

// Person n's answers at the start (`end` false) or the end of the year: three in four rise a step
// on each scale, the rest stay where they were.
std::vector<surveys::Value> PairAnswers(const std::vector<Question>& q, std::size_t n, bool end) {
  static const char* kTexts[] = {"Time to plan with my grade-level team.", "", "Examples of student prototypes.", ""};
  const int rise = end && n % 4 != 0 ? 1 : 0;
  const int agree = 2 + static_cast<int>(n % 3) + rise, rating = 1 + static_cast<int>(n % 2) + rise,
            tools = 2 + static_cast<int>(n % 2) + rise;
  std::vector<surveys::Value> values{{q[0].id, std::to_string(agree)}, {q[1].id, std::to_string(rating)},
                                     {q[2].id, std::to_string(tools)}};
  if (*kTexts[n % 4] != '\0') values.push_back({q[3].id, kTexts[n % 4]});
  return values;
}

// Invites the form's audience as it stands and records the answers of all but every fifth
// person (PairAnswers), an hour apart from its opening.
core::Result<void> AnswerPair(const Sink& sink, const surveys::Form& form, const std::vector<Question>& questions,
                              bool end) {
  auto audience = sink.store.ResolveAudience(form);
  if (!audience) return std::unexpected(audience.error());
  std::size_t n = 0;
  for (const auto& who : *audience) {
    const auto token = auth::RandomToken(24);
    if (auto invited = sink.store.Invite(form.id, who, token, form.opens_at); !invited) return std::unexpected(invited.error());
    if (++n % 5 == 0) continue;
    surveys::Invitation invitation{who, token, form.opens_at, std::nullopt, false, form.id};
    auto answered = sink.store.RecordAnswer(form, invitation, PairAnswers(questions, n, end),
                                            form.opens_at + 3600 * static_cast<std::int64_t>(n), sink.zone, true);
    if (!answered) return std::unexpected(answered.error());
    if (answered->evidence) {
      if (auto verified = sink.effects.Emit(sink.db, *answered->evidence); !verified) return verified;
    }
  }
  return {};
}

// Answers one form of a series: its place (1, 2, …), its questions as made, and the form.
using SeriesAnswers = std::function<core::Result<void>(const surveys::Form&, const std::vector<Question>&)>;

// A series as district staff would make it, back then: its first form with `questions`, each
// later form made from the one before when its window opened, each answered by `answer`.
core::Result<void> MakeSeries(const Sink& sink, std::int64_t district_id, const surveys::Series& series,
                              const surveys::Form& form, std::vector<Question> questions, const SeriesAnswers& answer) {
  const features::Tenant tenant{district_id, "", "", "", sink.zone};
  auto first = surveys::StartSeries(sink.db, tenant, series, form, form.opens_at - 86400);
  if (!first) return std::unexpected(first.error());
  for (auto& q : questions) {
    auto id = sink.store.AddQuestion(first->id, q);
    if (!id) return std::unexpected(id.error());
    q.id = *id;
  }
  if (auto answered = answer(*first, questions); !answered) return answered;
  surveys::SeriesStore series_store(sink.db, district_id);
  auto made = series_store.Find(*first->series_id);
  if (!made) return std::unexpected(made.error());
  if (!*made) return {};
  auto windows = surveys::WindowsOf(sink.db, tenant, **made, *first);
  if (!windows) return std::unexpected(windows.error());
  surveys::Form before = *first;
  for (const auto& w : *windows) {
    if (w.position <= before.series_position) continue;
    auto opens = sink.zone.ToUtc(w.opens);
    if (!opens) return std::unexpected(opens.error());
    if (auto took = series_store.TakePosition(*first->series_id, w.position); !took) return std::unexpected(took.error());
    auto next = surveys::MakeNextForm(sink.db, tenant, **made, before, w, *opens);
    if (!next) return std::unexpected(next.error());
    auto copied = sink.store.Questions(next->id, 1);
    if (!copied) return std::unexpected(copied.error());
    if (auto answered = answer(*next, *copied); !answered) return answered;
    before = *next;
  }
  return {};
}

// The follow-up days' feedback: a series after each meeting of PS 3.0's follow-up learning
// (Friday, September 28, 2018, Friday, March 22, 2019 and Friday, May 31, 2019), each form open
// a week from the next morning to its meeting's attendees and answered by most of them.
core::Result<void> AddFollowUpSeries(const Sink& sink, std::int64_t district_id, const surveys::Form& form) {
  surveys::Series series;
  series.rhythm = surveys::Rhythm::kAfterEachMeeting;
  series.open_days = 7;
  return MakeSeries(sink, district_id, series, form, Questions(),
                    [&](const surveys::Form& f, const std::vector<Question>& q) { return AnswerAll(sink, f, q, 3); });
}

// PS 3.0's pair: the start of the year from Monday, August 20 to Friday, August 31, 2018, the end
// in the coach's last week at the schools, Monday, June 3 to Friday, June 7, 2019.
core::Result<void> AddPrePost(const Sink& sink, std::int64_t district_id, std::int64_t cohort_id, std::int64_t author) {
  auto pre = Window(sink.zone, {2018, 8, 20}, {2018, 8, 31});
  if (!pre) return std::unexpected(pre.error());
  pre->title = "Design thinking in your classroom";
  pre->intro = "Anonymous, asked at the start and the end of the year: how design thinking is going for you.";
  pre->anonymous = true;
  pre->audience_kind = "staff";
  pre->cohort_id = cohort_id;
  pre->created_by = author;
  surveys::Series series;
  series.rhythm = surveys::Rhythm::kPrePost;
  series.post_opens = core::LocalDateTime{{2019, 6, 3}, 8, 0};
  series.post_closes = core::LocalDateTime{{2019, 6, 7}, 17, 0};
  return MakeSeries(sink, district_id, series, *pre, PairQuestions(),
                    [&](const surveys::Form& f, const std::vector<Question>& q) {
                      return AnswerPair(sink, f, q, f.series_position > 1);
                    });
}

// Two illustrative conversations the coordinator records: a focus group with Garvanza's team
// after the Critical Friends round of Friday, March 22, 2019, and an interview with Hope Street's
// principal at the end of the year. Counts only, as the page asks; the notes are made up.
core::Result<void> AddConversations(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone,
                                    std::int64_t cohort_id, std::int64_t author) {
  surveys::ConversationsStore store(db, district_id);
  struct Made {
    surveys::ConversationKind kind;
    const char* title;
    core::LocalDate held_on;
    const char* school;
    std::map<std::string, int> people;
    const char* notes;
    const char* file;  // a plain-text file kept beside the notes, "" for none
    const char* file_name;
  };
  const std::vector<Made> made = {
      {surveys::ConversationKind::kFocusGroup, "Garvanza's practitioner team after the Critical Friends round",
       {2019, 3, 22}, "garvanza-elementary-technology-and-leadership-magnet", {{"teacher", 4}, {"principal", 1}, {"coach", 1}},
       "What helped: hearing Hope Street's team ask clarifying questions before giving feedback.\n"
       "What got in the way: the testing window took two of the four planning weeks.\n\n"
       "Asked for next year: a shared calendar of every school's testing rounds, and time to visit another school.",
       "Chart paper, typed up\nHelped: clarifying questions first; seeing Hope Street's prototypes.\n"
       "Got in the way: the testing window.\nNext year: a shared testing calendar; a visit to another school.\n",
       "chart-paper-notes.txt"},
      {surveys::ConversationKind::kInterview, "Hope Street's principal on the year", {2019, 5, 23}, "hope-street-es",
       {{"principal", 1}},
       "The agreement's commitments were clear; the team wished it had started its design challenge before winter break.\n"
       "Would join again if the coach's visits stay weekly.",
       "Interview, typed up\nQ: What would you change?\nA: Start the design challenge before winter break.\n",
       "interview-notes.txt"},
  };
  for (const auto& m : made) {
    auto school = store.SchoolOfCohort(cohort_id, m.school);
    if (!school) return std::unexpected(school.error());
    if (!*school) continue;  // a school the demo's lists spell otherwise: nothing to record
    auto at = zone.ToUtc({m.held_on, 17, 0});
    if (!at) return std::unexpected(at.error());
    const surveys::Conversation c{m.kind, m.title, m.held_on, m.people, m.notes};
    auto added = store.Add(c, cohort_id, (*school)->id, author, *at, true);
    if (!added) return std::unexpected(added.error());
    if (*m.file == '\0') continue;
    surveys::ConversationFile file{0, m.file_name, "text/plain", 0, 0};
    if (auto kept = store.AddFile(*added, file, m.file, author, *at); !kept) return std::unexpected(kept.error());
  }
  return {};
}

}  // namespace

core::Result<void> CreateFormWithQuestions(surveys::SurveysStore& store, surveys::Form& form,
                                           std::vector<surveys::Question>& questions) {
  auto id = store.CreateForm(form, form.opens_at);
  if (!id) return std::unexpected(id.error());
  form.id = *id;
  for (auto& q : questions) {
    auto qid = store.AddQuestion(form.id, q);
    if (!qid) return std::unexpected(qid.error());
    q.id = *qid;
  }
  return {};
}

core::Result<void> LoadSurveysDemo(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone,
                                   const features::Effects& effects) {
  surveys::SurveysStore store(db, district_id);
  const Sink sink{db, store, zone, effects};
  // The program's coordinator builds and sends the forms.
  auto allison = people::PeopleStore(db, district_id).FindByEmail("allison.jonas@lausd.net");
  if (!allison) return std::unexpected(allison.error());
  const std::int64_t author = *allison ? (**allison).id : 0;
  auto offerings = store.Offerings();
  if (!offerings) return std::unexpected(offerings.error());
  auto day = Window(zone, {2018, 9, 28}, {2018, 10, 5});
  if (!day) return std::unexpected(day.error());
  for (const auto& o : *offerings) {
    if (o.slug == kFollowUpDay) day->offering_id = o.id;
  }
  if (!day->offering_id) return {};
  // The days' attendees (Garvanza's team) answer by name: the program office follows up.
  day->title = "Follow-up day feedback";
  day->intro = "How the PS 3.0 follow-up day worked for your team, so the next one serves you better.";
  day->audience_kind = "attendees";
  day->created_by = author;
  if (auto loaded = AddFollowUpSeries(sink, district_id, *day); !loaded) return loaded;
  // The staff of the PS 3.0 schools answer anonymously: results show only over five answers.
  auto cohort = cohorts::FindCohortRef(db, district_id, "ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return {};
  auto staff = Window(zone, {2018, 10, 15}, {2018, 10, 26});
  if (!staff) return std::unexpected(staff.error());
  staff->title = "Innovative Designer practices, fall 2018";
  staff->intro = "Anonymous: how design thinking is going in your classroom this fall.";
  staff->anonymous = true;
  staff->audience_kind = "staff";
  staff->cohort_id = (*cohort)->id;
  staff->created_by = author;
  if (auto loaded = LoadForm(sink, *staff, Questions(), 7); !loaded) return loaded;
  if (auto paired = AddPrePost(sink, district_id, (*cohort)->id, author); !paired) return paired;
  return AddConversations(db, district_id, zone, (*cohort)->id, author);
}

}  // namespace practica::demo
