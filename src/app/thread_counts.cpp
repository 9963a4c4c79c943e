#include "app/thread_counts.hpp"

#include <algorithm>

namespace practica::app {

ThreadCounts DefaultThreadCounts(std::int64_t cores) {
  cores = std::max<std::int64_t>(1, cores);
  ThreadCounts counts;
  counts.io = cores;
  // Two per core, at least 4, on both databases. On SQLite a page that is only work on this
  // machine's cores ran 10 to 50 % faster with one worker per core (README, "Threads sized by
  // measurement"), but a worker also waits: on SQLite's write lock, on the OpenID
  // provider at sign-in, on Chromium printing a report. With two workers on two cores the
  // browser suite took 15 minutes instead of 10 to 13, so the spare workers stay. On
  // PostgreSQL a worker waits on every round trip, and two workers were 10 to 25 % slower than 4.
  counts.workers = std::max<std::int64_t>(4, 2 * cores);
  // An export goes out as fast as its client reads it, so its producer may wait for minutes.
  // It waits on a thread of its own: four slow downloads never hold the workers pages need.
  counts.downloads = 4;
  return counts;
}

std::int64_t DefaultDbPool(std::int64_t workers, std::int64_t downloads, bool postgres) {
  // A SQLite connection is an open file: each worker and each download has its own. A
  // PostgreSQL connection is a server process, counted against max_connections on every server
  // behind a balancer: as many as workers, and a download borrows one as a page does.
  return postgres ? workers : workers + downloads;
}

}  // namespace practica::app
