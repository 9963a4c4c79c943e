#include "features/exemplars/domain/search_query.hpp"

#include <algorithm>

namespace practica::exemplars {
namespace {

bool WordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Calls `on_word(begin, end)` for each word and `on_gap(begin, end)` for the text between.
template <typename Word, typename Gap>
void Scan(std::string_view text, Word on_word, Gap on_gap) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const bool word = WordByte(static_cast<unsigned char>(text[i]));
    while (i < text.size() && WordByte(static_cast<unsigned char>(text[i])) == word) ++i;
    if (word) on_word(start, i); else on_gap(start, i);
  }
}

void Escape(std::string& out, std::string_view text) {
  for (char c : text) {
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

std::string LowerCopy(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), Lower);
  return out;
}

}  // namespace

std::vector<std::string> SearchTerms(std::string_view query) {
  std::vector<std::string> terms;
  Scan(query, [&](std::size_t b, std::size_t e) {
    auto word = LowerCopy(query.substr(b, e - b));
    if (terms.size() < kMaxTerms && std::ranges::find(terms, word) == terms.end()) terms.push_back(std::move(word));
  }, [](std::size_t, std::size_t) {});
  return terms;
}

std::string Fts5Match(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& term : terms) out += (out.empty() ? "\"" : " AND \"") + term + "\"*";
  return out;
}

std::string TsQuery(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& term : terms) out += (out.empty() ? "" : " & ") + term + ":*";
  return out;
}

std::string_view ChooseSort(std::string_view asked, bool has_terms) {
  if (asked == "title" || asked == "newest") return asked;
  return has_terms ? "relevance" : "newest";
}

std::string Highlight(std::string_view text, const std::vector<std::string>& terms) {
  std::string out;
  Scan(text, [&](std::size_t b, std::size_t e) {
    const auto word = text.substr(b, e - b);
    const auto lower = LowerCopy(word);
    const bool hit = std::ranges::any_of(terms, [&](const std::string& t) { return lower.starts_with(t); });
    if (hit) out += "<mark>";
    Escape(out, word);
    if (hit) out += "</mark>";
  }, [&](std::size_t b, std::size_t e) { Escape(out, text.substr(b, e - b)); });
  return out;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  Escape(out, text);
  return out;
}

std::string IndexText(std::string_view text) {
  std::string out;
  Scan(text, [&](std::size_t b, std::size_t e) {
    if (!out.empty()) out += ' ';
    out += LowerCopy(text.substr(b, e - b));
  }, [](std::size_t, std::size_t) {});
  return out;
}

}  // namespace practica::exemplars
