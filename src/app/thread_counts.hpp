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
};

// What a machine with `cores` cores starts with, on either database.
ThreadCounts DefaultThreadCounts(std::int64_t cores);

// The connections a pool needs for these workers and downloads on this database. Separate from
// the threads because an operator may set either count, and the pool follows the final ones.
std::int64_t DefaultDbPool(std::int64_t workers, std::int64_t downloads, bool postgres);

}  // namespace practica::app
