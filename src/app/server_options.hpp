// The HTTP server's options as the configuration sets them, for `serve` and the tests alike.
#pragma once

#include "app/config.hpp"
#include "http/server.hpp"

namespace practica::app {

// Expects a Config that Apply and Finish accepted (trusted_proxies already checked).
http::ServerOptions ServerOptionsFor(const Config& config);

}  // namespace practica::app
