#include "app/replica_reads.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <string_view>

#include "core/failure.hpp"
#include "core/text.hpp"
#include "db/replica_scope.hpp"

namespace practica::app {

namespace {

constexpr int kProbeSeconds = 1;
constexpr std::string_view kWroteCookie = "practica_wrote";

// Routes that only read and may read a little in the past: reports, the dashboard, exports,
// the exemplar library and the public pages. A route belongs here only if it never writes
// (a replica refuses writes) and nobody needs it to show their own save at once (the
// read-your-writes cookie covers the saver anyway).
constexpr std::array kReadOnlyActions{
    std::string_view{"program.read"},  std::string_view{"cohorts.read"},
    std::string_view{"schools.read"},  std::string_view{"standards.read"},
    std::string_view{"districts.read"}, std::string_view{"exemplars.read"},
    std::string_view{"dashboard.read"},
};
constexpr std::array kExports{
    std::string_view{"/audit.csv"},
    std::string_view{"/cohorts/{slug}/commitments.csv"},
    std::string_view{"/cohorts/{slug}/commitments.xlsx"},
    std::string_view{"/surveys/{id}/results.csv"},
    std::string_view{"/surveys/{id}/results.xlsx"},
};

std::int64_t UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

double MonotonicNow() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool Writes(http::Method method) { return method != http::Method::kGet && method != http::Method::kHead; }

}  // namespace

bool OnlyReads(const http::Route& route) {
  if (route.method != http::Method::kGet || route.runs_inline) return false;
  for (auto action : kReadOnlyActions) {
    if (route.action == action) return true;
  }
  for (auto pattern : kExports) {
    if (route.pattern == pattern) return true;
  }
  return false;
}

ReplicaReads::ReplicaReads(db::Database& primary, Settings settings)
    : primary_(primary),
      settings_(std::move(settings)),
      read_your_writes_seconds_(ReadYourWritesSeconds(settings_.max_lag_seconds, kProbeSeconds)) {
  spdlog::info("reads that need no write may go to the replica {} while it is under {} s behind; "
               "a session reads from the primary for {} s after it writes",
               db::RedactAddress(settings_.replica), settings_.max_lag_seconds,
               read_your_writes_seconds_);
  monitor_ = std::thread([this] { Monitor(); });
}

ReplicaReads::~ReplicaReads() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  if (monitor_.joinable()) monitor_.join();
}

void ReplicaReads::Wrap(http::Router& router) {
  router.WrapHandlers([this](const http::Route& route) -> http::Handler {
    if (OnlyReads(route)) return WrapReads(route.handler);
    if (Writes(route.method)) return WrapWrites(route.handler);
    return route.handler;
  });
}

http::Handler ReplicaReads::WrapWrites(http::Handler inner) {
  return [this, inner = std::move(inner)](const http::Request& request) {
    http::Response response = inner(request);
    if (response.status < 400) {
      response.Header("Set-Cookie", std::string(kWroteCookie) + "=" + std::to_string(UnixNow()) +
                                        "; Path=/; Max-Age=" +
                                        std::to_string(read_your_writes_seconds_) +
                                        "; HttpOnly; SameSite=Lax" +
                                        (settings_.secure_cookies ? "; Secure" : ""));
    }
    return response;
  };
}

http::Handler ReplicaReads::WrapReads(http::Handler inner) {
  return [this, inner = std::move(inner)](const http::Request& request) {
    db::Database* replica = serving_.load();
    ReadFacts facts{true, replica != nullptr, state_.load(), std::nullopt, UnixNow(),
                    read_your_writes_seconds_};
    if (auto stamp = request.Cookie(kWroteCookie)) {
      facts.wrote_at = core::ParseInt(*stamp, 0, std::numeric_limits<std::int64_t>::max());
    }
    if (ChooseReadSource(facts) == ReadSource::kPrimary) return inner(request);

    http::Response response;
    try {
      db::ReadsFromReplica scope(primary_, *replica);
      response = inner(request);
    } catch (const std::exception& failure) {
      // The route only reads, so running it again on the primary is safe.
      Note(ReplicaState::kUnreachable, Probe{});
      spdlog::debug("replica read failed ({}); answering from the primary", failure.what());
      return inner(request);
    }
    if (response.status == 503 && !response.stream) {
      Note(ReplicaState::kUnreachable, Probe{});
      return inner(request);
    }
    if (response.stream) {
      // A streamed body is read after the handler returns, on the worker that writes it.
      response.stream = [this, replica, produce = std::move(response.stream)](http::BodyWriter& out) {
        db::ReadsFromReplica scope(primary_, *replica);
        return produce(out);
      };
    }
    return response;
  };
}

void ReplicaReads::Note(ReplicaState next, const Probe& probe) {
  std::lock_guard lock(state_mutex_);
  const ReplicaState before = state_.load();
  if (before == next) return;
  state_.store(next);
  const std::string line = StateChangeLine(before, next, probe, settings_.max_lag_seconds,
                                           db::RedactAddress(settings_.replica));
  if (line.empty()) return;
  if (next == ReplicaState::kServing) {
    spdlog::info("{}", line);
  } else {
    spdlog::warn("{}", line);
  }
}

Probe ReplicaReads::ProbeOnce() {
  const double now = MonotonicNow();
  // Where the primary is now: the replica is current once it has replayed this far.
  try {
    if (!primary_probe_) {
      if (auto opened = db::Database::Open(settings_.primary, 1)) primary_probe_ = std::move(*opened);
    }
    if (primary_probe_) {
      auto db = primary_probe_->Acquire();
      if (auto lsn = db->QueryInt("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint");
          lsn && *lsn) {
        marks_.push_back({now, **lsn});
      }
    }
  } catch (const std::exception&) {
    // The primary being away is /readyz's news; the replica's lag is judged on older marks.
  }
  // Marks older than twice the limit tell nothing the oldest kept one does not.
  while (marks_.size() > 1 && now - marks_[1].at > 2.0 * settings_.max_lag_seconds + 10) {
    marks_.pop_front();
  }

  Probe probe;
  try {
    if (!replica_probe_) {
      auto opened = db::Database::Open(settings_.replica, 1);
      if (!opened) return probe;
      replica_probe_ = std::move(*opened);
    }
    auto db = replica_probe_->Acquire();
    auto replayed = db->QueryInt(
        "SELECT CASE WHEN pg_is_in_recovery() "
        "THEN pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint ELSE -1 END");
    if (!replayed || !*replayed) return probe;
    probe.reachable = true;
    probe.standby = **replayed >= 0;
    if (probe.standby) probe.lag_seconds = LagSeconds(marks_, **replayed, now);
  } catch (const std::exception&) {
    return probe;
  }
  if (probe.reachable && !pool_) {
    auto opened = db::Database::Open(settings_.replica, settings_.pool_size);
    if (!opened) return Probe{};
    pool_ = std::move(*opened);
    pool_->set_acquire_timeout_ms(settings_.wait_ms);
    serving_.store(pool_.get());
  }
  return probe;
}

void ReplicaReads::Monitor() {
  std::unique_lock lock(stop_mutex_);
  while (!stopping_) {
    lock.unlock();
    const Probe probe = ProbeOnce();
    Note(Judge(probe, settings_.max_lag_seconds), probe);
    lock.lock();
    stop_.wait_for(lock, std::chrono::seconds(kProbeSeconds), [this] { return stopping_; });
  }
}

}  // namespace practica::app
