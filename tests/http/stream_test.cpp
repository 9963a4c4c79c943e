// Streamed bodies over real loopback connections: a large body arrives whole with the server's
// memory flat, a slow reader slows the producer down, a failure mid-body truncates it, and the
// connection serves the next request after a streamed one, and downloads waiting on their
// readers leave the workers to pages.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "http/router.hpp"
#include "http/server.hpp"
#include "http/stream_client.hpp"

namespace practica::testing {
namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;

// Fixed-width numbered lines, so any lost or repeated piece changes the hash.
std::string Line(std::uint64_t n) {
  std::string line = std::to_string(n);
  line.insert(0, 12 - line.size(), '0');
  line.append(87, 'x');
  line.push_back('\n');
  return line;  // 100 bytes
}

std::uint64_t ExpectedHash(std::uint64_t lines) {
  std::uint64_t hash = Streamed{}.hash;
  for (std::uint64_t n = 0; n < lines; ++n) {
    const auto line = Line(n);
    hash = Fnv(hash, line.data(), line.size());
  }
  return hash;
}

// The resident memory of this process (server and client both), in bytes.
std::uint64_t ResidentBytes() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      std::uint64_t kb = 0;
      status >> kb;
      return kb * 1024;
    }
    status.ignore(4096, '\n');
  }
  return 0;
}

class StreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Add("/lines", [this](const http::Request& request) {
      const std::uint64_t lines = std::stoull(std::string(request.Query("n").value_or("1000")));
      return http::StreamResponse("text/plain; charset=utf-8", [this, lines](http::BodyWriter& out) -> core::Result<void> {
        struct Finished {
          std::atomic<int>& count;
          ~Finished() { ++count; }
        } finished{finished_};
        for (std::uint64_t n = 0; n < lines; ++n) {
          if (auto written = out.Write(Line(n)); !written) return written;
          produced_ += 100;
        }
        return {};
      });
    });
    Add("/broken", [](const http::Request&) {
      return http::StreamResponse("text/csv", [](http::BodyWriter& out) -> core::Result<void> {
        for (std::uint64_t n = 0; n < 10000; ++n) {
          if (auto written = out.Write(Line(n)); !written) return written;
        }
        return core::Fail(core::ErrorCode::kUnavailable, "The database went away.", "test failure");
      });
    });
    Add("/plain", [](const http::Request&) { return http::HtmlResponse("<p>plain</p>"); });
    http::ServerOptions options;
    options.port = 0;
    options.access_log = false;
    Configure(options);
    server_ = std::make_unique<http::Server>(options, router_, nullptr);
    auto port = server_->Start();
    ASSERT_TRUE(port.has_value());
    port_ = *port;
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      server_->Wait();
    }
  }

  virtual void Configure(http::ServerOptions&) {}

  void Add(std::string pattern, http::Handler handler) {
    http::Route route;
    route.pattern = std::move(pattern);
    route.action = "test.read";
    route.handler = std::move(handler);
    ASSERT_TRUE(router_.Add(std::move(route)).has_value());
  }

  http::Router router_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
  std::atomic<std::uint64_t> produced_{0};
  std::atomic<int> finished_{0};  // producers of /lines that have returned
};

// One worker for pages, three threads for downloads.
class OneWorkerStreamTest : public StreamTest {
 protected:
  void Configure(http::ServerOptions& options) override {
    options.worker_threads = 1;
    options.download_threads = 3;
  }
};

TEST_F(StreamTest, FiftyMegabytesArriveWholeWithFlatServerMemory) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer holds freed memory in quarantine, so resident memory says nothing "
                  "about the server's buffering here; the plain build measures it.";
#endif
  const std::uint64_t lines = 50 * kMiB / 100;
  StreamClient client(port_);
  const auto before = ResidentBytes();
  std::uint64_t peak = before;

  const auto got = client.Get("/lines?n=" + std::to_string(lines), {},
                              [&](std::uint64_t) { peak = std::max(peak, ResidentBytes()); });

  EXPECT_EQ(got.status, 200);
  EXPECT_TRUE(got.chunked);
  EXPECT_TRUE(got.complete);
  EXPECT_EQ(got.bytes, lines * 100);
  EXPECT_EQ(got.hash, ExpectedHash(lines));
  EXPECT_LT(peak - before, 16 * kMiB) << "the body was held in memory, not streamed";
}

TEST_F(StreamTest, ASlowReaderHoldsTheProducerBackAndStillGetsEverything) {
  const std::uint64_t lines = 32 * kMiB / 100;
  StreamClient client(port_, 64 * 1024);
  std::uint64_t produced_while_paused = 0;

  const auto got = client.Get("/lines?n=" + std::to_string(lines), [&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the reader dawdles
    produced_while_paused = produced_;
  });

  EXPECT_TRUE(got.complete);
  EXPECT_EQ(got.bytes, lines * 100);
  EXPECT_EQ(got.hash, ExpectedHash(lines));
  EXPECT_LT(produced_while_paused, 16 * kMiB) << "the producer ran ahead of the reader";
}

TEST_F(StreamTest, AFailureMidBodyEndsTheConnectionWithATruncatedBody) {
  StreamClient client(port_);

  const auto got = client.Get("/broken");

  EXPECT_EQ(got.status, 200);
  EXPECT_TRUE(got.chunked);
  EXPECT_FALSE(got.complete);
  EXPECT_LT(got.bytes, 10000u * 100);
}

TEST_F(StreamTest, TheConnectionServesTheNextRequestAfterAStreamedBody) {
  StreamClient client(port_);

  const auto streamed = client.Get("/lines?n=5000");
  const auto plain = client.Get("/plain");

  EXPECT_TRUE(streamed.complete);
  EXPECT_TRUE(streamed.keep_alive);
  EXPECT_EQ(streamed.bytes, 500000u);
  EXPECT_EQ(plain.status, 200);
  EXPECT_TRUE(plain.complete);
  EXPECT_EQ(plain.bytes, std::string("<p>plain</p>").size());
}

TEST_F(StreamTest, AStreamedBodyIsNeverCompressed) {
  StreamClient client(port_);

  const auto got = client.Get("/lines?n=100");

  EXPECT_TRUE(got.complete);
  EXPECT_EQ(got.bytes, 10000u);
  EXPECT_EQ(got.hash, ExpectedHash(100));
}

TEST_F(OneWorkerStreamTest, DownloadsWaitingOnTheirReadersLeaveTheWorkerToPages) {
  // Far more than the pipes and the sockets hold, so each producer waits on its reader.
  const std::uint64_t lines = 32 * kMiB / 100;
  std::mutex mutex;
  std::condition_variable changed;
  int reading = 0;
  bool release = false;
  std::vector<Streamed> got(3);
  std::vector<std::thread> readers;
  for (std::size_t i = 0; i < got.size(); ++i) {
    readers.emplace_back([&, i] {
      StreamClient client(port_, 64 * 1024);
      got[i] = client.Get("/lines?n=" + std::to_string(lines), [&] {
        // The headers are in: the reader stops here until the page below has been answered.
        std::unique_lock lock(mutex);
        ++reading;
        changed.notify_all();
        changed.wait(lock, [&] { return release; });
      });
    });
  }
  bool all_started = false;
  {
    std::unique_lock lock(mutex);
    all_started = changed.wait_for(lock, std::chrono::seconds(20), [&] { return reading == 3; });
  }

  StreamClient page_client(port_);
  const auto page = all_started ? page_client.Get("/plain") : Streamed{};
  const int finished_while_page_answered = finished_;
  {
    std::lock_guard lock(mutex);
    release = true;
  }
  changed.notify_all();
  for (auto& reader : readers) reader.join();

  EXPECT_TRUE(all_started) << "a download's headers never came: its handler waited behind another "
                              "download's producer";
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page.complete);
  EXPECT_EQ(finished_while_page_answered, 0) << "the page was answered only after a download ended";
  for (const auto& download : got) {
    EXPECT_TRUE(download.complete);
    EXPECT_EQ(download.bytes, lines * 100);
    EXPECT_EQ(download.hash, ExpectedHash(lines));
  }
}

}  // namespace
}  // namespace practica::testing
