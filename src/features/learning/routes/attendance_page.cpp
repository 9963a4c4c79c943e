// Attendance for one day of an offering, /learning/{slug}/days/{day}/attendance: every seated
// attendee of a registered team or teacher, grouped by who registered, with a box to tick.
#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// The day the path's {day} names; kNotFound when the offering has no such day.
core::Result<const Day*> DayOfPath(const Offering& offering, const Request& request) {
  auto number = core::ParseInt(request.Param("day"), 1, 20);
  const Day* day = number ? offering.FindDay(static_cast<int>(*number)) : nullptr;
  if (day == nullptr) {
    return std::unexpected(core::Error{
        ErrorCode::kNotFound,
        offering.title + " has no day " + std::string(request.Param("day")) + ".", {}, "day"});
  }
  return day;
}

// The people to mark, grouped by the school or teacher that registered them, and how many of
// them are marked present.
struct Roll {
  json::array groups;
  int seated = 0;
  int present = 0;
};

Roll RollOf(const std::vector<Registration>& registrations,
            const std::map<std::int64_t, bool>& marks) {
  Roll roll;
  for (const auto& r : registrations) {
    if (r.state != State::kRegistered) continue;  // the waiting list holds no seat
    json::array people;
    for (const auto& person : r.attendees) {
      auto mark = marks.find(person.id);
      const bool present = mark != marks.end() && mark->second;
      ++roll.seated;
      roll.present += present ? 1 : 0;
      people.push_back(json::object{{"id", person.id}, {"name", person.name}, {"present", present}});
    }
    roll.groups.push_back(json::object{
        {"who", r.school ? r.school->name : (r.teacher ? r.teacher->name : "")},
        {"people", std::move(people)}});
  }
  return roll;
}

json::object AttendanceModel(const Deps& deps, const Request& request, const Offering& offering,
                             const Day& day, Roll roll) {
  auto model = DayJson(day, deps.tenant.zone);
  model["day"] = day.number;
  model["title"] = offering.title;
  model["offering_url"] = "/learning/" + offering.slug;
  model["action"] = "/learning/" + offering.slug + "/days/" + std::to_string(day.number) +
                    "/attendance";
  model["csrf_token"] = CsrfToken(request);
  model["has_groups"] = !roll.groups.empty();
  model["saved"] = request.Query("saved").has_value();
  model["present"] = roll.present;
  model["seated"] = roll.seated;
  model["groups"] = std::move(roll.groups);
  return model;
}

}  // namespace

Response AttendancePage(const Deps& deps, const Request& request, const json::object& typed,
                        int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto day = DayOfPath(*offering, request);
  if (!day) return features::Failure(request, day.error(), deps.views);
  auto registrations = store.Registrations(offering->id);
  if (!registrations) return features::Failure(request, registrations.error(), deps.views);
  auto marks = store.DayMarks(offering->id, (*day)->number);
  if (!marks) return features::Failure(request, marks.error(), deps.views);
  auto model = AttendanceModel(deps, request, *offering, **day, RollOf(*registrations, *marks));
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "learning/attendance",
                         "Attendance: " + offering->title + ", day " + std::to_string((*day)->number),
                         std::move(model), "learning", status);
}

}  // namespace practica::learning
