#include "http/access_log.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

namespace practica::http {
namespace {

TEST(LogAccess, WritesOneLineWithTheTargetsSecretsRedacted) {
  auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(4);
  spdlog::drop("access");
  spdlog::register_logger(std::make_shared<spdlog::logger>("access", sink));
  Request request;
  request.method = Method::kGet;
  request.target = "/password/reset?token=Zq8xR2mN5vB7kL1pW4sT9yH3";
  request.request_id = "17";

  LogAccess("203.0.113.7", request, 200, 5120, std::chrono::steady_clock::now());

  const auto lines = sink->last_formatted();
  spdlog::drop("access");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("203.0.113.7 GET /password/reset?token=[redacted] 200 5120 "),
            std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("us id=17"), std::string::npos) << lines[0];
}

}  // namespace
}  // namespace practica::http
