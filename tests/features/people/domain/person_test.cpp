#include "features/people/domain/person.hpp"

#include <gtest/gtest.h>

namespace practica::people {

TEST(NewPerson, LowerCasesAndTrimsTheAddress) {
  auto person = NewPerson("  Sophia.Mendoza@LAUSD.net ", "Sophia Mendoza");

  ASSERT_TRUE(person.has_value());
  EXPECT_EQ(person->email, "sophia.mendoza@lausd.net");
}

TEST(NewPerson, RefusesAnAddressWithoutADomain) {
  auto person = NewPerson("sophia", "Sophia Mendoza");

  ASSERT_FALSE(person.has_value());
  EXPECT_EQ(person.error().field, "email");
  EXPECT_EQ(person.error().message, "\"sophia\" is not an e-mail address; write it as name@example.org.");
}

TEST(NewPerson, RefusesAnEmptyName) {
  EXPECT_EQ(NewPerson("a@b.org", "  ").error().field, "name");
}

}  // namespace practica::people
