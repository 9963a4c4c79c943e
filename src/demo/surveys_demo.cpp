#include "demo/surveys_demo.hpp"

#include <string>
#include <vector>

#include "auth/secrets.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/people/store/people_store.hpp"
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
      {0, 1, 4, "Your practice", Kind::kLongText, "What should we change for the March 22 follow-up day?", false, {}, ""},
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

// One demo form: created, its questions added, its audience invited as it stands, and answers
// from all but every `skip`-th person (so reminders have someone to reach), an hour apart.
core::Result<void> LoadForm(const Sink& sink, surveys::Form form, std::vector<Question> questions, int skip) {
  auto& store = sink.store;
  if (auto made = CreateFormWithQuestions(store, form, questions); !made) return made;
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
  // The day's attendees (Garvanza's team) answer by name: the program office follows up.
  day->title = "Follow-up day feedback, September 28, 2018";
  day->intro = "How the PS 3.0 follow-up day worked for your team, so the next one serves you better.";
  day->audience_kind = "attendees";
  day->created_by = author;
  if (auto loaded = LoadForm(sink, *day, Questions(), 3); !loaded) return loaded;
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
  return LoadForm(sink, *staff, Questions(), 7);
}

}  // namespace practica::demo
