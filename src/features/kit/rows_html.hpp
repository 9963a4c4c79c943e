// Rows of a district-sized table written straight to HTML and put into the finished page in
// one copy: at 1,000 schools a view model of thousands of cells for the template engine costs
// many times the queries behind it. The template prints RowsHtml::kMarker ({{{rows_html}}})
// where the rows go.
#pragma once

#include <string>
#include <string_view>

namespace practica::features {

// `text` escaped for HTML text and attribute values, appended to `out`.
void AppendEscaped(std::string& out, std::string_view text);

class RowsHtml {
 public:
  // Where the rows go in the rendered page: a comment no escaped text can spell.
  static constexpr std::string_view kMarker = "<!--practica:rows-->";

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

  // `page` with the rows in place of kMarker (the page unchanged when it has none).
  std::string Splice(std::string_view page);

 private:
  std::string html_;
};

}  // namespace practica::features
