// The form that edits a planned session: every field filled with the session as it is, or with
// what was typed when the change was refused, so nothing typed is lost.
#include <boost/json/array.hpp>

#include <algorithm>
#include <cstdio>

#include "core/text.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// "08:00", as an <input type="time"> takes it.
std::string Clock24(const core::LocalDateTime& at) { return core::FormatClock24(at.hour, at.minute); }

// The session's own values under the names the form posts.
std::map<std::string, std::string> Stored(const Offering& o, const core::TimeZone& zone) {
  std::map<std::string, std::string> values{
      {"title", o.title},
      {"description", o.description},
      {"capacity", std::to_string(o.capacity)},
      {"location", o.location},
      {"join_url", o.join_url},
      {"commitment_number", o.commitment_number ? std::to_string(*o.commitment_number) : ""},
      // Closing when the session begins shows as empty, as the planning form sets it.
      {"registration_closes",
       o.registration_closes_at == o.StartsAt()
           ? ""
           : core::FormatIsoDate(zone.ToLocal(o.registration_closes_at).date)}};
  for (const auto& day : o.days) {
    const std::string prefix = "day" + std::to_string(day.number) + "_";
    const auto start = zone.ToLocal(day.starts_at);
    values[prefix + "date"] = core::FormatIsoDate(start.date);
    values[prefix + "start"] = Clock24(start);
    values[prefix + "end"] = Clock24(zone.ToLocal(day.ends_at));
  }
  return values;
}

}  // namespace

Response EditPage(const Deps& deps, const Request& request, const json::object& typed,
                  int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto seats = store.SeatsOf(*offering);
  if (!seats) return features::Failure(request, seats.error(), deps.views);
  const auto stored = Stored(*offering, deps.tenant.zone);
  const bool refused = typed.contains("error");
  auto value = [&](const std::string& key) {
    if (refused) {
      auto* typed_value = typed.if_contains("typed_" + key);
      return typed_value && typed_value->is_string() ? std::string(typed_value->as_string())
                                                     : std::string();
    }
    auto found = stored.find(key);
    return found == stored.end() ? std::string() : found->second;
  };
  json::object model{{"slug", offering->slug},
                     {"title", offering->title},
                     {"kind_name", InfoOf(offering->kind).name},
                     {"offering_url", "/learning/" + offering->slug},
                     {"action", "/learning/" + offering->slug + "/edit"},
                     {"csrf_token", request.principal ? request.principal->csrf_token : ""},
                     {"zone", deps.tenant.zone.name()},
                     {"seats", SeatsJson(*seats)},
                     {"cancelled", offering->Cancelled()},
                     {"cancel_reason", offering->cancel_reason},
                     {"over", deps.clock.NowUtcSeconds() >= offering->EndsAt()}};
  for (const char* key : {"title", "description", "capacity", "location", "join_url",
                          "commitment_number", "registration_closes"}) {
    model[std::string("value_") + key] = value(key);
  }
  json::array day_rows;
  const int rows = std::min(20, std::max(4, static_cast<int>(offering->days.size()) + 1));
  for (int n = 1; n <= rows; ++n) {
    const std::string prefix = "day" + std::to_string(n) + "_";
    day_rows.push_back(json::object{{"n", n},
                                    {"optional", n > 1},
                                    {"date", value(prefix + "date")},
                                    {"start", value(prefix + "start")},
                                    {"end", value(prefix + "end")}});
  }
  model["day_rows"] = std::move(day_rows);
  for (const auto& [key, item] : typed) model[key] = item;
  return deps.views.Page(request, "learning/edit", "Edit " + offering->title, std::move(model),
                         "learning", status);
}

}  // namespace practica::learning
