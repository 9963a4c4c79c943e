#include "features/applications/routes/target.hpp"

#include "features/applications/store/setup_store.hpp"

namespace practica::applications {

std::string Name(const Target& target) { return ApplicationName(target.school.name, target.setup.cohort); }

core::Result<Target> LoadTarget(const features::Deps& deps, db::Connection& db, const http::Request& request) {
  auto cohort = LoadCohort(deps, db, request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  auto school = LoadSchool(deps, db, request.Param("school"));
  if (!school) return std::unexpected(school.error());
  auto application = ApplicationsStore(db, deps.tenant.id).Find(cohort->id, *school);
  if (!application) return std::unexpected(application.error());
  if (!*application) return std::unexpected(NoApplication(*school, *cohort));
  auto setup = SetupStore(db, deps.tenant.id).Load(*cohort);
  if (!setup) return std::unexpected(setup.error());
  return Target{std::move(*setup), *school, std::move(**application)};
}

core::Result<AuditNote> OnApplication(
    const features::Deps& deps, const http::Request& request, std::string_view action,
    const std::function<core::Result<AuditNote>(db::Connection&, const Target&)>& change) {
  return Audited(deps, request, action, [&](db::Connection& db) -> core::Result<AuditNote> {
    auto target = LoadTarget(deps, db, request);
    if (!target) return std::unexpected(target.error());
    auto note = change(db, *target);
    if (note) {
      note->record_id = std::to_string(target->application.id);
      note->school_id = target->school.id;
    }
    return note;
  });
}

}  // namespace practica::applications
