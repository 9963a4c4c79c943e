// The visits pages and API answers, and the changes their forms and API posts run.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>

#include "auth/domain/principal.hpp"
#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/visits/domain/visit.hpp"
#include "features/visits/store/visits_store.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::visits {

// The visit rules' view of a person: their roles today, with the schools the staff list puts
// them at (`staff_schools`).
Asker AskerFor(const auth::Principal& who, const core::LocalDate& today, const std::vector<std::int64_t>& staff_schools);
// The visit rules' view of the person asking.
[[nodiscard]] core::Result<Asker> AskerOf(const features::Deps& deps, VisitsStore& store, const http::Request& request);
core::LocalDate Today(const features::Deps& deps);
std::string CsrfToken(const http::Request& request);
// The path's visit with its visitors; kNotFound for an unknown id.
[[nodiscard]] core::Result<Visit> FindVisit(VisitsStore& store, const http::Request& request);
// What the pages and the API show of a visit, and which forms the asker sees.
boost::json::object VisitJson(const Visit& visit, const Asker& asker, const core::LocalDate& today);

// /visits: the district's visits to come, with seats left, and the offer form for hosts.
http::Response ListPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                        int status);
http::Response ListApi(const features::Deps& deps, const http::Request& request);
// /schools/{slug}/visits: one school's visits, past and to come.
http::Response SchoolPage(const features::Deps& deps, const http::Request& request);
http::Response SchoolApi(const features::Deps& deps, const http::Request& request);
// /visits/{id}: sign up or cancel, the host's attendance, the visitors' reflections.
http::Response VisitPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                         int status);
http::Response VisitApi(const features::Deps& deps, const http::Request& request);

core::Result<boost::json::object> OfferVisit(const features::Deps& deps, const http::Request& request,
                                             const features::Fields& fields);
core::Result<boost::json::object> SignUp(const features::Deps& deps, const http::Request& request,
                                         const features::Fields& fields);
core::Result<boost::json::object> CancelSignUp(const features::Deps& deps, const http::Request& request,
                                               const features::Fields& fields);
core::Result<boost::json::object> TakeAttendance(const features::Deps& deps, const http::Request& request,
                                                 const features::Fields& fields);
core::Result<boost::json::object> Reflect(const features::Deps& deps, const http::Request& request,
                                          const features::Fields& fields);

}  // namespace practica::visits
