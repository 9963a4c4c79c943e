// The time source: the system clock in the server, a fixed clock in tests.
#pragma once

#include <cstdint>

namespace practica::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t NowUtcSeconds() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t NowUtcSeconds() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t now) : now_(now) {}
  std::int64_t NowUtcSeconds() const override { return now_; }
  void Set(std::int64_t now) { now_ = now; }

 private:
  std::int64_t now_;
};

}  // namespace practica::core
