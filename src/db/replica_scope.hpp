// Sends one stretch of work on this thread to a replica: while a ReadsFromReplica lives,
// primary.Acquire() on this thread hands out a connection of the replica instead. The
// application opens one around a route that only reads (app/replica_reads.cpp), so the
// handlers keep asking their Deps for "the database" and the choice is made in one place.
#pragma once

namespace practica::db {

class Database;

class ReadsFromReplica {
 public:
  ReadsFromReplica(const Database& primary, Database& replica);
  ~ReadsFromReplica();
  ReadsFromReplica(const ReadsFromReplica&) = delete;
  ReadsFromReplica& operator=(const ReadsFromReplica&) = delete;

 private:
  const Database* previous_primary_;
  Database* previous_replica_;
};

// The replica this thread's reads of `primary` go to, or null (the usual case).
Database* ReplicaInScopeFor(const Database* primary);

}  // namespace practica::db
