#include "features/audit/domain/audit_filter.hpp"

#include <gtest/gtest.h>

namespace practica::audit {

TEST(ReadAuditFilter, ReadsEveryFilter) {
  auto filter = ReadAuditFilter({"12", "hope-street-es", "people.manage", "2026-11-01", "2026-11-30"});

  ASSERT_TRUE(filter.has_value());
  EXPECT_EQ(filter->person_id, 12);
  EXPECT_EQ(filter->to, (core::LocalDate{2026, 11, 30}));
}

TEST(ReadAuditFilter, NamesABadDate) {
  auto filter = ReadAuditFilter({"", "", "", "2026-13-01", ""});

  ASSERT_FALSE(filter.has_value());
  EXPECT_EQ(filter.error().field, "from");
}

TEST(ReadAuditFilter, RefusesAnEndBeforeTheStart) {
  EXPECT_EQ(ReadAuditFilter({"", "", "", "2026-11-30", "2026-11-01"}).error().field, "to");
}

TEST(ReadAuditFilter, ShowsChangesUnlessAskedForSignIns) {
  EXPECT_EQ(ReadAuditFilter({}).value().kind, AuditKind::kChanges);
  EXPECT_EQ(ReadAuditFilter({.kind = "sign_ins"}).value().kind, AuditKind::kSignIns);
  EXPECT_EQ(ReadAuditFilter({.kind = "logins"}).error().field, "kind");
  EXPECT_TRUE(IsSignInAction("account.sign_in"));
  EXPECT_FALSE(IsSignInAction("people.manage"));
}

TEST(ReadAuditFilter, ReadsTheCursorItGaveOutAndRefusesAnyOther) {
  const auto filter = ReadAuditFilter({.before = FormatCursor({1732345678, 42})});

  ASSERT_TRUE(filter.has_value());
  EXPECT_EQ(filter->before->at, 1732345678);
  EXPECT_EQ(filter->before->id, 42);
  EXPECT_EQ(ReadAuditFilter({.before = "42"}).error().field, "before");
  EXPECT_EQ(ReadAuditFilter({.before = "1-0"}).error().field, "before");
}

TEST(ReadAuditFilter, KeepsAPageBetweenOneAndFiveHundredEntries) {
  EXPECT_EQ(ReadAuditFilter({}).value().limit, 100);
  EXPECT_EQ(ReadAuditFilter({.limit = "500"}).value().limit, 500);
  EXPECT_EQ(ReadAuditFilter({.limit = "501"}).error().field, "limit");
  EXPECT_EQ(ReadAuditFilter({.limit = "0"}).error().field, "limit");
}

}  // namespace practica::audit
