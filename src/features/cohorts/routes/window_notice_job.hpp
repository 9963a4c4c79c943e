// Telling the waiting addresses when a cohort's application window opens, from the job queue:
// each wake of a runner queues one job per open window, keyed so that however many servers
// wake it runs once, and the job claims the addresses in batches as the queue claims jobs.
#pragma once

#include <string>
#include <string_view>

#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "jobs/runner.hpp"

namespace practica::cohorts {

inline constexpr std::string_view kWindowNoticesJob = "window_notices.send";

// Queues a job for each cohort whose application window is open at `now` (on `connection`,
// committed at once). Database errors as Enqueue reports them.
[[nodiscard]] core::Result<void> QueueOpenedWindows(db::Connection& connection, std::int64_t district_id,
                                                    std::int64_t now);

// Queues one e-mail to every address not stopped and not yet told of the job's cohort, marking
// each told in the same transaction. A cohort whose window is no longer open is left alone.
// kInvalidInput for a payload that names no cohort.
jobs::Handler WindowNoticesHandler(const features::Tenant& tenant, std::string public_url);

}  // namespace practica::cohorts
