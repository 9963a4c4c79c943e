#include "mail/address.hpp"

#include <gtest/gtest.h>

namespace practica::mail {
namespace {

using core::ErrorCode;

TEST(CheckEmail, AcceptsAPlainAddress) {
  EXPECT_TRUE(CheckEmail("ana.ruiz+ps3@school.district.org", "to"));
}

TEST(CheckEmail, RefusesALineBreakThatWouldAddAHeader) {
  const auto checked = CheckEmail("a@b.org\r\nBcc: x@y.org", "to");

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "to");
  EXPECT_EQ(checked.error().message,
            "The e-mail address \"a@b.org\\r\\nBcc: x@y.org\" cannot be used: it has a line "
            "break; enter one address like name@school.org.");
}

TEST(CheckEmail, RefusesASecondAddress) {
  const auto checked = CheckEmail("a@b.org,c@d.org", "to");

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "The e-mail address \"a@b.org,c@d.org\" cannot be used: it may hold only one "
            "address, without < > , ; : \" ( ) [ ] or \\; enter one address like "
            "name@school.org.");
}

TEST(CheckEmail, RefusesLettersOutsideAscii) {
  const auto checked = CheckEmail("josé@school.org", "to");

  ASSERT_FALSE(checked);
  EXPECT_NE(checked.error().message.find("outside ASCII"), std::string::npos);
}

TEST(CheckEmail, RefusesAnAddressWithoutDomain) {
  EXPECT_FALSE(CheckEmail("ana.ruiz", "to"));
  EXPECT_FALSE(CheckEmail("ana@", "to"));
  EXPECT_FALSE(CheckEmail("@school.org", "to"));
  EXPECT_FALSE(CheckEmail("ana@school..org", "to"));
  EXPECT_FALSE(CheckEmail("", "to"));
}

TEST(CheckDisplayName, RefusesALineBreak) {
  const auto checked = CheckDisplayName("Ana\nBcc: x@y.org", "to_name");

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "to_name");
  EXPECT_EQ(checked.error().message,
            "The name \"Ana\\nBcc: x@y.org\" cannot be shown in an e-mail: it has a line break; "
            "write it on one line.");
}

TEST(ParseAddress, ReadsANameAndAnAddress) {
  const auto address = ParseAddress("Practica <noreply@district.org>", "mail_from");

  ASSERT_TRUE(address) << address.error().message;
  EXPECT_EQ(address->name, "Practica");
  EXPECT_EQ(address->email, "noreply@district.org");
}

TEST(ParseAddress, ReadsAQuotedName) {
  const auto address = ParseAddress(R"("Program Office, PS" <office@district.org>)", "mail_from");

  ASSERT_TRUE(address) << address.error().message;
  EXPECT_EQ(address->name, "Program Office, PS");
}

TEST(ParseAddress, ReadsABareAddress) {
  const auto address = ParseAddress(" noreply@district.org ", "mail_from");

  ASSERT_TRUE(address) << address.error().message;
  EXPECT_EQ(address->name, "");
  EXPECT_EQ(address->email, "noreply@district.org");
}

TEST(ParseAddress, RefusesAName) {
  const auto address = ParseAddress("Practica", "mail_from");

  ASSERT_FALSE(address);
  EXPECT_EQ(address.error().field, "mail_from");
}

}  // namespace
}  // namespace practica::mail
