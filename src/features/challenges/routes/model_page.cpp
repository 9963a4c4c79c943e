#include "features/challenges/routes/model_page.hpp"

#include "features/kit/respond.hpp"

namespace practica::challenges {

http::Response ModelPage(const features::Deps& deps, const http::Request& request, TitledModel model,
                         const boost::json::object& extra, std::string_view view, std::string_view nav, int status) {
  if (!model) return features::Failure(request, model.error(), deps.views);
  auto& [data, title] = *model;
  for (const auto& [key, value] : extra) data[key] = value;
  if (auto saved = request.Query("saved")) data["saved_" + std::string(*saved)] = true;
  data["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return deps.views.Page(request, view, title, std::move(data), nav, status);
}

}  // namespace practica::challenges
