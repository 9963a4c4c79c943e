#include "features/applications/routes/page_kit.hpp"

#include "features/kit/respond.hpp"

namespace practica::applications {

http::Response AfterForm(const features::Deps& deps, const http::Request& request,
                         const core::Result<AuditNote>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender) {
  if (done) {
    if (request.IsHtmx()) {
      http::Response response;
      response.Header("HX-Redirect", next_url);
      return response;
    }
    return http::Redirect(next_url);
  }
  const auto code = done.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return features::Failure(request, done.error(), deps.views);
  }
  boost::json::object extra{{"error", done.error().message},
                            {"error_field", done.error().field},
                            {"error_" + std::string(form), done.error().message}};
  for (const auto& [key, value] : typed) {
    if (key != "csrf_token") extra["typed_" + key] = value;
  }
  return rerender(std::move(extra), http::StatusOf(code));
}

}  // namespace practica::applications
