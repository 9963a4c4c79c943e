#include "http/body_stream.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace practica::http {
namespace {

TEST(Produce, HandsOverWhatTheProducerWroteThenTheEnd) {
  BodyPipe pipe(StreamLimits{}, [] {});

  Produce([](BodyWriter& out) { return out.Write("a,b\n"); }, pipe);

  std::string chunk;
  EXPECT_EQ(pipe.Take(chunk), BodyPipe::Next::kChunk);
  EXPECT_EQ(chunk, "a,b\n");
  EXPECT_EQ(pipe.Take(chunk), BodyPipe::Next::kEnd);
}

TEST(Produce, FailsTheDownloadWhenTheProducerThrows) {
  BodyPipe pipe(StreamLimits{}, [] {});

  Produce([](BodyWriter&) -> core::Result<void> { throw std::runtime_error("disk gone"); }, pipe);

  std::string chunk;
  core::Error failure;
  EXPECT_EQ(pipe.Take(chunk, &failure), BodyPipe::Next::kFailed);
  EXPECT_EQ(failure.code, core::ErrorCode::kInternal);
  EXPECT_EQ(failure.message, "The download failed.");
  EXPECT_EQ(failure.detail, "disk gone");
}

TEST(Produce, ReleasesWhatTheProducerHoldsBeforeTheEnd) {
  BodyPipe pipe(StreamLimits{}, [] {});
  auto lease = std::make_shared<int>(1);
  std::weak_ptr<int> held = lease;

  Produce([lease = std::move(lease)](BodyWriter&) { return core::Result<void>{}; }, pipe);

  EXPECT_TRUE(held.expired());
}

}  // namespace
}  // namespace practica::http
