#include "http/response_head.hpp"

#include <gtest/gtest.h>

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>

namespace practica::http {
namespace {

namespace bhttp = boost::beast::http;

// Reads the head back as a client would: Beast's own response parser, which refuses what is
// not HTTP.
bhttp::response<bhttp::empty_body> Parsed(const std::string& head, bool head_request = false) {
  bhttp::response_parser<bhttp::empty_body> parser;
  parser.skip(head_request);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(head), ec);
  EXPECT_FALSE(ec) << ec.message() << "\n" << head;
  EXPECT_TRUE(parser.is_header_done()) << head;
  return parser.release();
}

Response Css() {
  Response response;
  response.content_type = "text/css; charset=utf-8";
  response.Header("ETag", "\"e69863c36748fa97\"").Header("Cache-Control", "public, max-age=31536000, immutable");
  return response;
}

TEST(ResponseHead, SaysStatusTypeRequestIdHeadersAndLength) {
  HeadFraming framing;
  framing.content_length = 17795;
  const auto head = ResponseHead(Css(), "3ns4fz8t-2", framing);

  EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head;
  EXPECT_TRUE(head.ends_with("\r\n\r\n")) << head;
  const auto message = Parsed(head);
  EXPECT_EQ(message.result_int(), 200);
  EXPECT_EQ(message[bhttp::field::server], "Practica");
  EXPECT_EQ(message[bhttp::field::content_type], "text/css; charset=utf-8");
  EXPECT_EQ(message["X-Request-Id"], "3ns4fz8t-2");
  EXPECT_EQ(message[bhttp::field::etag], "\"e69863c36748fa97\"");
  EXPECT_EQ(message[bhttp::field::cache_control], "public, max-age=31536000, immutable");
  EXPECT_EQ(message[bhttp::field::content_length], "17795");
  EXPECT_TRUE(message.keep_alive());
}

TEST(ResponseHead, SaysConnectionOnlyWhereTheVersionNeedsIt) {
  HeadFraming framing;
  framing.content_length = 0;
  EXPECT_EQ(ResponseHead(Css(), "r", framing).find("Connection"), std::string::npos);
  framing.keep_alive = false;
  EXPECT_FALSE(Parsed(ResponseHead(Css(), "r", framing)).keep_alive());

  framing.version = 10;
  const auto closing = ResponseHead(Css(), "r", framing);
  EXPECT_TRUE(closing.starts_with("HTTP/1.0 200 OK\r\n")) << closing;
  EXPECT_FALSE(Parsed(closing).keep_alive());
  framing.keep_alive = true;
  EXPECT_TRUE(Parsed(ResponseHead(Css(), "r", framing)).keep_alive());
}

TEST(ResponseHead, AStreamedBodyIsChunkedAndAnnouncesNoLength) {
  HeadFraming framing;
  framing.chunked = true;
  const auto message = Parsed(ResponseHead(Css(), "r", framing));
  EXPECT_TRUE(message.chunked());
  EXPECT_EQ(message.count(bhttp::field::content_length), 0U);
}

TEST(ResponseHead, KeepsEveryCookieAndTheLastOfAnyOtherHeaderSetTwice) {
  Response response;
  response.Header("Set-Cookie", "practica_session=a; HttpOnly")
      .Header("Vary", "Cookie")
      .Header("Set-Cookie", "practica_seen=b")
      .Header("Vary", "Accept-Encoding")
      .Header("Content-Type", "application/json");
  HeadFraming framing;
  framing.content_length = 2;
  const auto message = Parsed(ResponseHead(response, "r", framing));

  EXPECT_EQ(message.count(bhttp::field::set_cookie), 2U);
  EXPECT_EQ(message.count(bhttp::field::vary), 1U);
  EXPECT_EQ(message[bhttp::field::vary], "Accept-Encoding");
  EXPECT_EQ(message.count(bhttp::field::content_type), 1U);
  EXPECT_EQ(message[bhttp::field::content_type], "application/json");
}

TEST(ResponseHead, NamesTheReasonOfEveryStatusItAnswers) {
  HeadFraming framing;
  framing.content_length = 0;
  for (const auto& [status, line] : std::vector<std::pair<int, std::string>>{
           {303, "HTTP/1.1 303 See Other\r\n"}, {304, "HTTP/1.1 304 Not Modified\r\n"},
           {404, "HTTP/1.1 404 Not Found\r\n"}, {421, "HTTP/1.1 421 Misdirected Request\r\n"},
           {503, "HTTP/1.1 503 Service Unavailable\r\n"}}) {
    Response response;
    response.status = status;
    EXPECT_TRUE(ResponseHead(response, "r", framing).starts_with(line)) << status;
  }
}

TEST(ResponseHead, LeavesOutAFieldThatWouldEndTheHeadEarly) {
  using namespace std::string_literals;
  Response response;
  response.Header("Location", "/next\r\nSet-Cookie: stolen=1")
      .Header("Content-Disposition", "attachment; filename=\"a\0b\""s)
      .Header("X-Bad: Name", "v")
      .Header("Referrer-Policy", "same-origin");
  HeadFraming framing;
  framing.content_length = 0;
  std::string dropped;
  const auto head = ResponseHead(response, "r", framing, &dropped);
  const auto message = Parsed(head);

  EXPECT_EQ(message.count(bhttp::field::set_cookie), 0U) << head;
  EXPECT_EQ(message.count(bhttp::field::location), 0U);
  EXPECT_EQ(message.count(bhttp::field::content_disposition), 0U);
  EXPECT_EQ(message["Referrer-Policy"], "same-origin");
  EXPECT_EQ(dropped, "Location, Content-Disposition, X-Bad: Name");
}

TEST(ResponseHead, ARouteCannotContradictTheFraming) {
  Response response;
  response.Header("Content-Length", "5").Header("Transfer-Encoding", "chunked").Header("Connection", "close");
  HeadFraming framing;
  framing.content_length = 12;
  const auto message = Parsed(ResponseHead(response, "r", framing));
  EXPECT_EQ(message[bhttp::field::content_length], "12");
  EXPECT_FALSE(message.chunked());
  EXPECT_TRUE(message.keep_alive());
}

}  // namespace
}  // namespace practica::http
