// Cohort setup: /cohorts/{slug}/setup (program staff) and /api/v1/cohorts/{slug}/setup….
#include <boost/json/array.hpp>

#include "features/applications/domain/cohort_copy.hpp"
#include "features/applications/routes/page_kit.hpp"
#include "features/applications/routes/register.hpp"
#include "features/applications/routes/setup_changes.hpp"
#include "features/applications/routes/setup_json.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/cohorts/domain/window_notice.hpp"
#include "features/kit/respond.hpp"
#include "features/standards/domain/standard.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<json::object> LoadSetupJson(const Deps& deps, std::string_view slug) {
  auto db = deps.database.Acquire();
  auto cohort = LoadCohort(deps, *db, slug);
  if (!cohort) return std::unexpected(cohort.error());
  auto setup = SetupStore(*db, deps.tenant.id).Load(*cohort);
  if (!setup) return std::unexpected(setup.error());
  return SetupJson(*setup, deps.clock.NowUtcSeconds(), deps.tenant.zone);
}

std::string JoinTexts(const json::value& items) {
  std::string text;
  for (const auto& item : items.as_array()) {
    text += (text.empty() ? "" : "\n") + std::string(item.at("text").as_string());
  }
  return text;
}

std::string Text(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

// Each form field's value: what was just typed into a refused form, else what is stored.
json::object FormValues(const json::object& data) {
  const auto& window = data.at("applications").as_object();
  const json::object none;
  const auto& visits = data.at("site_visits").is_object() ? data.at("site_visits").as_object() : none;
  const auto& week = data.at("notification_week").is_object() ? data.at("notification_week").as_object() : none;
  const auto& agreement = data.at("agreement").is_object() ? data.at("agreement").as_object() : none;
  const std::string title = Text(agreement, "title");
  json::object form{{"questions", Text(data, "questions_text")}, {"criteria", Text(data, "criteria_text")},
                    {"opens_on", Text(window, "opens_on")},     {"opens_time", Text(window, "opens_time")},
                    {"closes_on", Text(window, "closes_on")},   {"closes_time", Text(window, "closes_time")},
                    {"site_visits_from", Text(visits, "from")}, {"site_visits_to", Text(visits, "to")},
                    {"notification_week_of", Text(week, "of")}, {"title", title.empty() ? "Intent to Participate" : title},
                    {"text", Text(agreement, "text")},
                    {"cohort_school_year", Text(data.at("cohort").as_object(), "school_year")},
                    {"school_year", NextSchoolYear(Text(data.at("cohort").as_object(), "school_year"))}};
  // The copy form has a title of its own, apart from the agreement's.
  const bool copying = data.contains("error_copy");
  for (const auto& [key, value] : data) {
    if (!key.starts_with("typed_")) continue;
    const std::string field(key.substr(6));
    form[copying && field == "title" ? "copy_title" : field] = value;
  }
  return form;
}

// "3 addresses wait to be told when PS 5.0's applications open.": the home page's requests.
core::Result<std::string> WindowNoticeLine(const Deps& deps, std::string_view slug) {
  auto db = deps.database.Acquire();
  auto cohort = LoadCohort(deps, *db, slug);
  if (!cohort) return std::unexpected(cohort.error());
  auto counts = SetupStore(*db, deps.tenant.id).WindowNoticeCounts(cohort->id);
  if (!counts) return std::unexpected(counts.error());
  return cohorts::NoticeCountLine(*cohort, deps.clock.NowUtcSeconds(), counts->first, counts->second);
}

Response SetupPage(const Deps& deps, const Request& request, json::object extra = {}, int status = 200) {
  auto data = LoadSetupJson(deps, request.Param("slug"));
  auto notices = data ? WindowNoticeLine(deps, request.Param("slug")) : std::unexpected(data.error());
  if (!notices) return features::Failure(request, notices.error(), deps.views);
  (*data)["window_notice_line"] = *notices;
  (*data)["questions_text"] = JoinTexts((*data)["questions"]);
  (*data)["criteria_text"] = JoinTexts((*data)["criteria"]);
  json::array standards;
  for (const auto& standard : standards::IsteStudentStandards()) {
    standards.emplace_back(json::object{{"value", standard.code}, {"label", standard.code + " " + standard.name}});
  }
  for (auto& [key, value] : extra) (*data)[key] = value;
  (*data)["form"] = FormValues(*data);
  // The focus standard chosen in a refused copy form stays chosen.
  const auto* typed = data->if_contains("typed_focus_standard");
  const std::string chosen = typed != nullptr && typed->is_string() ? std::string(typed->as_string()) : "";
  for (auto& option : standards) option.as_object()["selected"] = !chosen.empty() && option.at("value").as_string() == chosen;
  (*data)["standard_options"] = std::move(standards);
  (*data)["has_stale"] = !(*data)["still_names_old_cohort"].as_array().empty();
  (*data)["csrf_token"] = request.principal->csrf_token;
  const std::string title = "Set up " + std::string((*data)["cohort"].at("short_name").as_string());
  return deps.views.Page(request, "applications/setup", title, std::move(*data), "home", status);
}

using Change = core::Result<AuditNote> (*)(const Deps&, const Request&, const Fields&);

// A setup form: the change, then back to the setup page, or the page again with the message.
http::Handler PageForm(const Deps& deps, std::string_view form, Change change) {
  return [&deps, form = std::string(form), change](const Request& r) {
    const auto fields = FormFields(r);
    return AfterForm(deps, r, change(deps, r, fields), "/cohorts/" + std::string(r.Param("slug")) + "/setup#" + form,
                     form, fields, [&](json::object extra, int status) { return SetupPage(deps, r, std::move(extra), status); });
  };
}

Response ApiSetupAnswer(const Deps& deps, const Request& request, const core::Result<AuditNote>& done,
                        int status = 200) {
  if (!done) return features::Failure(request, done.error(), deps.views);
  auto data = LoadSetupJson(deps, request.Param("slug"));
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data, status);
}

// A JSON change: the body as fields (lists as lines), then the setup as it now is.
http::Handler ApiForm(const Deps& deps, Change change, int status = 200) {
  return [&deps, change, status](const Request& r) {
    auto body = JsonBody(r);
    if (!body) return features::Failure(r, body.error(), deps.views);
    auto fields = FlatFields(*body);
    for (const char* local : {"opens", "closes", "starts", "ends"}) {
      if (fields.contains(std::string(local) + "_at")) SplitLocal(fields[std::string(local) + "_at"], local, fields);
    }
    return ApiSetupAnswer(deps, r, change(deps, r, fields), status);
  };
}

std::vector<std::string> JsonLines(const json::object& body, std::string_view name) {
  std::vector<std::string> lines;
  if (const auto* items = body.if_contains(name); items != nullptr && items->is_array()) {
    for (const auto& item : items->as_array()) {
      if (item.is_string()) lines.emplace_back(item.as_string());
    }
  }
  return lines;
}

core::Result<AuditNote> QuestionsFromForm(const Deps& d, const Request& r, const Fields& f) {
  return SetQuestions(d, r, Lines(Get(f, "questions")));
}
core::Result<AuditNote> CriteriaFromForm(const Deps& d, const Request& r, const Fields& f) {
  return SetCriteria(d, r, Lines(Get(f, "criteria")));
}

// The setup page's forms: each posts, then goes back to the page (or shows it with the message).
Response RemoveQaPage(const Deps& deps, const Request& r) {
  return AfterForm(deps, r, RemoveQaSession(deps, r, IdParam(r, "id")),
                   "/cohorts/" + std::string(r.Param("slug")) + "/setup#qa", "qa", {},
                   [&](json::object extra, int status) { return SetupPage(deps, r, std::move(extra), status); });
}

// A copy of the cohort for the next year, whose setup page comes next.
Response CopyPage(const Deps& deps, const Request& r) {
  const auto fields = FormFields(r);
  auto done = CopyCohort(deps, r, fields);
  const std::string next = done ? "/cohorts/" + std::string(done->after.at("slug").as_string()) + "/setup" : "";
  return AfterForm(deps, r, done, next, "copy", fields, [&](json::object extra, int status) {
    return SetupPage(deps, r, std::move(extra), status);
  });
}

std::vector<http::Route> PageRoutes(const Deps& deps) {
  using http::Method;
  using http::Surface;
  return {
      {Method::kGet, "/cohorts/{slug}/setup", "cohorts.manage", Surface::kPage,
       [&deps](const Request& r) { return SetupPage(deps, r); }},
      {Method::kPost, "/cohorts/{slug}/setup/questions", "cohorts.manage", Surface::kPage,
       PageForm(deps, "questions", QuestionsFromForm)},
      {Method::kPost, "/cohorts/{slug}/setup/criteria", "cohorts.manage", Surface::kPage,
       PageForm(deps, "criteria", CriteriaFromForm)},
      {Method::kPost, "/cohorts/{slug}/setup/window", "cohorts.manage", Surface::kPage,
       PageForm(deps, "window", SetWindow)},
      {Method::kPost, "/cohorts/{slug}/setup/qa-sessions", "cohorts.manage", Surface::kPage,
       PageForm(deps, "qa", AddQaSession)},
      {Method::kPost, "/cohorts/{slug}/setup/qa-sessions/{id}/delete", "cohorts.manage", Surface::kPage,
       [&deps](const Request& r) { return RemoveQaPage(deps, r); }},
      {Method::kPost, "/cohorts/{slug}/setup/dates", "cohorts.manage", Surface::kPage,
       PageForm(deps, "dates", SetDates)},
      {Method::kPost, "/cohorts/{slug}/setup/school-year", "cohorts.manage", Surface::kPage,
       PageForm(deps, "year", SetSchoolYear)},
      {Method::kPost, "/cohorts/{slug}/setup/agreement", "cohorts.manage", Surface::kPage,
       PageForm(deps, "agreement", PublishAgreement)},
      {Method::kPost, "/cohorts/{slug}/copy", "cohorts.manage", Surface::kPage,
       [&deps](const Request& r) { return CopyPage(deps, r); }},
  };
}

Response SetupApi(const Deps& deps, const Request& r) {
  auto data = LoadSetupJson(deps, r.Param("slug"));
  if (!data) return features::Failure(r, data.error(), deps.views);
  return features::Json(*data);
}

// The questions (or the criteria) as a JSON list of lines, replacing those stored.
http::Handler ListApi(const Deps& deps, bool questions) {
  return [&deps, questions](const Request& r) {
    auto body = JsonBody(r);
    if (!body) return features::Failure(r, body.error(), deps.views);
    const auto lines = JsonLines(*body, questions ? "questions" : "criteria");
    return ApiSetupAnswer(deps, r, questions ? SetQuestions(deps, r, lines) : SetCriteria(deps, r, lines));
  };
}

Response CopyApi(const Deps& deps, const Request& r) {
  auto body = JsonBody(r);
  if (!body) return features::Failure(r, body.error(), deps.views);
  auto done = CopyCohort(deps, r, FlatFields(*body));
  if (!done) return features::Failure(r, done.error(), deps.views);
  auto data = LoadSetupJson(deps, done->after.at("slug").as_string());
  if (!data) return features::Failure(r, data.error(), deps.views);
  return features::Json(*data, 201);
}

std::vector<http::Route> ApiRoutes(const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string base = "/api/v1/cohorts/{slug}";
  return {
      {Method::kGet, base + "/setup", "cohorts.read", Surface::kApi,
       [&deps](const Request& r) { return SetupApi(deps, r); }},
      {Method::kPost, base + "/setup/questions", "cohorts.manage", Surface::kApi, ListApi(deps, true)},
      {Method::kPost, base + "/setup/criteria", "cohorts.manage", Surface::kApi, ListApi(deps, false)},
      {Method::kPost, base + "/setup/window", "cohorts.manage", Surface::kApi, ApiForm(deps, SetWindow)},
      {Method::kPost, base + "/setup/qa-sessions", "cohorts.manage", Surface::kApi,
       ApiForm(deps, AddQaSession, 201)},
      {Method::kPost, base + "/setup/qa-sessions/{id}/delete", "cohorts.manage", Surface::kApi,
       [&deps](const Request& r) {
         return ApiSetupAnswer(deps, r, RemoveQaSession(deps, r, IdParam(r, "id")));
       }},
      {Method::kPost, base + "/setup/dates", "cohorts.manage", Surface::kApi, ApiForm(deps, SetDates)},
      {Method::kPost, base + "/setup/school-year", "cohorts.manage", Surface::kApi,
       ApiForm(deps, SetSchoolYear)},
      {Method::kPost, base + "/setup/agreement", "cohorts.manage", Surface::kApi,
       ApiForm(deps, PublishAgreement, 201)},
      {Method::kPost, base + "/copy", "cohorts.manage", Surface::kApi,
       [&deps](const Request& r) { return CopyApi(deps, r); }},
  };
}

}  // namespace

core::Result<void> RegisterSetupRoutes(http::Router& router, const Deps& deps) {
  for (auto& routes : {PageRoutes(deps), ApiRoutes(deps)}) {
    for (auto route : routes) {
      if (auto added = router.Add(std::move(route)); !added) return added;
    }
  }
  return {};
}

}  // namespace practica::applications
