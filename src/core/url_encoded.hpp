// UrlEncode (core/text.hpp) appending to a string the caller is writing, for pages that write
// hundreds of links: the library's facets link every school among a search's hits.
#pragma once

#include <string>
#include <string_view>

namespace practica::core {

// `text` percent-encoded as UrlEncode does it, appended to `out`.
void AppendUrlEncoded(std::string& out, std::string_view text);

}  // namespace practica::core
