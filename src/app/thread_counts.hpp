// How many threads and database connections a server starts with when the configuration leaves
// them at 0. Plain arithmetic, no I/O: the figures behind it are in the README ("Threads sized
// by measurement").
#pragma once

#include <cstdint>

namespace practica::app {

struct ThreadCounts {
  std::int64_t io = 0;         // read and write sockets
  std::int64_t workers = 0;    // run pages and API calls
  std::int64_t downloads = 0;  // produce streamed exports, each as fast as its client reads
  std::int64_t db_pool = 0;    // database connections
};

// What a machine with `cores` cores starts with on SQLite or on PostgreSQL.
ThreadCounts DefaultThreadCounts(std::int64_t cores, bool postgres);

// The connections a pool needs for these workers and downloads on this database.
std::int64_t DefaultDbPool(std::int64_t workers, std::int64_t downloads, bool postgres);

}  // namespace practica::app
