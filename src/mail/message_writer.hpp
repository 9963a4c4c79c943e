// A Message as RFC 5322 text: the headers and body that go after SMTP's DATA.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "mail/address.hpp"
#include "mail/message.hpp"

namespace practica::mail {

// kInvalidInput naming the field when the message cannot be written safely: "to" (see
// CheckEmail), "to_name" (a line break or control character), "subject" (a line break or
// control character, or not UTF-8), "text" (a NUL byte or not UTF-8).
[[nodiscard]] core::Result<void> CheckMessage(const Message& message);

// The whole message, for a message that passed CheckMessage: Date, From, To, Subject,
// Message-ID, MIME-Version, Content-Type (text/plain; charset=utf-8) and
// Content-Transfer-Encoding (quoted-printable), then the body. Every line ends in CRLF; body
// lines are at most 76 characters and header lines 78 unless an address is longer. Only ASCII
// is used (non-ASCII names and subjects as RFC 2047 encoded-words), so any relay carries it
// unchanged. SMTP dot-stuffing is left to the sender (libcurl does it).
std::string WriteMessage(const Message& message, const Address& from,
                         std::int64_t now_utc_seconds, std::string_view message_id);

// "Mon, 23 Nov 2026 09:13:25 +0000".
std::string FormatDate(std::int64_t utc_seconds);

// `name: value` folded as needed, ending in CRLF; value as is when it is short printable ASCII,
// else as =?UTF-8?B?…?= encoded-words of at most 39 bytes each, never splitting a character.
std::string EncodeHeader(std::string_view name, std::string_view value);

// A display name and address for From and To: "\"Ana Ruiz\" <ana@school.org>", encoded-words
// for a non-ASCII name, the bare address when the name is empty.
std::string FormatAddress(const Address& address);

// The body in quoted-printable (RFC 2045), CRLF line ends, lines of at most 76 characters.
std::string QuotedPrintable(std::string_view text);

}  // namespace practica::mail
