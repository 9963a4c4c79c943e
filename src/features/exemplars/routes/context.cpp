#include "features/exemplars/routes/context.hpp"

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "core/time_zone.hpp"
#include "features/kit/access.hpp"

namespace practica::exemplars {

using core::ErrorCode;
using core::Fail;

namespace {

core::Error NoExemplar(std::string_view id) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no published exemplar " + std::string(id) + "; search the library at /exemplars.", {}, {}};
}

}  // namespace

std::string TodayText(const features::Deps& deps) {
  return core::FormatIsoDate(auth::Today(deps.clock, deps.tenant.zone));
}

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = ExemplarsStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) {
      return Fail(ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) +
                                            "\"; search for it on the schools page.");
    }
    return auth::Resource{(*school)->local_district_id, (*school)->id, 0, false};
  };
}

core::Result<Found> FindExemplar(const features::Deps& deps, ExemplarsStore& store, const http::Request& request) {
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) return Fail(NoExemplar(request.Param("id")));
  auto record = store.Load(*id);
  if (!record) return std::unexpected(record.error());
  if (!*record) return Fail(NoExemplar(request.Param("id")));
  auto reviews = store.Reviews(*id);
  if (!reviews) return std::unexpected(reviews.error());
  Found found{std::move(**record), std::move(*reviews), {}};
  if (const auto* who = request.principal ? &*request.principal : nullptr) {
    auto& v = found.viewer;
    v.person_id = who->person_id;
    v.staff = auth::HoldsDistrictWide(*who, {auth::Role::kDirector, auth::Role::kCoordinator, auth::Role::kSpecialist},
                                      auth::Today(deps.clock, deps.tenant.zone));
    v.author = found.record.IsAuthor(who->person_id);
    v.may_edit = v.author || features::Allows(deps, *who, "exemplars.package",
                                              auth::Resource{found.record.school.local_district_id,
                                                             found.record.school.id, 0, false});
    v.reviewer = std::ranges::any_of(found.reviews, [&](const ReviewRecord& r) { return r.reviewer.id == who->person_id; });
  }
  if (!Public(found.record.status) && !found.viewer.Insider()) return Fail(NoExemplar(request.Param("id")));
  return found;
}

}  // namespace practica::exemplars
