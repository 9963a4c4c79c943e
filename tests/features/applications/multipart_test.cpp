// src/http/multipart: the upload parser the applications feature brought (its tests live here,
// beside the feature that owns it).
#include "http/multipart.hpp"

#include <gtest/gtest.h>

namespace practica::http {

TEST(ParseMultipart, ReadsFieldsAndFilesWithTheirBytes) {
  static constexpr char kBytes[] = "%PDF-1.4\r\n\0binary\r\n--not-the-boundary";
  const std::string bytes(kBytes, sizeof kBytes - 1);
  const std::string body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc\r\n"
                           "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"intent; signed.pdf\"\r\n"
                           "Content-Type: application/pdf\r\n\r\n" + bytes + "\r\n--XyZ--\r\n";

  auto parts = ParseMultipart("multipart/form-data; boundary=XyZ", body);

  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "csrf_token");
  EXPECT_EQ((*parts)[0].data, "abc");
  EXPECT_FALSE((*parts)[0].IsFile());
  const auto* file = FindPart(*parts, "file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->file_name, "intent; signed.pdf");
  EXPECT_EQ(file->content_type, "application/pdf");
  EXPECT_EQ(file->data, bytes);
}

TEST(ParseMultipart, ReadsAQuotedBoundaryAndAPreamble) {
  const std::string body = "preamble\r\n--a b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--a b--";

  auto parts = ParseMultipart("Multipart/Form-Data; boundary=\"a b\"", body);

  ASSERT_TRUE(parts.has_value()) << parts.error().message;
  EXPECT_EQ(parts->at(0).data, "1");
}

TEST(ParseMultipart, RefusesAFileNameOrFieldThatIsNotUtf8) {
  const std::string file = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan\xff.pdf\"\r\n\r\n"
                           "\xff\xfe bytes are fine in a file\r\n--XyZ--";
  const std::string field = "--XyZ\r\nContent-Disposition: form-data; name=\"answer_1\"\r\n\r\n\xc3\r\n--XyZ--";

  auto named = ParseMultipart("multipart/form-data; boundary=XyZ", file);
  auto typed = ParseMultipart("multipart/form-data; boundary=XyZ", field);

  ASSERT_FALSE(named.has_value());
  EXPECT_EQ(named.error().message, "The file's name is not UTF-8 text; rename the file and upload it again.");
  EXPECT_EQ(named.error().field, "file");
  ASSERT_FALSE(typed.has_value());
  EXPECT_EQ(typed.error().field, "body");
}

TEST(ParseMultipart, RefusesABodyThatIsNotMultipart) {
  auto refused = ParseMultipart("application/x-www-form-urlencoded", "a=1");

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().field, "body");
}

TEST(ParseMultipart, RefusesABodyCutShort) {
  auto refused = ParseMultipart("multipart/form-data; boundary=B",
                                "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF");

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "The upload could not be read (the body ends inside a part); choose the file and send the form again.");
}

TEST(ParseMultipart, RefusesAPartWithoutAName) {
  auto refused = ParseMultipart("multipart/form-data; boundary=B", "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--");

  EXPECT_FALSE(refused.has_value());
}

TEST(MultipartBoundary, IsEmptyForOtherTypes) {
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=----WebKitFormBoundary7MA4"), "----WebKitFormBoundary7MA4");
  EXPECT_EQ(MultipartBoundary("text/plain; boundary=x"), "");
}

}  // namespace practica::http
