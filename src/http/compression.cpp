#include "http/compression.hpp"

#include <zlib.h>

#include <array>
#include <memory>

namespace practica::http {
namespace {

bool Compressible(const std::string& content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("image/svg");
}

// A gzip deflate state kept for the thread and reset between bodies: deflateInit2 allocates
// and clears about 260 KiB, which cost more than compressing a page of a few kilobytes.
class Deflater {
 public:
  explicit Deflater(int level)
      : ready_(deflateInit2(&stream_, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK) {}
  ~Deflater() {
    if (ready_) deflateEnd(&stream_);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // The stream, as fresh as after deflateInit2; nullptr when zlib refused it.
  z_stream* Fresh() {
    if (!ready_) return nullptr;
    if (used_ && deflateReset(&stream_) != Z_OK) return nullptr;
    used_ = true;
    return &stream_;
  }

 private:
  z_stream stream_{};
  bool ready_;
  bool used_ = false;
};

// One per level (-1, Z_DEFAULT_COMPRESSION, to 9) and thread; nullptr for another level.
z_stream* StreamFor(int level) {
  if (level < -1 || level > 9) return nullptr;
  thread_local std::array<std::unique_ptr<Deflater>, 11> deflaters;
  auto& deflater = deflaters[static_cast<std::size_t>(level + 1)];
  if (!deflater) deflater = std::make_unique<Deflater>(level);
  return deflater->Fresh();
}

}  // namespace

std::string Gzip(std::string_view data, int level) {
  z_stream* found = StreamFor(level);
  if (found == nullptr) return {};
  z_stream& stream = *found;
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  return rc == Z_STREAM_END ? out : std::string{};
}

std::string_view BodyToSend(const Request& request, Response& response, std::string& packed) {
  std::string_view body = response.Body();
  const auto accept = request.Header("accept-encoding").value_or("");
  bool encoded = false;
  for (const auto& [name, value] : response.headers) encoded |= name == "Content-Encoding";
  if (!encoded && body.size() >= 1400 && Compressible(response.content_type) &&
      accept.find("gzip") != std::string_view::npos) {
    packed = Gzip(body, 1);
    if (!packed.empty()) {
      body = packed;
      response.Header("Content-Encoding", "gzip").Header("Vary", "Accept-Encoding");
    }
  }
  return body;
}

}  // namespace practica::http
