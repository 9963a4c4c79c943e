// A form that may carry one file (a commitment's evidence, a cycle's evidence): its fields and
// the file, read alike from a page's form and from the API's JSON or multipart body.
#pragma once

#include <optional>

#include "features/kit/fields.hpp"
#include "http/multipart.hpp"

namespace practica::features {

struct FormWithFile {
  Fields fields;                   // the CSRF token left out
  std::optional<http::Part> file;  // the part named "file", when a file was chosen
};

// From a multipart/form-data body when the request is one, else from the form (pages) or the
// JSON body (`api`). kInvalidInput (field "body") when the body cannot be read.
[[nodiscard]] core::Result<FormWithFile> ReadFormWithFile(const http::Request& request, bool api);

}  // namespace practica::features
