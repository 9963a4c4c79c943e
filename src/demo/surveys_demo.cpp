#include "demo/surveys_demo.hpp"

#include <string>
#include <vector>

#include "auth/secrets.hpp"
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

}  // namespace

core::Result<void> LoadSurveysDemo(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone) {
  surveys::SurveysStore store(db, district_id);
  auto offerings = store.Offerings();
  if (!offerings) return std::unexpected(offerings.error());
  surveys::Form form;
  for (const auto& o : *offerings) {
    if (o.slug == kFollowUpDay) form.offering_id = o.id;
  }
  if (!form.offering_id) return {};
  auto opens = zone.ToUtc(core::LocalDateTime{{2018, 9, 28}, 15, 0});
  auto closes = zone.ToUtc(core::LocalDateTime{{2018, 10, 5}, 17, 0});
  if (!opens || !closes) return std::unexpected(opens ? closes.error() : opens.error());
  form.title = "Follow-up day feedback, September 28, 2018";
  form.intro = "How the PS 3.0 follow-up day worked for your team, so the next one serves you better.";
  form.anonymous = true;
  form.audience_kind = "attendees";
  form.opens_at = *opens;
  form.closes_at = *closes;
  form.illustrative = true;
  auto id = store.CreateForm(form, *opens);
  if (!id) return std::unexpected(id.error());
  form.id = *id;
  std::vector<Question> questions = Questions();
  for (auto& q : questions) {
    auto qid = store.AddQuestion(form.id, q);
    if (!qid) return std::unexpected(qid.error());
    q.id = *qid;
  }
  auto audience = store.ResolveAudience(form);
  if (!audience) return std::unexpected(audience.error());
  std::size_t n = 0;
  for (const auto& who : *audience) {
    const auto token = auth::RandomToken(24);
    if (auto invited = store.Invite(form.id, who, token, *opens); !invited) return std::unexpected(invited.error());
    // Most of the day's attendees answered; every seventh did not, so reminders have someone.
    if (++n % 7 == 0) continue;
    const auto& a = kAnswers[n % kAnswers.size()];
    std::vector<surveys::Value> values{{questions[0].id, a.agree}, {questions[1].id, a.part}, {questions[2].id, a.rating}};
    if (*a.text != '\0') values.push_back({questions[3].id, a.text});
    surveys::Invitation invitation{who, token, *opens, std::nullopt, false, form.id};
    auto saved = store.SaveResponse(form, 1, invitation, values, *opens + 3600, true);
    if (!saved) return std::unexpected(saved.error());
  }
  return {};
}

}  // namespace practica::demo
