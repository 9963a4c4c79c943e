// An application/x-www-form-urlencoded body, decoded as every form route reads it.
#include <cstddef>
#include <cstdint>

#include "core/text.hpp"
#include "http/request.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  practica::http::Request request;
  request.body.assign(reinterpret_cast<const char*>(data), size);
  request.headers.emplace_back("cookie", request.body);
  for (const auto& [name, value] : request.Form()) {
    (void)practica::core::IsValidUtf8(name);
    (void)practica::core::Trim(std::string_view(value));
  }
  (void)request.Cookie("practica_session");
  (void)practica::core::RedactSecrets(request.body);
  (void)practica::core::IsLocalPath(request.body);
  return 0;
}
