#include "app/thread_counts.hpp"

#include <algorithm>

namespace practica::app {

ThreadCounts DefaultThreadCounts(std::int64_t cores, bool postgres) {
  cores = std::max<std::int64_t>(1, cores);
  ThreadCounts counts;
  counts.io = cores;
  // A page on SQLite is work on this machine's cores from start to end: a worker beyond one per
  // core only takes turns with the others (on 2 cores, 4 workers served the home page, the
  // library and the 25-school cohort 10 to 27 % slower than 2, with a higher p99). On
  // PostgreSQL a worker waits on every round trip, and two per core keep the cores busy (2
  // workers served the same pages 10 to 25 % slower than 4).
  counts.workers = postgres ? std::max<std::int64_t>(4, 2 * cores) : std::max<std::int64_t>(2, cores);
  // An export goes out as fast as its client reads it, so its producer may wait for minutes.
  // It waits on a thread of its own: four slow downloads never hold the workers pages need.
  counts.downloads = 4;
  counts.db_pool = DefaultDbPool(counts.workers, counts.downloads, postgres);
  return counts;
}

std::int64_t DefaultDbPool(std::int64_t workers, std::int64_t downloads, bool postgres) {
  // A SQLite connection is an open file: each worker and each download has its own. A
  // PostgreSQL connection is a server process, counted against max_connections on every server
  // behind a balancer: as many as workers, and a download borrows one as a page does.
  return postgres ? workers : workers + downloads;
}

}  // namespace practica::app
