// What a school's team and its verifiers do to the school's commitments, each change written
// with its audit entry in one transaction. The pages and the API both call these.
#pragma once

#include <boost/json/object.hpp>

#include "features/commitments/routes/checklist_json.hpp"
#include "features/commitments/routes/evidence_request.hpp"

namespace practica::commitments {

// A school's team gives evidence for the commitment named by {number}, for the period it
// chooses ("period", recurring commitments) and, for a document, as a link or a file (checked
// by its content; a refused file stores nothing); verifiers verify it or return it with a
// comment (no returns once the school year is over). Each answers the item as it now stands.
[[nodiscard]] core::Result<boost::json::object> SubmitEvidence(const features::Deps& deps,
                                                               const http::Request& request,
                                                               const EvidenceRequest& sent);
[[nodiscard]] core::Result<boost::json::object> Verify(const features::Deps& deps,
                                                       const http::Request& request,
                                                       const Fields& fields);
[[nodiscard]] core::Result<boost::json::object> ReturnEvidence(const features::Deps& deps,
                                                       const http::Request& request,
                                                       const Fields& fields);

}  // namespace practica::commitments
