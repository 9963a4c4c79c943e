#include "http/compression.hpp"

#include <zlib.h>

namespace practica::http {
namespace {

bool Compressible(const std::string& content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("image/svg");
}

}  // namespace

std::string Gzip(std::string_view data, int level) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
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
