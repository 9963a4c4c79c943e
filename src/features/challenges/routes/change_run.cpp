#include "features/challenges/routes/change_run.hpp"

#include <boost/json/serialize.hpp>

namespace practica::challenges {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

auth::AuditEntry ChallengeEntry(const Place& place, std::string record_type, std::string record_id,
                                const json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = std::move(record_type);
  entry.record_id = std::move(record_id);
  entry.school_id = place.school.id;
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

std::int64_t Who(const http::Request& request) { return request.principal ? request.principal->person_id : 0; }

core::Result<json::object> RunOnPlace(const features::Deps& deps, const http::Request& request,
                                      const features::Fields& fields, std::string_view action, bool needs_change,
                                      const ChangeBody& body) {
  return features::RunChange(deps, request, action,
                             [&](db::Connection& db) -> core::Result<features::Changed<json::object>> {
                               ChallengesStore store(db, deps.tenant.id);
                               auto place = FindPlace(deps, store, request);
                               if (!place) return std::unexpected(place.error());
                               if (needs_change && !place->reader.may_change) {
                                 return Fail(ErrorCode::kForbidden,
                                             "Only " + place->school.name +
                                                 "'s practitioner team and its coach change its design challenge.");
                               }
                               return body(deps, request, fields, store, *place);
                             });
}

core::Result<ChallengeRecord> ExistingChallenge(ChallengesStore& store, const Place& place, std::string_view first) {
  auto record = store.Load(place.cohort.id, place.school.id);
  if (!record) return std::unexpected(record.error());
  if (!*record) {
    return Fail(ErrorCode::kInvalidInput, "Write " + place.school.name + "'s " + std::string(first) + " first.");
  }
  return std::move(**record);
}

}  // namespace practica::challenges
