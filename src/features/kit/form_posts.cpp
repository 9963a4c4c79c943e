#include "features/kit/form_posts.hpp"

#include "core/text.hpp"
#include "features/kit/respond.hpp"

namespace practica::features {
namespace json = boost::json;

http::Response FormPost(const Deps& deps, const http::Request& request, const PostedChange& change,
                        const RefusedPage& page, const NextUrl& next) {
  const auto fields = FormFields(request);
  auto done = change(deps, request, fields);
  if (done) return http::Redirect(next(request, *done));
  const auto code = done.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return Failure(request, done.error(), deps.views);
  }
  json::object typed{{"error", done.error().message}};
  if (!done.error().field.empty()) typed["error_on_" + done.error().field] = true;
  for (const auto& [key, value] : fields) typed["typed_" + key] = value;
  return page(deps, request, typed, http::StatusOf(code));
}

http::Response ApiPost(const Deps& deps, const http::Request& request, const PostedChange& change, int status) {
  core::Result<Fields> fields = core::Trim(request.body).empty() ? Fields{} : JsonFields(request);
  if (!fields) return Failure(request, fields.error(), deps.views);
  auto done = change(deps, request, *fields);
  if (!done) return Failure(request, done.error(), deps.views);
  return Json(*done, status);
}

void AddPostRoutes(std::vector<http::Route>& routes, const Deps& deps, const std::vector<PostRoute>& posts) {
  for (const auto& post : posts) {
    routes.push_back({http::Method::kPost, post.pattern, post.action, http::Surface::kPage,
                      [&deps, post](const http::Request& r) { return FormPost(deps, r, post.change, post.page, post.next); }});
    routes.push_back({http::Method::kPost, "/api/v1" + post.pattern, post.action, http::Surface::kApi,
                      [&deps, post](const http::Request& r) { return ApiPost(deps, r, post.change, post.api_status); }});
  }
}

}  // namespace practica::features
