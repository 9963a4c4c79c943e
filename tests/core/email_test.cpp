#include "core/email.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"

namespace practica::core {
namespace {

TEST(EmailProblem, AcceptsAPlainAddress) {
  EXPECT_EQ(EmailProblem("ana.ruiz+ps3@school.district.org"), "");
  EXPECT_TRUE(IsEmailAddress("sophia.mendoza@lausd.net"));
}

TEST(EmailProblem, RefusesAnAddressWithoutAnAt) {
  EXPECT_EQ(EmailProblem("sophia"), "it needs exactly one @");
}

TEST(EmailProblem, RefusesADomainWithoutADot) {
  EXPECT_EQ(EmailProblem("ana@school"), "the part after @ needs a dot, as in school.org");
}

TEST(EmailProblem, RefusesASpace) {
  EXPECT_EQ(EmailProblem("ana ruiz@school.org"), "it has a space");
}

TEST(EmailProblem, RefusesALineBreakThatWouldAddAHeader) {
  EXPECT_EQ(EmailProblem("a@b.org\r\nBcc: x@y.org"), "it has a line break");
}

TEST(EmailProblem, RefusesAnEmptyLocalPart) {
  EXPECT_EQ(EmailProblem("@school.org"), "the part before @ is not a valid name");
}

TEST(EmailProblem, RefusesADomainEndingInADot) {
  EXPECT_EQ(EmailProblem("ana@school.org."), "the part after @ is not a valid domain");
}

TEST(Greeting, NamesThePerson) { EXPECT_EQ(core::Greeting("Ana Ruiz"), "Hello Ana Ruiz,"); }

TEST(Greeting, SaysHelloWhenTheNameIsUnknown) { EXPECT_EQ(core::Greeting(""), "Hello,"); }

}  // namespace
}  // namespace practica::core
