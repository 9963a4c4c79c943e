// The server's own boundaries over real loopback connections, with routes of the test's making:
// whatever a route throws becomes an answer, a busy pool answers 503 with Retry-After, a request
// whose head has arrived finishes across a graceful stop, and refused heads are logged by name.
#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <boost/asio.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "core/failure.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"

namespace practica::testing {
namespace {
namespace asio = boost::asio;

// Whatever the server sends on the connection until it closes it (or resets it).
std::string ReadUntilClosed(asio::ip::tcp::socket& socket) {
  std::string answer;
  boost::system::error_code ec;
  char chunk[4096];
  while (!ec) answer.append(chunk, socket.read_some(asio::buffer(chunk), ec));
  return answer;
}

class BoundaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log_ = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
    spdlog::drop("access");
    spdlog::register_logger(std::make_shared<spdlog::logger>("access", log_));
    Add(http::Method::kGet, "/throws-int", [](const http::Request&) -> http::Response { throw 42; });
    Add(http::Method::kGet, "/busy", [](const http::Request&) -> http::Response {
      throw core::Failure(core::Error{core::ErrorCode::kUnavailable, "Practica is busy right now; try again in a few seconds.",
                                      "no database connection free after 200 ms", {}});
    });
    Add(http::Method::kGet, "/who", [](const http::Request& request) {
      return http::HtmlResponse("client " + request.remote_address);
    });
    Add(http::Method::kPut, "/echo", [](const http::Request& request) {
      return http::HtmlResponse("got " + std::to_string(request.body.size()) + " bytes");
    });
    Add(http::Method::kGet, "/big", [](const http::Request&) { return http::HtmlResponse(BigPage()); });
    Add(http::Method::kHead, "/big", [](const http::Request&) { return http::HtmlResponse(BigPage()); });
    Add(http::Method::kGet, "/note", [](const http::Request&) {
      auto response = http::HtmlResponse("noted");
      response.Header("X-Note", "fine\r\nSet-Cookie: stolen=1").Header("X-Other", "kept");
      return response;
    });
  }

  // Three megabytes (the commitment grid of 1,000 schools is 3.1 MB) that differ along their
  // length, so a lost, repeated or reordered piece shows.
  static std::string BigPage() {
    std::string page;
    page.reserve(3'000'000);
    for (int i = 0; page.size() < 3'000'000; ++i) page += "<p>row " + std::to_string(i) + "</p>\n";
    page.resize(3'000'000);
    return page;
  }

  void Add(http::Method method, std::string pattern, http::Handler handler) {
    ASSERT_TRUE(router_.Add(http::Route{method, std::move(pattern), "test.action", http::Surface::kPage,
                                        std::move(handler)}));
  }

  std::uint16_t Start(std::string_view trusted_proxies = "") {
    http::ServerOptions options;
    options.port = 0;
    options.trusted_proxies = http::TrustedProxies::Parse(trusted_proxies).value();
    options.shutdown_grace_ms = 5000;
    server_ = std::make_unique<http::Server>(options, router_, nullptr);
    auto port = server_->Start();
    EXPECT_TRUE(port.has_value());
    return port.value_or(0);
  }

  std::string Logged() {
    std::string all;
    for (const auto& line : log_->last_formatted()) all += line;
    return all;
  }

  // The access log's line is written once the answer has gone, so the client can read the answer
  // before the line exists: wait for it (bounded), then hand back the whole log.
  std::string LoggedOnce(const std::string& line) {
    for (int tries = 0; tries < 200 && Logged().find(line) == std::string::npos; ++tries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return Logged();
  }

  http::Router router_;
  std::unique_ptr<http::Server> server_;
  std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> log_;
};

TEST_F(BoundaryTest, AnswersAHandlerThatThrowsSomethingOtherThanAnExceptionWith500AndItsRequestId) {
  const auto port = Start();

  const auto reply = Fetch(port, "GET", "/throws-int");

  EXPECT_EQ(reply.status, 500);
  EXPECT_NE(reply.body.find("logged as request " + reply.Header("x-request-id")), std::string::npos) << reply.body;
}

TEST_F(BoundaryTest, AnswersAnExhaustedPoolWith503AndRetryAfter) {
  const auto port = Start();

  const auto reply = Fetch(port, "GET", "/busy");

  EXPECT_EQ(reply.status, 503);
  EXPECT_EQ(reply.Header("retry-after"), "5");
  EXPECT_NE(reply.body.find("Practica is busy right now"), std::string::npos);
  EXPECT_EQ(reply.body.find("200 ms"), std::string::npos) << "the detail stays in the log";
}

TEST_F(BoundaryTest, FinishesARequestWhoseBodyIsStillArrivingWhenTheServerIsAskedToStop) {
  const auto port = Start();
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), port});
  const std::string body(450, 'x');
  asio::write(socket, asio::buffer("PUT /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 450\r\n\r\n" + body.substr(0, 30)));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the head is in; the body trickles

  server_->Stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  asio::write(socket, asio::buffer(body.substr(30)));
  const std::string answer = ReadUntilClosed(socket);

  EXPECT_TRUE(answer.starts_with("HTTP/1.1 200")) << answer;
  EXPECT_NE(answer.find("got 450 bytes"), std::string::npos);
  EXPECT_NE(answer.find("Connection: close"), std::string::npos) << "a stopping server keeps no connection";
}

TEST_F(BoundaryTest, ClosesAnIdleConnectionAtOnceWhenAskedToStop) {
  const auto port = Start();
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), port});
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto asked = std::chrono::steady_clock::now();

  server_->Stop();
  server_->Wait();

  EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::seconds(4))
      << "no request was in flight, so the grace period is not waited out";
}

// A head that arrives while the stop is going round the connections: that request is in flight
// and finishes, or the connection was idle and closes unanswered. Never a half-read request
// answered 400. Many connections send their heads at the moment of the stop, round after round,
// so the stop meets some of them between their head and their body.
TEST_F(BoundaryTest, NeverRefusesARequestWhoseHeadArrivedAsTheStopBegan) {
  int finished = 0;
  for (int round = 0; round < 15; ++round) {
    const auto port = Start();
    asio::io_context ioc;
    std::vector<asio::ip::tcp::socket> sockets;
    for (int i = 0; i < 48; ++i) {
      sockets.emplace_back(ioc).connect({asio::ip::make_address("127.0.0.1"), port});
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::string head = "PUT /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 8\r\n\r\nabcd";
    std::thread sender([&] {
      boost::system::error_code ignored;
      for (auto& socket : sockets) asio::write(socket, asio::buffer(head), ignored);
    });
    std::this_thread::sleep_for(std::chrono::microseconds(200 * (round % 5)));
    server_->Stop();
    sender.join();
    for (auto& socket : sockets) {
      boost::system::error_code ignored;
      asio::write(socket, asio::buffer(std::string("efgh")), ignored);
      const std::string answer = ReadUntilClosed(socket);
      if (answer.empty()) continue;  // idle when the stop came: closed unanswered
      ASSERT_TRUE(answer.starts_with("HTTP/1.1 200")) << "round " << round << ": " << answer.substr(0, 200);
      EXPECT_NE(answer.find("got 8 bytes"), std::string::npos) << answer;
      ++finished;
    }
    server_->Wait();
    server_.reset();
  }
  EXPECT_GT(finished, 0) << "no head ever arrived before the stop; the test tried nothing";
}

TEST_F(BoundaryTest, NamesTheMethodAndTargetOfAnOversizedHeadInTheAccessLog) {
  const auto port = Start();

  const auto long_url = SendRaw(port, "GET /" + std::string(100 * 1024, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n");
  const auto big_header = SendRaw(port, "POST /echo HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(100 * 1024, 'b') + "\r\n\r\n");

  EXPECT_TRUE(long_url.starts_with("HTTP/1.1 414")) << long_url.substr(0, 80);
  EXPECT_TRUE(big_header.starts_with("HTTP/1.1 431")) << big_header.substr(0, 80);
  const auto log = LoggedOnce("POST /echo 431");
  EXPECT_NE(log.find("GET /aaaa"), std::string::npos) << log;
  EXPECT_NE(log.find("POST /echo 431"), std::string::npos) << log;
}

TEST_F(BoundaryTest, BelievesTheForwardedClientOnlyFromATrustedBalancer) {
  const auto trusting = Start("127.0.0.1");

  const auto forwarded = Fetch(trusting, "GET", "/who", {{"X-Forwarded-For", "192.0.2.1, 198.51.100.7"}});

  EXPECT_EQ(forwarded.body, "client 198.51.100.7");
  const auto log = LoggedOnce("198.51.100.7 GET /who 200");
  EXPECT_NE(log.find("198.51.100.7 GET /who 200"), std::string::npos) << log;
}

TEST_F(BoundaryTest, IgnoresXForwardedForWhenNoProxyIsTrusted) {
  const auto port = Start();

  const auto forged = Fetch(port, "GET", "/who", {{"X-Forwarded-For", "198.51.100.7"}});

  EXPECT_EQ(forged.body, "client 127.0.0.1");
}

// Each connection is served by one of the I/O threads in turn; each gets the whole page, and a
// HEAD its length without its bytes.
TEST_F(BoundaryTest, SendsALargePageWholeOnEveryConnection) {
  const auto port = Start();
  const std::string expected = BigPage();
  for (int i = 0; i < 6; ++i) {
    const auto reply = Fetch(port, "GET", "/big");
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.Header("content-length"), "3000000");
    ASSERT_EQ(reply.body.size(), expected.size()) << "connection " << i;
    EXPECT_TRUE(reply.body == expected) << "connection " << i;
  }
  const auto head = Fetch(port, "HEAD", "/big");
  EXPECT_EQ(head.Header("content-length"), "3000000");
  EXPECT_TRUE(head.body.empty());
}

// A header value holding CR LF would end the line early and smuggle in a header of its own; it
// is left out, with a log line, and the rest of the answer goes as it was.
TEST_F(BoundaryTest, NeverLetsAHeaderValueWriteAHeaderOfItsOwn) {
  const auto port = Start();
  const auto reply = Fetch(port, "GET", "/note");

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "noted");
  EXPECT_EQ(reply.Header("set-cookie"), "");
  EXPECT_EQ(reply.Header("x-note"), "");
  EXPECT_EQ(reply.Header("x-other"), "kept");
}

TEST_F(BoundaryTest, NamesEachRequestWithAnIdNoOtherServerUses) {
  const auto first_port = Start();
  http::Router other_router;
  ASSERT_TRUE(other_router.Add(http::Route{http::Method::kGet, "/who", "test.action", http::Surface::kPage,
                                           [](const http::Request&) { return http::HtmlResponse("ok"); }}));
  http::ServerOptions options;
  options.port = 0;
  http::Server second(options, other_router, nullptr);
  const auto second_port = second.Start().value();

  const auto a = Fetch(first_port, "GET", "/who").Header("x-request-id");
  const auto b = Fetch(second_port, "GET", "/who").Header("x-request-id");

  EXPECT_NE(a, b);
  EXPECT_TRUE(a.ends_with("-1")) << a;
  EXPECT_TRUE(b.ends_with("-1")) << b;
  second.Stop();
  second.Wait();
}

}  // namespace
}  // namespace practica::testing
