// Helpers every feature's routes share: JSON bodies, error answers and query parameters.
#pragma once

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/text.hpp"
#include "http/error_response.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/views.hpp"

namespace practica::features {

inline http::Response Json(const boost::json::value& value, int status = 200) {
  return http::JsonResponse(boost::json::serialize(value), status);
}

inline http::Response Failure(const http::Request& request, const core::Error& error,
                              const http::Views& views) {
  return http::ErrorResponse(request, error, &views);
}

// An optional whole-number query parameter in [min, max]; kInvalidInput naming the parameter.
inline core::Result<std::optional<std::int64_t>> IntParam(const http::Request& request,
                                                         std::string_view name, std::int64_t min,
                                                         std::int64_t max) {
  const auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<std::int64_t>{};
  const auto value = core::ParseInt(*text, min, max);
  if (!value) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The parameter \"" + std::string(name) + "\" must be a whole number from " +
                          std::to_string(min) + " to " + std::to_string(max) + "; got \"" +
                          std::string(*text) + "\".",
                      {}, std::string(name));
  }
  return std::optional<std::int64_t>{*value};
}

}  // namespace practica::features
