// A library search as both databases take it: the words typed, reduced to letters and digits so
// that no quote, operator or column name reaches SQLite FTS5 or PostgreSQL's tsquery, and each
// word matched as a prefix on both (the same results either way).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practica::exemplars {

inline constexpr std::size_t kMaxTerms = 8;
inline constexpr int kPageSize = 10;

// The lower-case words of the query (runs of ASCII letters, digits and non-ASCII bytes), at most
// kMaxTerms, duplicates dropped. "Robots' \"OR\" 1=1; --" gives robots, or, 1, 1 → robots, or, 1.
std::vector<std::string> SearchTerms(std::string_view query);

// FTS5 MATCH text: every term quoted as a prefix, all required ("robot"* AND "code"*).
std::string Fts5Match(const std::vector<std::string>& terms);
// to_tsquery('simple', …) text: robot:* & code:*
std::string TsQuery(const std::vector<std::string>& terms);

// The order of a library search's hits: "relevance", "title" or "newest". Relevance ranks by the
// words, so it is what a search with words gets unless it asks for another order; without words
// there is nothing to rank and the newest come first. Anything else asked is the default.
std::string_view ChooseSort(std::string_view asked, bool has_terms);

// `text` HTML-escaped with every word that starts with a term wrapped in <mark>.
std::string Highlight(std::string_view text, const std::vector<std::string>& terms);

// `text` with &, <, >, " and ' escaped: safe in HTML and in XML (the Atom feed).
std::string EscapeMarkup(std::string_view text);

// The words both databases index for a text: the same runs SearchTerms reads, space-separated.
std::string IndexText(std::string_view text);

}  // namespace practica::exemplars
