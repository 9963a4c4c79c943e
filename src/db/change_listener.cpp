#include "db/change_listener.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>

#include <spdlog/spdlog.h>


namespace practica::db {
namespace {

// A listener that cannot tell whether its server is still there might miss notices, so it asks
// every few seconds; and the kernel gives up on an unanswered connection after this long, so a
// server lost behind a silent network is noticed as quickly.
constexpr int kHeartbeatMs = 5000;
constexpr const char* kUserTimeoutMs = "5000";

// libpq's message, first line only (a lost connection adds a second, indented line of advice).
std::string FirstLine(PGconn* connection) {
  std::string message = PQerrorMessage(connection);
  message = message.substr(0, message.find('\n'));
  return message;
}

// Frees the notices libpq has queued; true when there were any.
// Hands each notice libpq has queued to `heard`, with its payload; true when there was one.
bool DrainNotices(PGconn* connection, const std::function<void(std::string_view)>& heard) {
  bool any = false;
  while (PGnotify* notice = PQnotifies(connection)) {
    heard(notice->extra != nullptr ? std::string_view(notice->extra) : std::string_view());
    PQfreemem(notice);
    any = true;
  }
  return any;
}

PGconn* Connect(const std::string& url, const std::string& application_name) {
  const char* keys[] = {"dbname", "application_name", "tcp_user_timeout", "keepalives_idle", "keepalives_interval",
                        nullptr};
  const char* values[] = {url.c_str(), application_name.c_str(), kUserTimeoutMs, "5", "2", nullptr};
  return PQconnectdbParams(keys, values, /*expand_dbname=*/1);
}

}  // namespace

ChangeListener::ChangeListener(std::string url, std::string channel, Callbacks callbacks,
                               std::string application_name)
    : url_(std::move(url)),
      channel_(std::move(channel)),
      callbacks_(std::move(callbacks)),
      application_name_(std::move(application_name)) {
  if (::pipe(wake_) != 0) wake_[0] = wake_[1] = -1;  // then Wait polls with its timeout alone
  thread_ = std::thread([this] { Run(); });
}

ChangeListener::~ChangeListener() {
  stopping_ = true;
  if (wake_[1] >= 0) (void)!::write(wake_[1], "x", 1);
  thread_.join();
  for (int fd : wake_) {
    if (fd >= 0) ::close(fd);
  }
}

bool ChangeListener::Wait(int socket, int ms) {
  pollfd fds[2] = {{socket, POLLIN, 0}, {wake_[0], POLLIN, 0}};
  const int count = socket >= 0 ? 2 : 1;
  pollfd* first = socket >= 0 ? fds : fds + 1;
  // A signal (EINTR) or an error ends the wait early; the caller looks at the socket again.
  (void)::poll(first, static_cast<nfds_t>(count), ms);
  return !stopping_;
}

void ChangeListener::Run() {
  bool said_lost = false;
  while (!stopping_) {
    PGconn* connection = Connect(url_, application_name_);
    if (PQstatus(connection) == CONNECTION_OK) {
      PQsetNoticeProcessor(connection, [](void*, const char*) {}, nullptr);
      if (said_lost) spdlog::info("Listening on PostgreSQL channel {} again.", channel_);
      said_lost = false;
      Listen(connection);
      if (!stopping_) {
        spdlog::warn("Lost the PostgreSQL connection that listens on channel {} ({}); no notices arrive "
                     "until it listens again (it retries every second).",
                     channel_, FirstLine(connection));
        said_lost = true;
      }
    } else if (!said_lost) {
      spdlog::warn("Cannot listen on PostgreSQL channel {} ({}); no notices arrive until it can (it "
                   "retries every second).",
                   channel_, FirstLine(connection));
      said_lost = true;
    }
    PQfinish(connection);
    if (!stopping_) callbacks_.listening(false);
    Wait(-1, 1000);
  }
}

void ChangeListener::Listen(void* opened) {
  auto* connection = static_cast<PGconn*>(opened);
  PGresult* result = PQexec(connection, ("LISTEN " + channel_).c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  PQclear(result);
  if (!ok) return;
  // Listening before anything is trusted: a change made while no one listened is covered by the
  // caller starting afresh on `listening(true)`.
  callbacks_.listening(true);
  const int socket = PQsocket(connection);
  int quiet_ms = 0;
  constexpr int kStepMs = 1000;
  while (Wait(socket, kStepMs)) {
    if (!PQconsumeInput(connection)) break;
    if (DrainNotices(connection, callbacks_.heard)) {
      quiet_ms = 0;
      continue;
    }
    quiet_ms += kStepMs;
    if (quiet_ms >= kHeartbeatMs) {
      quiet_ms = 0;
      PGresult* beat = PQexec(connection, "SELECT 1");
      const bool alive = PQresultStatus(beat) == PGRES_TUPLES_OK;
      PQclear(beat);
      if (!alive) break;
      // Notices that arrived during the heartbeat were queued by libpq: hand them on.
      DrainNotices(connection, callbacks_.heard);
    }
    if (PQstatus(connection) != CONNECTION_OK) break;
  }
}

}  // namespace practica::db
