// The one error type of Practica: a code for machines, a message for people, a detail for logs.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>

namespace practica::core {

enum class ErrorCode {
  kInvalidInput,
  kNotFound,
  kConflict,
  kUnauthenticated,
  kForbidden,
  kRateLimited,  // too many attempts: the message says how long to wait
  kUnavailable,
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // shown to people: names the thing and says what to do
  std::string detail;   // logs only
  std::string field;    // the form input to mark, if any
};

// Stable lower-case names used in the JSON API ("invalid_input", "not_found", ...).
std::string_view ErrorCodeName(ErrorCode code);

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> Fail(ErrorCode code, std::string message, std::string detail = {},
                                   std::string field = {}) {
  return std::unexpected<Error>(
      Error{code, std::move(message), std::move(detail), std::move(field)});
}

inline std::unexpected<Error> Fail(Error error) { return std::unexpected<Error>(std::move(error)); }

}  // namespace practica::core
