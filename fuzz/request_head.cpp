// A request as bytes off the socket: Beast's parser with the server's limits, then the checks
// the server makes before a route sees it (framing, Host, sizes, UTF-8 of path, query, form).
#include <boost/beast/core/error.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/head_checks.hpp"

namespace bhttp = boost::beast::http;
using namespace practica::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bhttp::request_parser<bhttp::string_body> parser;
  parser.eager(false);
  parser.header_limit(static_cast<std::uint32_t>(kMaxHeadBytes));
  parser.body_limit(1024 * 1024);
  boost::beast::error_code ec;
  const std::size_t used = parser.put(boost::asio::buffer(bytes.data(), bytes.size()), ec);
  if (ec == bhttp::error::header_limit) {
    (void)ClassifyOversizedHead(parser.get().method_string(), parser.get().target(), bytes.substr(used));
    return 0;
  }
  if (ec || !parser.is_header_done()) return 0;
  const auto& head = parser.get();
  HeadFacts facts{head.version(), head.target(), {}, 0, used};
  Request request;
  for (const auto& field : head) {
    if (field.name() == bhttp::field::transfer_encoding) facts.transfer_encodings.push_back(field.value());
    if (field.name() == bhttp::field::host) ++facts.host_fields;
    request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  if (CheckHead(facts)) return 0;
  if (!parser.is_done()) {  // a head with no body (GET) is a whole message already
    parser.eager(true);
    (void)parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
  }
  request.target = std::string(head.target());
  auto url = boost::urls::parse_origin_form(request.target);
  if (!url) return 0;
  request.path = std::string(url->path());
  for (const auto& param : url->params()) request.query.emplace_back(param.key, param.value);
  request.body = parser.get().body();
  (void)CheckText(request);
  (void)LogSafe(request.target);
  return 0;
}
