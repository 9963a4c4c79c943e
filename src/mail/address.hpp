// E-mail addresses and display names, checked before they go into a header or an SMTP command.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::mail {

// "Practica <noreply@district.org>": a display name (may be empty) and the address itself.
struct Address {
  std::string name;
  std::string email;
};

// One address as core::EmailProblem accepts it. kInvalidInput with `field` saying what is wrong
// otherwise; the message quotes the address with control characters escaped.
[[nodiscard]] core::Result<void> CheckEmail(std::string_view email, const std::string& field);

// A display name: any UTF-8 without control characters. kInvalidInput with `field` otherwise.
[[nodiscard]] core::Result<void> CheckDisplayName(std::string_view name, const std::string& field);

// "Name <local@domain>", "\"Name\" <local@domain>" or "local@domain", both parts checked as
// above; kInvalidInput with `field` when either is not usable.
[[nodiscard]] core::Result<Address> ParseAddress(std::string_view text, const std::string& field);


// `text` for a message or a log line: control characters as \r, \n, \t or \xNN.
std::string Printable(std::string_view text);

}  // namespace practica::mail
