#include "features/learning/routes/offering_model.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/kit/access.hpp"
#include "features/learning/domain/attendance.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/team_registrations.hpp"

namespace practica::learning {
namespace json = boost::json;
using features::Deps;
using http::Request;

namespace {

const auth::Resource kAnySchool{0, 0, 0, true};

bool May(const Deps& deps, const Request& request, const char* action) {
  return request.principal && features::Allows(deps, *request.principal, action, kAnySchool);
}

// The offering as everyone sees it: what it is, its seats, when registration closes, its days.
json::object OfferingBasics(const Deps& deps, const Request& request, const Offering& offering,
                            const Seats& seats, bool open) {
  const auto& zone = deps.tenant.zone;
  auto model = OfferingJson(offering, zone);
  model["seats"] = SeatsJson(seats);
  model["open"] = open;
  model["closes"] = core::FormatLongDateTime(zone.ToLocal(offering.registration_closes_at));
  model["zone"] = zone.name();
  model["format"] = InfoOf(offering.kind).format;
  model["audience_text"] = AudienceText(offering);
  model["ics_url"] = "/learning/" + offering.slug + "/calendar.ics";
  model["csrf_token"] = CsrfToken(request);
  json::array days;
  for (const auto& day : offering.days) {
    auto d = DayJson(day, zone);
    d["attendance_url"] =
        "/learning/" + offering.slug + "/days/" + std::to_string(day.number) + "/attendance";
    days.push_back(std::move(d));
  }
  model["days"] = std::move(days);
  return model;
}

// The offering's cohort, named on the page; its slug ("" for none) for the links to teams.
core::Result<std::string> AddCohort(LearningStore& store, const Offering& offering,
                                    json::object& model) {
  if (!offering.cohort_id) return std::string();
  auto cohort = store.CohortById(*offering.cohort_id);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return std::string();
  model["cohort_name"] = (*cohort)->Label();
  return (*cohort)->slug;
}

// A teacher's own enrolment in an offering open to any teacher, and the forms to change it.
core::Result<json::object> IndividualJson(LearningStore& store, const Request& request,
                                          const Offering& offering, bool open) {
  const std::string base = "/learning/" + offering.slug;
  auto mine = store.ForTeacher(offering.id, Me(request));
  if (!mine) return std::unexpected(mine.error());
  json::object individual{{"open", open},
                          {"cancelled", offering.Cancelled()},
                          {"enrol_url", base + "/enrolment"},
                          {"unenrol_url", base + "/enrolment/cancel"},
                          {"csrf_token", CsrfToken(request)}};
  if (*mine) {
    individual["mine"] = json::object{
        {"state", StateCode((*mine)->state)},
        {"state_label", (*mine)->state == State::kRegistered ? "Enrolled" : "Waiting list"},
        {"waitlisted", (*mine)->state == State::kWaitlisted},
        {"unenrol_url", base + "/enrolment/cancel"},
        {"csrf_token", CsrfToken(request)}};
  }
  return individual;
}

// Every live registration in line order, with what became of it, for the staff who take
// attendance. The marks are read once for all of them, and only once the session has ended.
core::Result<void> AddRegistrations(LearningStore& store, const Offering& offering,
                                    std::int64_t now, json::object& model) {
  auto registrations = store.Registrations(offering.id);
  if (!registrations) return std::unexpected(registrations.error());
  std::map<std::int64_t, Marks> marks;
  if (now >= offering.EndsAt() && !registrations->empty()) {
    auto found = store.MarksByRegistration(offering.id);
    if (!found) return std::unexpected(found.error());
    marks = std::move(*found);
  }
  json::array rows;
  int position = 0;
  for (const auto& r : *registrations) {
    auto row = RegistrationJson(r);
    row["position"] = ++position;
    row["who"] = r.school ? r.school->name : (r.teacher ? r.teacher->name : "");
    const auto outcome = RegistrationOutcome(offering, r.state, marks[r.id], now);
    row["state_label"] = OutcomeLabel(outcome);
    row["outcome"] = OutcomeCode(outcome);
    rows.push_back(std::move(row));
  }
  model["has_registrations"] = !rows.empty();
  model["registrations"] = std::move(rows);
  model["may_take_attendance"] = !offering.Cancelled();
  model["may_see_registrations"] = true;
  return {};
}

void AddManagement(const Offering& offering, std::int64_t now, json::object& model) {
  const std::string base = "/learning/" + offering.slug;
  model["may_manage"] = !offering.Cancelled();
  model["may_cancel"] = !offering.Cancelled() && now < offering.EndsAt();
  model["edit_url"] = base + "/edit";
  model["cancel_url"] = base + "/cancel";
}

}  // namespace

core::Result<json::object> OfferingModel(const Deps& deps, LearningStore& store,
                                         const Request& request, const Offering& offering) {
  const auto now = deps.clock.NowUtcSeconds();
  auto seats = store.SeatsOf(offering);
  if (!seats) return std::unexpected(seats.error());
  // A cancelled session takes no registrations: every form below reads `open`.
  const bool open = !offering.Cancelled() && now < offering.registration_closes_at;
  auto model = OfferingBasics(deps, request, offering, *seats, open);
  auto cohort_slug = AddCohort(store, offering, model);
  if (!cohort_slug) return std::unexpected(cohort_slug.error());
  auto schools = TeamRegistrationsJson(deps, store, request, offering,
                                       TeamForms{*cohort_slug, open, now});
  if (!schools) return std::unexpected(schools.error());
  model["schools"] = std::move(*schools);
  if (offering.audience == Audience::kIndividual && request.principal) {
    auto individual = IndividualJson(store, request, offering, open);
    if (!individual) return std::unexpected(individual.error());
    model["individual"] = std::move(*individual);
  }
  if (May(deps, request, "learning.attendance")) {
    if (auto added = AddRegistrations(store, offering, now, model); !added) {
      return std::unexpected(added.error());
    }
  }
  if (May(deps, request, "learning.manage")) AddManagement(offering, now, model);
  if (offering.Cancelled()) {
    model["cancelled_on"] = core::FormatLongDate(deps.tenant.zone.ToLocal(*offering.cancelled_at).date);
  }
  return model;
}

}  // namespace practica::learning
