#include "features/kit/rows_html.hpp"

#include "http/mustache_render.hpp"

namespace practica::features {

// The escaping the templates use, so a row written here reads as the template would draw it.
void AppendEscaped(std::string& out, std::string_view text) { http::mustache::AppendEscaped(text, out); }

// A piece's room for the row that takes it past kPiece, so it is not copied to grow either.
RowsHtml::RowsHtml() { html_.reserve(kPiece + kPiece / 4); }

void RowsHtml::SetAside() {
  pieces_.push_back(std::move(html_));
  html_ = std::string();
  html_.reserve(kPiece + kPiece / 4);
}

std::string RowsHtml::Splice(std::string_view page) {
  const auto at = page.find(kMarker);
  if (at == std::string_view::npos) return std::string(page);
  std::size_t rows = html_.size();
  for (const auto& piece : pieces_) rows += piece.size();
  std::string out;
  out.reserve(page.size() - kMarker.size() + rows);
  out.append(page.substr(0, at));
  for (const auto& piece : pieces_) out.append(piece);
  out.append(html_).append(page.substr(at + kMarker.size()));
  pieces_.clear();
  html_.clear();
  return out;
}

}  // namespace practica::features
