#include "features/audit/domain/audit_filter.hpp"

#include <gtest/gtest.h>

namespace practica::audit {

TEST(ReadAuditFilter, ReadsEveryFilter) {
  auto filter = ReadAuditFilter("12", "hope-street-es", "people.manage", "2026-11-01", "2026-11-30");

  ASSERT_TRUE(filter.has_value());
  EXPECT_EQ(filter->person_id, 12);
  EXPECT_EQ(filter->to, (core::LocalDate{2026, 11, 30}));
}

TEST(ReadAuditFilter, NamesABadDate) {
  auto filter = ReadAuditFilter("", "", "", "2026-13-01", "");

  ASSERT_FALSE(filter.has_value());
  EXPECT_EQ(filter.error().field, "from");
}

TEST(ReadAuditFilter, RefusesAnEndBeforeTheStart) {
  EXPECT_EQ(ReadAuditFilter("", "", "", "2026-11-30", "2026-11-01").error().field, "to");
}

TEST(CsvField, QuotesCommasAndQuotes) { EXPECT_EQ(CsvField("a, \"b\""), "\"a, \"\"b\"\"\""); }

TEST(CsvField, DisarmsSpreadsheetFormulas) { EXPECT_EQ(CsvField("=HYPERLINK(1)"), "'=HYPERLINK(1)"); }

}  // namespace practica::audit
