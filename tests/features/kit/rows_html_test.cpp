#include "features/kit/rows_html.hpp"

#include <gtest/gtest.h>

#include <string>

namespace practica::features {
namespace {

TEST(RowsHtml, EscapesTextAndLeavesMarkup) {
  RowsHtml rows;
  rows.Raw("<td>").Text("Fisher & Daughter's <School> \"ES\"").Raw("</td>");
  rows.EndRow();
  EXPECT_EQ(rows.Splice("<table><!--practica:rows--></table>"),
            "<table><td>Fisher &amp; Daughter&apos;s &lt;School&gt; &quot;ES&quot;</td></table>");
}

// A district's grid runs to megabytes: the rows are kept in pieces, and the page must come out
// exactly as one string written from start to end would have.
TEST(RowsHtml, ManyPiecesComeOutInOrderAndWhole) {
  RowsHtml rows;
  std::string expected;
  for (int school = 0; school < 20000; ++school) {
    const std::string row = "<tr data-school=\"s" + std::to_string(school) + "\"><td>" +
                            std::string(static_cast<std::size_t>(school % 97), 'x') + "</td></tr>\n";
    rows.html() += row;  // as the grid writes, straight into the piece being written
    rows.EndRow();
    expected += row;
  }
  ASSERT_GT(expected.size(), 3u * 256 * 1024);  // several pieces set aside
  EXPECT_EQ(rows.Splice("<main><!--practica:rows--></main>"), "<main>" + expected + "</main>");
}

TEST(RowsHtml, APageWithoutTheMarkerComesBackUnchanged) {
  RowsHtml rows;
  rows.Raw("<tr></tr>");
  EXPECT_EQ(rows.Splice("<p>No schools match.</p>"), "<p>No schools match.</p>");
}

}  // namespace
}  // namespace practica::features
