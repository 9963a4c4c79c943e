// What district staff do to a cohort's commitments: its dates, its template items, and
// issuing the template to the schools of its roster. Each change is audited in its transaction.
//
// Why "issue" instead of making a school's copy when it is first read: a copy is what the
// school agreed to, so it is made by a deliberate, audited act of the program office (and a
// GET never writes). Issuing again copies only what is missing, so schools added to the
// roster later, and items added to the template later, are issued the same way.
#pragma once

#include <boost/json/object.hpp>

#include "features/commitments/routes/context.hpp"

namespace practica::commitments {

// fields: coach_starts_on, instruction_starts_on, support_ends_on (YYYY-MM-DD; empty clears).
[[nodiscard]] core::Result<boost::json::object> SaveDates(const features::Deps& deps,
                                                          const http::Request& request,
                                                          const Fields& fields);
// fields: phase, number, title, description, due_kind, due_on, due_months, evidence_kind,
// evidence_label, majority, verifier, verified_by ('' or absent: a person verifies it);
// apply_to_issued also rewrites the schools' copies.
[[nodiscard]] core::Result<boost::json::object> SaveItem(const features::Deps& deps,
                                                         const http::Request& request,
                                                         const Fields& fields);
[[nodiscard]] core::Result<boost::json::object> IssueTemplate(const features::Deps& deps,
                                                              const http::Request& request);

// The cohort's dates and template, for the template page and the API.
[[nodiscard]] core::Result<boost::json::object> TemplateJson(const features::Deps& deps,
                                                             const http::Request& request);
boost::json::object TemplateItemJson(const Commitment& item, const Calendar& calendar);
boost::json::object CalendarJson(const Calendar& calendar);

}  // namespace practica::commitments
