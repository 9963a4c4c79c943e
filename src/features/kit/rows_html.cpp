#include "features/kit/rows_html.hpp"

namespace practica::features {

void AppendEscaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

std::string RowsHtml::Splice(std::string_view page) {
  const auto at = page.find(kMarker);
  if (at == std::string_view::npos) return std::string(page);
  std::string out;
  out.reserve(page.size() - kMarker.size() + html_.size());
  out.append(page.substr(0, at)).append(html_).append(page.substr(at + kMarker.size()));
  html_.clear();
  return out;
}

}  // namespace practica::features
