// The answer page, one column that reads on a phone: signed in at /surveys/{id}/answer, or
// through the person's own link at /answer/{token} without signing in first.
#include "auth/guard.hpp"
#include "features/kit/respond.hpp"
#include "features/surveys/routes/form_model.hpp"
#include "features/surveys/routes/pages.hpp"

namespace practica::surveys {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// The page for one invitation (none: the person is not in the audience).
Response Render(const Deps& deps, const Request& request, std::int64_t form_id, const std::optional<Invitation>& invitation,
                const std::string& action, json::object typed, int status) {
  auto db = deps.database.Acquire();
  SurveysStore store(*db, deps.tenant.id);
  auto form = store.Find(form_id);
  if (!form) return features::Failure(request, form.error(), deps.views);
  if (!*form) return features::Failure(request, core::Error{core::ErrorCode::kNotFound, "There is no such form.", {}, {}}, deps.views);
  auto questions = store.Questions(form_id, (*form)->current_version);
  if (!questions) return features::Failure(request, questions.error(), deps.views);
  auto model = FormJson(deps, **form);
  model["sections"] = SectionsJson(*questions, typed);
  model["action"] = action;
  model["invited"] = invitation.has_value();
  model["answered"] = invitation && invitation->answered;
  model["can_answer"] = invitation && !invitation->answered && model["is_open"].as_bool();
  model["show_questions"] = model["can_answer"];
  for (const auto& [k, v] : typed) model[k] = v;
  if (request.Query("saved")) model["saved"] = true;
  Response holder;
  model["csrf_token"] = request.principal ? request.principal->csrf_token
                                          : auth::AnonymousFormToken(request, holder, deps.auth.secure_cookies);
  auto page = deps.views.Page(request, "surveys/answer", (*form)->title, std::move(model), "surveys", status);
  for (auto& header : holder.headers) page.headers.push_back(header);
  return page;
}

}  // namespace

Response AnswerPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto id = PathId(request);
  if (!id) return features::Failure(request, id.error(), deps.views);
  std::optional<Invitation> invitation;
  {
    auto db = deps.database.Acquire();
    auto mine = SurveysStore(*db, deps.tenant.id).InvitationOf(*id, Me(request));
    if (!mine) return features::Failure(request, mine.error(), deps.views);
    invitation = *mine;
  }
  return Render(deps, request, *id, invitation, "/surveys/" + std::to_string(*id) + "/answer", typed, status);
}

Response LinkPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  const std::string token(request.Param("token"));
  std::optional<Invitation> invitation;
  {
    auto db = deps.database.Acquire();
    auto found = SurveysStore(*db, deps.tenant.id).ByToken(token);
    if (!found) return features::Failure(request, found.error(), deps.views);
    invitation = *found;
  }
  if (!invitation) {
    return features::Failure(request, core::Error{core::ErrorCode::kNotFound,
                                                  "This link does not open any form; use the link in your latest e-mail.", {}, {}},
                             deps.views);
  }
  return Render(deps, request, invitation->form_id, invitation, "/answer/" + token, typed, status);
}

}  // namespace practica::surveys
