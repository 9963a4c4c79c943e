#include "http/error_response.hpp"

#include <spdlog/spdlog.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "http/views.hpp"

namespace practica::http {
namespace json = boost::json;

int StatusOf(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput: return 422;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kUnauthenticated: return 401;
    case core::ErrorCode::kForbidden: return 403;
    case core::ErrorCode::kRateLimited: return 429;
    case core::ErrorCode::kUnavailable: return 503;
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace {

std::string_view Heading(int status) {
  switch (status) {
    case 400: return "That request could not be read";
    case 401: return "Please sign in";
    case 403: return "You do not have access to this";
    case 404: return "Page not found";
    case 405: return "That action is not available here";
    case 409: return "That conflicts with what is already recorded";
    case 413: return "That upload is too large";
    case 422: return "Please check what you entered";
    case 429: return "Please wait before trying again";
    case 503: return "Practica is busy";
    default: return "Something went wrong on our side";
  }
}

Response Render(const Request& request, int status, std::string_view code_name,
                const std::string& message, const std::string& field, const Views* views) {
  if (request.IsApi() || views == nullptr) {
    json::object error{{"code", code_name}, {"message", message}};
    if (!field.empty()) error["field"] = field;
    if (!request.request_id.empty()) error["request_id"] = request.request_id;
    return JsonResponse(json::serialize(json::object{{"error", std::move(error)}}), status);
  }
  json::object data{{"status", status},
                    {"heading", Heading(status)},
                    {"message", message},
                    {"request_id", request.request_id},
                    {"not_found", status == 404}};
  return views->Page(request, "error", Heading(status), std::move(data), {}, status);
}

}  // namespace

Response ErrorResponse(const Request& request, const core::Error& error, const Views* views) {
  const int status = StatusOf(error.code);
  if (!error.detail.empty()) {
    if (status >= 500) {
      spdlog::error("request {} {}: {}", request.request_id, request.path, error.detail);
    } else {
      spdlog::info("request {} {}: {}", request.request_id, request.path, error.detail);
    }
  }
  auto response = Render(request, status, core::ErrorCodeName(error.code), error.message, error.field, views);
  // The database is away (a restart, a failover): a balancer, a browser or an API client may try
  // again shortly, whichever route or guard met it first.
  if (status == 503) response.Header("Retry-After", "5");
  return response;
}

Response ErrorResponse(const Request& request, int status, std::string_view code_name,
                       std::string message, const Views* views) {
  return Render(request, status, code_name, message, {}, views);
}

}  // namespace practica::http
