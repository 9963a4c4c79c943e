#include "features/learning/routes/pages.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <set>

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;
using http::Response;

namespace {

const auth::Resource kAnySchool{0, 0, 0, true};

std::string Csrf(const Request& request) {
  return request.principal ? request.principal->csrf_token : "";
}

bool MayTakeAttendance(const Deps& deps, const Request& request) {
  return request.principal &&
         features::Allows(deps, *request.principal, "learning.attendance", kAnySchool);
}

json::object DayJson(const Day& day, const core::TimeZone& zone) {
  const auto start = zone.ToLocal(day.starts_at);
  const auto end = zone.ToLocal(day.ends_at);
  return json::object{{"number", day.number},
                      {"date", core::FormatLongDate(start.date)},
                      {"start", core::FormatClock(start.hour, start.minute)},
                      {"end", core::FormatClock(end.hour, end.minute)},
                      {"starts_iso", zone.FormatIso(day.starts_at)}};
}

// A school's registration in words: registered or on the waiting list until the session ends,
// then what happened (Judge), so a session years past never reads "Registered".
core::Result<Outcome> RegistrationOutcome(LearningStore& store, const Offering& offering,
                                          const Registration& r, std::int64_t now) {
  if (now < offering.EndsAt()) return r.state == State::kRegistered ? Outcome::kUpcoming : Outcome::kWaitlisted;
  auto marks = store.MarksOf(r.id);
  if (!marks) return std::unexpected(marks.error());
  return Judge(offering, r.state, *marks, now);
}

// What the offering's page and API show this person.
core::Result<json::object> OfferingModel(const Deps& deps, LearningStore& store,
                                         const Request& request, const Offering& offering) {
  const auto now = deps.clock.NowUtcSeconds();
  const auto& zone = deps.tenant.zone;
  auto seats = store.SeatsOf(offering);
  if (!seats) return std::unexpected(seats.error());
  auto model = OfferingJson(offering, zone);
  model["seats"] = SeatsJson(*seats);
  // A cancelled session takes no registrations: every form below reads `open`.
  const bool open = !offering.Cancelled() && now < offering.registration_closes_at;
  model["open"] = open;
  model["closes"] = core::FormatLongDateTime(zone.ToLocal(offering.registration_closes_at));
  model["zone"] = zone.name();
  model["format"] = InfoOf(offering.kind).format;
  model["audience_text"] = AudienceText(offering);
  model["ics_url"] = "/learning/" + offering.slug + "/calendar.ics";
  model["csrf_token"] = Csrf(request);
  const std::string base = "/learning/" + offering.slug;
  json::array days;
  for (const auto& day : offering.days) {
    auto d = DayJson(day, zone);
    d["attendance_url"] = base + "/days/" + std::to_string(day.number) + "/attendance";
    days.push_back(std::move(d));
  }
  model["days"] = std::move(days);
  std::string cohort_slug;
  if (offering.cohort_id) {
    auto cohort = store.CohortById(*offering.cohort_id);
    if (!cohort) return std::unexpected(cohort.error());
    if (*cohort) {
      model["cohort_name"] = (*cohort)->Label();
      cohort_slug = (*cohort)->slug;
    }
  }

  // The schools whose team this person registers: principal or team member in the cohort.
  json::array schools;
  if (offering.audience == Audience::kTeam && offering.cohort_id && request.principal) {
    auto mine = store.SchoolsOf(*offering.cohort_id, Me(request), auth::Today(deps.clock, deps.tenant.zone));
    if (!mine) return std::unexpected(mine.error());
    for (const auto& school : *mine) {
      auto team = store.TeamOf(*offering.cohort_id, school.id);
      if (!team) return std::unexpected(team.error());
      auto registration = store.ForSchool(offering.id, school.id);
      if (!registration) return std::unexpected(registration.error());
      const std::string school_base = base + "/schools/" + school.slug + "/registration";
      json::object s{{"slug", school.slug},
                     {"name", school.name},
                     {"team_size", offering.team_size},
                     {"open", open},
                     {"register_url", school_base},
                     {"csrf_token", Csrf(request)},
                     {"team_url", "/cohorts/" + cohort_slug +
                                      "/schools/" + school.slug + "/participation"}};
      if (*registration) {
        const auto& r = **registration;
        auto outcome = RegistrationOutcome(store, offering, r, now);
        if (!outcome) return std::unexpected(outcome.error());
        std::set<std::int64_t> seated;
        json::array attendees;
        for (const auto& person : r.attendees) {
          seated.insert(person.id);
          attendees.push_back(json::object{{"id", person.id}, {"name", person.name}});
        }
        json::array others;
        for (const auto& person : *team) {
          if (!seated.contains(person.id)) {
            others.push_back(json::object{{"id", person.id}, {"name", person.name}});
          }
        }
        s["registration"] = json::object{
            {"state", StateCode(r.state)},
            {"state_label", OutcomeLabel(*outcome)},
            {"outcome", OutcomeCode(*outcome)},
            {"waitlisted", r.state == State::kWaitlisted},
            {"team_size", offering.team_size},
            {"attendees", std::move(attendees)},
            {"others", others},
            {"name", school.name},
            {"slug", school.slug},
            {"may_change", !offering.Cancelled() && now < offering.EndsAt() && !others.empty()},
            {"swap_url", school_base + "/swap"},
            {"cancel_url", school_base + "/cancel"},
            {"csrf_token", Csrf(request)}};
      } else {
        json::array members;
        int index = 0;
        for (const auto& person : *team) {
          members.push_back(json::object{
              {"id", person.id}, {"name", person.name}, {"checked", index++ < offering.team_size}});
        }
        s["team"] = std::move(members);
      }
      schools.push_back(std::move(s));
    }
  }
  model["schools"] = std::move(schools);

  if (offering.audience == Audience::kIndividual && request.principal) {
    auto mine = store.ForTeacher(offering.id, Me(request));
    if (!mine) return std::unexpected(mine.error());
    json::object individual{{"open", open},
                            {"cancelled", offering.Cancelled()},
                            {"enrol_url", base + "/enrolment"},
                            {"unenrol_url", base + "/enrolment/cancel"},
                            {"csrf_token", Csrf(request)}};
    if (*mine) {
      individual["mine"] = json::object{
          {"state", StateCode((*mine)->state)},
          {"state_label", (*mine)->state == State::kRegistered ? "Enrolled" : "Waiting list"},
          {"waitlisted", (*mine)->state == State::kWaitlisted},
          {"unenrol_url", base + "/enrolment/cancel"},
          {"csrf_token", Csrf(request)}};
    }
    model["individual"] = std::move(individual);
  }

  if (MayTakeAttendance(deps, request)) {
    auto registrations = store.Registrations(offering.id);
    if (!registrations) return std::unexpected(registrations.error());
    json::array rows;
    int position = 0;
    for (const auto& r : *registrations) {
      auto row = RegistrationJson(r);
      row["position"] = ++position;
      row["who"] = r.school ? r.school->name : (r.teacher ? r.teacher->name : "");
      auto outcome = RegistrationOutcome(store, offering, r, now);
      if (!outcome) return std::unexpected(outcome.error());
      row["state_label"] = OutcomeLabel(*outcome);
      row["outcome"] = OutcomeCode(*outcome);
      rows.push_back(std::move(row));
    }
    model["has_registrations"] = !rows.empty();
    model["registrations"] = std::move(rows);
    model["may_take_attendance"] = !offering.Cancelled();
    model["may_see_registrations"] = true;
  }
  if (request.principal &&
      features::Allows(deps, *request.principal, "learning.manage", kAnySchool)) {
    model["may_manage"] = !offering.Cancelled();
    model["may_cancel"] = !offering.Cancelled() && now < offering.EndsAt();
    model["edit_url"] = base + "/edit";
    model["cancel_url"] = base + "/cancel";
  }
  if (offering.Cancelled()) {
    model["cancelled_on"] = core::FormatLongDate(zone.ToLocal(*offering.cancelled_at).date);
  }
  return model;
}

}  // namespace

Response OfferingPage(const Deps& deps, const Request& request, const json::object& typed,
                      int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto model = OfferingModel(deps, store, request, *offering);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : typed) (*model)[key] = value;
  const std::string title = offering->title;
  return deps.views.Page(request, "learning/offering", title, std::move(*model), "learning",
                         status);
}

Response OfferingApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto model = OfferingModel(deps, store, request, *offering);
  if (!model) return features::Failure(request, model.error(), deps.views);
  json::object answer = OfferingJson(*offering, deps.tenant.zone);
  answer["seats"] = (*model)["seats"];
  answer["open"] = (*model)["open"];
  if (auto* rows = model->if_contains("registrations")) {
    for (auto& row : rows->as_array()) {
      auto& o = row.as_object();
      o.erase("who");
      o.erase("state_label");
    }
    answer["registrations"] = *rows;
  }
  return features::Json(answer);
}

Response AttendancePage(const Deps& deps, const Request& request, const json::object& typed,
                        int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto number = core::ParseInt(request.Param("day"), 1, 20);
  const Day* day = number ? offering->FindDay(static_cast<int>(*number)) : nullptr;
  if (day == nullptr) {
    return features::Failure(request,
                             core::Error{ErrorCode::kNotFound,
                                         offering->title + " has no day " +
                                             std::string(request.Param("day")) + ".",
                                         {}, "day"},
                             deps.views);
  }
  auto registrations = store.Registrations(offering->id);
  if (!registrations) return features::Failure(request, registrations.error(), deps.views);
  auto marks = store.DayMarks(offering->id, day->number);
  if (!marks) return features::Failure(request, marks.error(), deps.views);
  json::array groups;
  int seated = 0;
  int present = 0;
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered) continue;
    json::array people;
    for (const auto& person : r.attendees) {
      auto mark = marks->find(person.id);
      ++seated;
      present += mark != marks->end() && mark->second ? 1 : 0;
      people.push_back(json::object{{"id", person.id},
                                    {"name", person.name},
                                    {"present", mark != marks->end() && mark->second}});
    }
    groups.push_back(json::object{
        {"who", r.school ? r.school->name : (r.teacher ? r.teacher->name : "")},
        {"people", std::move(people)}});
  }
  auto model = DayJson(*day, deps.tenant.zone);
  model["day"] = day->number;
  model["title"] = offering->title;
  model["offering_url"] = "/learning/" + offering->slug;
  model["action"] = "/learning/" + offering->slug + "/days/" + std::to_string(day->number) +
                    "/attendance";
  model["csrf_token"] = Csrf(request);
  model["has_groups"] = !groups.empty();
  model["saved"] = request.Query("saved").has_value();
  model["present"] = present;
  model["seated"] = seated;
  model["groups"] = std::move(groups);
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "learning/attendance",
                         "Attendance: " + offering->title + ", day " + std::to_string(day->number),
                         std::move(model), "learning", status);
}

namespace {

core::Result<json::object> ProgressModel(const Deps& deps, LearningStore& store,
                                         const Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound,
                "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  }
  auto offerings = store.List(OfferingFilter{(*cohort)->id, false, 0});
  if (!offerings) return std::unexpected(offerings.error());
  std::erase_if(*offerings, [](const Offering& o) { return o.audience != Audience::kTeam; });
  auto roster = store.Roster((*cohort)->id);
  if (!roster) return std::unexpected(roster.error());
  const auto scope = features::ScopeOf(deps, *request.principal, "learning.progress");
  const auto now = deps.clock.NowUtcSeconds();
  json::array columns;
  int team_size = 3;
  for (const auto& offering : *offerings) {
    team_size = offering.team_size;
    json::object column{{"slug", offering.slug},
                        {"title", offering.title},
                        {"url", "/learning/" + offering.slug}};
    column["commitment_number"] = offering.commitment_number
                                      ? json::value(*offering.commitment_number)
                                      : json::value(nullptr);
    columns.push_back(std::move(column));
  }
  // Per offering: its registrations by school and their marks, each read once.
  std::vector<std::map<std::int64_t, Registration>> by_school(offerings->size());
  std::vector<std::map<std::int64_t, Marks>> marks(offerings->size());
  for (std::size_t i = 0; i < offerings->size(); ++i) {
    auto registrations = store.Registrations((*offerings)[i].id);
    if (!registrations) return std::unexpected(registrations.error());
    for (auto& r : *registrations) {
      if (r.school) by_school[i][r.school->id] = std::move(r);
    }
    auto found = store.MarksByRegistration((*offerings)[i].id);
    if (!found) return std::unexpected(found.error());
    marks[i] = std::move(*found);
  }
  std::vector<int> attended(offerings->size(), 0);
  json::array schools;
  const Marks none;
  for (const auto& school : *roster) {
    if (!scope.Includes(school.id, school.local_district_id)) continue;
    json::array cells;
    for (std::size_t i = 0; i < offerings->size(); ++i) {
      const auto& offering = (*offerings)[i];
      auto registration = by_school[i].find(school.id);
      std::optional<State> state;
      const Marks* school_marks = &none;
      if (registration != by_school[i].end()) {
        state = registration->second.state;
        auto found = marks[i].find(registration->second.id);
        if (found != marks[i].end()) school_marks = &found->second;
      }
      const auto outcome = Judge(offering, state, *school_marks, now);
      if (outcome == Outcome::kAttended) ++attended[i];
      cells.push_back(json::object{{"offering", offering.slug},
                                   {"code", OutcomeCode(outcome)},
                                   {"label", OutcomeLabel(outcome)}});
    }
    schools.push_back(json::object{
        {"slug", school.slug}, {"name", school.name}, {"cells", std::move(cells)}});
  }
  json::array totals;
  for (std::size_t i = 0; i < offerings->size(); ++i) {
    totals.push_back(json::object{{"title", (*offerings)[i].title},
                                  {"attended", attended[i]},
                                  {"of", static_cast<std::int64_t>(schools.size())}});
  }
  return json::object{{"cohort", (*cohort)->slug},
                      {"cohort_name", (*cohort)->Label()},
                      {"cohort_url", "/cohorts/" + (*cohort)->slug},
                      {"team_size", team_size},
                      {"columns", std::move(columns)},
                      {"totals", std::move(totals)},
                      {"has_schools", !schools.empty()},
                      {"schools", std::move(schools)}};
}

}  // namespace

Response ProgressPage(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto model = ProgressModel(deps, store, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  const std::string title = std::string((*model)["cohort_name"].as_string()) + ": sessions";
  return deps.views.Page(request, "learning/progress", title, std::move(*model), "learning");
}

Response ProgressApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto model = ProgressModel(deps, store, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const char* key : {"cohort_name", "cohort_url", "totals", "has_schools"}) model->erase(key);
  return features::Json(*model);
}

Response NewPage(const Deps& deps, const Request& request, const json::object& typed,
                 int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto cohorts = store.Cohorts();
  if (!cohorts) return features::Failure(request, cohorts.error(), deps.views);
  auto typed_text = [&](const std::string& key) {
    auto* value = typed.if_contains("typed_" + key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  json::array kinds;
  for (const auto& info : Kinds()) {
    kinds.push_back(json::object{{"code", info.code},
                                 {"name", info.name},
                                 {"selected", typed_text("kind") == info.code}});
  }
  json::array cohort_options;
  for (const auto& cohort : *cohorts) {
    cohort_options.push_back(json::object{{"slug", cohort.slug},
                                          {"name", cohort.Label()},
                                          {"selected", typed_text("cohort") == cohort.slug}});
  }
  json::array day_rows;
  for (int n = 1; n <= 4; ++n) {
    const std::string prefix = "day" + std::to_string(n) + "_";
    day_rows.push_back(json::object{{"n", n},
                                    {"optional", n > 1},
                                    {"date", typed_text(prefix + "date")},
                                    {"start", typed_text(prefix + "start")},
                                    {"end", typed_text(prefix + "end")}});
  }
  json::object model{{"kinds", std::move(kinds)},
                     {"cohorts", std::move(cohort_options)},
                     {"day_rows", std::move(day_rows)},
                     {"csrf_token", Csrf(request)}};
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "learning/new", "Plan a session", std::move(model), "learning",
                         status);
}

}  // namespace practica::learning
