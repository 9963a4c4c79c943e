#include "http/compression.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

namespace practica::http {
namespace {

Request Accepting(std::string encodings) {
  Request request;
  request.headers = {{"accept-encoding", std::move(encodings)}};
  return request;
}

Response Page(std::size_t bytes, std::string content_type = "text/html; charset=utf-8") {
  auto response = HtmlResponse(std::string(bytes, 'a'));
  response.content_type = std::move(content_type);
  return response;
}

bool Has(const Response& response, const std::string& name, const std::string& value) {
  for (const auto& [key, v] : response.headers) {
    if (key == name && v == value) return true;
  }
  return false;
}

std::string Gunzip(const std::string& packed) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  stream.avail_in = static_cast<uInt>(packed.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

// The thread's deflate state is reused: each body must come out as if compressed alone.
TEST(Gzip, GivesEachBodyTheSameBytesWhateverWasCompressedBefore) {
  const std::string page = "<table>" + std::string(3000, 'x') + "<tr><td>Garvanza</td></tr></table>";
  const std::string first = Gzip(page, 1);
  ASSERT_FALSE(first.empty());
  EXPECT_FALSE(Gzip(std::string(70000, 'y') + "tail", 1).empty());
  EXPECT_FALSE(Gzip(page, 9).empty());
  EXPECT_EQ(Gzip(page, 1), first);
  EXPECT_EQ(Gunzip(first), page);
  EXPECT_EQ(Gunzip(Gzip(page, 9)), page);
  EXPECT_TRUE(Gzip(page, 12).empty());  // zlib has no such level
}

TEST(BodyToSend, GzipsALargePageForAClientThatAcceptsGzip) {
  auto response = Page(5000);
  std::string packed;

  const auto body = BodyToSend(Accepting("gzip, deflate, br"), response, packed);

  EXPECT_EQ(body.data(), packed.data());
  EXPECT_LT(body.size(), 5000u);
  EXPECT_TRUE(Has(response, "Content-Encoding", "gzip"));
  EXPECT_TRUE(Has(response, "Vary", "Accept-Encoding"));
}

TEST(BodyToSend, SendsSmallBodiesImagesAndEncodedBodiesAsTheyAre) {
  for (auto response : {Page(1399), Page(5000, "image/png")}) {
    std::string packed;

    const auto body = BodyToSend(Accepting("gzip"), response, packed);

    EXPECT_EQ(body, response.Body());
    EXPECT_TRUE(response.headers.empty());
  }
  auto encoded = Page(5000);
  encoded.Header("Content-Encoding", "br");
  std::string packed;
  EXPECT_EQ(BodyToSend(Accepting("gzip"), encoded, packed).size(), 5000u);
}

TEST(BodyToSend, SendsTheBodyAsItIsToAClientThatDoesNotAcceptGzip) {
  auto response = Page(5000, "application/json");
  std::string packed;

  const auto body = BodyToSend(Accepting("identity"), response, packed);

  EXPECT_EQ(body.size(), 5000u);
  EXPECT_FALSE(Has(response, "Content-Encoding", "gzip"));
}

}  // namespace
}  // namespace practica::http
