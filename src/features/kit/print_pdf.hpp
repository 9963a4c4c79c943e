// Prints an HTML document to PDF with headless Chromium (Debian's `chromium`), the way a person's
// browser would print it: what a progress report's PDF is. The document is written to a private
// folder and opened from there, so it must carry everything it needs (inline styles, no links
// to fetch); Chromium runs with its network features off and a profile of its own, removed after.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::features {

struct PrintSettings {
  std::string chromium = "chromium";  // the program, found on PATH unless a path is given
  int timeout_seconds = 120;
};

// The PDF's bytes. kUnavailable, saying what to install or set, when Chromium cannot be started,
// fails or runs past the timeout (it is then killed).
[[nodiscard]] core::Result<std::string> PrintPdf(std::string_view html, const PrintSettings& settings);

}  // namespace practica::features
