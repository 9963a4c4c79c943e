// The program office's decision on an application, for the page and the API alike: confirmed
// before it is recorded, correctable by a later decision, and audited and e-mailed to the school's
// principals (queued as jobs) in the same transaction.
#pragma once

#include <boost/json/object.hpp>

#include <optional>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

// fields: decision (accepted, waitlisted or declined), note (to the school), reason (why it
// replaces the decision before it), was (the status the person saw when confirming; optional),
// and "yes" in each field DecisionConfirmations asks for. Accepting puts the school on the
// cohort's roster; correcting an acceptance takes it off again while nothing hangs on it.
// kInvalidInput naming the field when no decision is chosen or a confirmation is missing;
// kConflict when the application cannot take the decision, it changed since `was`, or the
// participation already holds something; kNotFound for an unknown cohort, school or application.
[[nodiscard]] core::Result<AuditNote> Decide(const features::Deps& deps, const http::Request& request,
                                             const Fields& fields);

// For the page: what is still to confirm before Decide would record the decision, as the
// page's "confirm_decision" object (with "error" when the person came back from the
// confirmation without ticking every statement). nullopt when nothing is missing, or when
// Decide refuses the decision anyway and says why. kNotFound as Decide.
[[nodiscard]] core::Result<std::optional<boost::json::object>> DecisionPreview(const features::Deps& deps,
                                                                               const http::Request& request,
                                                                               const Fields& fields);

}  // namespace practica::applications
