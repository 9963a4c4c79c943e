#include "http/compression.hpp"

#include <gtest/gtest.h>

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
