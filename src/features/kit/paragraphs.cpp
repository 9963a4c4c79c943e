#include "features/kit/paragraphs.hpp"

#include <boost/json/object.hpp>

#include <algorithm>

namespace practica::features {
namespace json = boost::json;

json::array Paragraphs(const std::string& text) {
  json::array paragraphs;
  json::array lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!lines.empty()) paragraphs.emplace_back(json::object{{"lines", std::move(lines)}});
      lines = {};
    } else {
      lines.emplace_back(json::object{{"line", line}});
    }
    start = end + 1;
  }
  if (!lines.empty()) paragraphs.emplace_back(json::object{{"lines", std::move(lines)}});
  return paragraphs;
}

}  // namespace practica::features
