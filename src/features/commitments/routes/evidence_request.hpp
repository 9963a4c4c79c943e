// What a team sends as evidence: the form's or the JSON body's fields, and the file when the
// form or the API uploads one as multipart/form-data.
#pragma once

#include <optional>

#include "features/commitments/routes/context.hpp"
#include "http/multipart.hpp"

namespace practica::commitments {

struct EvidenceRequest {
  Fields fields;                   // the CSRF token left out
  std::optional<http::Part> file;  // the part named "file", when a file was chosen
};

// From a multipart/form-data body when the request is one, else from the form (pages) or the
// JSON body (`api`). kInvalidInput (field "body") when the body cannot be read.
[[nodiscard]] core::Result<EvidenceRequest> ReadEvidenceRequest(const http::Request& request, bool api);

}  // namespace practica::commitments
