// What every surveys route reads from its request: who asks, the path's number, instants in
// the district's zone, and whether the person runs the district's forms.
#include "features/kit/access.hpp"
#include "core/text.hpp"
#include "features/surveys/routes/pages.hpp"

namespace practica::surveys {

std::int64_t Me(const http::Request& request) { return request.principal ? request.principal->person_id : 0; }

core::Result<std::int64_t> PathId(const http::Request& request) {
  auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no form " + std::string(request.Param("id")) + "; open it from the forms list.");
  }
  return *id;
}

std::string LongInstant(const features::Deps& deps, std::int64_t utc_seconds) {
  return core::FormatLongDateTime(deps.tenant.zone.ToLocal(utc_seconds));
}

bool MayManage(const features::Deps& deps, const http::Request& request) {
  return request.principal &&
         features::Allows(deps, *request.principal, "surveys.manage", auth::Resource{0, 0, 0, true});
}

}  // namespace practica::surveys
