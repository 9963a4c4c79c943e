// The OpenAPI 3.1 document served at /api/v1/openapi.json, assembled at start-up from the
// application's base and each feature's own paths and schemas (src/features/*/routes/openapi.json).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace practica::app {

// `parts`: {"base", text} first, then {feature, text}. kInvalidInput naming the feature when a
// part is not JSON or describes a path or schema another part already describes.
[[nodiscard]] core::Result<std::string> AssembleApiDescription(
    const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace practica::app
