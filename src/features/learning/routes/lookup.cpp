#include "features/learning/routes/lookup.hpp"

namespace practica::learning {

core::Result<Offering> FindOffering(LearningStore& store, const http::Request& request) {
  auto offering = store.Find(request.Param("slug"));
  if (!offering) return std::unexpected(offering.error());
  if (!*offering) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no learning session \"" +
                                                      std::string(request.Param("slug")) +
                                                      "\"; see the sessions page for the calendar.");
  }
  return std::move(**offering);
}

std::int64_t Me(const http::Request& request) {
  return request.principal ? request.principal->person_id : 0;
}

std::string CsrfToken(const http::Request& request) {
  return request.principal ? request.principal->csrf_token : "";
}

}  // namespace practica::learning
