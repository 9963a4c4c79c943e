// The only translation unit that includes Beast and Asio's networking.
#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <limits>
#include <list>
#include <mutex>
#include <thread>

#include "http/access_log.hpp"
#include "http/body_stream.hpp"
#include "http/compression.hpp"
#include "http/dispatch.hpp"
#include "http/error_response.hpp"
#include "http/head_checks.hpp"
#include "http/request_ids.hpp"
#include "http/response_head.hpp"
#include "http/security_headers.hpp"

namespace practica::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

namespace {

// A write hands the socket all that is left each time. asio's default (transfer_all) offers at
// most 64 KiB a time, so a 165 KB page took three trips through the event loop, each behind
// whatever else was queued there: the 1,000-school cohort's p99 on PostgreSQL went from 26 to
// 56 ms at 8 connections until this. Every write in this file goes through WriteAll.
std::size_t AllThatIsLeft(const boost::system::error_code& ec, std::size_t /*sent*/) {
  return ec ? 0 : std::numeric_limits<std::size_t>::max();
}

template <typename Buffers>
auto WriteAll(beast::tcp_stream& stream, const Buffers& buffers) {
  return asio::async_write(stream, buffers, AllThatIsLeft, kNoThrow);
}

// One io_context per I/O thread, each run by that thread alone: a connection's handlers then
// never run at once and need no strand, and no two threads share one scheduler's queue.
std::vector<std::unique_ptr<asio::io_context>> OneContextPerThread(int threads) {
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  for (int i = 0; i < std::max(1, threads); ++i) contexts.push_back(std::make_unique<asio::io_context>(1));
  return contexts;
}

Method ToMethod(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::kGet;
    case bhttp::verb::head: return Method::kHead;
    case bhttp::verb::post: return Method::kPost;
    case bhttp::verb::put: return Method::kPut;
    case bhttp::verb::patch: return Method::kPatch;
    case bhttp::verb::delete_: return Method::kDelete;
    default: return Method::kOther;
  }
}

}  // namespace

struct Server::State {
  ServerOptions options;
  Sites sites;
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  asio::io_context& ioc;  // the first: it accepts, catches signals and begins a stop
  std::size_t next_context = 0;  // accepted connections go to the contexts in turn
  asio::thread_pool workers;
  asio::thread_pool downloads;  // streamed bodies' producers (ServerOptions::download_threads)
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc};
  std::vector<std::thread> threads;
  std::thread watchdog;
  std::atomic<bool> stopping{false};
  RequestIds request_ids;  // unique across the servers behind one balancer
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  std::mutex done_mutex;
  std::condition_variable done_cv;
  bool done = false;
  bool joined = false;

  // Connections, so a graceful stop can close the idle ones while busy ones finish. `busy` is
  // read and written on the connection's own thread only: the stop posts its question there, so
  // a head that arrives while the stop goes round the list is either read before the question
  // (busy: the request finishes) or after it (its read is cancelled: the connection closes
  // unanswered), never half-read. The entry is shared with that posted question, which may run
  // after the connection has left the list.
  struct Connection {
    explicit Connection(std::shared_ptr<beast::tcp_stream> s) : stream(std::move(s)) {}
    std::shared_ptr<beast::tcp_stream> stream;
    bool busy = false;
  };
  using Entry = std::list<std::shared_ptr<Connection>>::iterator;
  std::mutex connections_mutex;
  std::list<std::shared_ptr<Connection>> connections;

  State(ServerOptions o, Sites s)
      : options(std::move(o)), sites(std::move(s)),
        contexts(OneContextPerThread(options.io_threads)), ioc(*contexts.front()),
        workers(static_cast<std::size_t>(options.worker_threads)),
        downloads(static_cast<std::size_t>(options.download_threads)) {}

  awaitable<Response> Handle(Request& request, const Site& site) {
    const Match match = site.router->Find(request.method, request.path);
    if (match.route != nullptr && !match.route->runs_inline) {
      co_return co_await asio::co_spawn(
          workers, [&]() -> awaitable<Response> { co_return Dispatch(request, match, site.views); },
          use_awaitable);
    }
    co_return Dispatch(request, match, site.views);
  }

  static void MarkBusy(Entry self, bool busy) { (*self)->busy = busy; }

  // Reads one request's head, then its body. Once the head has arrived the request is in
  // flight: a graceful stop lets it finish (body still arriving included) within the grace
  // period, where an idle connection is simply closed. nullopt: the client went away first.
  struct Exchange {
    Request request;
    Response response;
    unsigned version = 11;
    bool keep_alive = false;
  };
  using Parser = bhttp::request_parser<bhttp::string_body>;
  using Head = Parser::value_type;

  awaitable<std::optional<Exchange>> ReadAndServe(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                                  Entry self,
                                                  const std::string& remote) {
    stream.expires_after(std::chrono::milliseconds(options.request_timeout_ms));
    Parser parser;
    parser.body_limit(options.body_limit_bytes);
    parser.header_limit(static_cast<std::uint32_t>(kMaxHeadBytes));
    auto [ec, head_bytes] = co_await bhttp::async_read_header(stream, buffer, parser, kNoThrow);
    if (ClientLeft(ec)) co_return std::nullopt;
    MarkBusy(self, true);
    Exchange x;
    x.request.request_id = request_ids.Next();
    x.request.remote_address = remote;
    x.request.path = "/";
    if (ec) {
      x.response = RefuseHead(ec, buffer, parser, x.request);
      co_return x;
    }
    auto& head = parser.get();
    auto refusal = TakeHead(head, head_bytes, x);
    x.request.remote_address = ClientAddress(remote, x.request.headers, options.trusted_proxies);
    if (refusal) {
      x.response = Refuse(x.request, *refusal);
      co_return x;
    }
    auto [body_ec, body_bytes] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
    if (ClientStoppedSending(body_ec)) {
      spdlog::info("request {} {} {}: the client stopped sending its body", x.request.request_id,
                   MethodName(x.request.method), LogSafe(x.request.target));
      co_return std::nullopt;
    }
    if (body_ec) {
      x.response = Refuse(x.request, body_ec == bhttp::error::body_limit
                                         ? BodyTooLarge(options.body_limit_bytes)
                                         : Refusal{400, "bad_request", "The request's body could not be read.", true});
      co_return x;
    }
    x.keep_alive = head.keep_alive() && !stopping;
    x.request.body = std::move(head.body());
    x.response = co_await Serve(x.request);
    co_return x;
  }

  // The connection ended, or was closed for a graceful stop, before a request's head arrived.
  static bool ClientLeft(const beast::error_code& ec) {
    return ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
           ec == beast::error::timeout || ec == asio::error::connection_reset ||
           ec == asio::error::eof;
  }

  // The client went quiet or away while its body was arriving.
  static bool ClientStoppedSending(const beast::error_code& ec) {
    return ec == beast::error::timeout || ec == asio::error::connection_reset ||
           ec == bhttp::error::partial_message || ec == asio::error::eof;
  }

  // A head the parser could not take whole: past the size limit, announcing a body past the
  // limit (a Content-Length is known from the head), or not HTTP at all.
  Response RefuseHead(const beast::error_code& ec, const beast::flat_buffer& buffer,
                      const Parser& parser, Request& request) {
    if (ec == bhttp::error::header_limit) {
      const auto* data = static_cast<const char*>(buffer.data().data());
      const auto& partial = parser.get();
      auto oversized = ClassifyOversizedHead(partial.method_string(), partial.target(),
                                             std::string_view(data, buffer.size()));
      request.method = ToMethod(bhttp::string_to_verb(oversized.method));  // for the access log
      request.target = oversized.target;
      return Refuse(request, oversized.refusal);
    }
    if (ec == bhttp::error::body_limit) return Refuse(request, BodyTooLarge(options.body_limit_bytes));
    return Refuse(request, Refusal{400, "bad_request", "The request could not be read as HTTP.", true});
  }

  // Copies the head into the exchange, header names in lower case; the refusal when its
  // framing or Host cannot be trusted (the target is then made safe to log).
  std::optional<Refusal> TakeHead(const Head& head, std::size_t head_bytes, Exchange& x) {
    x.version = head.version();
    x.request.method = ToMethod(head.method());
    x.request.target = std::string(head.target());
    HeadFacts facts{head.version(), head.target(), {}, 0, head_bytes};
    for (const auto& field : head) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (name == "transfer-encoding") facts.transfer_encodings.push_back(field.value());
      if (name == "host") ++facts.host_fields;
      x.request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    auto refusal = CheckHead(facts);
    if (refusal) {
      x.request.target = LogSafe(x.request.target);
      if (x.request.target.starts_with("/api/")) x.request.path = "/api/";
    }
    return refusal;
  }

  // A request read whole: refused when its target is not a URL or its text is not valid,
  // otherwise answered by its route.
  awaitable<Response> Serve(Request& request) {
    const auto host = request.Header("host");
    const Site* site = sites.ForHost(host);
    const Views* views = site != nullptr ? site->views : nullptr;
    if (!ParseTarget(request.target, request)) {
      request.path = request.target.starts_with("/api/") ? "/api/" : "/";
      request.target = LogSafe(request.target);
      co_return ErrorResponse(request, 400, "bad_request", "This address is not a valid URL.", views);
    }
    if (auto refusal = CheckText(request)) {
      request.target = LogSafe(request.target);
      if (refusal->status == 404) request.path = request.IsApi() ? "/api/" : "/";
      co_return ErrorResponse(request, refusal->status, refusal->code, refusal->message, views);
    }
    if (site == nullptr) site = sites.ForUnknownHost(request.path);
    if (site == nullptr) {
      co_return sites.RefuseUnknownHost(request);
    }
    co_return co_await Handle(request, *site);
  }

  // An answer to a request the server would not pass to a route; the connection closes after
  // it when the framing cannot be trusted.
  Response Refuse(const Request& request, const Refusal& refusal) {
    return ErrorResponse(request, refusal.status, refusal.code, refusal.message, nullptr);
  }

  // One connection: request after request until the client or a stop ends it, or a response
  // leaves the connection unfit for another.
  awaitable<void> Session(std::shared_ptr<beast::tcp_stream> stream) {
    const auto self = Join(stream);
    const std::string remote = RemoteAddress(*stream);
    beast::flat_buffer buffer;
    while (!stopping) {
      const auto started = std::chrono::steady_clock::now();
      auto exchange = co_await ReadAndServe(*stream, buffer, self, remote);
      if (!exchange) break;
      const bool again = co_await Answer(*stream, *exchange, started);
      MarkBusy(self, false);
      if (!again) break;
    }
    Leave(*stream, self);
  }

  // Lists the connection, so a graceful stop can close it while it is idle.
  Entry Join(const std::shared_ptr<beast::tcp_stream>& stream) {
    std::lock_guard lock(connections_mutex);
    return connections.emplace(connections.end(), std::make_shared<Connection>(stream));
  }

  void Leave(beast::tcp_stream& stream, Entry self) {
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    {
      std::lock_guard lock(connections_mutex);
      connections.erase(self);
    }
    NotifyIfDrained();
  }

  static std::string RemoteAddress(beast::tcp_stream& stream) {
    beast::error_code ec;
    auto endpoint = stream.socket().remote_endpoint(ec);
    return ec ? std::string("?") : endpoint.address().to_string();
  }

  // The response's head; a header that would have broken it is left out and logged.
  static std::string HeadOf(const Request& request, const Response& response, const HeadFraming& framing) {
    std::string dropped;
    std::string head = ResponseHead(response, request.request_id, framing, &dropped);
    if (!dropped.empty()) {
      spdlog::error("request {} {}: left out header(s) {} holding CR, LF or NUL", request.request_id,
                    LogSafe(request.target), LogSafe(dropped));
    }
    return head;
  }

  // Sends the exchange's response and logs it; false when the connection takes no more
  // requests (the write failed, or the response or the client ends the connection).
  awaitable<bool> Answer(beast::tcp_stream& stream, Exchange& x,
                         std::chrono::steady_clock::time_point started) {
    AddSecurityHeaders(x.response);
    std::uint64_t body_bytes = x.response.Body().size();
    const bool sent =
        x.response.stream
            ? co_await WriteStream(stream, x.request, x.response, x.version, x.keep_alive, body_bytes)
            : co_await Write(stream, x.request, x.response, x.version, x.keep_alive);
    if (options.access_log) LogAccess(x.request.remote_address, x.request, x.response.status, body_bytes,
                                        started);
    co_return sent && x.keep_alive;
  }

  awaitable<bool> Write(beast::tcp_stream& stream, const Request& request, Response& response,
                        unsigned version, bool keep_alive) {
    std::string packed;
    const std::string_view body = BodyToSend(request, response, packed);
    // A HEAD answer announces the GET's length and sends none of it; a 304 has no body at all.
    const bool send_body = request.method != Method::kHead && response.status != 304;
    const std::string head = HeadOf(
        request, response,
        {.version = version,
         .keep_alive = keep_alive,
         .content_length = response.status == 304 && request.method != Method::kHead ? 0 : body.size()});
    const std::array<asio::const_buffer, 2> bytes{asio::buffer(head),
                                                  send_body ? asio::buffer(body.data(), body.size())
                                                            : asio::const_buffer()};
    stream.expires_after(std::chrono::milliseconds(options.request_timeout_ms));
    auto [ec, written] = co_await WriteAll(stream, bytes);
    co_return !ec;
  }

  // The headers, then the producer's chunks as it hands them over, then the last chunk. The
  // producer runs on the download pool; this coroutine sleeps on `wake` between chunks. HTTP/1.0
  // clients get the raw bytes and the end of the connection marks the end of the body.
  awaitable<bool> WriteStream(beast::tcp_stream& stream, const Request& request, Response& response,
                              unsigned version, bool& keep_alive, std::uint64_t& sent_bytes) {
    const bool chunked = version >= 11;
    keep_alive = keep_alive && chunked;
    sent_bytes = 0;
    if (!co_await WriteStreamHead(stream, request, response, version, keep_alive)) co_return false;
    if (request.method == Method::kHead) co_return true;
    auto executor = stream.get_executor();
    auto timer = std::make_shared<asio::steady_timer>(executor);
    auto pipe = StartProducer(std::move(response.stream), executor, timer);
    // However this coroutine ends, the producer stops waiting for room.
    const std::unique_ptr<BodyPipe, void (*)(BodyPipe*)> close_on_exit(pipe.get(),
                                                                       [](BodyPipe* p) { p->Close(); });
    co_return co_await SendChunks(stream, *pipe, *timer, chunked, request, keep_alive, sent_bytes);
  }

  // A streamed response's head: chunked transfer encoding for HTTP/1.1 clients.
  awaitable<bool> WriteStreamHead(beast::tcp_stream& stream, const Request& request,
                                  const Response& response, unsigned version, bool keep_alive) {
    const std::string head =
        HeadOf(request, response, {.version = version, .keep_alive = keep_alive, .chunked = version >= 11});
    stream.expires_after(std::chrono::milliseconds(options.request_timeout_ms));
    auto [ec, n] = co_await WriteAll(stream, asio::buffer(head));
    co_return !ec;
  }

  // Runs the producer on the download pool into a pipe that wakes `timer`'s waiter, on the
  // connection's executor, whenever there is something to take.
  std::shared_ptr<BodyPipe> StartProducer(BodyProducer producer, const asio::any_io_executor& executor,
                                          const std::shared_ptr<asio::steady_timer>& timer) {
    std::weak_ptr<asio::steady_timer> weak_timer = timer;
    StreamLimits limits;
    limits.stall = std::chrono::milliseconds(options.request_timeout_ms);
    auto pipe = std::make_shared<BodyPipe>(limits, [executor, weak_timer] {
      asio::post(executor, [weak_timer] {
        if (auto t = weak_timer.lock()) t->cancel();
      });
    });
    asio::post(downloads, [pipe, producer = std::move(producer)]() mutable {
      Produce(std::move(producer), *pipe);
    });
    return pipe;
  }

  // Sends the pipe's chunks as they come, sleeping on `timer` until woken, then the end. False
  // when a write fails or the producer does (logged; the connection then closes).
  awaitable<bool> SendChunks(beast::tcp_stream& stream, BodyPipe& pipe, asio::steady_timer& timer,
                             bool chunked, const Request& request, bool& keep_alive,
                             std::uint64_t& sent_bytes) {
    for (;;) {
      std::string chunk;
      core::Error failure;
      switch (pipe.Take(chunk, &failure)) {
        case BodyPipe::Next::kChunk: {
          stream.expires_after(std::chrono::milliseconds(options.request_timeout_ms));
          auto [ec, n] = chunked ? co_await WriteAll(stream, bhttp::make_chunk(asio::buffer(chunk)))
                                 : co_await WriteAll(stream, asio::buffer(chunk));
          if (ec) co_return false;
          sent_bytes += chunk.size();
          break;
        }
        case BodyPipe::Next::kWait:
          timer.expires_at(asio::steady_timer::time_point::max());
          co_await timer.async_wait(kNoThrow);
          break;
        case BodyPipe::Next::kEnd: {
          if (!chunked) co_return true;
          auto [ec, n] = co_await WriteAll(stream, bhttp::make_chunk_last());
          co_return !ec;
        }
        case BodyPipe::Next::kFailed:
          spdlog::error("request {} {} failed after {} bytes of its body: {}", request.request_id,
                        request.path, sent_bytes, failure.detail.empty() ? failure.message : failure.detail);
          keep_alive = false;
          co_return false;
      }
    }
  }

  awaitable<void> Accept() {
    for (;;) {
      auto& context = *contexts[next_context++ % contexts.size()];
      auto [ec, socket] = co_await acceptor.async_accept(context, kNoThrow);
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        continue;  // a client gave up mid-handshake; keep serving the others
      }
      auto stream = std::make_shared<beast::tcp_stream>(std::move(socket));
      auto executor = stream->get_executor();
      asio::co_spawn(executor, Session(std::move(stream)), asio::detached);
    }
  }

  void BeginStop() {
    if (stopping.exchange(true)) return;
    asio::post(ioc, [this] {
      beast::error_code ignored;
      acceptor.close(ignored);
      signals.cancel(ignored);
      std::lock_guard lock(connections_mutex);
      for (const auto& connection : connections) {
        asio::post(connection->stream->get_executor(), [connection] {
          if (!connection->busy) connection->stream->socket().cancel();
        });
      }
    });
    NotifyIfDrained();
    // Busy connections get the grace period, then everything stops.
    watchdog = std::thread([this] {
      const auto deadline = std::chrono::steady_clock::now() +
                            std::chrono::milliseconds(options.shutdown_grace_ms);
      std::unique_lock lock(done_mutex);
      done_cv.wait_until(lock, deadline, [this] { return done; });
      for (auto& context : contexts) context->stop();
    });
  }

  void NotifyIfDrained() {
    if (!stopping) return;
    {
      std::lock_guard lock(connections_mutex);
      if (!connections.empty()) return;
    }
    asio::post(ioc, [this] { guards.clear(); });
    {
      std::lock_guard lock(done_mutex);
      done = true;
    }
    done_cv.notify_all();
  }
};

Server::Server(ServerOptions options, const Router& router, const Views* views)
    : Server(std::move(options), Sites(Site{&router, views})) {}

Server::Server(ServerOptions options, Sites sites)
    : state_(std::make_unique<State>(std::move(options), std::move(sites))) {}

Server::~Server() {
  Stop();
  Wait();
}

core::Result<std::uint16_t> Server::Start() {
  auto& s = *state_;
  beast::error_code ec;
  const auto address = asio::ip::make_address(s.options.address, ec);
  if (ec) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "\"" + s.options.address + "\" is not an IP address; use e.g. 127.0.0.1.",
                      ec.message(), "address");
  }
  const tcp::endpoint endpoint{address, s.options.port};
  s.acceptor.open(endpoint.protocol(), ec);
  if (!ec) s.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor.bind(endpoint, ec);
  if (!ec) s.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return core::Fail(core::ErrorCode::kUnavailable,
                      "Cannot listen on " + s.options.address + ":" +
                          std::to_string(s.options.port) + " (" + ec.message() +
                          "); choose another --port or stop what is using it.",
                      ec.message(), "port");
  }
  const auto port = s.acceptor.local_endpoint().port();
  for (auto& context : s.contexts) s.guards.push_back(asio::make_work_guard(*context));
  if (s.options.handle_signals) {
    s.signals.add(SIGINT);
    s.signals.add(SIGTERM);
    s.signals.async_wait([this](const beast::error_code& error, int signal) {
      if (error) return;
      spdlog::info("signal {}: finishing in-flight requests, then stopping", signal);
      state_->BeginStop();
    });
  }
  asio::co_spawn(s.ioc, s.Accept(), asio::detached);
  for (auto& context : s.contexts) {
    s.threads.emplace_back([&context] { context->run(); });
  }
  return port;
}

void Server::Stop() { state_->BeginStop(); }

void Server::Wait() {
  auto& s = *state_;
  if (s.joined) return;
  for (auto& thread : s.threads) {
    if (thread.joinable()) thread.join();
  }
  s.workers.join();
  s.downloads.join();
  if (s.watchdog.joinable()) s.watchdog.join();
  s.joined = true;
}

}  // namespace practica::http
