// Forms post urlencoded with the session's CSRF token (or, through one's own link before
// signing in, the form cookie's); a refused form (422, 409) shows its page again with the
// message and everything typed; success goes on with a 303. The API takes JSON and answers the
// same changes. Every path is listed here with its action.
#include "features/surveys/routes/register.hpp"

#include "features/kit/form_posts.hpp"
#include "features/kit/routes.hpp"
#include "features/surveys/routes/pages.hpp"

namespace practica::surveys {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string FormUrl(const Request& request) { return "/surveys/" + std::string(request.Param("id")); }
std::string ToCreated(const Request&, const json::object& done) {
  return std::string(done.at("url").as_string()) + "?saved=1";
}
std::string ToForm(const Request& request, const json::object&) { return FormUrl(request) + "?saved=1"; }
std::string ToAnswered(const Request& request, const json::object&) { return FormUrl(request) + "/answer?saved=1"; }
std::string ToLinkAnswered(const Request& request, const json::object&) {
  return "/answer/" + std::string(request.Param("token")) + "?saved=1";
}

http::ResourceResolver Listing() {
  return [](const Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
}

Response PlainList(const Deps& deps, const Request& request) { return ListPage(deps, request, {}, 200); }
Response PlainForm(const Deps& deps, const Request& request) { return FormPage(deps, request, {}, 200); }
Response PlainAnswer(const Deps& deps, const Request& request) { return AnswerPage(deps, request, {}, 200); }
Response PlainLink(const Deps& deps, const Request& request) { return LinkPage(deps, request, {}, 200); }
Response PlainConversations(const Deps& deps, const Request& request) { return ConversationsPage(deps, request, {}, 200); }
Response PlainConversation(const Deps& deps, const Request& request) { return ConversationPage(deps, request, {}, 200); }

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using features::Bind;
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes{
      {Method::kGet, "/surveys", "surveys.answer", Surface::kPage, Bind(deps, &PlainList)},
      {Method::kGet, "/api/v1/surveys", "surveys.answer", Surface::kApi, Bind(deps, &ListApi)},
      {Method::kGet, "/surveys/{id}", "surveys.manage", Surface::kPage, Bind(deps, &PlainForm)},
      {Method::kGet, "/api/v1/surveys/{id}", "surveys.manage", Surface::kApi, Bind(deps, &FormApi)},
      {Method::kGet, "/surveys/{id}/preview", "surveys.manage", Surface::kPage, Bind(deps, &PreviewPage)},
      {Method::kGet, "/surveys/{id}/answer", "surveys.answer", Surface::kPage, Bind(deps, &PlainAnswer)},
      {Method::kGet, "/answer/{token}", "surveys.link", Surface::kPage, Bind(deps, &PlainLink)},
      {Method::kGet, "/surveys/{id}/results", "surveys.results", Surface::kPage, Bind(deps, &ResultsPage)},
      {Method::kGet, "/api/v1/surveys/{id}/results", "surveys.results", Surface::kApi, Bind(deps, &ResultsApi)},
      {Method::kGet, "/surveys/{id}/results.csv", "surveys.results", Surface::kPage, Bind(deps, &ResultsCsv)},
      {Method::kGet, "/surveys/{id}/results.xlsx", "surveys.results", Surface::kPage, Bind(deps, &ResultsXlsx)},
      // Focus groups and interviews: district staff's records, notes and files alike.
      {Method::kGet, "/conversations", "surveys.manage", Surface::kPage, Bind(deps, &PlainConversations)},
      {Method::kGet, "/api/v1/conversations", "surveys.manage", Surface::kApi, Bind(deps, &ConversationsApi)},
      {Method::kGet, "/conversations/{id}", "surveys.manage", Surface::kPage, Bind(deps, &PlainConversation)},
      {Method::kGet, "/api/v1/conversations/{id}", "surveys.manage", Surface::kApi, Bind(deps, &ConversationApi)},
      {Method::kGet, "/conversations/{id}/files/{file}", "surveys.manage", Surface::kPage,
       Bind(deps, &ConversationFileDownload)},
      // A file comes as multipart/form-data, so these read their own body.
      {Method::kPost, "/conversations/{id}/files", "surveys.manage", Surface::kPage, Bind(deps, &ConversationFilePost)},
      {Method::kPost, "/api/v1/conversations/{id}/files", "surveys.manage", Surface::kApi,
       Bind(deps, &ConversationFileApiPost)},
  };
  features::AddPostRoutes(routes, deps, {
      {"/surveys", "surveys.manage", &CreateForm, &ListPage, &ToCreated, 201},
      {"/surveys/{id}/questions", "surveys.manage", &AddQuestion, &FormPage, &ToForm, 201},
      {"/surveys/{id}/questions/{question}", "surveys.manage", &EditQuestion, &FormPage, &ToForm, 200},
      {"/surveys/{id}/versions", "surveys.manage", &NewVersion, &FormPage, &ToForm, 201},
      {"/surveys/{id}/invitations", "surveys.manage", &SendInvitations, &FormPage, &ToForm, 200},
      {"/surveys/{id}/reminders", "surveys.manage", &SendReminders, &FormPage, &ToForm, 200},
      {"/surveys/{id}/answer", "surveys.answer", &AnswerForm, &AnswerPage, &ToAnswered, 201},
      {"/conversations", "surveys.manage", &RecordConversation, &ConversationsPage, &ToCreated, 201},
  });
  // One's own link answers without signing in: the page's form only, the API needs a session.
  routes.push_back({Method::kPost, "/answer/{token}", "surveys.link", Surface::kPage,
                    [&deps](const Request& r) { return features::FormPost(deps, r, &AnswerByLink, &LinkPage, &ToLinkAnswered); }});
  for (auto& route : routes) route.resource = Listing();
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::surveys
