// A long text as typed (an agreement) in paragraphs for a page: blank lines part paragraphs and
// each line keeps its break, so the text reads as the program office wrote it.
#pragma once

#include <boost/json/array.hpp>

#include <string>

namespace practica::features {

// [{"lines": [{"line": "…"}, …]}, …]
boost::json::array Paragraphs(const std::string& text);

}  // namespace practica::features
