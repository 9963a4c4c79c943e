// Notices from PostgreSQL's LISTEN/NOTIFY. A thread holds one connection of its own, listening
// on a channel, and calls back when a notice arrives: a server learns within milliseconds that
// another server, a command or psql changed something it keeps in memory. A notice is sent when
// the transaction that raised it commits, and never for one that rolls back.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <thread>

namespace practica::db {

class ChangeListener {
 public:
  struct Callbacks {
    std::function<void(std::string_view)> heard;  // a notice arrived, with its payload
    std::function<void(bool)> listening;          // true once listening; false when the connection is lost
  };

  // Starts the thread, which connects to `url` (a postgresql:// URL) and listens on `channel`
  // (a plain identifier). Until it listens, and after a loss until it listens again (it retries
  // every second), nothing reaches this server: `listening(false)` says so. `application_name`
  // names its connection in pg_stat_activity.
  ChangeListener(std::string url, std::string channel, Callbacks callbacks,
                 std::string application_name = "practica change listener");
  ~ChangeListener();  // stops the thread and closes its connection
  ChangeListener(const ChangeListener&) = delete;
  ChangeListener& operator=(const ChangeListener&) = delete;

 private:
  void Run();
  // Listens until the connection is lost or the listener stops.
  void Listen(void* connection);
  // Waits up to `ms` for the socket to be readable or for Stop; false once stopping.
  bool Wait(int socket, int ms);

  std::string url_;
  std::string channel_;
  Callbacks callbacks_;
  std::string application_name_;
  int wake_[2] = {-1, -1};  // a pipe: the destructor writes, the thread's poll wakes
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace practica::db
