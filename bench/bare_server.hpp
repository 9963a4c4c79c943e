// The bare Boost.Beast server under both of bench/run.sh's references: keep-alive HTTP/1.1, no
// router, sessions or templates. A GET whose target the answerer knows gets its bytes (200),
// anything else 404. The answerer runs on the I/O thread that read the request.
#pragma once

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <csignal>
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace bench {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct Answer {
  std::string_view content_type;
  std::string_view body;
};
// The answer for a GET of `target`, or nullptr for 404. Called on any I/O thread at once.
using Answerer = std::function<const Answer*(std::string_view target)>;

inline asio::awaitable<void> BareSession(tcp::socket socket, const Answerer& answer) {
  constexpr auto kToken = asio::as_tuple(asio::use_awaitable);
  static constexpr std::string_view kNotFound = "Not Found\n";
  beast::flat_buffer buffer;
  for (;;) {
    http::request_parser<http::string_body> parser;
    parser.body_limit(1024 * 1024);
    auto [read_error, read_bytes] = co_await http::async_read(socket, buffer, parser, kToken);
    if (read_error) break;
    const auto& request = parser.get();
    http::response<http::span_body<const char>> response;
    response.version(request.version());
    response.keep_alive(request.keep_alive());
    const Answer* found = request.method() == http::verb::get ? answer(request.target()) : nullptr;
    if (found != nullptr) {
      response.result(http::status::ok);
      response.set(http::field::content_type, found->content_type);
      response.body() = {found->body.data(), found->body.size()};
    } else {
      response.result(http::status::not_found);
      response.set(http::field::content_type, "text/plain; charset=utf-8");
      response.body() = {kNotFound.data(), kNotFound.size()};
    }
    response.prepare_payload();
    auto [write_error, written] = co_await http::async_write(socket, response, kToken);
    if (write_error || !response.keep_alive()) break;
  }
  beast::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_send, ignored);
}

inline asio::awaitable<void> BareListen(tcp::acceptor& acceptor, const Answerer& answer) {
  for (;;) {
    auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
    if (error == asio::error::operation_aborted) co_return;
    if (error) continue;
    socket.set_option(tcp::no_delay(true), error);
    asio::co_spawn(acceptor.get_executor(), BareSession(std::move(socket), answer), asio::detached);
  }
}

// Serves until SIGINT or SIGTERM on `threads` I/O threads; prints "listening on A:P (what)"
// once ready. 1 when it cannot listen.
inline int ServeBare(const std::string& name, const std::string& address, unsigned short port, int threads,
                     const std::string& what, const Answerer& answer) {
  asio::io_context io(threads);
  tcp::acceptor acceptor(io);
  try {
    const tcp::endpoint endpoint(asio::ip::make_address(address), port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (const std::exception& e) {
    std::cerr << name << ": cannot listen on " << address << ":" << port << ": " << e.what() << "\n";
    return 1;
  }
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { io.stop(); });
  asio::co_spawn(io, BareListen(acceptor, answer), asio::detached);
  std::cout << "listening on " << address << ":" << acceptor.local_endpoint().port() << " (" << what << ", "
            << threads << " threads)" << std::endl;
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : pool) thread.join();
  return 0;
}

}  // namespace bench
