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
// A temporary (Trim(Get(fields, "x"))) would leave the view pointing into freed memory once the
// statement ends; given a temporary, Trim keeps the trimmed text itself.
std::string Trim(std::string&& text);
// Literals and C strings are views of storage that outlives the call.
inline std::string_view Trim(const char* text) { return Trim(std::string_view(text)); }
std::vector<std::string> SplitWords(std::string_view text);

// A whole decimal number in [min, max], or nullopt for anything else ("12x", "", overflow).
std::optional<std::int64_t> ParseInt(std::string_view text, std::int64_t min, std::int64_t max);

// Percent-encodes everything but unreserved characters, for a query-string value.
std::string UrlEncode(std::string_view text);

// Decodes %XX escapes, and "+" as a space (form encoding). A malformed escape stays as it is.
std::string UrlDecode(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The first line of every e-mail: "Hello Ana Ruiz,", or "Hello," when the name is unknown.
std::string Greeting(std::string_view name);

// True for a path on this server that is safe to put in a Location header after sign-in:
// it starts with one "/", holds no backslash, no control character (tab, NUL, CR, LF, DEL...)
// and no encoded slash or backslash, so no browser can read it as another host.
bool IsLocalPath(std::string_view path);

// `text` with every one-time secret replaced by "[redacted]": a run of 20 or more URL-safe
// characters mixing upper and lower case, as the base64url tokens in reset, invitation and
// calendar links do (a 43-character token lacks one of the two about once in 10^9). Slugs
// and words stay readable. For anything written to a log.
std::string RedactSecrets(std::string_view text);

// 64-bit FNV-1a: a stable content hash for ETags and cache-busting URLs.
std::uint64_t Fnv1a64(std::string_view bytes);
std::string Hex64(std::uint64_t value);

}  // namespace practica::core
