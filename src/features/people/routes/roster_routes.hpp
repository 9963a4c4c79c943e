// Importing the staff roster (district directors and coordinators): upload a CSV or workbook of
// name, e-mail, school and role, see its dry run (every problem with its row and column, who
// would be new, updated, unchanged or no longer in the file), map columns by hand, download the
// rejected rows, and apply it as a job (features/kit/sheet_import_routes).
#pragma once

#include <vector>

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::people {

// The roster's routes, ahead of /people/{id} (the router takes the first pattern that fits).
void AddRosterRoutes(std::vector<http::Route>& routes, const features::Deps& deps);

}  // namespace practica::people
