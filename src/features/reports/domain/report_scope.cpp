#include "features/reports/domain/report_scope.hpp"

#include <algorithm>

namespace practica::reports {
namespace {

bool Oversees(const core::SchoolScope& scope, std::int64_t local_district_id) {
  return std::ranges::find(scope.local_district_ids, local_district_id) != scope.local_district_ids.end();
}

}  // namespace

bool MayRead(const core::SchoolScope& scope, std::optional<std::int64_t> local_district_id) {
  if (scope.everything) return true;
  return local_district_id && Oversees(scope, *local_district_id);
}

core::Result<std::optional<std::int64_t>> CoveredBy(const core::SchoolScope& scope,
                                                    std::optional<std::int64_t> requested) {
  if (scope.everything) return requested;
  if (requested) {
    if (Oversees(scope, *requested)) return requested;
    return core::Fail(core::ErrorCode::kForbidden,
                      "You can build reports of your own local district's schools only; choose your local district.", {},
                      "local_district");
  }
  if (scope.local_district_ids.size() == 1) return std::optional<std::int64_t>{scope.local_district_ids.front()};
  return core::Fail(core::ErrorCode::kForbidden,
                    scope.local_district_ids.empty()
                        ? "You oversee no local district, so there is no report for you to build."
                        : "You oversee several local districts; choose the one the report covers.",
                    {}, "local_district");
}

core::SchoolScope ReadScope(std::optional<std::int64_t> local_district_id) {
  core::SchoolScope scope;
  if (local_district_id) {
    scope.local_district_ids.push_back(*local_district_id);
  } else {
    scope.everything = true;
  }
  return scope;
}

}  // namespace practica::reports
