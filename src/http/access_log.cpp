#include "http/access_log.hpp"

#include <spdlog/spdlog.h>

#include "core/text.hpp"

namespace practica::http {

void LogAccess(const std::string& remote, const Request& request, int status,
               std::uint64_t body_bytes, std::chrono::steady_clock::time_point started) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
  spdlog::get("access")->info("{} {} {} {} {} {}us id={}", remote, MethodName(request.method),
                              core::RedactSecrets(request.target), status, body_bytes, micros,
                              request.request_id);
}

}  // namespace practica::http
