#include "features/kit/csv.hpp"

#include <gtest/gtest.h>

namespace practica::features {
namespace {

TEST(CsvField, QuotesAsRfc4180Says) {
  EXPECT_EQ(CsvField("Hope Street ES"), "Hope Street ES");
  EXPECT_EQ(CsvField("Rivera, Diego"), "\"Rivera, Diego\"");
  EXPECT_EQ(CsvField("the \"ID\" team"), "\"the \"\"ID\"\" team\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
}

// Text a school typed must never run as a formula on a staff member's machine.
TEST(CsvField, KeepsFormulasFromRunning) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvField("+1"), "'+1");
  EXPECT_EQ(CsvField("-1"), "'-1");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tcmd"), "'\tcmd");
}

TEST(CsvLine, EndsWithCrLf) {
  EXPECT_EQ(CsvLine({"a", "b c", ""}), "a,b c,\r\n");
}

}  // namespace
}  // namespace practica::features
