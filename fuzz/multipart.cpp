// An upload: the first line is the Content-Type header's value, the rest the body.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/multipart.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto line_end = bytes.find('\n');
  if (line_end == std::string_view::npos) return 0;
  auto parts = practica::http::ParseMultipart(bytes.substr(0, line_end), bytes.substr(line_end + 1));
  if (parts) (void)practica::http::FindPart(*parts, "file");
  return 0;
}
