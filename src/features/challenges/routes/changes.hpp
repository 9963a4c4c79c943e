// The changes a school's team and coach make to its design challenge, and the comments of the
// cohort's schools: each through features::RunChange, its audit entry in the same transaction.
// Pages and the API call the same functions with the fields they were sent.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/kit/form_with_file.hpp"
#include "http/request.hpp"

namespace practica::challenges {

using Change = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                     const features::Fields&);

// problem, evidence, evidence_links, affects.
core::Result<boost::json::object> SaveProblem(const features::Deps&, const http::Request&, const features::Fields&);
// statement ("How might we …?"), indicators ("1.4.a,1.4.c"). kInvalidInput before the problem of practice.
core::Result<boost::json::object> SaveStatement(const features::Deps&, const http::Request&, const features::Fields&);
// Shares the challenge with the cohort's schools; kInvalidInput without a statement.
core::Result<boost::json::object> ShareChallenge(const features::Deps&, const http::Request&, const features::Fields&);
// what, owner (a person id), due_on (YYYY-MM-DD). kInvalidInput before the statement.
core::Result<boost::json::object> AddStep(const features::Deps&, const http::Request&, const features::Fields&);
// status of step {number}.
core::Result<boost::json::object> SetStepStatus(const features::Deps&, const http::Request&, const features::Fields&);
// try, prediction, evidence_planned. kConflict while a cycle is open.
core::Result<boost::json::object> OpenCycle(const features::Deps&, const http::Request&, const features::Fields&);
// happened, evidence_links, learned, decision, next_step, close ("yes" closes it), and a file
// kept as evidence when one was sent (kInvalidInput, field "file", when it is refused).
core::Result<boost::json::object> SaveCycle(const features::Deps&, const http::Request&, const features::FormWithFile&);
// body. kNotFound when the challenge is not shared.
core::Result<boost::json::object> AddComment(const features::Deps&, const http::Request&, const features::Fields&);

}  // namespace practica::challenges
