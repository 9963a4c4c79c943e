#include "db/replica_scope.hpp"

namespace practica::db {

namespace {
// Per thread: a handler runs on one worker thread from start to end, and so does a streamed
// body's producer (which the caller wraps in its own scope).
thread_local const Database* redirected_primary = nullptr;
thread_local Database* redirected_to = nullptr;
}  // namespace

ReadsFromReplica::ReadsFromReplica(const Database& primary, Database& replica)
    : previous_primary_(redirected_primary), previous_replica_(redirected_to) {
  redirected_primary = &primary;
  redirected_to = &replica;
}

ReadsFromReplica::~ReadsFromReplica() {
  redirected_primary = previous_primary_;
  redirected_to = previous_replica_;
}

Database* ReplicaInScopeFor(const Database* primary) {
  return primary == redirected_primary ? redirected_to : nullptr;
}

}  // namespace practica::db
