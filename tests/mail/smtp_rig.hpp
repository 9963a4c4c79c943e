// A real SMTP server for one test: tests/rig/smtp-server.mjs under Node, with its own mailbox.
//
//   practica::testing::SmtpRig rig;
//   ASSERT_TRUE(rig.Start()) << ...;          // settings.url = rig.url();
//   auto mails = rig.WaitForMail(1);           // what arrived, decoded (see mailbox.hpp)
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "mail/mailbox.hpp"

namespace practica::testing {

class SmtpRig {
 public:
  SmtpRig() = default;
  SmtpRig(const SmtpRig&) = delete;
  SmtpRig& operator=(const SmtpRig&) = delete;
  ~SmtpRig() { Stop(); }

  // Starts `node tests/rig/smtp-server.mjs` (node from PATH) on a free port of 127.0.0.1 with a
  // new empty mailbox folder, and returns once it listens. kUnavailable saying what to install
  // when node or the script's packages are missing or it does not listen within 20 s (the
  // server's own error goes to this process's stderr).
  [[nodiscard]] core::Result<void> Start();

  // SIGTERM, then SIGKILL if it has not exited after 5 s; removes the mailbox folder. Also run
  // by the destructor; harmless when not started.
  void Stop();

  int port() const { return port_; }
  const std::filesystem::path& dir() const { return dir_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  std::vector<ReceivedMail> Mail() const { return ReadMailbox(dir_); }
  std::vector<ReceivedMail> WaitForMail(
      std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const {
    return practica::testing::WaitForMail(dir_, count, timeout);
  }

 private:
  core::Result<void> Spawn();
  core::Result<int> ReadPort(std::chrono::milliseconds timeout);

  pid_t pid_ = -1;
  int stdin_fd_ = -1;   // held open: the server exits when it closes (this process died)
  int stdout_fd_ = -1;  // held open so a late write by the server cannot fail
  int port_ = 0;
  std::filesystem::path dir_;
};

// The test SMTP server script in this source tree.
std::filesystem::path SmtpServerScript();

}  // namespace practica::testing
