#include "mail/message_writer.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace practica::mail {
namespace {

using core::ErrorCode;

constexpr std::size_t kEncodedWordBytes = 39;  // 52 base64 characters: "=?UTF-8?B?…?=" is 64
constexpr std::size_t kHeaderLine = 78;
constexpr std::size_t kQuotedPrintableLine = 76;

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63],
            kAlphabet[v & 63]};
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63], '='};
  }
  return out;
}

bool IsPlainAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

// Encoded-words separated by folding whitespace, which decoders drop between adjacent words.
std::string EncodedWords(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kEncodedWordBytes);
    // Back up to the start of a character: continuation bytes are 10xxxxxx.
    while (end < text.size() && end > start + 1 &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string NormalizedLines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += '\n';
    } else {
      out += text[i];
    }
  }
  return out;
}

core::Result<void> CheckLine(std::string_view value, const std::string& field,
                             const std::string& what) {
  for (unsigned char c : value) {
    if (c == '\r' || c == '\n' || c < 0x20 || c == 0x7f) {
      return core::Fail(ErrorCode::kInvalidInput,
                        "The e-mail " + what + " \"" + Printable(value) +
                            "\" cannot be used: it must be one line without control characters.",
                        {}, field);
    }
  }
  if (!core::IsValidUtf8(value)) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "The e-mail " + what + " is not valid UTF-8 text; write it again.", {},
                      field);
  }
  return {};
}

}  // namespace

core::Result<void> CheckMessage(const Message& message) {
  if (auto checked = CheckEmail(message.to, "to"); !checked) return checked;
  if (auto checked = CheckDisplayName(message.to_name, "to_name"); !checked) return checked;
  if (auto checked = CheckLine(message.subject, "subject", "subject"); !checked) return checked;
  if (message.text.find('\0') != std::string::npos || !core::IsValidUtf8(message.text)) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "The e-mail text to " + message.to +
                          " has a NUL character or is not valid UTF-8; write it again.",
                      {}, "text");
  }
  return {};
}

std::string FormatDate(std::int64_t utc_seconds) {
  using namespace std::chrono;
  const sys_seconds time{seconds{utc_seconds}};
  const auto day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{time - day};
  static constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %d %02d:%02d:%02d +0000",
                kWeekdays[weekday{day}.c_encoding()], static_cast<unsigned>(date.day()),
                kMonths[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()),
                static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return buffer;
}

std::string EncodeHeader(std::string_view name, std::string_view value) {
  const std::string head = std::string(name) + ": ";
  // "=?" in plain text could be read as an encoded-word, so such a value is encoded too.
  if (IsPlainAscii(value) && value.find("=?") == std::string_view::npos &&
      head.size() + value.size() <= kHeaderLine) {
    return head + std::string(value) + "\r\n";
  }
  return head + EncodedWords(value) + "\r\n";
}

std::string FormatAddress(const Address& address) {
  if (address.name.empty()) return address.email;
  if (IsPlainAscii(address.name) && address.name.find("=?") == std::string::npos) {
    // Words of atext need no quotes ("Practica <…>"); anything else is a quoted-string.
    const bool atoms = std::all_of(address.name.begin(), address.name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' ||
             std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
    });
    if (atoms && address.name.front() != ' ' && address.name.back() != ' ') {
      return address.name + " <" + address.email + ">";
    }
    std::string quoted = "\"";
    for (char c : address.name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return quoted + "\" <" + address.email + ">";
  }
  return EncodedWords(address.name) + "\r\n <" + address.email + ">";
}

std::string QuotedPrintable(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::string normalized = NormalizedLines(text);
  std::string out;
  std::size_t line_start = 0;
  while (line_start <= normalized.size()) {
    auto line_end = normalized.find('\n', line_start);
    if (line_end == std::string::npos) line_end = normalized.size();
    std::size_t width = 0;
    for (std::size_t i = line_start; i < line_end; ++i) {
      const auto c = static_cast<unsigned char>(normalized[i]);
      const bool last = i + 1 == line_end;
      // Spaces and tabs at a line's end would be lost in transit, so they are encoded there.
      const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
      const std::string token =
          literal ? std::string(1, static_cast<char>(c)) : std::string{'=', kHex[c >> 4], kHex[c & 15]};
      // Leave room for the soft break "=" unless this token ends the line.
      const std::size_t limit = last ? kQuotedPrintableLine : kQuotedPrintableLine - 1;
      if (width + token.size() > limit) {
        out += "=\r\n";
        width = 0;
      }
      out += token;
      width += token.size();
    }
    if (line_end == normalized.size()) break;
    out += "\r\n";
    line_start = line_end + 1;
  }
  return out;
}

std::string WriteMessage(const Message& message, const Address& from,
                         std::int64_t now_utc_seconds, std::string_view message_id) {
  const Address to{message.to_name, message.to};
  std::string out;
  out += "Date: " + FormatDate(now_utc_seconds) + "\r\n";
  out += "From: " + FormatAddress(from) + "\r\n";
  out += "To: " + FormatAddress(to) + "\r\n";
  out += EncodeHeader("Subject", message.subject);
  out += "Message-ID: " + std::string(message_id) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "\r\n";
  out += QuotedPrintable(message.text);
  if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
  return out;
}

}  // namespace practica::mail
