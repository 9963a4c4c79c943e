// Counts in words people read: "1 school", "27 schools", never "1 schools" or "27 device(s)".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace practica::core {

inline std::string Counted(std::int64_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

}  // namespace practica::core
