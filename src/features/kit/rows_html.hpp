// Rows of a district-sized table written straight to HTML and put into the finished page in
// one copy: at 1,000 schools a view model of thousands of cells for the template engine costs
// many times the queries behind it. The template prints RowsHtml::kMarker ({{{rows_html}}})
// where the rows go.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practica::features {

// `text` escaped for HTML text and attribute values, appended to `out`.
void AppendEscaped(std::string& out, std::string_view text);

class RowsHtml {
 public:
  // Where the rows go in the rendered page: a comment no escaped text can spell.
  static constexpr std::string_view kMarker = "<!--practica:rows-->";

  RowsHtml();

  // The piece being written. The reference stays good for the object's life: EndRow moves a
  // full piece aside and starts this same string afresh.
  std::string& html() { return html_; }
  // Appends `text` escaped.
  RowsHtml& Text(std::string_view text) {
    AppendEscaped(html_, text);
    return *this;
  }
  // Appends markup as it is.
  RowsHtml& Raw(std::string_view markup) {
    html_ += markup;
    return *this;
  }
  // Said after each row. The rows are kept in pieces of about kPiece bytes, so a 3 MB grid is
  // never copied to grow: one string doubling its way to 3 MB copied itself twice over and
  // touched each new buffer's pages for the first time (a fifth of the grid's time on
  // PostgreSQL, mostly page faults).
  void EndRow() {
    if (html_.size() >= kPiece) SetAside();
  }

  // `page` with the rows in place of kMarker (the page unchanged when it has none).
  std::string Splice(std::string_view page);

 private:
  static constexpr std::size_t kPiece = 256 * 1024;
  void SetAside();

  std::vector<std::string> pieces_;  // full pieces, in order; html_ follows the last
  std::string html_;
};

}  // namespace practica::features
