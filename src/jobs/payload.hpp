// Reading one field of a job's JSON payload, the one way every handler does it: a payload that
// lacks the field (or holds another type) is kInvalidInput naming the field and the job's kind,
// which the runner does not retry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::jobs {

[[nodiscard]] core::Result<std::int64_t> PayloadInt(std::string_view payload, std::string_view key,
                                                    std::string_view job_kind);
[[nodiscard]] core::Result<std::string> PayloadText(std::string_view payload, std::string_view key,
                                                    std::string_view job_kind);

}  // namespace practica::jobs
