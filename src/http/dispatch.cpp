#include "http/dispatch.hpp"

#include <spdlog/spdlog.h>

#include <exception>
#include <string>

#include "core/failure.hpp"
#include "core/lost_connection.hpp"
#include "http/error_response.hpp"

namespace practica::http {

namespace {

Response InternalError(const Request& request, const std::string& detail, const Views* views) {
  spdlog::error("request {} {} {} failed: {}", request.request_id, MethodName(request.method),
                request.path, detail);
  return ErrorResponse(request,
                       core::Error{core::ErrorCode::kInternal,
                                   "Something went wrong on our side; the error was logged as "
                                   "request " + request.request_id + ".",
                                   {}, {}},
                       views);
}

// The route's answer. The one boundary where anything a route throws becomes an answer: a
// session coroutine that let it through would end without a response, and a graceful stop
// would wait for it.
Response Run(Request& request, const Match& match, const Views* views) {
  try {
    return match.route->handler(request);
  } catch (const core::Failure& failure) {
    return ErrorResponse(request, failure.error(), views);  // 503s carry Retry-After
  } catch (const std::exception& e) {
    return InternalError(request, e.what(), views);
  } catch (...) {
    return InternalError(request, "an exception that is not a std::exception", views);
  }
}

}  // namespace

Response Dispatch(Request& request, const Match& match, const Views* views) {
  if (match.route == nullptr) {
    if (match.method_not_allowed) {
      return ErrorResponse(request, 405, "method_not_allowed",
                           "This address does not accept " +
                               std::string(MethodName(request.method)) + " requests.",
                           views);
    }
    return ErrorResponse(request, 404, "not_found",
                         request.IsApi()
                             ? "There is no API endpoint at " + request.path +
                                   "; the list is at /api/v1/openapi.json."
                             : "There is no page at " + request.path +
                                   ". It may have moved; start again from the home page.",
                         views);
  }
  request.path_params = match.params;
  const auto lost_before = core::LostConnections();
  auto response = Run(request, match, views);
  // A read that met a connection the database had closed (it restarted, or failed over) is
  // run once more: the pool hands out a fresh connection, and the person never sees the 503.
  // Only GET and HEAD: running a write twice could do it twice.
  const bool reads_only = request.method == Method::kGet || request.method == Method::kHead;
  if (reads_only && response.status == 503 && core::LostConnections() != lost_before) {
    spdlog::info("request {} {} {}: a database connection was lost; trying once more",
                 request.request_id, MethodName(request.method), request.path);
    response = Run(request, match, views);
  }
  return response;
}

}  // namespace practica::http
