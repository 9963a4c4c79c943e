// A small real HTTP/1.1 client for route tests: requests go over loopback to the server.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace practica::testing {

struct Reply {
  int status = 0;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string Header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

Reply Fetch(std::uint16_t port, const std::string& method, const std::string& target,
            const std::map<std::string, std::string>& headers = {}, const std::string& body = {});

// Sends bytes as they are and returns whatever the server answers before closing.
std::string SendRaw(std::uint16_t port, const std::string& bytes);

}  // namespace practica::testing
