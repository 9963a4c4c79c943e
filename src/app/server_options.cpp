#include "app/server_options.hpp"

namespace practica::app {

http::ServerOptions ServerOptionsFor(const Config& config) {
  http::ServerOptions options;
  options.address = config.address;
  options.port = static_cast<std::uint16_t>(config.port);
  if (config.io_threads > 0) options.io_threads = static_cast<int>(config.io_threads);
  if (config.worker_threads > 0) options.worker_threads = static_cast<int>(config.worker_threads);
  if (config.download_threads > 0) options.download_threads = static_cast<int>(config.download_threads);
  options.body_limit_bytes = static_cast<std::uint64_t>(config.body_limit_mb) * 1024 * 1024;
  options.request_timeout_ms = static_cast<int>(config.request_timeout_ms);
  options.access_log = config.access_log;
  // Apply refused a list that does not parse, so this keeps what the district named.
  if (auto trusted = http::TrustedProxies::Parse(config.trusted_proxies)) {
    options.trusted_proxies = std::move(*trusted);
  }
  return options;
}

}  // namespace practica::app
