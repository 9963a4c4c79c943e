#include "features/cohorts/routes/window_notice_job.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "auth/secrets.hpp"
#include "features/cohorts/domain/window_notice.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/cohorts/store/window_notices_store.hpp"
#include "jobs/queue.hpp"

namespace practica::cohorts {
namespace json = boost::json;

namespace {

// Addresses told per transaction: a crash loses at most one batch's work, never sends twice.
constexpr int kBatch = 100;

core::Result<std::string> CohortSlugOf(const std::string& payload) {
  boost::system::error_code ec;
  const auto value = json::parse(payload, ec);
  const auto* slug = !ec && value.is_object() ? value.as_object().if_contains("cohort") : nullptr;
  if (slug == nullptr || !slug->is_string() || slug->as_string().empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The window-notice job names no cohort.");
  }
  return std::string(slug->as_string());
}

struct Batch {
  int claimed = 0;  // 0: nobody is left to tell
  int told = 0;
};

// Tells one batch of waiting addresses.
core::Result<Batch> TellBatch(jobs::JobContext& job, const features::Tenant& tenant, const std::string& public_url,
                            const Cohort& cohort) {
  auto& connection = job.connection();
  const auto now = job.clock().NowUtcSeconds();
  auto transaction = db::Transaction::Begin(connection);
  if (!transaction) return std::unexpected(transaction.error());
  WindowNoticesStore store(connection, tenant.id);
  auto waiting = store.ClaimWaiting(cohort.id, kBatch);
  if (!waiting) return std::unexpected(waiting.error());
  int told = 0;
  for (const auto& request : *waiting) {
    const std::string token = auth::RandomToken();
    auto marked = store.MarkTold(request.id, cohort.id, auth::HashToken(token), now);
    if (!marked) return std::unexpected(marked.error());
    if (!*marked) continue;
    const auto mail = WindowOpenedMail(cohort, tenant.zone, public_url + "/cohorts/" + cohort.slug,
                                       public_url + "/window-notices/stop/" + token, tenant.name);
    auto queued = jobs::EnqueueMail(connection, tenant.id, {request.email, {}, mail.subject, mail.text},
                                    "window_notice:" + std::to_string(cohort.id) + ":" + std::to_string(request.id),
                                    now);
    if (!queued) return std::unexpected(queued.error());
    ++told;
  }
  if (auto committed = transaction->Commit(); !committed) return std::unexpected(committed.error());
  return Batch{static_cast<int>(waiting->size()), told};
}

}  // namespace

core::Result<void> QueueOpenedWindows(db::Connection& connection, std::int64_t district_id, std::int64_t now) {
  auto cohorts = CohortsStore(connection, district_id).List();
  if (!cohorts) return std::unexpected(cohorts.error());
  for (const auto& cohort : *cohorts) {
    if (!AnnouncesWindow(cohort, now)) continue;
    // The key names the opening instant too: a window moved later is a new opening, while the
    // addresses already told of this cohort stay told (window_notices_sent).
    const std::string key = std::string(kWindowNoticesJob) + ":" + std::to_string(cohort.id) + ":" +
                            std::to_string(*cohort.applications_open_at);
    jobs::NewJob job{std::string(kWindowNoticesJob), json::serialize(json::object{{"cohort", cohort.slug}}), key,
                     now, 5, now};
    if (auto added = jobs::Enqueue(connection, district_id, job); !added) return std::unexpected(added.error());
  }
  return {};
}

jobs::Handler WindowNoticesHandler(const features::Tenant& tenant, std::string public_url) {
  return [&tenant, public_url = std::move(public_url)](jobs::JobContext& job) -> core::Result<void> {
    auto slug = CohortSlugOf(job.payload());
    if (!slug) return std::unexpected(slug.error());
    auto cohort = CohortsStore(job.connection(), tenant.id).FindBySlug(*slug);
    if (!cohort) return std::unexpected(cohort.error());
    if (!*cohort || !AnnouncesWindow(**cohort, job.clock().NowUtcSeconds())) return {};
    std::int64_t total = 0;
    for (;;) {
      auto batch = TellBatch(job, tenant, public_url, **cohort);
      if (!batch) return std::unexpected(batch.error());
      if (batch->claimed == 0) break;
      total += batch->told;
      job.Progress(total, 0);
    }
    job.Progress(total, total);
    spdlog::info("window notices for {}: {} queued", ShortName(**cohort), total);
    return {};
  };
}

}  // namespace practica::cohorts
