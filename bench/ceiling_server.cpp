// The second ceiling for bench/run.sh: the same SQL, no Practica around it. For each URL it is
// given, it asks Practica's own application (in this process, over loopback, a second time so
// caches are warm) for the page and records every statement the request ran, with its
// parameters, and the bytes it answered. It then serves those URLs from the bare Beast server of
// bench/bare_server.hpp: each GET runs the recorded statements again on a pooled connection,
// reading every column of every row, and sends the recorded bytes.
//
// What that leaves out is exactly Practica's layers: routing, the session guard's logic (its
// SQL stays), building the view model, drawing the templates, the worker hop, the headers. The
// HTML is not even written; it is the recorded bytes, so this ceiling is a little higher than
// hand-written HTML would be, and "practica ÷ ceiling" errs against Practica.
//
//   ceiling_server --database ADDRESS --urls FILE [--port P] [--threads N] [--address A]
//
// FILE holds lines "PATH<TAB>COOKIE<TAB>TARGET" (COOKIE "practica_session=…" or empty, as
// bench/run.sh signs people in; TARGET, the path this server answers the page under, PATH when
// left out: the same path asked by two people is two pages). The database pool and the threads
// that run the statements are N, as many as Practica's workers. Prints "listening on A:P (...)"
// once ready.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/application.hpp"
#include "app/config.hpp"
#include "app/server_options.hpp"
#include "bare_server.hpp"
#include "core/clock.hpp"
#include "db/connection.hpp"
#include "http/server.hpp"

namespace {

namespace practica_db = practica::db;

struct Statement {
  std::string sql;
  practica_db::Params params;
};

struct Page {
  std::string content_type;
  std::string body;
  std::vector<Statement> statements;
  bench::Answer answer;
};

// The statements of the request being recorded: requests are asked one at a time.
std::mutex recording_mutex;
std::vector<Statement>* recording = nullptr;

void Record(practica_db::Dialect, std::string_view sql, const practica_db::Params& params) {
  std::lock_guard lock(recording_mutex);
  if (recording != nullptr) recording->push_back(Statement{std::string(sql), params});
}

// One GET over loopback: the status, the content type and the body.
struct Fetched {
  unsigned status = 0;
  std::string content_type;
  std::string body;
};
Fetched Get(unsigned short port, const std::string& target, const std::string& cookie) {
  namespace http = bench::http;
  bench::asio::io_context io;
  bench::tcp::socket socket(io);
  socket.connect({bench::asio::ip::make_address("127.0.0.1"), port});
  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  if (!cookie.empty()) request.set(http::field::cookie, cookie);
  http::write(socket, request);
  bench::beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(std::numeric_limits<std::uint64_t>::max());
  http::read(socket, buffer, parser);
  auto& response = parser.get();
  return Fetched{response.result_int(), std::string(response[http::field::content_type]),
                 std::move(response.body())};
}

int Usage() {
  std::cerr << "usage: ceiling_server --database ADDRESS --urls FILE [--port P] [--threads N] [--address A]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string database;
  std::string urls;
  std::string address = "127.0.0.1";
  unsigned short port = 0;
  int threads = 4;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return Usage();
    const std::string value = argv[++i];
    if (arg == "--database") database = value;
    else if (arg == "--urls") urls = value;
    else if (arg == "--port") port = static_cast<unsigned short>(std::atoi(value.c_str()));
    else if (arg == "--threads") threads = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--address") address = value;
    else return Usage();
  }
  if (database.empty() || urls.empty()) return Usage();

  practica::app::Config config;
  config.database = database;
  config.port = 0;
  config.access_log = false;
  config.jobs_enabled = false;
  config.db_pool = threads;
  config.public_url = "http://127.0.0.1";
  if (auto finished = practica::app::Finish(config); !finished) {
    std::cerr << "ceiling_server: " << finished.error().message << "\n";
    return 1;
  }
  practica::core::SystemClock clock;
  auto app = practica::app::Application::Open(config, clock);
  if (!app) {
    std::cerr << "ceiling_server: " << app.error().message << " " << app.error().detail << "\n";
    return 1;
  }

  // Record each page as Practica draws it.
  std::unordered_map<std::string, Page> pages;
  {
    auto options = practica::app::ServerOptionsFor(config);
    options.port = 0;
    options.access_log = false;
    practica::http::Server practica_server(options, (*app)->router(), &(*app)->views());
    auto practica_port = practica_server.Start();
    if (!practica_port) {
      std::cerr << "ceiling_server: " << practica_port.error().message << "\n";
      return 1;
    }
    practica_db::SetStatementObserver(&Record);
    std::ifstream list(urls);
    std::string line;
    while (std::getline(list, line)) {
      if (line.empty()) continue;
      const auto tab = line.find('\t');
      const std::string path = line.substr(0, tab);
      const auto tab2 = tab == std::string::npos ? tab : line.find('\t', tab + 1);
      const std::string cookie = tab == std::string::npos ? "" : line.substr(tab + 1, tab2 - tab - 1);
      const std::string target = tab2 == std::string::npos ? path : line.substr(tab2 + 1);
      (void)Get(*practica_port, path, cookie);  // the first request fills what Practica caches
      Page page;
      {
        std::lock_guard lock(recording_mutex);
        recording = &page.statements;
      }
      auto fetched = Get(*practica_port, path, cookie);
      {
        std::lock_guard lock(recording_mutex);
        recording = nullptr;
      }
      if (fetched.status != 200) {
        std::cerr << "ceiling_server: GET " << path << " answered " << fetched.status << ", not 200\n";
        return 1;
      }
      page.content_type = std::move(fetched.content_type);
      page.body = std::move(fetched.body);
      std::cerr << "ceiling_server: " << target << ": " << page.statements.size() << " statements, "
                << page.body.size() << " bytes\n";
      pages.insert_or_assign(target, std::move(page));
    }
    practica_db::SetStatementObserver(nullptr);
    practica_server.Stop();
    practica_server.Wait();
  }
  for (auto& [path, page] : pages) page.answer = {page.content_type, page.body};

  auto& pool = (*app)->database();
  return bench::ServeBare(
      "ceiling_server", address, port, threads, std::to_string(pages.size()) + " pages",
      [&pages, &pool](std::string_view target) -> const bench::Answer* {
        const auto found = pages.find(std::string(target));
        if (found == pages.end()) return nullptr;
        auto db = pool.Acquire();
        std::size_t bytes = 0;
        for (const auto& statement : found->second.statements) {
          auto ran = db->Execute(statement.sql, statement.params, [&bytes](const practica_db::Row& row) {
            for (int c = 0; c < row.size(); ++c) bytes += row.Text(c).size();
          });
          if (!ran) return nullptr;
        }
        return &found->second.answer;
      });
}
