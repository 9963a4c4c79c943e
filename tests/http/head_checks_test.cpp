#include "http/head_checks.hpp"

#include <gtest/gtest.h>

namespace practica::http {
namespace {

HeadFacts Head(std::vector<std::string_view> transfer_encodings = {}, int hosts = 1) {
  HeadFacts facts;
  facts.target = "/api/v1/people";
  facts.transfer_encodings = std::move(transfer_encodings);
  facts.host_fields = hosts;
  facts.head_bytes = 200;
  return facts;
}

TEST(CheckHead, ServesAPlainRequest) { EXPECT_FALSE(CheckHead(Head()).has_value()); }

TEST(CheckHead, ServesAChunkedBody) { EXPECT_FALSE(CheckHead(Head({"chunked"})).has_value()); }

TEST(CheckHead, RefusesEveryOtherTransferCodingAndClosesTheConnection) {
  for (const auto coding : {"gzip", "identity", "xchunked", "chunked, gzip", "gzip, chunked", "chunked,chunked", ""}) {
    const auto refusal = CheckHead(Head({coding}));

    ASSERT_TRUE(refusal.has_value()) << coding;
    EXPECT_EQ(refusal->status, 400) << coding;
    EXPECT_TRUE(refusal->close) << coding;
  }
}

TEST(CheckHead, RefusesTwoTransferEncodingFields) {
  EXPECT_TRUE(CheckHead(Head({"chunked", "chunked"})).has_value());
}

TEST(CheckHead, WantsExactlyOneHostOnHttp11) {
  EXPECT_EQ(CheckHead(Head({}, 0))->message, "An HTTP/1.1 request needs a Host header.");
  EXPECT_EQ(CheckHead(Head({}, 2))->message, "The request has more than one Host header; send one.");
  auto old = Head({}, 0);
  old.version = 10;
  EXPECT_FALSE(CheckHead(old).has_value()) << "HTTP/1.0 has no Host requirement";
}

TEST(CheckHead, Answers414ForALongTargetAnd431ForLargeHeaders) {
  const std::string long_target(kMaxTargetBytes + 1, 'a');
  auto head = Head();
  head.target = long_target;
  EXPECT_EQ(CheckHead(head)->status, 414);

  auto headers = Head();
  headers.head_bytes = kMaxHeaderBytes + 500;
  EXPECT_EQ(CheckHead(headers)->status, 431);
}

TEST(ClassifyOversizedHead, TellsALongRequestLineFromLongHeaders) {
  const auto url = ClassifyOversizedHead({}, {}, "GET /" + std::string(70000, 'a'));
  const auto headers = ClassifyOversizedHead({}, {}, "POST /api/v1/people HTTP/1.1\r\nCookie: " + std::string(70000, 'c'));
  const auto parsed = ClassifyOversizedHead("POST", "/echo", std::string(70000, 'b'));
  const std::string long_target = "/" + std::string(kMaxTargetBytes + 1, 'a');
  const auto parsed_url = ClassifyOversizedHead("GET", long_target, "X: y\r\n");

  EXPECT_EQ(url.refusal.status, 414);
  EXPECT_EQ(url.method, "GET");
  EXPECT_EQ(url.target.substr(0, 5), "/aaaa");
  EXPECT_LE(url.target.size(), 203u) << "shortened for the log";
  EXPECT_EQ(headers.refusal.status, 431);
  EXPECT_EQ(headers.method, "POST");
  EXPECT_EQ(headers.target, "/api/v1/people");
  EXPECT_EQ(parsed.refusal.status, 431);
  EXPECT_EQ(parsed.method + " " + parsed.target, "POST /echo");
  EXPECT_EQ(parsed_url.refusal.status, 414);
}

TEST(CheckText, Answers404ForAPathThatIsNotUtf8AndNeverEchoesIt) {
  Request request;
  request.path = "/cohorts/\xff\xfe";

  const auto refusal = CheckText(request);

  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->status, 404);
  EXPECT_EQ(refusal->message.find('\xff'), std::string::npos);
}

TEST(CheckText, Answers422ForAQueryOrFormThatIsNotUtf8) {
  Request query;
  query.path = "/schools";
  query.query = {{"q", "\xff\xfe"}};
  Request form;
  form.path = "/people";
  form.headers = {{"content-type", "application/x-www-form-urlencoded"}};
  form.body = "name=%FF%FE";
  Request json;
  json.path = "/api/v1/people";
  json.headers = {{"content-type", "application/json"}};
  json.body = "{\"name\":\"\xff\"}";

  EXPECT_EQ(CheckText(query)->status, 422);
  EXPECT_EQ(CheckText(form)->status, 422);
  EXPECT_EQ(CheckText(json)->status, 422);
}

TEST(CheckText, LetsAccentedTextThrough) {
  Request request;
  request.path = "/schools";
  request.query = {{"q", "Escuela Niños ✓"}};

  EXPECT_FALSE(CheckText(request).has_value());
}

TEST(LogSafe, ReplacesControlAndNonAsciiBytesAndShortens) {
  EXPECT_EQ(LogSafe("/a\r\nb\xff"), "/a??b?");
  EXPECT_EQ(LogSafe(std::string(300, 'x')).size(), 203u);
}

TEST(BodyTooLarge, Answers413NamingTheLimitInMegabytesAndClosesTheConnection) {
  const auto refusal = BodyTooLarge(10 * 1024 * 1024);

  EXPECT_EQ(refusal.status, 413);
  EXPECT_EQ(refusal.code, "payload_too_large");
  EXPECT_NE(refusal.message.find("(10 MB)"), std::string::npos);
  EXPECT_TRUE(refusal.close);
}

}  // namespace
}  // namespace practica::http
