// What every commitments route needs before it acts: the cohort and school the path names, who
// is asking in this school's terms (team, coach, district staff), and which schools a list may
// show them.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "features/commitments/store/commitments_store.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/router.hpp"

namespace practica::commitments {

// Input as text, from a form or a JSON body (the kit's).
using features::Fields;
using features::FormFields;
using features::Get;
using features::JsonFields;

// The policy judges the school the path names ({school}); kNotFound when there is none, so a
// person outside its scope is refused before the handler says whether it is in the cohort.
http::ResourceResolver SchoolResolver(const features::Deps& deps);

// A list across schools: any grant of an allowed role opens it; the query keeps its scopes.
http::ResourceResolver ListingResolver();

core::Error CohortNotFound(std::string_view slug);

// The cohort (by {slug}) and school (by {school}) of the path; kNotFound when either does not
// exist or the school is not on the cohort's roster.
struct SchoolPlace {
  CohortRef cohort;
  SchoolRef school;
};
[[nodiscard]] core::Result<SchoolPlace> FindPlace(CommitmentsStore& store, const http::Request& request);
[[nodiscard]] core::Result<CohortRef> FindCohort(CommitmentsStore& store, const http::Request& request);

// The person asking, in terms of one school.
struct Viewer {
  Actor actor;
  bool may_submit = false;  // the school's principal or practitioner-team member
  bool may_verify = false;  // the school's coach, or district staff
};
Viewer ViewerAt(const features::Deps& deps, const http::Request& request, const SchoolRef& school);

// The schools a list may show this person: none (every school) for district-wide roles.
std::optional<SchoolScope> ListingScope(const features::Deps& deps, const http::Request& request);

}  // namespace practica::commitments
