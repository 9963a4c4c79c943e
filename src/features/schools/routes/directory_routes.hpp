// Importing the school directory (district directors and coordinators): upload a CSV, see its
// dry run (every problem with its row and column, what would be new, updated, unchanged or no
// longer in the file), map columns by hand, download the rejected rows, and apply it as a job.
#pragma once

#include <vector>

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::schools {

// The import's routes, ahead of /schools/{slug} (the router takes the first pattern that fits).
void AddDirectoryRoutes(std::vector<http::Route>& routes, const features::Deps& deps);

}  // namespace practica::schools
