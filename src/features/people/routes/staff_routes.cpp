// A school's staff: GET /schools/{slug}/staff and /api/v1/schools/{slug}/staff, for the people of
// that school, its local district's instructional director, its coach and district staff.
#include <boost/json/array.hpp>

#include "features/kit/respond.hpp"
#include "features/people/routes/register.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::people {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<SchoolRef> FindSchool(const Deps& deps, std::string_view slug) {
  auto db = deps.database.Acquire();
  auto school = PeopleStore(*db, deps.tenant.id).School(slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no school \"" + std::string(slug) + "\"; search for it on the schools page.");
  }
  return **school;
}

core::Result<json::object> StaffJson(const Deps& deps, const Request& request) {
  auto school = FindSchool(deps, request.Param("slug"));
  if (!school) return std::unexpected(school.error());
  auto db = deps.database.Acquire();
  auto staff = PeopleStore(*db, deps.tenant.id).Staff(school->id);
  if (!staff) return std::unexpected(staff.error());
  json::array members;
  for (const auto& member : *staff) {
    members.emplace_back(json::object{{"name", member.person.display_name},
                                      {"email", member.person.email},
                                      {"role", StaffRoleCode(member.role)},
                                      {"role_label", StaffRoleLabel(member.role)}});
  }
  return json::object{{"school", json::object{{"slug", school->slug}, {"name", school->name}}},
                      {"staff", std::move(members)}};
}

}  // namespace

core::Result<void> RegisterStaffRoutes(http::Router& router, const Deps& deps) {
  // The policy judges the school itself: its id and its local district.
  const http::ResourceResolver school = [&deps](const Request& request) -> core::Result<auth::Resource> {
    auto found = FindSchool(deps, request.Param("slug"));
    if (!found) return std::unexpected(found.error());
    return auth::Resource{found->local_district_id, found->id, 0};
  };
  http::Route page{http::Method::kGet, "/schools/{slug}/staff", "school.staff.read", http::Surface::kPage,
                   [&deps](const Request& r) {
                     auto data = StaffJson(deps, r);
                     if (!data) return features::Failure(r, data.error(), deps.views);
                     (*data)["count"] = (*data)["staff"].as_array().size();
                     const std::string title = "Staff of " + std::string((*data)["school"].at("name").as_string());
                     return deps.views.Page(r, "people/staff", title, std::move(*data), "schools");
                   }};
  page.resource = school;
  http::Route api{http::Method::kGet, "/api/v1/schools/{slug}/staff", "school.staff.read", http::Surface::kApi,
                  [&deps](const Request& r) {
                    auto data = StaffJson(deps, r);
                    if (!data) return features::Failure(r, data.error(), deps.views);
                    return features::Json(*data);
                  }};
  api.resource = school;
  if (auto added = router.Add(std::move(page)); !added) return added;
  return router.Add(std::move(api));
}

}  // namespace practica::people
