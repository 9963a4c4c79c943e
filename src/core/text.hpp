// Small text helpers shared by every layer: slugs, case, trimming, splitting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace practica::core {

// "PS 3.0: Innovative Designer" -> "ps-3-0-innovative-designer". ASCII letters and digits survive.
std::string Slugify(std::string_view text);

std::string ToLower(std::string_view text);
std::string_view Trim(std::string_view text);
std::vector<std::string> SplitWords(std::string_view text);

// A whole decimal number in [min, max], or nullopt for anything else ("12x", "", overflow).
std::optional<std::int64_t> ParseInt(std::string_view text, std::int64_t min, std::int64_t max);

// Percent-encodes everything but unreserved characters, for a query-string value.
std::string UrlEncode(std::string_view text);

// Decodes %XX escapes, and "+" as a space (form encoding). A malformed escape stays as it is.
std::string UrlDecode(std::string_view text);

// 64-bit FNV-1a: a stable content hash for ETags and cache-busting URLs.
std::uint64_t Fnv1a64(std::string_view bytes);
std::string Hex64(std::uint64_t value);

}  // namespace practica::core
