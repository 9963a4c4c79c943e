// Two school names as typed in an application or an import, split at the first newline.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "features/schools/domain/name_key.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto split = bytes.find('\n');
  const auto a = practica::schools::KeyOf(bytes.substr(0, split));
  const auto b = practica::schools::KeyOf(split == std::string_view::npos ? bytes : bytes.substr(split + 1));
  (void)practica::schools::SameSchool(a, b);
  (void)practica::schools::TypoDistance(bytes.substr(0, split), bytes.substr(0, 12));
  return 0;
}
