// The certification's changes and views: the school records its status, district staff verify
// it and set the cohort's deadline; the cohort overview counts the schools.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/kit/rows_html.hpp"
#include "features/techplans/routes/context.hpp"

namespace practica::techplans {

core::Result<boost::json::object> RecordCertification(const features::Deps&, const http::Request&,
                                                      const features::Fields&);
core::Result<boost::json::object> VerifyCertification(const features::Deps&, const http::Request&,
                                                      const features::Fields&);
core::Result<boost::json::object> SetDeadline(const features::Deps&, const http::Request&, const features::Fields&);

[[nodiscard]] core::Result<boost::json::object> CertificationJson(const features::Deps& deps, TechPlansStore& store,
                                                                  const Place& place);
// The cohort's schools with their plans and certifications and the district's counts.
// kForbidden unless district staff, a coach or an instructional director. With `rows_html` (the
// page) the schools' rows are written there as HTML and "schools" is empty: at 1,000 schools
// their JSON and its drawing cost as much as the query; the API gets them as a list.
[[nodiscard]] core::Result<boost::json::object> OverviewJson(const features::Deps& deps, TechPlansStore& store,
                                                             const http::Request& request,
                                                             features::RowsHtml* rows_html = nullptr);

}  // namespace practica::techplans
