#include "app/request_schemas.hpp"

#include <gtest/gtest.h>

namespace practica::app {
namespace {

constexpr const char* kDescription = R"({
  "paths": {
    "/api/v1/people": {"post": {"requestBody": {"required": true, "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/NewPerson"}}}}}},
    "/api/v1/notes": {"post": {"requestBody": {"required": false, "content": {"application/json": {
      "schema": {"type": "object", "properties": {"note": {"type": "string"}}}}}}}},
    "/api/v1/evidence": {"post": {"requestBody": {"required": true, "content": {
      "application/json": {"schema": {"type": "object", "properties": {"url": {"type": "string"}}}},
      "multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string"}}}}}}}}
  },
  "components": {"schemas": {
    "NewPerson": {"type": "object", "required": ["name", "email"], "properties": {
      "name": {"type": "string", "minLength": 1},
      "email": {"type": "string", "format": "email"},
      "starts_on": {"type": ["string", "null"], "format": "date"},
      "grants": {"type": "array", "items": {"type": "object", "properties": {"role": {"type": "string", "enum": ["teacher"]}}}}
    }}
  }}
})";

class RequestSchemasTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto built = RequestSchemas::Build(kDescription);
    ASSERT_TRUE(built.has_value()) << built.error().message;
    schemas_ = std::move(*built);
  }
  std::optional<core::Error> People(std::string_view body) {
    return schemas_->Check(http::Method::kPost, "/api/v1/people", body);
  }
  std::unique_ptr<RequestSchemas> schemas_;
};

TEST_F(RequestSchemasTest, AcceptsABodyOfTheDocumentedShape) {
  EXPECT_FALSE(People(R"({"name":"Ana Ruiz","email":"ana@school.org","starts_on":null})").has_value());
}

TEST_F(RequestSchemasTest, NamesAFieldOfTheWrongTypeAndWhatItMustBe) {
  const auto problem = People(R"({"name":12345,"email":"ana@school.org"})");

  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(problem->field, "name");
  EXPECT_EQ(problem->message, "The field \"name\" must be text (a JSON string).");
}

TEST_F(RequestSchemasTest, NamesAMissingRequiredField) {
  const auto problem = People(R"({"name":"Ana Ruiz"})");

  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->field, "email");
  EXPECT_EQ(problem->message, "The field \"email\" is required; /api/v1/openapi.json describes it.");
}

TEST_F(RequestSchemasTest, NamesAFieldInsideAList) {
  const auto problem = People(R"({"name":"Ana","email":"a@b.org","grants":[{"role":7}]})");

  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->field, "grants.0.role");
}

TEST_F(RequestSchemasTest, LeavesFormatsAndEnumsToTheDomainRulesThatExplainThem) {
  EXPECT_FALSE(People(R"({"name":"","email":"not an address","starts_on":"ZZZZZZZZZZZZZZZZZZZZ"})").has_value());
  EXPECT_FALSE(People(R"({"name":"Ana","email":"a@b.org","grants":[{"role":"director"}]})").has_value());
}

TEST_F(RequestSchemasTest, RefusesABodyThatIsNotJsonOrIsMissingWhenRequired) {
  EXPECT_EQ(People("{\"name\":")->field, "body");
  EXPECT_EQ(People("")->field, "body");
  EXPECT_FALSE(schemas_->Check(http::Method::kPost, "/api/v1/notes", "").has_value());
  EXPECT_FALSE(schemas_->Check(http::Method::kPost, "/api/v1/unknown", "[1]").has_value());
}

TEST_F(RequestSchemasTest, LeavesAnUploadToAnOperationDocumentedToTakeOneToItsRoute) {
  const std::string upload = "multipart/form-data; boundary=XyZ";
  const std::string parts = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhi\r\n--XyZ--\r\n";

  EXPECT_FALSE(schemas_->Check(http::Method::kPost, "/api/v1/evidence", parts, upload).has_value());
  EXPECT_EQ(schemas_->Check(http::Method::kPost, "/api/v1/evidence", R"({"url": 7})", "application/json")->field, "url");
  EXPECT_EQ(schemas_->Check(http::Method::kPost, "/api/v1/notes", parts, upload)->field, "body")
      << "an operation that documents no upload still reads its body as JSON";
}

}  // namespace
}  // namespace practica::app
