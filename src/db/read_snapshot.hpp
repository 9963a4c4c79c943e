// One snapshot for a page's several reads. A page that reads in four statements (a school's
// checklist: its place, its items, the cohort's calendar, its coaches) otherwise sees four
// moments of the database, and on SQLite each statement takes and drops its own WAL read lock
// (a profile of the checklist put 12 % of the page in that work: `fcntl` on the shared-memory
// file, the read's begin and end).
//
// On SQLite, a deferred read transaction; a statement that would write inside it is refused at
// once, with a message that says so, instead of widening the read into a change. On PostgreSQL
// nothing is sent: each statement already reads one snapshot of its own, and BEGIN and COMMIT
// would add two round trips to every page that opens one. Either way a Transaction begun on the
// connection while a snapshot is open is refused.
//
// One begun while another snapshot or a transaction is open joins it and does nothing, so a
// store whose answer takes two statements can hold them together whether or not its caller
// already holds the page together.
#pragma once

#include "core/error.hpp"

namespace practica::db {

class Connection;

class ReadSnapshot {
 public:
  [[nodiscard]] static core::Result<ReadSnapshot> Begin(Connection& connection);
  ReadSnapshot(ReadSnapshot&& other) noexcept;
  ReadSnapshot& operator=(ReadSnapshot&&) = delete;
  // Ends the read. Nothing was written inside it, so there is nothing to keep or undo.
  ~ReadSnapshot() { End(); }
  // Ends the read now, before the work that follows it (which may write).
  void End();

 private:
  explicit ReadSnapshot(Connection* connection) : connection_(connection) {}
  Connection* connection_;  // null for a snapshot that joined one already open
};

}  // namespace practica::db
