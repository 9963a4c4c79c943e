// The jobs page's line on district staff's home pages: jobs that failed for good (an e-mail,
// a reminder run) wait for someone to look and retry.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::jobs_page {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::jobs_page
