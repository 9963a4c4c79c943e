// What every applications route shares: the cohort and school a path names, the person's
// standing toward that school, form and JSON input, and running a change together with its
// audit entry in one transaction.
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <map>
#include <string>

#include "auth/domain/principal.hpp"
#include "features/applications/domain/review.hpp"
#include "features/applications/store/applications_store.hpp"
#include "features/kit/change.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::applications {

// Input as text, from a form or a JSON body.
using Fields = std::map<std::string, std::string>;

core::Error CohortNotFound(std::string_view slug);
core::Error NoApplication(const SchoolRef& school, const cohorts::Cohort& cohort);

// kNotFound naming the cohort.
[[nodiscard]] core::Result<cohorts::Cohort> LoadCohort(const features::Deps& deps, db::Connection& db,
                                                       std::string_view slug);
// kNotFound naming the school.
[[nodiscard]] core::Result<SchoolRef> LoadSchool(const features::Deps& deps, db::Connection& db,
                                                 std::string_view slug);

// The school of /cohorts/{slug}/schools/{school}/…, for the permission policy: never the
// application, so a person outside the school's scopes hears 403 whether or not it applied.
http::ResourceResolver SchoolResolver(const features::Deps& deps);
// A cohort-wide list: the query keeps the rows inside the person's scopes.
http::ResourceResolver ListingResolver(const features::Deps& deps);

// A route about one school's application, judged by the policy on the school.
http::Route ScopedRoute(http::Method method, std::string pattern, std::string action, http::Surface surface,
                        http::Handler handler, const features::Deps& deps);

// How the person stands toward one school, from their active grants.
struct Standing {
  std::int64_t person_id = 0;
  std::string name;
  bool staff = false;           // director, coordinator or specialist
  bool admin = false;           // director or coordinator: decides
  bool local_director = false;  // instructional director of the school's local district
  bool applicant = false;       // principal or team member of the school
  bool reviewer = false;        // holds the reviewer role

  bool Manages() const { return staff || local_director; }
};

core::LocalDate Today(const features::Deps& deps);
Standing StandingAt(const features::Deps& deps, const auth::Principal& who, const SchoolRef& school);
std::vector<HeldRole> ToHeldRoles(const std::vector<auth::Grant>& grants);

// What an audited change did.
struct AuditNote {
  std::string record_type = "application";
  std::string record_id;
  std::int64_t school_id = 0;
  boost::json::object before;
  boost::json::object after;
  std::string reason;
  std::vector<features::ChangeMail> mail;  // queued with the change
};

// Runs the change through features::RunChange: the change, its audit entry (action, the
// person, the request) and its e-mails land in one transaction, or none of them.
[[nodiscard]] core::Result<AuditNote> Audited(
    const features::Deps& deps, const http::Request& request, std::string_view action,
    const std::function<core::Result<AuditNote>(db::Connection&)>& change);

Fields FormFields(const http::Request& request);
// A JSON object body; kInvalidInput otherwise.
[[nodiscard]] core::Result<boost::json::object> JsonBody(const http::Request& request);
// String and whole-number members as text.
Fields FlatFields(const boost::json::object& body);
std::string Get(const Fields& fields, const std::string& name);
std::int64_t IdParam(const http::Request& request, std::string_view name);

// "/cohorts/ps-3-0/schools/hope-street-es/application"
std::string ApplicationUrl(const cohorts::Cohort& cohort, const SchoolRef& school);

}  // namespace practica::applications
