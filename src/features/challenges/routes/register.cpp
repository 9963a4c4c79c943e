// Pages and API of the design challenge. Forms post urlencoded with the session's CSRF token; a
// refused form comes back on the school's page with the message where the person is looking and
// what they typed; success goes back to the page (post/redirect/get). The API takes JSON and
// answers the same changes.
#include "features/challenges/routes/register.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "features/challenges/routes/challenge_json.hpp"
#include "features/challenges/routes/changes.hpp"
#include "features/challenges/routes/inquiry.hpp"
#include "features/challenges/routes/lesson_rounds.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/challenges/routes/rounds.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/uploads.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::challenges {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string SchoolBase(const Request& request) {
  return "/cohorts/" + std::string(request.Param("slug")) + "/schools/" + std::string(request.Param("school")) +
         "/challenge";
}

// What the forms show: what is stored, or, after a refusal, what was typed ("typed_<field>"),
// with the refused field marked ("error_on_<field>").
void Prefill(json::object& data, const json::object& extra) {
  json::object v;
  if (const auto* problem = data.if_contains("problem"); problem && problem->is_object()) {
    const auto& p = problem->as_object();
    v["problem"] = TextOf(p, "statement");
    v["evidence"] = TextOf(p, "evidence");
    v["evidence_links"] = TextOf(p, "links_text");
    v["affects"] = TextOf(p, "affects");
  }
  v["statement"] = TextOf(data, "statement");
  if (const auto* open = data.if_contains("open_cycle"); open && open->is_object()) {
    const auto& c = open->as_object();
    for (const auto* key : {"happened", "learned", "next_step", "decision"}) v[key] = TextOf(c, key);
    v["evidence_links"] = TextOf(c, "evidence_links_text");
  }
  for (const auto& [key, value] : extra) {
    if (key.starts_with("typed_")) v[key.substr(6)] = value;
  }
  const std::string decision = TextOf(v, "decision");
  if (!decision.empty()) v["decision_" + decision] = true;
  if (const auto* typed = extra.if_contains("typed_indicators"); typed && typed->is_string() && data.contains("indicator_options")) {
    const auto chosen = SplitCodes(typed->as_string());
    for (auto& option : data["indicator_options"].as_array()) {
      auto& o = option.as_object();
      o["checked"] = std::ranges::find(chosen, TextOf(o, "code")) != chosen.end();
    }
  }
  if (const auto* typed = extra.if_contains("typed_cs_practices"); typed && typed->is_string() && data.contains("practice_options")) {
    const auto chosen = SplitCodes(typed->as_string());
    for (auto& option : data["practice_options"].as_array()) {
      auto& o = option.as_object();
      o["checked"] = std::ranges::find(chosen, TextOf(o, "code")) != chosen.end();
    }
  }
  const std::string field = TextOf(extra, "error_field");
  if (!field.empty()) data["error_on_" + field] = true;
  data["v"] = std::move(v);
}

Response ChallengePage(const Deps& deps, const Request& request, json::object extra = {}, int status = 200) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto data = ChallengeJson(deps, store, *place);
  if (!data) return features::Failure(request, data.error(), deps.views);
  if ((*data)["visible"].as_bool()) Prefill(*data, extra);
  for (auto& [key, value] : extra) (*data)[key] = value;
  if (auto saved = request.Query("saved")) (*data)["saved_" + std::string(*saved)] = true;
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Design challenge of " + place->school.name + " · " + place->cohort.ShortName();
  return deps.views.Page(request, "challenges/challenge", title, std::move(*data), "schools", status);
}

Response ChallengeApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto data = ChallengeJson(deps, store, *place);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

// A file kept as a cycle's evidence, for whoever may read the school's challenge (its draft only
// for those who read drafts): always a download, never shown inline.
Response CycleEvidenceFile(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto record = store.Load(place->cohort.id, place->school.id);
  if (!record) return features::Failure(request, record.error(), deps.views);
  const auto number = core::ParseInt(request.Param("number"), 1, 10000);
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  const EvidenceFile* file = nullptr;
  if (*record && number && id && ((*record)->shared_at || ReadAccess(place->reader) == Access::kEverything)) {
    for (const auto& cycle : (*record)->cycles) {
      if (cycle.number != *number) continue;
      for (const auto& kept : cycle.files) {
        if (kept.id == *id) file = &kept;
      }
    }
  }
  auto bytes = file ? store.CycleFileBytes((*record)->id, file->id) : core::Result<std::optional<std::string>>{};
  if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  if (file == nullptr || !*bytes) {
    return features::Failure(request,
                             core::Error{core::ErrorCode::kNotFound,
                                         "There is no such file of evidence on " + place->school.name +
                                             "'s design challenge; go back to its page for the files it keeps.",
                                         {}, {}},
                             deps.views);
  }
  return features::FileDownload(file->file_name, file->content_type, std::move(**bytes));
}

// The cycle's record: a plain form, or multipart/form-data when it carries a file.
Response CycleFormPost(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, false);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = SaveCycle(deps, request, *sent);
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome, SchoolBase(request) + "?saved=cycles#cycles", "cycles",
                             sent->fields, [&](json::object extra, int status) {
                               return ChallengePage(deps, request, std::move(extra), status);
                             });
}

Response CycleApiPost(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, true);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = SaveCycle(deps, request, *sent);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, 200);
}

core::Result<json::object> Gallery(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto view = FindCohortView(deps, store, request);
  if (!view) return std::unexpected(view.error());
  return GalleryJson(deps, store, *view, std::string(core::Trim(request.Query("q").value_or(""))));
}

Response GalleryPage(const Deps& deps, const Request& request) {
  auto data = Gallery(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title = "Design challenges of " + std::string((*data)["cohort"].at("short_name").as_string());
  return deps.views.Page(request, "challenges/gallery", title, std::move(*data), "cohorts");
}

Response GalleryApi(const Deps& deps, const Request& request) {
  auto data = Gallery(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

// The form's fields, each checkbox list ("indicators", a round's "participants") joined with commas.
features::Fields PostedFields(const Request& request) {
  auto fields = features::FormFields(request);
  for (const std::string list : {"indicators", "cs_practices", "participants", "members", "attendees"}) {
    std::string joined;
    for (const auto& [name, value] : request.Form()) {
      if (name == list) joined += (joined.empty() ? "" : ",") + value;
    }
    if (!joined.empty()) fields[list] = joined;
  }
  return fields;
}

// A round's forms: refused, the round's (or the cohort's rounds) page again with what was typed;
// done, the round's page.
struct RoundPost {
  std::string pattern;
  std::string action;
  Change change;
  features::RefusedPage page;
  std::string form;
  int api_status;
};

Response RoundFormPost(const Deps& deps, const Request& request, const RoundPost& post) {
  const auto fields = PostedFields(request);
  auto done = post.change(deps, request, fields);
  std::string next;
  if (done) {
    // A new round or group goes to its own page; anything said or recorded, back to where it was
    // (the pattern's path before its {id}).
    const std::string base = post.pattern.substr(0, post.pattern.find("{id}"));
    const std::string anchor = post.form == "takeaway" ? "meetings" : post.form;
    next = done->contains("url") ? std::string(done->at("url").as_string())
                                 : base + std::string(request.Param("id")) + "?saved=" + post.form + "#" + anchor;
  }
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome, next, post.form, fields, [&](json::object extra, int status) {
    return post.page(deps, request, extra, status);
  });
}

struct Post {
  std::string pattern;  // after …/schools/{school}/challenge
  std::string action;
  Change change;
  std::string form;  // the page's form, where a refusal is shown and a success lands
  int api_status;
};

Response FormPost(const Deps& deps, const Request& request, const Post& post) {
  const auto fields = PostedFields(request);
  auto done = post.change(deps, request, fields);
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome, SchoolBase(request) + "?saved=" + post.form + "#" + post.form,
                             post.form, fields, [&](json::object extra, int status) {
                               return ChallengePage(deps, request, std::move(extra), status);
                             });
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string school = "/cohorts/{slug}/schools/{school}/challenge";
  std::vector<http::Route> routes{
      {Method::kGet, "/cohorts/{slug}/challenges", "challenges.read", Surface::kPage, features::Bind(deps, &GalleryPage)},
      {Method::kGet, "/api/v1/cohorts/{slug}/challenges", "challenges.read", Surface::kApi,
       features::Bind(deps, &GalleryApi)},
      {Method::kGet, school, "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return ChallengePage(deps, r); }},
      {Method::kGet, "/api/v1" + school, "challenges.read", Surface::kApi, features::Bind(deps, &ChallengeApi)},
      {Method::kGet, "/cohorts/{slug}/rounds", "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return RoundsPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/cohorts/{slug}/rounds", "challenges.read", Surface::kApi, features::Bind(deps, &RoundsApi)},
      {Method::kGet, "/rounds/{id}", "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return RoundPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/rounds/{id}", "challenges.read", Surface::kApi, features::Bind(deps, &RoundApi)},
      {Method::kGet, "/cohorts/{slug}/inquiry", "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return GroupsPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/cohorts/{slug}/inquiry", "challenges.read", Surface::kApi, features::Bind(deps, &GroupsApi)},
      {Method::kGet, "/inquiry/{id}", "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return GroupPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/inquiry/{id}", "challenges.read", Surface::kApi, features::Bind(deps, &GroupApi)},
      {Method::kGet, "/learning/{slug}/lesson-rounds", "lesson_rounds.read", Surface::kPage,
       [&deps](const Request& r) { return LessonRoundsPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/learning/{slug}/lesson-rounds", "lesson_rounds.read", Surface::kApi,
       features::Bind(deps, &LessonRoundsApi)},
      {Method::kGet, "/lesson-rounds/{id}", "lesson_rounds.read", Surface::kPage,
       [&deps](const Request& r) { return LessonRoundPage(deps, r, {}, 200); }},
      {Method::kGet, "/api/v1/lesson-rounds/{id}", "lesson_rounds.read", Surface::kApi, features::Bind(deps, &LessonRoundApi)},
  };
  for (auto& route : routes) route.resource = ListingResolver();
  const std::vector<Post> posts{
      {"/problem", "challenges.change", &SaveProblem, "problem", 200},
      {"/statement", "challenges.change", &SaveStatement, "statement", 200},
      {"/share", "challenges.change", &ShareChallenge, "share", 200},
      {"/steps", "challenges.change", &AddStep, "steps", 201},
      {"/steps/{number}", "challenges.change", &SetStepStatus, "steps", 200},
      {"/cycles", "challenges.change", &OpenCycle, "cycles", 201},
      {"/comments", "challenges.comment", &AddComment, "comments", 201},
  };
  // A cycle's record may carry a file, so it reads its own body (form, JSON or multipart).
  const std::vector<http::Route> cycle_routes{
      {Method::kPost, school + "/cycles/{number}", "challenges.change", Surface::kPage,
       [&deps](const Request& r) { return CycleFormPost(deps, r); }},
      {Method::kPost, "/api/v1" + school + "/cycles/{number}", "challenges.change", Surface::kApi,
       [&deps](const Request& r) { return CycleApiPost(deps, r); }},
      {Method::kGet, school + "/cycles/{number}/files/{id}", "challenges.read", Surface::kPage,
       [&deps](const Request& r) { return CycleEvidenceFile(deps, r); }},
      {Method::kGet, "/api/v1" + school + "/cycles/{number}/files/{id}", "challenges.read", Surface::kApi,
       [&deps](const Request& r) { return CycleEvidenceFile(deps, r); }},
  };
  for (auto route : cycle_routes) {
    route.resource = route.method == Method::kPost ? SchoolResolver(deps) : ListingResolver();
    routes.push_back(std::move(route));
  }
  for (const auto& post : posts) {
    http::Route page{Method::kPost, school + post.pattern, post.action, Surface::kPage,
                     [&deps, post](const Request& r) { return FormPost(deps, r, post); }};
    http::Route api{Method::kPost, "/api/v1" + school + post.pattern, post.action, Surface::kApi,
                    [&deps, post](const Request& r) { return features::ApiPost(deps, r, post.change, post.api_status); }};
    for (auto* route : {&page, &api}) {
      route->resource = post.action == "challenges.change" ? SchoolResolver(deps) : ListingResolver();
      routes.push_back(std::move(*route));
    }
  }
  const std::vector<RoundPost> rounds{
      {"/cohorts/{slug}/rounds", "rounds.schedule", &ScheduleRound, &RoundsPage, "schedule", 201},
      {"/rounds/{id}/items", "rounds.speak", &AddRoundItem, &RoundPage, "say", 201},
      {"/rounds/{id}/advance", "rounds.run", &AdvanceRound, &RoundPage, "protocol", 200},
      {"/cohorts/{slug}/inquiry", "inquiry.start", &StartGroup, &GroupsPage, "start", 201},
      {"/inquiry/{id}/meetings", "inquiry.record", &RecordMeeting, &GroupPage, "meeting", 201},
      {"/inquiry/{id}/takeaways", "inquiry.record", &AddTakeaway, &GroupPage, "takeaway", 201},
      {"/learning/{slug}/lesson-rounds", "rounds.schedule", &OpenLessonRound, &LessonRoundsPage, "open", 201},
      {"/lesson-rounds/{id}/items", "rounds.speak", &AddLessonItem, &LessonRoundPage, "say", 201},
      {"/lesson-rounds/{id}/advance", "rounds.run", &AdvanceLessonRound, &LessonRoundPage, "protocol", 200},
  };
  for (const auto& post : rounds) {
    http::Route page{Method::kPost, post.pattern, post.action, Surface::kPage,
                     [&deps, post](const Request& r) { return RoundFormPost(deps, r, post); }};
    http::Route api{Method::kPost, "/api/v1" + post.pattern, post.action, Surface::kApi,
                    [&deps, post](const Request& r) { return features::ApiPost(deps, r, post.change, post.api_status); }};
    page.resource = ListingResolver();
    api.resource = ListingResolver();
    routes.push_back(std::move(page));
    routes.push_back(std::move(api));
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::challenges
