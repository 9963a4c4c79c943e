// A request that met a database connection the server had closed (a restart, a failover, an
// administrator ending backends) may be run once more on a fresh connection when it only
// reads. db/ notes each loss on the thread that met it; http/'s dispatcher compares the count
// before and after a handler. A count per thread, since a handler runs on one worker thread.
#pragma once

#include <cstdint>

namespace practica::core {

// Called by db/ when a statement failed because the connection was gone.
void NoteLostConnection();
// How many connections this thread has seen lost, ever.
std::uint64_t LostConnections();

}  // namespace practica::core
