// The cohort's rounds with the form to schedule one, and a round's own page: one column that reads
// on a phone and large enough on a projector, the current step and its timer first.
#include <algorithm>

#include "features/challenges/routes/model_page.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/challenges/routes/round_json.hpp"
#include "features/challenges/routes/rounds.hpp"
#include "features/kit/respond.hpp"

namespace practica::challenges {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

// The schedule form's choices, with what was typed chosen again after a refusal.
core::Result<void> AddScheduleChoices(ChallengesStore& store, const CohortView& view, const json::object& typed,
                                      json::object& out) {
  auto gallery = store.Gallery(view.cohort.id);
  if (!gallery) return std::unexpected(gallery.error());
  const std::string school = TextOf(typed, "typed_school");
  json::array schools;
  for (const auto& row : *gallery) {
    if (!row.shared) continue;
    schools.push_back(json::object{{"slug", row.school.slug}, {"name", row.school.name}, {"selected", row.school.slug == school}});
  }
  auto coaches = store.Rounds().CohortCoaches(view.cohort.id);
  if (!coaches) return std::unexpected(coaches.error());
  const std::string facilitator = TextOf(typed, "typed_facilitator");
  json::array coach_options;
  for (const auto& c : *coaches) {
    coach_options.push_back(json::object{{"person_id", c.person_id}, {"name", c.name},
                                         {"selected", std::to_string(c.person_id) == facilitator}});
  }
  auto people = store.Rounds().CohortPeople(view.cohort.id);
  if (!people) return std::unexpected(people.error());
  out["school_options"] = std::move(schools);
  out["coach_options"] = std::move(coach_options);
  out["people_groups"] = PeopleCheckboxes(*people, SplitCodes(TextOf(typed, "typed_participants")));
  return {};
}

core::Result<json::object> RoundsModel(const Deps& deps, const Request& request, const json::object& typed) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto view = FindCohortView(deps, store, request);
  if (!view) return std::unexpected(view.error());
  auto rounds = store.Rounds().OfCohort(view->cohort.id);
  if (!rounds) return std::unexpected(rounds.error());
  json::array lines;
  for (const auto& round : *rounds) {
    // An instructional director reads the rounds of their own local district's schools only.
    if (!view->everything && !Contains(view->local_district_ids, round.school_local_district_id)) continue;
    lines.push_back(RoundLineJson(round));
  }
  json::object out{{"cohort", json::object{{"slug", view->cohort.slug}, {"short_name", view->cohort.ShortName()},
                                           {"label", view->cohort.Label()}}},
                   {"gallery_url", "/cohorts/" + view->cohort.slug + "/challenges"},
                   {"has_rounds", !lines.empty()},
                   {"rounds", std::move(lines)}};
  const bool may_schedule = MayScheduleRounds(deps, request, *view);
  out["may_schedule"] = may_schedule;
  if (may_schedule) {
    if (auto added = AddScheduleChoices(store, *view, typed, out); !added) return std::unexpected(added.error());
  }
  return out;
}

}  // namespace

Response RoundsPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  auto model = RoundsModel(deps, request, extra);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : extra) (*model)[key] = value;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Critical Friends rounds of " + TextOf((*model)["cohort"].as_object(), "short_name");
  return deps.views.Page(request, "challenges/rounds", title, std::move(*model), "cohorts", status);
}

Response RoundsApi(const Deps& deps, const Request& request) {
  auto model = RoundsModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto* key : {"school_options", "coach_options", "people_groups"}) model->erase(key);
  return features::Json(*model);
}

// The round of the path as the person may read it, and its title.
TitledModel RoundModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto found = FindRound(deps, store, request);
  if (!found) return std::unexpected(found.error());
  auto model = RoundJson(deps, store, *found);
  if (!model) return std::unexpected(model.error());
  return std::pair{std::move(*model), "Critical Friends round · " + found->round.school_name};
}

Response RoundPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  return ModelPage(deps, request, RoundModel(deps, request), extra, "challenges/round", "cohorts", status);
}

Response RoundApi(const Deps& deps, const Request& request) {
  auto model = RoundModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(model->first);
}

}  // namespace practica::challenges
