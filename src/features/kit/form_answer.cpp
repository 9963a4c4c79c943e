#include "features/kit/form_answer.hpp"

#include "features/kit/respond.hpp"

namespace practica::features {

boost::json::object FormProblem(const core::Error& error, std::string_view form, const Fields& typed) {
  boost::json::object problem{{"error", error.message}, {"error_field", error.field}};
  if (!form.empty()) problem["error_" + std::string(form)] = error.message;
  for (const auto& [key, value] : typed) {
    if (key != "csrf_token") problem["typed_" + key] = value;
  }
  return problem;
}

bool ShownOnTheForm(const core::Error& error) {
  return error.code == core::ErrorCode::kInvalidInput || error.code == core::ErrorCode::kConflict;
}

http::Response AfterForm(const Deps& deps, const http::Request& request,
                         const core::Result<void>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender) {
  if (done) {
    if (request.IsHtmx()) {
      http::Response response;
      response.Header("HX-Redirect", next_url);
      return response;
    }
    return http::Redirect(next_url);
  }
  if (!ShownOnTheForm(done.error())) return Failure(request, done.error(), deps.views);
  return rerender(FormProblem(done.error(), form, typed), http::StatusOf(done.error().code));
}

}  // namespace practica::features
