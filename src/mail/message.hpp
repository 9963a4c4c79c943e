// One e-mail as Practica writes it: a single recipient and a plain-text UTF-8 body.
#pragma once

#include <string>

namespace practica::mail {

struct Message {
  std::string to;       // one address, "ana.ruiz@school.org"
  std::string to_name;  // shown beside the address, may be empty: "Ana Ruiz"
  std::string subject;  // one line, any UTF-8
  std::string text;     // plain text, UTF-8; "\n", "\r\n" or "\r" end lines
};

}  // namespace practica::mail
