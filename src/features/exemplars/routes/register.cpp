// Forms post urlencoded with the session's CSRF token; a refused form comes back on its page
// with the message beside the field and everything typed; success goes to the exemplar's page
// (post/redirect/get). The API takes JSON and answers the same changes.
#include "features/exemplars/routes/register.hpp"

#include "core/text.hpp"
#include "features/exemplars/routes/changes.hpp"
#include "features/exemplars/routes/collections.hpp"
#include "features/exemplars/routes/context.hpp"
#include "features/exemplars/routes/pages.hpp"
#include "features/exemplars/routes/rubric.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "http/multipart.hpp"

namespace practica::exemplars {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct Post {
  std::string pattern;
  std::string action;
  Change change;
  std::string form;
  int api_status;
  bool on_package_page = false;  // refusals shown on the packaging form
};

Response FormPost(const Deps& deps, const Request& request, const Post& post) {
  const auto fields = PackageFields(request, features::FormFields(request));
  auto done = post.change(deps, request, fields);
  std::string next;
  if (done) {
    const auto* url = done->if_contains("url");
    next = url != nullptr ? std::string(url->as_string())
                          : "/exemplars/" + std::string(request.Param("id")) + "?saved=" + post.form + "#" + post.form;
  }
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome, next, post.form, fields, [&](json::object extra, int status) {
    return post.on_package_page ? PackagePage(deps, request, std::move(extra), status)
                                : ExemplarPage(deps, request, std::move(extra), status);
  });
}

Response AttachPost(const Deps& deps, const Request& request) {
  auto parts = http::ParseMultipart(request.Header("content-type").value_or(""), request.body);
  auto done = parts ? AttachArtifact(deps, request, http::FindPart(*parts, "file"))
                    : core::Result<json::object>(std::unexpected(parts.error()));
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome,
                             "/exemplars/" + std::string(request.Param("id")) + "?saved=artifacts#artifacts", "artifacts",
                             {}, [&](json::object extra, int status) {
                               return ExemplarPage(deps, request, std::move(extra), status);
                             });
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string school = "/cohorts/{slug}/schools/{school}/exemplars";
  http::Route new_page{Method::kGet, school + "/new", "exemplars.package", Surface::kPage,
                       [&deps](const Request& r) { return PackagePage(deps, r); }};
  new_page.resource = SchoolResolver(deps);
  // One cache of recent search answers for this server's library page and API.
  auto cache = std::make_shared<SearchCache>();
  std::vector<http::Route> routes{
      {Method::kGet, "/exemplars", "exemplars.read", Surface::kPage,
       [&deps, cache](const Request& r) { return LibraryPage(deps, r, *cache); }},
      {Method::kGet, "/api/v1/exemplars", "exemplars.read", Surface::kApi,
       [&deps, cache](const Request& r) { return LibraryApi(deps, r, *cache); }},
      {Method::kGet, "/exemplars/feed.atom", "exemplars.read", Surface::kPage, features::Bind(deps, &AtomFeed)},
      {Method::kGet, "/exemplars/mine", "exemplars.mine", Surface::kPage, features::Bind(deps, &MinePage)},
      {Method::kGet, "/api/v1/exemplars/mine", "exemplars.mine", Surface::kApi, features::Bind(deps, &MineApi)},
      // Before /exemplars/{id}: the first pattern that matches answers.
      {Method::kGet, "/exemplars/rubric", "exemplars.curate", Surface::kPage,
       [&deps](const Request& r) { return RubricPage(deps, r); }},
      {Method::kGet, "/api/v1/exemplars/rubric", "exemplars.curate", Surface::kApi, features::Bind(deps, &RubricApi)},
      {Method::kGet, "/exemplars/{id}", "exemplars.read", Surface::kPage,
       [&deps](const Request& r) { return ExemplarPage(deps, r); }},
      {Method::kGet, "/api/v1/exemplars/{id}", "exemplars.read", Surface::kApi, features::Bind(deps, &ExemplarApi)},
      {Method::kGet, "/exemplars/{id}/edit", "exemplars.edit", Surface::kPage,
       [&deps](const Request& r) { return PackagePage(deps, r); }},
      {Method::kGet, "/exemplars/{id}/artifacts/{artifact}", "exemplars.read", Surface::kPage,
       features::Bind(deps, &ArtifactFile)},
      {Method::kPost, "/exemplars/{id}/artifacts", "exemplars.edit", Surface::kPage, features::Bind(deps, &AttachPost)},
      std::move(new_page),
  };
  features::AddPostRoutes(routes, deps,
                          {{"/exemplars/rubric", "exemplars.curate", &ChangeRubric,
                            [](const Deps& d, const Request& r, const json::object& typed, int status) {
                              return RubricPage(d, r, typed, status);
                            },
                            [](const Request&, const json::object& done) { return std::string(done.at("url").as_string()); },
                            200}});
  // Collections first: /exemplars/collections/… would otherwise match /exemplars/{id}/….
  std::vector<http::Route> collections;
  AddCollectionRoutes(collections, deps);
  routes.insert(routes.begin(), std::make_move_iterator(collections.begin()), std::make_move_iterator(collections.end()));
  const std::vector<Post> posts{
      {school, "exemplars.package", &CreateExemplar, "package", 201, true},
      {"/exemplars/{id}", "exemplars.edit", &EditExemplar, "package", 200, true},
      {"/exemplars/{id}/submit", "exemplars.edit", &SubmitExemplar, "submit", 200},
      {"/exemplars/{id}/versions", "exemplars.edit", &StartVersion, "submit", 201},
      {"/exemplars/{id}/reviewers", "exemplars.curate", &AssignReviewer, "reviewers", 201},
      {"/exemplars/{id}/reviews/{review}", "exemplars.review", &ReviewExemplar, "review", 200},
      {"/exemplars/{id}/retire", "exemplars.curate", &RetireExemplar, "retire", 200},
      {"/exemplars/{id}/collections", "exemplars.curate", &AddToCollection, "collections", 201},
      {"/exemplars/{id}/artifacts/{artifact}/consent", "exemplars.edit", &RecordConsent, "artifacts", 200},
      {"/exemplars/{id}/artifacts/{artifact}/withdraw", "exemplars.edit", &WithdrawConsent, "artifacts", 200},
  };
  for (const auto& post : posts) {
    http::Route page{Method::kPost, post.pattern, post.action, Surface::kPage,
                     [&deps, post](const Request& r) { return FormPost(deps, r, post); }};
    http::Route api{Method::kPost, "/api/v1" + post.pattern, post.action, Surface::kApi,
                    [&deps, post](const Request& r) { return features::ApiPost(deps, r, post.change, post.api_status); }};
    if (post.action == "exemplars.package") {
      page.resource = SchoolResolver(deps);
      api.resource = SchoolResolver(deps);
    }
    routes.push_back(std::move(page));
    routes.push_back(std::move(api));
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::exemplars
