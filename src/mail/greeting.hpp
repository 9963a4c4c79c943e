// The first line of every e-mail Practica writes to a person.
#pragma once

#include <string>
#include <string_view>

namespace practica::mail {

// "Hello Ana Ruiz," or "Hello," when the name is unknown; the body follows after a blank line.
inline std::string Greeting(std::string_view name) {
  return name.empty() ? std::string("Hello,") : "Hello " + std::string(name) + ",";
}

}  // namespace practica::mail
