#include "features/kit/print_pdf.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace practica::features {
namespace {

namespace fs = std::filesystem;

// A private folder removed when the print is over, whatever happens.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "practica-print-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

core::Error Unavailable(std::string why) {
  return core::Error{core::ErrorCode::kUnavailable,
                     "The PDF could not be printed: " + why +
                         " Install Debian's chromium package (make deps does) or set chromium_path.",
                     {}, {}};
}

}  // namespace

core::Result<std::string> PrintPdf(std::string_view html, const PrintSettings& settings) {
  Scratch scratch;
  if (scratch.path().empty()) return std::unexpected(Unavailable("no temporary folder could be made."));
  const fs::path page = scratch.path() / "report.html";
  const fs::path pdf = scratch.path() / "report.pdf";
  {
    std::ofstream out(page, std::ios::binary);
    out.write(html.data(), static_cast<std::streamsize>(html.size()));
    if (!out) return std::unexpected(Unavailable("the page could not be written to " + page.string() + "."));
  }
  // The sandbox needs user namespaces a server (or root) often lacks; the page is the server's
  // own HTML, opened from a file, with no network.
  std::vector<std::string> args = {settings.chromium,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--disable-quic",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-extensions",
                                   "--user-data-dir=" + (scratch.path() / "profile").string(),
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf=" + pdf.string(),
                                   "file://" + page.string()};
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so a timeout ends Chromium's helper processes too.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return std::unexpected(Unavailable("\"" + settings.chromium + "\" could not be started."));

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(settings.timeout_seconds);
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) return std::unexpected(Unavailable("Chromium's process was lost."));
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return std::unexpected(
          Unavailable("Chromium did not finish within " + std::to_string(settings.timeout_seconds) + " seconds."));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Helpers Chromium left behind (it usually takes them down itself).
  kill(-pid, SIGKILL);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return std::unexpected(Unavailable("Chromium stopped with status " + std::to_string(status) + "."));
  }
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string result = std::move(bytes).str();
  if (result.rfind("%PDF-", 0) != 0) return std::unexpected(Unavailable("Chromium wrote no PDF."));
  return result;
}

}  // namespace practica::features
