#include "features/surveys/domain/conversation.hpp"

#include <gtest/gtest.h>

namespace practica::surveys {
namespace {

// The focus group with Garvanza's team after the Critical Friends round of March 22, 2019.
ConversationText Garvanza() {
  return ConversationText{"focus_group", "Garvanza's team after the round", "2019-03-22",
                          {{"teacher", "4"}, {"principal", "1"}, {"coach", ""}}, "What helped: the clarifying questions."};
}

constexpr core::LocalDate kThatEvening{2019, 3, 22};

TEST(CheckConversation, KeepsWhatWasTypedAndLeavesOutRolesWithNobody) {
  auto c = CheckConversation(Garvanza(), kThatEvening);

  ASSERT_TRUE(c.has_value()) << c.error().message;
  EXPECT_EQ(c->kind, ConversationKind::kFocusGroup);
  EXPECT_EQ(c->held_on, kThatEvening);
  EXPECT_EQ(c->people, (std::map<std::string, int>{{"principal", 1}, {"teacher", 4}}));
  EXPECT_EQ(WhoText(c->people), "4 teachers and 1 principal");
  EXPECT_EQ(TotalPeople(c->people), 5);
}

TEST(CheckConversation, RefusesADayNotYetCome) {
  auto c = CheckConversation(Garvanza(), {2019, 3, 21});

  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().field, "held_on");
  EXPECT_NE(c.error().message.find("in the future"), std::string::npos);
}

TEST(CheckConversation, RefusesNobodyAtAll) {
  auto text = Garvanza();
  text.counts = {{"teacher", "0"}, {"principal", ""}};

  auto c = CheckConversation(text, kThatEvening);

  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().field, "count_teacher");
  EXPECT_EQ(c.error().message, "Say who took part: how many people in at least one role.");
}

TEST(CheckConversation, NamesTheRoleWhoseCountIsNotANumber) {
  auto text = Garvanza();
  text.counts["parent"] = "a dozen";

  auto c = CheckConversation(text, kThatEvening);

  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().field, "count_parent");
  EXPECT_EQ(c.error().message, "The number of parents must be a whole number from 0 to 500; got \"a dozen\".");
}

TEST(CheckConversation, RefusesAnUnknownKindNoTitleAndNoNotes) {
  auto kind = Garvanza();
  kind.kind = "survey";
  auto title = Garvanza();
  title.title = "  ";
  auto notes = Garvanza();
  notes.notes = "";

  EXPECT_EQ(CheckConversation(kind, kThatEvening).error().field, "kind");
  EXPECT_EQ(CheckConversation(title, kThatEvening).error().field, "title");
  EXPECT_EQ(CheckConversation(notes, kThatEvening).error().field, "notes");
}

TEST(WhoText, ListsTheRolesInThePagesOrder) {
  EXPECT_EQ(WhoText({{"student", 2}, {"teacher", 1}, {"team", 3}}), "1 teacher, 3 practitioner team members and 2 students");
  EXPECT_EQ(WhoText({}), "nobody");
}

}  // namespace
}  // namespace practica::surveys
