// What a file is, read from its bytes with libmagic (the `file` command's library), never from
// its name.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::features {

// The MIME type of the content, e.g. "application/pdf". kInternal when libmagic or its
// database cannot be loaded (the message says what to install).
[[nodiscard]] core::Result<std::string> DetectContentType(std::string_view bytes);

}  // namespace practica::features
