// What every technology-plan and certification route finds first: the cohort and school of the
// path, and who is asking in that school's terms.
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>

#include "features/kit/change.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/techplans/store/techplans_store.hpp"
#include "http/request.hpp"
#include "http/router.hpp"

namespace practica::techplans {

struct Reader {
  bool district_staff = false;
  bool local_director = false;
  bool school_person = false;  // principal, team member or teacher of the school
  bool coach = false;          // the school is in the person's caseload
  bool Reads() const { return district_staff || local_director || school_person || coach; }
};

struct Place {
  CohortRef cohort;
  SchoolRef school;
  Reader reader;
  std::int64_t person_id = 0;
  core::LocalDate today;
  std::string base_url;  // "/cohorts/ps-3-0/schools/garvanza-…"
};

// The school of the path ({school}) for the policy.
http::ResourceResolver SchoolResolver(const features::Deps& deps);
http::ResourceResolver ListingResolver();

// kNotFound for an unknown cohort or school, or a school not in the cohort; kForbidden when the
// person reads neither as district staff, the local district's director, the school's people
// nor its coach.
[[nodiscard]] core::Result<Place> FindPlace(const features::Deps& deps, TechPlansStore& store,
                                            const http::Request& request);

// The cohort of the path; kNotFound when there is none.
[[nodiscard]] core::Result<CohortRef> FindCohort(TechPlansStore& store, const http::Request& request);

// Whether the person is district staff today.
bool DistrictStaff(const features::Deps& deps, const http::Request& request);

// The audit entry of a change at the place's school.
auth::AuditEntry Entry(const Place& place, std::string record_type, const boost::json::object& after,
                       std::string reason = {});

using PlaceChange = std::function<core::Result<features::Changed<boost::json::object>>(TechPlansStore&, const Place&,
                                                                                        db::Connection&)>;
// Runs `change` on the place in one transaction with its audit entries and e-mails.
[[nodiscard]] core::Result<boost::json::object> RunOnPlace(const features::Deps& deps, const http::Request& request,
                                                           std::string_view action, const PlaceChange& change);

}  // namespace practica::techplans
