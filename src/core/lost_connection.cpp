#include "core/lost_connection.hpp"

namespace practica::core {
namespace {
thread_local std::uint64_t lost_connections = 0;
}  // namespace

void NoteLostConnection() { ++lost_connections; }

std::uint64_t LostConnections() { return lost_connections; }

}  // namespace practica::core
