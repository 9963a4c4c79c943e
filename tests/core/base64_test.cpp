#include "core/base64.hpp"

#include <gtest/gtest.h>

namespace practica::core {

TEST(Base64, EncodesWithPaddingAsRfc4648Does) {
  EXPECT_EQ(EncodeBase64(""), "");
  EXPECT_EQ(EncodeBase64("f"), "Zg==");
  EXPECT_EQ(EncodeBase64("fo"), "Zm8=");
  EXPECT_EQ(EncodeBase64("foobar"), "Zm9vYmFy");
}

TEST(Base64, ReadsBackEveryByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));

  EXPECT_EQ(DecodeBase64(EncodeBase64(bytes)), bytes);
}

TEST(Base64, RefusesTextThatIsNotBase64) {
  EXPECT_FALSE(DecodeBase64("Zm9").has_value());
  EXPECT_FALSE(DecodeBase64("Zm=v").has_value());
  EXPECT_FALSE(DecodeBase64("Z!==").has_value());
}

}  // namespace practica::core
