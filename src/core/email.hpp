// Whether text is an e-mail address Practica can store and send to: one rule for the people
// directory, evidence naming a person, password resets and the mail sender.
#pragma once

#include <string>
#include <string_view>

namespace practica::core {

// Why `email` is not a usable address, as a clause ("it needs exactly one @"), or empty when it
// is one: plain ASCII local@domain, at most 254 characters, no space, line break or other control
// character (header injection), no character that would start a second address (< > , ; : " ( )
// [ ] \), dot-separated parts on both sides and a dot in the domain ("school.org").
std::string EmailProblem(std::string_view email);

inline bool IsEmailAddress(std::string_view email) { return EmailProblem(email).empty(); }

}  // namespace practica::core
