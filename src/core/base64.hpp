// Base64 (RFC 4648, with padding) for keeping uploaded files as text in either database.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace practica::core {

std::string EncodeBase64(std::string_view bytes);
// nullopt when the text is not base64.
std::optional<std::string> DecodeBase64(std::string_view text);

}  // namespace practica::core
