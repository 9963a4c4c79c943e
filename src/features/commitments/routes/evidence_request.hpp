// What a team sends as evidence: the form's or the JSON body's fields, and the file when the
// form or the API uploads one as multipart/form-data.
#pragma once

#include "features/kit/form_with_file.hpp"

namespace practica::commitments {

using EvidenceRequest = features::FormWithFile;

inline core::Result<EvidenceRequest> ReadEvidenceRequest(const http::Request& request, bool api) {
  return features::ReadFormWithFile(request, api);
}

}  // namespace practica::commitments
