// The lesson rounds of an offering's third day with the form to open one, and a round's own page:
// the same protocol parts as a school's round (templates/protocol_run and protocol_said), with
// the participant's lesson where a school's cycle would be.
#include <algorithm>

#include "features/challenges/routes/lesson_rounds.hpp"
#include "features/challenges/routes/model_page.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/challenges/routes/round_json.hpp"
#include "features/kit/respond.hpp"

namespace practica::challenges {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

json::object OfferingHeader(const LessonDay& day, const core::TimeZone& zone) {
  const auto& o = day.offering;
  json::object out{{"slug", o.slug}, {"title", o.rules.title}, {"url", "/learning/" + o.slug},
                   {"location", o.location}, {"standard_code", o.standard_code}};
  if (o.lesson_day_starts_at) {
    const auto local = zone.ToLocal(*o.lesson_day_starts_at);
    out["lesson_day"] = core::FormatIsoDate(local.date);
    out["lesson_day_label"] = core::FormatLongDate(local.date);
  }
  return out;
}

json::object LineJson(const LessonRoundRecord& round) {
  return json::object{{"id", round.id},
                      {"url", "/lesson-rounds/" + std::to_string(round.id)},
                      {"presenter_name", round.presenter_name},
                      {"lesson_title", round.lesson_title},
                      {"facilitator_name", round.facilitator_name},
                      {"step", StepCode(round.step)},
                      {"step_name", StepName(round.step)},
                      {"illustrative", round.illustrative}};
}

std::string RoleLabel(const LessonRoundPlace& found) {
  switch (found.role) {
    case RoundRole::kFacilitator: return "You facilitate this round.";
    case RoundRole::kParticipant: return "You take part in this round as a critical friend.";
    case RoundRole::kPresenter: return "You present your lesson in this round.";
    case RoundRole::kNone: break;
  }
  return found.runs ? "You may run this round as district staff." : "You are reading this round.";
}

core::Result<json::object> ListModel(const Deps& deps, const Request& request, const json::object& typed) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto day = FindLessonDay(deps, store, request);
  if (!day) return std::unexpected(day.error());
  auto rounds = store.LessonRounds().OfOffering(day->offering.id);
  if (!rounds) return std::unexpected(rounds.error());
  json::array lines;
  std::vector<std::int64_t> presenting;
  for (const auto& round : *rounds) {
    lines.push_back(LineJson(round));
    presenting.push_back(round.presenter_id);
  }
  const bool held = day->offering.rules.iste_suite && day->offering.rules.day_count >= kLessonDay;
  json::object out{{"offering", OfferingHeader(*day, deps.tenant.zone)},
                   {"held", held},
                   {"has_rounds", !lines.empty()},
                   {"rounds", std::move(lines)},
                   {"registered_count", day->registered.size()}};
  const bool may_open = held && !day->offering.rules.cancelled && (day->staff || day->coach);
  out["may_open"] = may_open;
  if (may_open) {
    const std::string chosen = TextOf(typed, "typed_presenter");
    json::array options;
    for (const auto& p : day->registered) {
      if (std::ranges::find(presenting, p.person_id) != presenting.end()) continue;
      options.push_back(json::object{{"person_id", p.person_id}, {"name", p.name},
                                     {"selected", std::to_string(p.person_id) == chosen}});
    }
    out["has_presenter_options"] = !options.empty();
    out["presenter_options"] = std::move(options);
  }
  return out;
}

TitledModel RoundModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto found = FindLessonRound(deps, store, request);
  if (!found) return std::unexpected(found.error());
  const auto& round = found->round;
  auto out = LineJson(round);
  out["offering"] = OfferingHeader(found->day, deps.tenant.zone);
  const std::string list_url = "/learning/" + found->day.offering.slug + "/lesson-rounds";
  out["list_url"] = list_url;
  out["record_url"] = list_url;
  out["record_name"] = "the lesson rounds of " + found->day.offering.rules.title;
  out["tried"] = round.tried;
  out["link"] = round.link;
  json::array friends;
  std::string names;
  for (const auto& p : found->day.registered) {
    if (p.person_id == round.presenter_id) continue;
    friends.push_back(json::object{{"person_id", p.person_id}, {"name", p.name}});
    names += (names.empty() ? "" : "; ") + p.name;
  }
  out["participants"] = std::move(friends);
  out["participant_names"] = names;
  AddProtocolRun(out, ProtocolView{round.step, round.step_started_at, found->role, found->runs, &round.items, RoleLabel(*found)},
                 deps.tenant.zone);
  return std::pair{std::move(out), "Lesson round · " + round.lesson_title};
}

}  // namespace

Response LessonRoundsPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  auto model = ListModel(deps, request, extra);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : extra) (*model)[key] = value;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Lesson rounds · " + TextOf((*model)["offering"].as_object(), "title");
  return deps.views.Page(request, "challenges/lesson_rounds", title, std::move(*model), "learning", status);
}

Response LessonRoundsApi(const Deps& deps, const Request& request) {
  auto model = ListModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  model->erase("has_presenter_options");
  return features::Json(*model);
}

Response LessonRoundPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  return ModelPage(deps, request, RoundModel(deps, request), extra, "challenges/lesson_round", "learning", status);
}

Response LessonRoundApi(const Deps& deps, const Request& request) {
  auto model = RoundModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(model->first);
}

}  // namespace practica::challenges
