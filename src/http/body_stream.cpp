#include "http/body_stream.hpp"

#include <algorithm>
#include <exception>

namespace practica::http {

core::Result<void> BodyPipe::Write(std::string_view bytes) {
  if (gathering_.capacity() < limits_.chunk_bytes) gathering_.reserve(limits_.chunk_bytes);
  while (!bytes.empty()) {
    const auto room = limits_.chunk_bytes - gathering_.size();
    const auto taken = std::min(room, bytes.size());
    gathering_.append(bytes.substr(0, taken));
    bytes.remove_prefix(taken);
    if (gathering_.size() >= limits_.chunk_bytes) {
      std::string full;
      full.swap(gathering_);
      if (auto pushed = Push(std::move(full)); !pushed) return pushed;
      gathering_.reserve(limits_.chunk_bytes);
    }
  }
  return {};
}

core::Result<void> BodyPipe::Push(std::string chunk) {
  {
    std::unique_lock lock(mutex_);
    const bool room = space_.wait_for(lock, limits_.stall, [this] {
      return closed_ || chunks_.size() < limits_.max_chunks;
    });
    if (closed_ || !room) {
      closed_ = true;
      return core::Fail(core::ErrorCode::kUnavailable, "The download was interrupted; try again.",
                        room ? "the client closed the connection" : "the client stopped reading");
    }
    chunks_.push_back(std::move(chunk));
  }
  wake_();
  return {};
}

void BodyPipe::Finish(const core::Result<void>& outcome) {
  if (outcome && !gathering_.empty()) {
    std::string rest;
    rest.swap(gathering_);
    (void)Push(std::move(rest));  // when closed, the end below changes nothing
  }
  {
    std::lock_guard lock(mutex_);
    finished_ = true;
    if (!outcome) failure_ = outcome.error();
  }
  wake_();
}

BodyPipe::Next BodyPipe::Take(std::string& chunk, core::Error* failure) {
  std::unique_lock lock(mutex_);
  if (failure_) {
    // Whatever was queued is dropped: the body ends short either way.
    if (failure != nullptr) *failure = *failure_;
    return Next::kFailed;
  }
  if (!chunks_.empty()) {
    chunk = std::move(chunks_.front());
    chunks_.pop_front();
    lock.unlock();
    space_.notify_one();
    return Next::kChunk;
  }
  return finished_ ? Next::kEnd : Next::kWait;
}

void BodyPipe::Close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  space_.notify_all();
}

void Produce(BodyProducer producer, BodyPipe& pipe) {
  core::Result<void> outcome;
  try {
    outcome = producer(pipe);
  } catch (const std::exception& e) {
    outcome = core::Fail(core::ErrorCode::kInternal, "The download failed.", e.what());
  } catch (...) {
    outcome = core::Fail(core::ErrorCode::kInternal, "The download failed.",
                         "an exception that is not a std::exception");
  }
  producer = nullptr;  // what it held (a database lease) goes back before the end is sent
  pipe.Finish(outcome);
}

}  // namespace practica::http
