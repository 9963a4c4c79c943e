// The JSON bodies the API accepts, checked against the API description before a route reads
// them: each operation's requestBody schema from /api/v1/openapi.json, so the document and the
// server cannot disagree about a field's type or whether it is required.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "http/router.hpp"

namespace practica::app {

class RequestSchemas {
 public:
  // Compiles every operation's application/json request schema. kInvalidInput naming the
  // operation when the description is not JSON or a schema cannot be read.
  [[nodiscard]] static core::Result<std::unique_ptr<RequestSchemas>> Build(std::string_view api_description);
  ~RequestSchemas();

  // nullopt when `body` fits the schema of `method` `pattern` (or it has none), or when it is a
  // multipart/form-data upload (`content_type`) to an operation documented to take one (the
  // route reads those parts itself); else kInvalidInput naming the first field that does not
  // fit, and what was expected of it.
  std::optional<core::Error> Check(http::Method method, const std::string& pattern, std::string_view body,
                                   std::string_view content_type = {}) const;
  // Puts the check in front of every API route that has a request schema.
  void Guard(http::Router& router) const;

 private:
  struct Operation;
  RequestSchemas() = default;
  std::map<std::pair<http::Method, std::string>, std::unique_ptr<Operation>> operations_;
};

}  // namespace practica::app
