// The `practica` command line: serve, migrate, demo, user, backup, routes.
#pragma once

namespace practica::app {

// Returns the process exit code: 0 on success, 1 on a failure it has explained on stderr.
int RunCli(int argc, char** argv);

}  // namespace practica::app
