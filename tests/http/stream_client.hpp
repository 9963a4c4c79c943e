// A blocking HTTP/1.1 client for the streaming tests: it reads a body piece by piece, keeping
// only its length and a hash, so a 50 MB body costs the test nothing to receive.
#pragma once

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdint>
#include <functional>
#include <string>

namespace practica::testing {

struct Streamed {
  int status = 0;
  bool chunked = false;
  bool complete = false;  // the body ended as HTTP says it should (the last chunk arrived)
  bool keep_alive = false;
  std::uint64_t bytes = 0;
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a of the body
  std::string content_type;
};

inline std::uint64_t Fnv(std::uint64_t hash, const char* data, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    hash ^= static_cast<unsigned char>(data[i]);
    hash *= 1099511628211ull;
  }
  return hash;
}

class StreamClient {
 public:
  explicit StreamClient(std::uint16_t port, int receive_buffer_bytes = 0) : socket_(ioc_) {
    socket_.open(boost::asio::ip::tcp::v4());
    if (receive_buffer_bytes > 0) {
      socket_.set_option(boost::asio::socket_base::receive_buffer_size(receive_buffer_bytes));
    }
    socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  }

  // Sends GET target and reads the answer; `after_headers` runs once the headers are in,
  // `on_piece` after each piece of the body.
  Streamed Get(const std::string& target, const std::function<void()>& after_headers = {},
               const std::function<void(std::uint64_t)>& on_piece = {}) {
    namespace http = boost::beast::http;
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::accept_encoding, "gzip");
    http::write(socket_, request);
    http::response_parser<http::buffer_body> parser;
    parser.body_limit(boost::none);
    boost::beast::error_code ec;
    Streamed out;
    http::read_header(socket_, buffer_, parser, ec);
    if (ec) return out;
    out.status = parser.get().result_int();
    out.chunked = parser.chunked();
    out.keep_alive = parser.keep_alive();
    out.content_type = std::string(parser.get()[http::field::content_type]);
    if (after_headers) after_headers();
    static thread_local char piece[64 * 1024];
    while (!parser.is_done()) {
      parser.get().body().data = piece;
      parser.get().body().size = sizeof piece;
      http::read(socket_, buffer_, parser, ec);
      if (ec == http::error::need_buffer) ec = {};
      const auto got = sizeof piece - parser.get().body().size;
      out.bytes += got;
      out.hash = Fnv(out.hash, piece, got);
      if (ec) break;
      if (on_piece) on_piece(out.bytes);
    }
    out.complete = !ec && parser.is_done();
    return out;
  }

 private:
  boost::asio::io_context ioc_;
  boost::asio::ip::tcp::socket socket_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace practica::testing
