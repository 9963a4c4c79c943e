#include "core/text.hpp"
#include "core/url_encoded.hpp"

#include <charconv>

namespace practica::core {
namespace {
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_dash = false;
  for (char c : text) {
    if (IsAlnum(c)) {
      if (pending_dash && !slug.empty()) slug.push_back('-');
      pending_dash = false;
      slug.push_back(Lower(c));
    } else if (c != '\'') {  // "city's" -> "citys", not "city-s"
      pending_dash = true;
    }
  }
  return slug;
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string Trim(std::string&& text) {
  const std::string_view trimmed = Trim(std::string_view(text));
  return std::string(trimmed);
}

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t value = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2, value = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, value = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, value = c & 0x07;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      value = (value << 6) | (next & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
      return false;
    i += length;
  }
  return true;
}

bool IsLocalPath(std::string_view path) {
  if (path.size() < 1 || path.front() != '/') return false;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f || c == '\\') return false;
  }
  // "/%2F/evil.example" is decoded again by some proxies and browsers into "//evil.example".
  const std::string lower = ToLower(path);
  return lower.find("%2f") == std::string::npos && lower.find("%5c") == std::string::npos &&
         lower.find("%09") == std::string::npos && lower.find("%00") == std::string::npos;
}

std::string RedactSecrets(std::string_view text) {
  const auto url_safe = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  };
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!url_safe(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    bool upper = false, lower = false;
    while (end < text.size() && url_safe(text[end])) {
      upper |= text[end] >= 'A' && text[end] <= 'Z';
      lower |= text[end] >= 'a' && text[end] <= 'z';
      ++end;
    }
    if (end - i >= 20 && upper && lower) {
      out += "[redacted]";
    } else {
      out.append(text.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::optional<std::int64_t> ParseInt(std::string_view text, std::int64_t min, std::int64_t max) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

std::string UrlEncode(std::string_view text) {
  std::string out;
  AppendUrlEncoded(out, text);
  return out;
}

void AppendUrlEncoded(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // Runs of characters that stay as they are go in with one append: a school's slug is one run.
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (IsAlnum(static_cast<char>(c)) || c == '-' || c == '_' || c == '.' || c == '~') continue;
    out.append(text.substr(plain, i - plain));
    const char escaped[3] = {'%', kHex[c >> 4], kHex[c & 0xF]};
    out.append(escaped, 3);
    plain = i + 1;
  }
  out.append(text.substr(plain));
}

std::string UrlDecode(std::string_view text) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string Hex64(std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[value & 0xF];
    value >>= 4;
  }
  return out;
}

std::string Greeting(std::string_view name) {
  return name.empty() ? "Hello," : "Hello " + std::string(name) + ",";
}

}  // namespace practica::core
