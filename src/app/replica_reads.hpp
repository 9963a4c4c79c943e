// Reads that need no write, served from a streaming replica (database_replica).
//
// Routes marked below as only reading (the dashboard, exports, the exemplar library, the public
// pages) run with their reads sent to the replica while it answers and is no further behind
// than replica_max_lag_seconds; everything else, and any request of a session that wrote in the
// last few seconds (a cookie stamped on each successful write), stays on the primary. A monitor
// thread probes the replica every second and logs each change of its state once.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/replica_choice.hpp"
#include "db/database.hpp"
#include "http/router.hpp"

namespace practica::app {

// The one list of routes whose reads may come from the replica.
bool OnlyReads(const http::Route& route);

class ReplicaReads {
 public:
  struct Settings {
    std::string primary;  // addresses, as configured
    std::string replica;
    int max_lag_seconds = 10;
    int pool_size = 4;
    int wait_ms = 10000;
    bool secure_cookies = false;
  };
  // Starts the monitor; the replica need not be up yet (reads stay on the primary until it is).
  ReplicaReads(db::Database& primary, Settings settings);
  ~ReplicaReads();
  ReplicaReads(const ReplicaReads&) = delete;
  ReplicaReads& operator=(const ReplicaReads&) = delete;

  // Puts the choice in front of every route's handler: run before the guard wraps them, so
  // signing in and session bookkeeping stay on the primary.
  void Wrap(http::Router& router);

  ReplicaState state() const { return state_.load(); }

 private:
  http::Handler WrapReads(http::Handler inner);
  http::Handler WrapWrites(http::Handler inner);
  void Monitor();
  Probe ProbeOnce();
  void Note(ReplicaState next, const Probe& probe);

  db::Database& primary_;
  Settings settings_;
  int read_your_writes_seconds_;
  std::atomic<ReplicaState> state_{ReplicaState::kUnknown};
  std::mutex state_mutex_;  // orders state changes so each is logged once
  // Opened by the monitor once the replica first answers; never closed while serving.
  std::unique_ptr<db::Database> pool_;
  std::atomic<db::Database*> serving_{nullptr};
  // The monitor's own connections, so probing never waits behind requests.
  std::unique_ptr<db::Database> primary_probe_;
  std::unique_ptr<db::Database> replica_probe_;
  std::deque<PrimaryMark> marks_;
  std::mutex stop_mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  std::thread monitor_;
};

}  // namespace practica::app
