#include "mail/smtp_rig.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

#ifndef PRACTICA_SOURCE_DIR
#error "PRACTICA_SOURCE_DIR must name the repository root (set in tests/mail/tests.cmake)"
#endif

extern char** environ;

namespace practica::testing {
namespace {

using core::ErrorCode;

constexpr auto kStartTimeout = std::chrono::seconds(20);
constexpr auto kStopTimeout = std::chrono::seconds(5);

const std::string kInstallHint =
    "install Node 20 and run `npm ci` in " PRACTICA_SOURCE_DIR " (make test does both)";

void CloseFd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

std::filesystem::path NewMailboxDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "practica-mail-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return {};
  return pattern;
}

}  // namespace

std::filesystem::path SmtpServerScript() {
  return std::filesystem::path(PRACTICA_SOURCE_DIR) / "tests" / "rig" / "smtp-server.mjs";
}

core::Result<void> SmtpRig::Start() {
  Stop();
  dir_ = NewMailboxDir();
  if (dir_.empty()) {
    return core::Fail(ErrorCode::kUnavailable, "No mailbox folder could be made in " +
                                                   std::filesystem::temp_directory_path().string(),
                      std::strerror(errno));
  }
  auto spawned = Spawn();
  auto port = spawned ? ReadPort(kStartTimeout) : core::Result<int>(core::Fail(spawned.error()));
  if (!port) {
    Stop();
    return core::Fail(port.error());
  }
  port_ = *port;
  return {};
}

core::Result<void> SmtpRig::Spawn() {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) {
    return core::Fail(ErrorCode::kUnavailable, "No pipe for the test SMTP server",
                      std::strerror(errno));
  }
  if (pipe2(out, O_CLOEXEC) != 0) {
    close(in[0]);
    close(in[1]);
    return core::Fail(ErrorCode::kUnavailable, "No pipe for the test SMTP server",
                      std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  const std::string script = SmtpServerScript().string();
  const std::string dir = dir_.string();
  const char* argv[] = {"node", script.c_str(), "--port", "0", "--dir", dir.c_str(),
                        "--exit-on-stdin-end", nullptr};
  const int spawned = posix_spawnp(&pid_, "node", &actions, nullptr, const_cast<char**>(argv),
                                   environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  stdin_fd_ = in[1];
  stdout_fd_ = out[0];
  if (spawned != 0) {
    pid_ = -1;
    return core::Fail(ErrorCode::kUnavailable,
                      "node could not be started from PATH; " + kInstallHint,
                      std::strerror(spawned));
  }
  return {};
}

core::Result<int> SmtpRig::ReadPort(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string output;
  while (output.find('\n') == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd ready{stdout_fd_, POLLIN, 0};
    if (left.count() <= 0 || poll(&ready, 1, static_cast<int>(left.count())) == 0) {
      return core::Fail(ErrorCode::kUnavailable,
                        "The test SMTP server " + SmtpServerScript().string() +
                            " did not say it was listening within 20 s",
                        "its output so far: " + output);
    }
    char buffer[256];
    const ssize_t n = read(stdout_fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return core::Fail(ErrorCode::kUnavailable,
                        "The test SMTP server " + SmtpServerScript().string() +
                            " stopped before listening (its error is above); " + kInstallHint,
                        "its output: " + output);
    }
    output.append(buffer, static_cast<std::size_t>(n));
  }
  const std::string line = output.substr(0, output.find('\n'));
  const std::string prefix = "listening ";
  const int port = line.rfind(prefix, 0) == 0 ? std::atoi(line.c_str() + prefix.size()) : 0;
  if (port <= 0) {
    return core::Fail(ErrorCode::kUnavailable,
                      "The test SMTP server printed \"" + line + "\" instead of \"listening PORT\"");
  }
  return port;
}

void SmtpRig::Stop() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
    int status = 0;
    pid_t done = 0;
    while ((done = waitpid(pid_, &status, WNOHANG)) == 0 &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (done == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
    pid_ = -1;
  }
  CloseFd(stdin_fd_);
  CloseFd(stdout_fd_);
  if (!dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
    dir_.clear();
  }
  port_ = 0;
}

}  // namespace practica::testing
