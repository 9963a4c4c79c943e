#include "features/applications/routes/application_page.hpp"

#include <boost/json/array.hpp>

#include "features/applications/domain/decision.hpp"
#include "features/applications/domain/rubric.hpp"
#include "core/text.hpp"
#include "features/applications/routes/application_view.hpp"
#include "features/applications/routes/context.hpp"
#include "features/applications/store/reviews_store.hpp"
#include "features/kit/respond.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;

namespace {

struct Loaded {
  ApplicationView view;
  Standing standing;
};

core::Result<Loaded> LoadFor(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto view = LoadView(deps, *db, request.Param("slug"), request.Param("school"));
  if (!view) return std::unexpected(view.error());
  auto standing = StandingAt(deps, *request.principal, view->school);
  if (auto may = CheckMayRead(*view, standing); !may) return std::unexpected(may.error());
  return Loaded{std::move(*view), standing};
}

// What was typed into a refused form wins over what is stored.
std::string Typed(const json::object& extra, const std::string& field, const json::value& stored) {
  if (const auto* typed = extra.if_contains("typed_" + field)) return std::string(typed->as_string());
  return stored.is_string() ? std::string(stored.as_string()) : stored.is_int64() ? std::to_string(stored.as_int64()) : "";
}

json::array ScoreOptions(const std::string& selected) {
  json::array options;
  for (int score = kLowestScore; score <= kHighestScore; ++score) {
    options.emplace_back(json::object{{"value", score},
                                      {"label", std::to_string(score) + " – " + std::string(ScoreLabel(score))},
                                      {"selected", selected == std::to_string(score)}});
  }
  return options;
}

void AddDraftForm(json::object& data, const json::object& extra) {
  for (auto& item : data["questions"].as_array()) {
    auto& q = item.as_object();
    q["answer"] = Typed(extra, "answer_" + std::to_string(q["id"].as_int64()), q["answer"]);
  }
  for (auto& item : data["criteria"].as_array()) {
    auto& c = item.as_object();
    const std::string id = std::to_string(c["id"].as_int64());
    c["evidence"] = Typed(extra, "evidence_" + id, c["evidence"]);
    c["rating_options"] = ScoreOptions(Typed(extra, "rating_" + id, c["rating"]));
  }
}

void AddReviewForm(json::object& data, const json::object& extra) {
  std::map<std::int64_t, std::pair<std::string, std::string>> mine;  // criterion -> score, comment
  if (const auto* review = data.if_contains("my_review"); review && review->is_object()) {
    for (const auto& s : review->at("scores").as_array()) {
      mine[s.at("criterion_id").as_int64()] = {std::to_string(s.at("score").as_int64()),
                                               std::string(s.at("comment").as_string())};
    }
  }
  json::array rows;
  for (const auto& item : data["criteria"].as_array()) {
    const auto& c = item.as_object();
    const auto id = c.at("id").as_int64();
    const std::string key = std::to_string(id);
    rows.emplace_back(json::object{
        {"id", id}, {"position", c.at("position")}, {"text", c.at("text")},
        {"options", ScoreOptions(Typed(extra, "score_" + key, json::value(mine[id].first)))},
        {"comment", Typed(extra, "comment_" + key, json::value(mine[id].second))}});
  }
  data["review_criteria"] = std::move(rows);
}

// Radio buttons with none chosen until the person chooses: a decision is never made by default.
json::array DecisionOptions(const std::vector<Decision>& choices, const json::object& extra) {
  const auto* typed = extra.if_contains("typed_decision");
  const std::string chosen = typed != nullptr && typed->is_string() ? std::string(typed->as_string()) : "";
  json::array options;
  for (auto decision : choices) {
    const std::string code(DecisionCode(decision));
    options.emplace_back(json::object{{"value", code}, {"label", DecisionVerb(decision)}, {"checked", code == chosen}});
  }
  return options;
}

}  // namespace

http::Response ApplicationPage(const Deps& deps, const Request& request, json::object extra, int status) {
  auto loaded = LoadFor(deps, request);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  const auto& view = loaded->view;
  const auto& standing = loaded->standing;
  if (!view.application && !standing.applicant && !standing.Manages()) {
    return features::Failure(request, NoApplication(view.school, view.setup.cohort), deps.views);
  }
  auto data = ApplicationJson(view, standing, deps.clock.NowUtcSeconds(), deps.tenant.zone);
  const auto state = view.application ? view.application->status : Status::kDraft;
  const bool exists = view.application.has_value();
  const bool open = state == Status::kSubmitted || state == Status::kWaitlisted;
  data["can_start"] = standing.applicant && !exists;
  data["can_edit"] = standing.applicant && exists && state == Status::kDraft;
  data["can_withdraw"] = standing.applicant && exists && (state == Status::kDraft || open);
  data["can_manage"] = standing.Manages() && exists;
  data["can_extend"] = standing.Manages() && (!exists || state == Status::kDraft);
  const auto choices = view.application ? DecisionChoices(state) : std::vector<Decision>{};
  data["can_decide"] = standing.admin && !choices.empty();
  data["correcting"] = IsDecided(state);
  data["decision_choices"] = DecisionOptions(choices, extra);
  data["can_review"] = (standing.staff || standing.reviewer) && view.AssignedTo(standing.person_id) && open;
  data["reviews_url"] = "/cohorts/" + view.setup.cohort.slug + "/applications";
  data["has_missing"] = !data["missing"].as_array().empty();
  data["has_history"] = !data["decisions"].as_array().empty();
  AddDraftForm(data, extra);
  AddReviewForm(data, extra);
  if (standing.Manages() && exists) {
    // Reviewers are picked by name from those who may review; the server still refuses anyone
    // too close to the school.
    auto db = deps.database.Acquire();
    auto candidates = ReviewsStore(*db, deps.tenant.id).ReviewerCandidates(Today(deps));
    if (!candidates) return features::Failure(request, candidates.error(), deps.views);
    const auto* typed = extra.if_contains("typed_reviewer");
    const std::string chosen = typed != nullptr && typed->is_string() ? std::string(typed->as_string()) : "";
    json::array options;
    for (const auto& person : *candidates) {
      if (view.AssignedTo(person.id)) continue;
      options.emplace_back(json::object{{"value", person.email},
                                        {"label", person.name},
                                        {"selected", !chosen.empty() && core::ToLower(chosen) == core::ToLower(person.email)}});
    }
    data["reviewer_options"] = std::move(options);
  }
  for (auto& [key, value] : extra) data[key] = value;
  data["csrf_token"] = request.principal->csrf_token;
  const std::string title = view.school.name + " · " + cohorts::ShortName(view.setup.cohort) + " application";
  return deps.views.Page(request, "applications/application", title, std::move(data), "home", status);
}

core::Result<json::object> ApplicationAnswer(const Deps& deps, const Request& request) {
  auto loaded = LoadFor(deps, request);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->view.application) return std::unexpected(NoApplication(loaded->view.school, loaded->view.setup.cohort));
  return ApplicationJson(loaded->view, loaded->standing, deps.clock.NowUtcSeconds(), deps.tenant.zone);
}

http::Response ApiAfterChange(const Deps& deps, const Request& request, const core::Result<AuditNote>& done,
                              int status) {
  if (!done) return features::Failure(request, done.error(), deps.views);
  auto answer = ApplicationAnswer(deps, request);
  if (!answer) return features::Failure(request, answer.error(), deps.views);
  return features::Json(*answer, status);
}

}  // namespace practica::applications
