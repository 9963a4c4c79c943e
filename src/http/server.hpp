// The HTTP/1.1 server: Beast coroutines on I/O threads (one event loop each, connections handed
// out in turn), route handlers on a worker pool (they may block on the database), streamed
// exports on a pool of their own, keep-alive, size and time limits, gzip, access log, graceful
// stop.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "http/forwarded.hpp"
#include "http/router.hpp"
#include "http/sites.hpp"

namespace practica::http {

class Views;

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (tests)
  int io_threads = 2;
  int worker_threads = 4;
  // Streamed bodies (exports) are produced here, each waiting while its client is slow, so a
  // slow download never holds a worker that pages need.
  int download_threads = 4;
  std::uint64_t body_limit_bytes = 10 * 1024 * 1024;
  int request_timeout_ms = 30000;  // reading one request, idle keep-alive included
  int shutdown_grace_ms = 10000;   // in-flight requests get this long to finish on SIGTERM
  bool access_log = true;
  bool handle_signals = false;  // SIGINT/SIGTERM start a graceful stop
  // Load balancers whose X-Forwarded-For names the client (ClientAddress); none by default.
  TrustedProxies trusted_proxies;
};

class Server {
 public:
  // One district's routes, answering every host name.
  Server(ServerOptions options, const Router& router, const Views* views);
  // Several districts, each at its host name.
  Server(ServerOptions options, Sites sites);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the threads. kUnavailable naming the address when it cannot listen.
  [[nodiscard]] core::Result<std::uint16_t> Start();
  // Stops accepting, lets in-flight requests finish, closes idle connections.
  void Stop();
  // Blocks until the server has stopped.
  void Wait();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace practica::http
