// Request ids that name one request across every server behind a balancer: a random prefix
// chosen when the process starts, then a counter ("q7k2m9-41"). A person's report quoting an
// id finds one line among all the servers' logs.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace practica::http {

class RequestIds {
 public:
  // A fresh random prefix: two processes (or two servers in one process) almost never share one.
  RequestIds();
  explicit RequestIds(std::string prefix) : prefix_(std::move(prefix)) {}
  // "prefix-1", "prefix-2", …; safe from any thread.
  std::string Next();
  const std::string& prefix() const { return prefix_; }

 private:
  std::string prefix_;
  std::atomic<std::uint64_t> next_{1};
};

// Eight characters of a-z and 2-9 (no look-alikes), from the system's random source: 40 bits,
// so among a thousand server starts a repeat has odds of about one in two million.
std::string RandomRequestIdPrefix();

}  // namespace practica::http
