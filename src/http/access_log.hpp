// The access log: one line per answered request on the "access" logger, which the application
// sets up (and tests replace to read it).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "http/request.hpp"

namespace practica::http {

// "203.0.113.7 GET /schools?q=hope 200 5120 840us id=q7k2m9ab-17": who asked (the client a
// trusted balancer names, else the socket peer), the method, the target
// with secrets redacted, the status, the body bytes sent, the time since `started` and the
// request id.
void LogAccess(const std::string& remote, const Request& request, int status,
               std::uint64_t body_bytes, std::chrono::steady_clock::time_point started);

}  // namespace practica::http
