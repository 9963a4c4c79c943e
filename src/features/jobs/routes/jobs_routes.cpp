#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "auth/audit_log.hpp"
#include "core/plural.hpp"
#include "features/kit/change.hpp"
#include "features/jobs/routes/register.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "jobs/job_list.hpp"

namespace practica::jobs_page {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

constexpr std::array<jobs::JobState, 4> kStates = {jobs::JobState::kQueued, jobs::JobState::kRunning,
                                                   jobs::JobState::kFailed, jobs::JobState::kDone};

core::Result<jobs::JobFilter> ReadFilter(const Request& request) {
  jobs::JobFilter filter;
  const std::string state(request.Query("state").value_or(""));
  if (!state.empty()) {
    filter.state = jobs::ParseJobState(state);
    if (!filter.state) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The state \"" + state + "\" is not one of queued, running, done or failed.",
                        {}, "state");
    }
  }
  filter.kind = std::string(request.Query("kind").value_or(""));
  auto limit = features::IntParam(request, "limit", 1, 1000);
  if (!limit) return std::unexpected(limit.error());
  if (*limit) filter.limit = static_cast<int>(**limit);
  return filter;
}

std::string When(const Deps& deps, std::optional<std::int64_t> at) {
  return at ? core::FormatLongDateTime(deps.tenant.zone.ToLocal(*at)) : "";
}

json::object JobJson(const Deps& deps, const jobs::JobRow& job) {
  const auto& zone = deps.tenant.zone;
  auto iso = [&](std::optional<std::int64_t> at) -> json::value {
    return at ? json::value(zone.FormatIso(*at)) : json::value(nullptr);
  };
  const bool failed = job.state == jobs::JobState::kFailed;
  return json::object{
      {"id", job.id}, {"kind", job.kind}, {"dedupe_key", job.dedupe_key},
      {"state", jobs::JobStateName(job.state)}, {"failed", failed},
      {"attempts", job.attempts}, {"max_attempts", job.max_attempts},
      {"progress_done", job.progress_done}, {"progress_total", job.progress_total},
      {"has_progress", job.progress_total > 0}, {"last_error", job.last_error},
      {"locked_by", job.locked_by}, {"run_after", iso(job.run_after)},
      {"run_after_label", When(deps, job.run_after)}, {"created_at", iso(job.created_at)},
      {"started_at", iso(job.started_at)}, {"finished_at", iso(job.finished_at)},
      {"finished_label", When(deps, job.finished_at)}};
}

core::Result<json::object> Listing(const Deps& deps, const Request& request) {
  auto filter = ReadFilter(request);
  if (!filter) return std::unexpected(filter.error());
  auto db = deps.database.Acquire();
  auto rows = jobs::ListJobs(*db, deps.tenant.id, *filter);
  auto counts = rows ? jobs::CountByState(*db, deps.tenant.id) : std::unexpected(rows.error());
  if (!counts) return std::unexpected(counts.error());
  json::array items;
  for (const auto& row : *rows) items.emplace_back(JobJson(deps, row));
  json::object count_object;
  for (auto state : kStates) count_object[jobs::JobStateName(state)] = counts->at(state);
  return json::object{{"jobs", std::move(items)}, {"counts", std::move(count_object)}};
}

Response Page(const Deps& deps, const Request& request, std::string problem = {}, int status = 200) {
  auto data = Listing(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  auto db = deps.database.Acquire();
  auto kinds = jobs::Kinds(*db, deps.tenant.id);
  if (!kinds) return features::Failure(request, kinds.error(), deps.views);
  const std::string state(request.Query("state").value_or(""));
  const std::string kind(request.Query("kind").value_or(""));
  json::array state_options, kind_options, tiles;
  for (auto s : kStates) {
    const std::string name(jobs::JobStateName(s));
    state_options.emplace_back(json::object{{"value", name}, {"selected", name == state}});
    const auto& count = (*data)["counts"].as_object()[name];
    tiles.emplace_back(json::object{{"state", name}, {"count", count},
                                    {"count_text", core::Counted(count.is_int64() ? count.as_int64() : 0, "job", "jobs")},
                                    {"url", "/jobs?state=" + name}});
  }
  for (const auto& k : *kinds) kind_options.emplace_back(json::object{{"value", k}, {"selected", k == kind}});
  (*data)["state_options"] = std::move(state_options);
  (*data)["kind_options"] = std::move(kind_options);
  (*data)["tiles"] = std::move(tiles);
  (*data)["csrf_token"] = request.principal->csrf_token;
  (*data)["can_retry"] = true;
  if (!problem.empty()) (*data)["problem"] = problem;
  return deps.views.Page(request, "jobs/jobs", "Jobs", std::move(*data), "people", status);
}

// Queues a failed job again and writes the audit entry, in one transaction.
core::Result<jobs::JobRow> Retry(const Deps& deps, const Request& request) {
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no job " + std::string(request.Param("id")) + ".");
  }
  return features::RunChange(deps, request, "jobs.manage", [&](db::Connection& db) -> core::Result<features::Changed<jobs::JobRow>> {
    auto job = jobs::RetryNow(db, deps.tenant.id, *id, deps.clock.NowUtcSeconds());
    if (!job) return std::unexpected(job.error());
    auth::AuditEntry entry;
    entry.record_type = "job";
    entry.record_id = std::to_string(*id);
    entry.reason = "retried a failed " + job->kind + " job";
    return features::Changed<jobs::JobRow>{std::move(*job), {std::move(entry)}, {}};
  });
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
           http::Route{Method::kGet, "/jobs", "jobs.read", Surface::kPage,
                       [&deps](const Request& r) { return Page(deps, r); }},
           http::Route{Method::kPost, "/jobs/{id}/retry", "jobs.manage", Surface::kPage,
                       [&deps](const Request& r) {
                         auto job = Retry(deps, r);
                         if (job) return http::Redirect("/jobs");
                         if (job.error().code != core::ErrorCode::kConflict) {
                           return features::Failure(r, job.error(), deps.views);
                         }
                         return Page(deps, r, job.error().message, 409);
                       }},
           http::Route{Method::kGet, "/api/v1/jobs", "jobs.read", Surface::kApi,
                       [&deps](const Request& r) {
                         auto data = Listing(deps, r);
                         if (!data) return features::Failure(r, data.error(), deps.views);
                         return features::Json(*data);
                       }},
           http::Route{Method::kPost, "/api/v1/jobs/{id}/retry", "jobs.manage", Surface::kApi,
                       [&deps](const Request& r) {
                         auto job = Retry(deps, r);
                         if (!job) return features::Failure(r, job.error(), deps.views);
                         return features::Json(JobJson(deps, *job));
                       }},
  });
}

}  // namespace practica::jobs_page
