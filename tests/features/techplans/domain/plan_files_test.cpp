#include "features/techplans/domain/plan_files.hpp"

#include <gtest/gtest.h>

namespace practica::techplans {
namespace {

TEST(CheckFileSlot, ThePlanTakesItsFourPoliciesInTheSeedsOrder) {
  std::vector<std::string_view> policies;
  for (const auto& slot : FileSlots()) {
    if (!slot.certificate) policies.push_back(slot.code);
  }
  EXPECT_EQ(policies, (std::vector<std::string_view>{"responsible_use", "parent_acknowledgement",
                                                     "social_media_educators", "social_media_students"}));
  auto slot = CheckFileSlot("parent_acknowledgement", false);
  ASSERT_TRUE(slot.has_value());
  EXPECT_EQ(slot->label, "Parent acknowledgement");
}

TEST(CheckFileSlot, TheCertificateGoesOnlyOnTheCertificationAndAPolicyOnlyOnThePlan) {
  EXPECT_TRUE(CheckFileSlot("certificate", true).has_value());
  auto on_plan = CheckFileSlot("certificate", false);
  ASSERT_FALSE(on_plan.has_value());
  EXPECT_EQ(on_plan.error().field, "slot");
  EXPECT_FALSE(CheckFileSlot("responsible_use", true).has_value());
  EXPECT_FALSE(CheckFileSlot("", false).has_value());
  EXPECT_FALSE(CheckFileSlot("vision", false).has_value());
}

}  // namespace
}  // namespace practica::techplans
