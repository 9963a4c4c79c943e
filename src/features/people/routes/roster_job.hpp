// Applying a checked staff roster, as the job runner's "people.import" job
// (features/kit/sheet_import_job): the stored file checked again against the district as it is
// now (roster_check.hpp), its plan written a thousand changes to a transaction with the job's
// progress between them (a retried job plans again and finds what is already done unchanged).
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "jobs/runner.hpp"

namespace practica::people {

inline constexpr std::string_view kRosterJob = "people.import";

[[nodiscard]] core::Result<void> QueueRoster(db::Connection& db, std::int64_t district_id, std::int64_t import_id,
                                             std::int64_t person_id, std::int64_t now);

jobs::Handler RosterHandler(const features::Tenant& tenant);

}  // namespace practica::people
