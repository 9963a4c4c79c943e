// An Error thrown where no Result can be returned: a shared resource (the database pool) runs
// out deep inside a call that has no error path. The request's catch-all in http/ turns it into
// the answer its code maps to (kUnavailable: 503 with Retry-After), so it never becomes a 500.
#pragma once

#include <exception>
#include <utility>

#include "core/error.hpp"

namespace practica::core {

class Failure : public std::exception {
 public:
  explicit Failure(Error error) : error_(std::move(error)) {}
  const Error& error() const { return error_; }
  const char* what() const noexcept override { return error_.detail.c_str(); }

 private:
  Error error_;
};

}  // namespace practica::core
