// A school's commitments as JSON: the API's answer, and the twin of the page's view that the
// renderer-comparison test draws.
#pragma once

#include <boost/json/object.hpp>

#include <optional>

#include "features/commitments/routes/checklist_model.hpp"

namespace practica::commitments {

boost::json::object ChecklistJson(const ChecklistModel& model);

boost::json::object ChecklistJson(const Checklist& checklist,
                                  const std::optional<FormProblem>& problem = std::nullopt);

// One item, as the API answers a change to it.
boost::json::object ItemJson(const Checklist& checklist, const SchoolCommitment& item);

}  // namespace practica::commitments
