// The ceiling for bench/run.sh: a bare Boost.Beast server that answers captured responses.
// No router, no sessions, no templates, no database: GET of a path listed in the manifest
// gets those exact bytes (200), anything else 404. It runs the same number of I/O threads as
// practica, so "practica req/s / reference req/s" is the cost of everything Practica adds.
//
//   reference_server --dir DIR [--port P] [--threads N] [--address A]
//
// DIR/manifest.tsv holds lines "PATH<TAB>CONTENT_TYPE<TAB>FILE" (FILE relative to DIR; PATH is
// the request target as sent, query string included). Prints "listening on A:P" once ready.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

struct Entry {
  std::string content_type;
  std::string body;
};
using Table = std::unordered_map<std::string, Entry>;

constexpr auto kToken = asio::as_tuple(asio::use_awaitable);
const std::string kNotFound = "Not Found\n";

bool LoadManifest(const std::string& dir, Table& table) {
  std::ifstream manifest(dir + "/manifest.tsv");
  if (!manifest) {
    std::cerr << "reference_server: cannot open " << dir << "/manifest.tsv\n";
    return false;
  }
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab1 = line.find('\t');
    const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) {
      std::cerr << "reference_server: bad manifest line: " << line << "\n";
      return false;
    }
    const std::string file = dir + "/" + line.substr(tab2 + 1);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "reference_server: cannot read " << file << "\n";
      return false;
    }
    std::ostringstream body;
    body << in.rdbuf();
    table[line.substr(0, tab1)] = Entry{line.substr(tab1 + 1, tab2 - tab1 - 1), body.str()};
  }
  return true;
}

asio::awaitable<void> Session(tcp::socket socket, const Table& table) {
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
    const auto found = request.method() == http::verb::get
                           ? table.find(std::string(request.target()))
                           : table.end();
    if (found != table.end()) {
      response.result(http::status::ok);
      response.set(http::field::content_type, found->second.content_type);
      response.body() = {found->second.body.data(), found->second.body.size()};
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

asio::awaitable<void> Listen(tcp::acceptor& acceptor, const Table& table) {
  for (;;) {
    auto [error, socket] = co_await acceptor.async_accept(kToken);
    if (error == asio::error::operation_aborted) co_return;
    if (error) continue;
    socket.set_option(tcp::no_delay(true), error);
    asio::co_spawn(acceptor.get_executor(), Session(std::move(socket), table), asio::detached);
  }
}

int Usage() {
  std::cerr << "usage: reference_server --dir DIR [--port P] [--threads N] [--address A]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  std::string address = "127.0.0.1";
  unsigned short port = 0;
  int threads = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage();
    const std::string value = argv[++i];
    if (arg == "--dir") dir = value;
    else if (arg == "--port") port = static_cast<unsigned short>(std::atoi(value.c_str()));
    else if (arg == "--threads") threads = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--address") address = value;
    else return Usage();
  }
  if (dir.empty()) return Usage();
  Table table;
  if (!LoadManifest(dir, table)) return 1;

  asio::io_context io(threads);
  tcp::acceptor acceptor(io);
  try {
    const tcp::endpoint endpoint(asio::ip::make_address(address), port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (const std::exception& e) {
    std::cerr << "reference_server: cannot listen on " << address << ":" << port << ": "
              << e.what() << "\n";
    return 1;
  }
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { io.stop(); });
  asio::co_spawn(io, Listen(acceptor, table), asio::detached);

  std::cout << "listening on " << address << ":" << acceptor.local_endpoint().port() << " ("
            << table.size() << " paths, " << threads << " threads)" << std::endl;
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : pool) thread.join();
  return 0;
}
