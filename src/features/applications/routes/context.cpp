#include "features/applications/routes/context.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "auth/audit_log.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::applications {
namespace json = boost::json;

core::Error CohortNotFound(std::string_view slug) {
  return core::Error{core::ErrorCode::kNotFound,
                     "There is no cohort \"" + std::string(slug) + "\"; the cohorts are listed on the home page.",
                     {}, {}};
}

core::Error NoApplication(const SchoolRef& school, const cohorts::Cohort& cohort) {
  return core::Error{core::ErrorCode::kNotFound,
                     school.name + " has no application for " + cohorts::ShortName(cohort) +
                         "; its principal or practitioner team can start one on its application page.",
                     {}, {}};
}

core::Result<cohorts::Cohort> LoadCohort(const features::Deps& deps, db::Connection& db, std::string_view slug) {
  auto cohort = SetupStore(db, deps.tenant.id).FindCohort(slug);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return std::unexpected(CohortNotFound(slug));
  return std::move(**cohort);
}

core::Result<SchoolRef> LoadSchool(const features::Deps& deps, db::Connection& db, std::string_view slug) {
  auto school = ApplicationsStore(db, deps.tenant.id).FindSchool(slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no school \"" + std::string(slug) + "\"; search for it on the schools page.");
  }
  return **school;
}

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    if (auto cohort = LoadCohort(deps, *db, request.Param("slug")); !cohort) return std::unexpected(cohort.error());
    auto school = LoadSchool(deps, *db, request.Param("school"));
    if (!school) return std::unexpected(school.error());
    return auth::Resource{school->local_district_id, school->id, 0};
  };
}

http::ResourceResolver ListingResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    if (auto cohort = LoadCohort(deps, *db, request.Param("slug")); !cohort) return std::unexpected(cohort.error());
    return auth::Resource{0, 0, 0, true};
  };
}

http::Route ScopedRoute(http::Method method, std::string pattern, std::string action, http::Surface surface,
                        http::Handler handler, const features::Deps& deps) {
  http::Route route{method, std::move(pattern), std::move(action), surface, std::move(handler)};
  route.resource = SchoolResolver(deps);
  return route;
}

core::LocalDate Today(const features::Deps& deps) { return auth::Today(deps.clock, deps.tenant.zone); }

Standing StandingAt(const features::Deps& deps, const auth::Principal& who, const SchoolRef& school) {
  using auth::Role;
  using auth::ScopeKind;
  Standing standing{who.person_id, who.display_name};
  const auto today = Today(deps);
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    switch (grant.role) {
      case Role::kDirector:
      case Role::kCoordinator:
        standing.admin = true;
        standing.staff = true;
        break;
      case Role::kSpecialist:
        standing.staff = true;
        break;
      case Role::kInstructionalDirector:
        standing.local_director |= grant.scope == ScopeKind::kLocalDistrict &&
                                   school.local_district_id != 0 && grant.scope_id == school.local_district_id;
        break;
      case Role::kPrincipal:
      case Role::kTeamMember:
        standing.applicant |= grant.scope == ScopeKind::kSchool && grant.scope_id == school.id;
        break;
      case Role::kReviewer:
        standing.reviewer = true;
        break;
      default:
        break;
    }
  }
  return standing;
}

std::vector<HeldRole> ToHeldRoles(const std::vector<auth::Grant>& grants) {
  std::vector<HeldRole> roles;
  for (const auto& grant : grants) {
    RoleScope scope = RoleScope::kDistrict;
    switch (grant.scope) {
      case auth::ScopeKind::kDistrict: scope = RoleScope::kDistrict; break;
      case auth::ScopeKind::kLocalDistrict: scope = RoleScope::kLocalDistrict; break;
      case auth::ScopeKind::kSchool: scope = RoleScope::kSchool; break;
      case auth::ScopeKind::kCaseload: scope = RoleScope::kCaseload; break;
    }
    roles.push_back({std::string(auth::RoleCode(grant.role)), std::string(auth::RoleLabel(grant.role)), scope,
                     grant.scope_id, grant.scope_label, grant.starts_on, grant.ends_on});
  }
  return roles;
}

core::Result<AuditNote> Audited(const features::Deps& deps, const http::Request& request, std::string_view action,
                                const std::function<core::Result<AuditNote>(db::Connection&)>& change) {
  return features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<features::Changed<AuditNote>> {
    auto note = change(db);
    if (!note) return std::unexpected(note.error());
    auth::AuditEntry entry;
    entry.record_type = note->record_type;
    entry.record_id = note->record_id;
    entry.school_id = note->school_id;
    entry.before_json = json::serialize(note->before);
    entry.after_json = json::serialize(note->after);
    entry.reason = note->reason;
    auto mail = std::move(note->mail);
    return features::Changed<AuditNote>{std::move(*note), {std::move(entry)}, std::move(mail)};
  });
}

Fields FormFields(const http::Request& request) {
  Fields fields;
  for (auto& [key, value] : request.Form()) fields[key] = value;
  return fields;
}

core::Result<json::object> JsonBody(const http::Request& request) {
  boost::system::error_code ec;
  auto body = json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Send a JSON object as the request body.", {}, "body");
  }
  return std::move(body.as_object());
}

Fields FlatFields(const json::object& body) {
  Fields fields;
  for (const auto& [key, value] : body) {
    if (value.is_string()) fields[std::string(key)] = std::string(value.as_string());
    if (value.is_int64()) fields[std::string(key)] = std::to_string(value.as_int64());
  }
  return fields;
}

std::string Get(const Fields& fields, const std::string& name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

std::int64_t IdParam(const http::Request& request, std::string_view name) {
  return core::ParseInt(request.Param(name), 1, INT64_MAX).value_or(0);
}

std::string ApplicationUrl(const cohorts::Cohort& cohort, const SchoolRef& school) {
  return "/cohorts/" + cohort.slug + "/schools/" + school.slug + "/application";
}

}  // namespace practica::applications
