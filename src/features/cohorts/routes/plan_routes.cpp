#include "features/cohorts/routes/plan_routes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <functional>

#include "features/kit/form_answer.hpp"
#include "features/kit/change.hpp"
#include "core/text.hpp"
#include "db/connection.hpp"
#include "features/cohorts/domain/plan.hpp"
#include "features/cohorts/routes/cohort_json.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/kit/fields.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::cohorts {
namespace json = boost::json;
using core::ErrorCode;
using features::Deps;
using features::Fields;
using http::Request;
using http::Response;

namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    lines.emplace_back(core::Trim(text.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

TimelineInput InputFrom(const Fields& fields) {
  return TimelineInput{features::Get(fields, "title"),    features::Get(fields, "on"),
                       features::Get(fields, "at"),       features::Get(fields, "until_on"),
                       features::Get(fields, "until_at"), features::Get(fields, "shown_as")};
}

json::object ItemJson(const TimelineItem& item, const core::TimeZone& zone) {
  return json::object{{"id", item.id},
                      {"title", item.title},
                      {"when", DescribeWhen(item, zone)},
                      {"shown_as", PrecisionCode(item.precision)}};
}

json::array GoalsJson(const std::vector<std::string>& goals) {
  json::array out;
  for (const auto& goal : goals) out.emplace_back(goal);
  return out;
}

// One change to the plan: the cohort locked in a transaction, the change, its audit entry.
// `change` answers what the audit says (before, after, reason) or why it is refused.
struct Audited {
  json::value before;
  json::value after;
  std::string reason;
};
using PlanChange = std::function<core::Result<Audited>(CohortsStore&, const Cohort&)>;

core::Result<void> Change(const Deps& deps, const Request& request, const PlanChange& change) {
  return features::RunChange(deps, request, "cohorts.manage", [&](db::Connection& db) -> core::Result<features::Changed<>> {
    CohortsStore store(db, deps.tenant.id);
    auto cohort = store.FindBySlug(request.Param("slug"));
    if (!cohort) return std::unexpected(cohort.error());
    if (!*cohort) {
      return core::Fail(ErrorCode::kNotFound,
                        "There is no cohort \"" + std::string(request.Param("slug")) + "\"; the cohorts are listed on the home page.");
    }
    auto done = change(store, **cohort);
    if (!done) return std::unexpected(done.error());
    auth::AuditEntry entry;
    entry.record_type = "cohort";
    entry.record_id = (*cohort)->slug;
    entry.before_json = json::serialize(done->before);
    entry.after_json = json::serialize(done->after);
    entry.reason = std::move(done->reason);
    return features::Changed<>{{}, {std::move(entry)}, {}};
  });
}

core::Error NoItem(std::string_view id) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no timeline item " + std::string(id) + " in this cohort; it may have been deleted.", {}, {}};
}

core::Result<std::int64_t> ItemId(const Request& request) {
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) return std::unexpected(NoItem(request.Param("id")));
  return *id;
}

const TimelineItem* FindItem(const Cohort& cohort, std::int64_t id) {
  for (const auto& item : cohort.timeline) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

core::Result<void> SaveGoals(const Deps& deps, const Request& request, const std::vector<std::string>& lines) {
  return Change(deps, request, [&](CohortsStore& store, const Cohort& cohort) -> core::Result<Audited> {
    auto goals = CheckGoals(lines);
    if (!goals) return std::unexpected(goals.error());
    if (auto saved = store.ReplaceGoals(cohort.id, *goals); !saved) return std::unexpected(saved.error());
    return Audited{GoalsJson(cohort.goals), GoalsJson(*goals),
                   "Goals of " + ShortName(cohort) + ": " + std::to_string(cohort.goals.size()) + " → " +
                       std::to_string(goals->size())};
  });
}

core::Result<void> SaveItem(const Deps& deps, const Request& request, const Fields& fields, bool adding) {
  return Change(deps, request, [&](CohortsStore& store, const Cohort& cohort) -> core::Result<Audited> {
    const auto& zone = deps.tenant.zone;
    auto item = ReadTimelineItem(InputFrom(fields), zone);
    if (!item) return std::unexpected(item.error());
    if (adding) {
      auto added = store.AddTimelineItem(cohort.id, *item);
      if (!added) return std::unexpected(added.error());
      return Audited{nullptr, ItemJson(*added, zone), "Timeline of " + ShortName(cohort) + ": added " + added->title};
    }
    auto id = ItemId(request);
    if (!id) return std::unexpected(id.error());
    const auto* before = FindItem(cohort, *id);
    if (before == nullptr) return std::unexpected(NoItem(request.Param("id")));
    item->id = *id;
    if (auto saved = store.UpdateTimelineItem(cohort.id, *item); !saved) return std::unexpected(saved.error());
    return Audited{ItemJson(*before, zone), ItemJson(*item, zone),
                   "Timeline of " + ShortName(cohort) + ": " + before->title + " (" + DescribeWhen(*before, zone) +
                       ") → " + item->title + " (" + DescribeWhen(*item, zone) + ")"};
  });
}

core::Result<void> DeleteItem(const Deps& deps, const Request& request) {
  return Change(deps, request, [&](CohortsStore& store, const Cohort& cohort) -> core::Result<Audited> {
    auto id = ItemId(request);
    if (!id) return std::unexpected(id.error());
    const auto* before = FindItem(cohort, *id);
    if (before == nullptr) return std::unexpected(NoItem(request.Param("id")));
    if (auto removed = store.DeleteTimelineItem(cohort.id, *id); !removed) return std::unexpected(removed.error());
    return Audited{ItemJson(*before, deps.tenant.zone), nullptr,
                   "Timeline of " + ShortName(cohort) + ": removed " + before->title};
  });
}

// The page; after a refused form, `typed` holds what was sent and which form it was.
Response PlanPage(const Deps& deps, const Request& request, const json::object& typed = {}, int status = 200) {
  auto db = deps.database.Acquire();
  auto cohort = CohortsStore(*db, deps.tenant.id).FindBySlug(request.Param("slug"));
  if (!cohort) return features::Failure(request, cohort.error(), deps.views);
  if (!*cohort) {
    return features::Failure(request,
                             core::Error{ErrorCode::kNotFound, "There is no cohort \"" + std::string(request.Param("slug")) + "\".", {}, {}},
                             deps.views);
  }
  const auto& c = **cohort;
  const auto& zone = deps.tenant.zone;
  const std::string refused_form = typed.contains("form") ? std::string(typed.at("form").as_string()) : "";
  const auto typed_value = [&](const char* key) {
    const auto* value = typed.if_contains(std::string("typed_") + key);
    return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  const auto form_json = [&](const TimelineInput& in, const std::string& form) {
    const bool refused = form == refused_form;
    json::object f{{"title", refused ? typed_value("title") : in.title},
                   {"on", refused ? typed_value("on") : in.on},
                   {"at", refused ? typed_value("at") : in.at},
                   {"until_on", refused ? typed_value("until_on") : in.until_on},
                   {"until_at", refused ? typed_value("until_at") : in.until_at},
                   {"week", (refused ? typed_value("shown_as") : in.shown_as) == "week"},
                   {"refused", refused}};
    if (refused) {
      f["form_error"] = typed.at("error");
      f["error_on_" + std::string(typed.at("error_field").as_string())] = true;
    }
    return f;
  };
  json::array items;
  for (const auto& item : c.timeline) {
    auto row = form_json(TimelineFields(item, zone), "item-" + std::to_string(item.id));
    row["id"] = item.id;
    row["when"] = DescribeWhen(item, zone);
    row["stored_title"] = item.title;
    row["action"] = "/cohorts/" + c.slug + "/plan/timeline/" + std::to_string(item.id);
    items.emplace_back(std::move(row));
  }
  std::string goals_text;
  for (const auto& goal : c.goals) goals_text += (goals_text.empty() ? "" : "\n") + goal;
  const std::string saved(request.Query("saved").value_or(""));
  json::object model{{"slug", c.slug},
                     {"short_name", ShortName(c)},
                     {"url", "/cohorts/" + c.slug},
                     {"action", "/cohorts/" + c.slug + "/plan"},
                     {"csrf_token", request.principal ? request.principal->csrf_token : ""},
                     {"zone", zone.name()},
                     {"goals_text", refused_form == "goals" ? typed_value("goals") : goals_text},
                     {"goals_error", refused_form == "goals" ? typed.at("error") : json::value(nullptr)},
                     {"items", std::move(items)},
                     {"has_items", !c.timeline.empty()},
                     {"new_item", form_json(TimelineInput{}, "new")},
                     {"saved_goals", saved == "goals"},
                     {"saved_timeline", saved == "timeline"}};
  if (typed.contains("error")) model["error"] = typed.at("error");
  return deps.views.Page(request, "cohorts/plan", "Goals and timeline of " + ShortName(c), std::move(model), "home",
                         status);
}

// After a page form: back to the page at what was saved (a different URL, so the browser
// reloads), or the page again with the message and everything typed.
Response AfterForm(const Deps& deps, const Request& request, const core::Result<void>& done, const Fields& fields,
                   const std::string& form, const std::string& saved, const std::string& anchor) {
  if (done) return http::Redirect("/cohorts/" + std::string(request.Param("slug")) + "/plan?saved=" + saved + "#" + anchor);
  if (!features::ShownOnTheForm(done.error())) return features::Failure(request, done.error(), deps.views);
  auto typed = features::FormProblem(done.error(), "", fields);
  typed["form"] = form;
  return PlanPage(deps, request, typed, http::StatusOf(done.error().code));
}

Response ShowPage(const Deps& deps, const Request& request) { return PlanPage(deps, request); }

Response GoalsForm(const Deps& deps, const Request& request) {
  const auto fields = features::FormFields(request);
  return AfterForm(deps, request, SaveGoals(deps, request, Lines(features::Get(fields, "goals"))), fields, "goals",
                   "goals", "goals");
}

Response AddForm(const Deps& deps, const Request& request) {
  const auto fields = features::FormFields(request);
  return AfterForm(deps, request, SaveItem(deps, request, fields, true), fields, "new", "timeline", "timeline");
}

Response EditForm(const Deps& deps, const Request& request) {
  const auto fields = features::FormFields(request);
  const std::string form = "item-" + std::string(request.Param("id"));
  return AfterForm(deps, request, SaveItem(deps, request, fields, false), fields, form, "timeline", form);
}

Response DeleteForm(const Deps& deps, const Request& request) {
  return AfterForm(deps, request, DeleteItem(deps, request), {}, "timeline", "timeline", "timeline");
}

// The API answers the cohort as GET /api/v1/cohorts/{slug} does, goals and timeline included.
Response ApiAnswer(const Deps& deps, const Request& request, const core::Result<void>& done, int status = 200) {
  if (!done) return features::Failure(request, done.error(), deps.views);
  auto db = deps.database.Acquire();
  auto cohort = CohortsStore(*db, deps.tenant.id).FindBySlug(request.Param("slug"));
  if (!cohort) return features::Failure(request, cohort.error(), deps.views);
  return features::Json(CohortJson(**cohort, deps.clock.NowUtcSeconds(), deps.tenant.zone), status);
}

Response ApiGoals(const Deps& deps, const Request& request) {
  // {"goals": ["…", "…"]}, or the goals as one text of lines.
  boost::system::error_code ec;
  const auto body = json::parse(request.body, ec);
  const auto* goals = !ec && body.is_object() ? body.as_object().if_contains("goals") : nullptr;
  std::vector<std::string> lines;
  if (goals != nullptr && goals->is_array()) {
    for (const auto& goal : goals->as_array()) {
      if (goal.is_string()) lines.emplace_back(goal.as_string());
    }
  } else if (goals != nullptr && goals->is_string()) {
    lines = Lines(goals->as_string());
  } else {
    return features::Failure(request,
                             core::Error{ErrorCode::kInvalidInput,
                                         "Send {\"goals\": [\"…\", …]}: the cohort's goals, in order.", {}, "goals"},
                             deps.views);
  }
  return ApiAnswer(deps, request, SaveGoals(deps, request, lines));
}

Response ApiAdd(const Deps& deps, const Request& request) {
  auto fields = features::JsonFields(request);
  if (!fields) return features::Failure(request, fields.error(), deps.views);
  return ApiAnswer(deps, request, SaveItem(deps, request, *fields, true), 201);
}

Response ApiEdit(const Deps& deps, const Request& request) {
  auto fields = features::JsonFields(request);
  if (!fields) return features::Failure(request, fields.error(), deps.views);
  return ApiAnswer(deps, request, SaveItem(deps, request, *fields, false));
}

Response ApiDelete(const Deps& deps, const Request& request) { return ApiAnswer(deps, request, DeleteItem(deps, request)); }

}  // namespace

core::Result<void> RegisterPlanRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto bind = [&deps](features::RouteFunction fn) { return features::Bind(deps, fn); };
  const std::string page = "/cohorts/{slug}/plan";
  const std::string api = "/api/v1/cohorts/{slug}";
  return features::AddRoutes(router, {
           http::Route{Method::kGet, page, "cohorts.manage", Surface::kPage, bind(ShowPage)},
           http::Route{Method::kPost, page + "/goals", "cohorts.manage", Surface::kPage, bind(GoalsForm)},
           http::Route{Method::kPost, page + "/timeline", "cohorts.manage", Surface::kPage, bind(AddForm)},
           http::Route{Method::kPost, page + "/timeline/{id}", "cohorts.manage", Surface::kPage, bind(EditForm)},
           http::Route{Method::kPost, page + "/timeline/{id}/delete", "cohorts.manage", Surface::kPage, bind(DeleteForm)},
           http::Route{Method::kPost, api + "/goals", "cohorts.manage", Surface::kApi, bind(ApiGoals)},
           http::Route{Method::kPost, api + "/timeline", "cohorts.manage", Surface::kApi, bind(ApiAdd)},
           http::Route{Method::kPost, api + "/timeline/{id}", "cohorts.manage", Surface::kApi, bind(ApiEdit)},
           http::Route{Method::kPost, api + "/timeline/{id}/delete", "cohorts.manage", Surface::kApi, bind(ApiDelete)},
  });
}

}  // namespace practica::cohorts
