// The bounded hand-over between a streamed body's producer (a download thread) and the
// connection that sends it (an I/O coroutine). No Asio here: the connection passes a `wake`
// that resumes it, and polls with Take.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "http/response.hpp"

namespace practica::http {

struct StreamLimits {
  std::size_t chunk_bytes = 64 * 1024;  // small writes are gathered into chunks this large
  std::size_t max_chunks = 4;           // queued for the socket; past this, Write waits
  std::chrono::milliseconds stall{30000};  // a client that takes no chunk for this long is gone
};

class BodyPipe final : public BodyWriter {
 public:
  // `wake` is called (from the producer's thread) whenever there is something to Take.
  BodyPipe(StreamLimits limits, std::function<void()> wake)
      : limits_(limits), wake_(std::move(wake)) {}

  // Producer side. kUnavailable when the connection closed or stalled past the limit.
  [[nodiscard]] core::Result<void> Write(std::string_view bytes) override;
  // The producer is done: what is gathered goes out, then the end (or the failure).
  void Finish(const core::Result<void>& outcome);

  enum class Next { kChunk, kWait, kEnd, kFailed };
  // Connection side, never blocks: a chunk, or nothing yet, or the end, or the failure
  // (`failure` then holds the producer's error for the log).
  Next Take(std::string& chunk, core::Error* failure = nullptr);
  // The connection is gone: a waiting or later Write fails.
  void Close();

 private:
  core::Result<void> Push(std::string chunk);

  const StreamLimits limits_;
  const std::function<void()> wake_;
  std::string gathering_;  // producer thread only
  std::mutex mutex_;
  std::condition_variable space_;
  std::deque<std::string> chunks_;
  bool finished_ = false;
  bool closed_ = false;
  std::optional<core::Error> failure_;
};

// Runs `producer` into `pipe`, then finishes the pipe with its outcome: kInternal ("The
// download failed.") when it throws. The producer, and what it holds (a database lease), is
// released before the end is handed over.
void Produce(BodyProducer producer, BodyPipe& pipe);

}  // namespace practica::http
