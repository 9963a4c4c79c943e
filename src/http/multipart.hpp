// Reading multipart/form-data bodies (RFC 7578): the fields and files of an upload form.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::http {

struct Part {
  std::string name;          // the form field's name
  std::string file_name;     // as the browser sent it; "" for a plain field
  std::string content_type;  // as declared; "" when the part declares none
  std::string data;          // the bytes, exactly as sent

  bool IsFile() const { return !file_name.empty(); }
};

inline constexpr std::size_t kMaxMultipartParts = 100;

// The boundary parameter of a multipart/form-data Content-Type, or "" when the header is not one.
std::string MultipartBoundary(std::string_view content_type);

// The parts in the order sent. kInvalidInput (field "body") when the Content-Type is not
// multipart/form-data with a boundary, or the body is not a well-formed multipart body.
[[nodiscard]] core::Result<std::vector<Part>> ParseMultipart(std::string_view content_type,
                                                             std::string_view body);

// The first part with that name, or nullptr.
const Part* FindPart(const std::vector<Part>& parts, std::string_view name);

}  // namespace practica::http
