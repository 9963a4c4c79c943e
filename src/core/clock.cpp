#include "core/clock.hpp"

#include <chrono>

namespace practica::core {

std::int64_t SystemClock::NowUtcSeconds() const {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace practica::core
