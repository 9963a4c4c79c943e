// Who asks, which visit the path names, and what a visit shows to whom.
#include <boost/json/array.hpp>

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/visits/routes/visits.hpp"

namespace practica::visits {
namespace json = boost::json;
using auth::Role;
using auth::ScopeKind;

namespace {

const std::vector<Role> kDistrictStaff = {Role::kDirector, Role::kCoordinator, Role::kSpecialist};

void AddOnce(std::vector<std::int64_t>& ids, std::int64_t id) {
  if (std::ranges::find(ids, id) == ids.end()) ids.push_back(id);
}

std::string Seats(int left) { return left == 1 ? "1 seat left" : std::to_string(left) + " seats left"; }

// Reflections are read by the host school and the visitors; everyone signed in sees who comes.
json::array VisitorsJson(const Visit& visit, bool sees_reflections) {
  json::array list;
  for (const auto& v : visit.visitors) {
    if (v.cancelled) continue;
    const bool reflected = !v.notes.empty() || !v.take_back.empty();
    const bool shown = sees_reflections;
    json::object item{{"person_id", v.person_id}, {"name", v.name}, {"from", v.from.empty() ? "District" : v.from},
                      {"attendance_known", v.attended.has_value()}, {"attended", v.attended.value_or(false)},
                      {"has_reflection", reflected && shown}};
    if (reflected && shown) {
      item["notes"] = v.notes;
      item["take_back"] = v.take_back;
    }
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace

core::LocalDate Today(const features::Deps& deps) { return auth::Today(deps.clock, deps.tenant.zone); }

std::string CsrfToken(const http::Request& request) { return request.principal ? request.principal->csrf_token : ""; }

Asker AskerFor(const auth::Principal& who, const core::LocalDate& today, const std::vector<std::int64_t>& staff_schools) {
  Asker asker;
  asker.person_id = who.person_id;
  asker.district_staff = auth::HoldsDistrictWide(who, kDistrictStaff, today);
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today) || grant.scope != ScopeKind::kSchool) continue;
    AddOnce(asker.belongs, grant.scope_id);
    if (grant.role == Role::kPrincipal || grant.role == Role::kTeamMember) AddOnce(asker.leads, grant.scope_id);
  }
  if (features::Holds(who, Role::kCoach, today)) asker.coaches = who.caseload_school_ids;
  for (auto id : staff_schools) AddOnce(asker.belongs, id);
  return asker;
}

core::Result<Asker> AskerOf(const features::Deps& deps, VisitsStore& store, const http::Request& request) {
  if (!request.principal) return Asker{};
  auto staff = store.SchoolsOf(request.principal->person_id);
  if (!staff) return std::unexpected(staff.error());
  return AskerFor(*request.principal, Today(deps), *staff);
}

core::Result<Visit> FindVisit(VisitsStore& store, const http::Request& request) {
  auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  auto found = id ? store.Load(*id) : core::Result<std::optional<Visit>>(std::nullopt);
  if (!found) return std::unexpected(found.error());
  if (!*found) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no visit " + std::string(request.Param("id")) + "; the visits to come are listed at /visits.");
  }
  return std::move(**found);
}

json::object VisitJson(const Visit& visit, const Asker& asker, const core::LocalDate& today) {
  const auto& p = visit.plan;
  const bool host = Hosts(asker, visit.school.id);
  const auto* mine = visit.Find(asker.person_id);
  const bool holds_seat = mine != nullptr && !mine->cancelled;
  const int left = std::max(0, p.capacity - visit.taken);
  const bool past = p.held_on < today;
  const bool may_sign_up = !holds_seat && !past && !OfSchool(asker, visit.school.id) && left > 0;
  json::object model{{"id", visit.id},
                     {"url", "/visits/" + std::to_string(visit.id)},
                     {"school", json::object{{"slug", visit.school.slug}, {"name", visit.school.name},
                                             {"visits_url", "/schools/" + visit.school.slug + "/visits"}}},
                     {"held_on", core::FormatIsoDate(p.held_on)},
                     {"held_on_text", core::FormatLongDate(p.held_on)},
                     {"starts", ClockText(p.starts_minute)},
                     {"ends", ClockText(p.ends_minute)},
                     {"time_text", TimeSpan(p.starts_minute, p.ends_minute)},
                     {"purpose", p.purpose},
                     {"look_fors", p.look_fors},
                     {"capacity", p.capacity},
                     {"taken", visit.taken},
                     {"seats_left", left},
                     {"seats_text", past ? "Held" : left == 0 ? "Full" : Seats(left)},
                     {"release_day", p.release_day},
                     {"illustrative", visit.illustrative},
                     {"past", past},
                     {"attendance_taken", visit.attendance_taken_at.has_value()},
                     {"host", host},
                     {"signed_up", holds_seat},
                     {"may_sign_up", may_sign_up},
                     {"may_cancel", holds_seat && today < p.held_on},
                     {"may_take_attendance", host && today >= p.held_on && !visit.SignedUp().empty()},
                     {"may_reflect", holds_seat && mine->attended.value_or(false)}};
  if (mine != nullptr && holds_seat) {
    model["my_notes"] = mine->notes;
    model["my_take_back"] = mine->take_back;
  }
  if (!visit.visitors.empty() || host) {
    auto visitors = VisitorsJson(visit, host || OfSchool(asker, visit.school.id) || mine != nullptr);
    model["has_visitors"] = !visitors.empty();
    model["visitors"] = std::move(visitors);
  }
  return model;
}

}  // namespace practica::visits
