// What every coaching route reads from its request: who asks, their forms' token, today.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"

namespace practica::coaching {

std::int64_t Me(const http::Request& request);
std::string CsrfToken(const http::Request& request);
core::LocalDate Today(const features::Deps& deps);
// "1.5" hours from minutes, as the hours view prints them.
std::string Hours(int minutes);
// The ids listed under `name`: every value of a repeated form field, or a JSON array (or a
// comma-separated string) in an API body. kInvalidInput naming the field for anything else.
[[nodiscard]] core::Result<std::vector<std::int64_t>> IdsOf(const http::Request& request, const std::string& name);
// The path's {id}; kNotFound when it is not a number.
[[nodiscard]] core::Result<std::int64_t> PathId(const http::Request& request, std::string_view what);

}  // namespace practica::coaching
