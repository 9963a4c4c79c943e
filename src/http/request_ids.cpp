#include "http/request_ids.hpp"

#include <random>
#include <string_view>

namespace practica::http {

std::string RandomRequestIdPrefix() {
  static constexpr std::string_view kAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";  // 32
  std::random_device source;
  std::string prefix;
  for (int i = 0; i < 8; ++i) prefix.push_back(kAlphabet[source() % kAlphabet.size()]);
  return prefix;
}

RequestIds::RequestIds() : prefix_(RandomRequestIdPrefix()) {}

std::string RequestIds::Next() { return prefix_ + "-" + std::to_string(next_++); }

}  // namespace practica::http
