// The site's own links in a page, as a browser would follow them: every href="/…" but the
// static files, `&amp;` read back as `&`. The tests that crawl what the demo's people reach
// share it.
#pragma once

#include <regex>
#include <string>
#include <vector>

namespace practica::testing {

inline std::vector<std::string> SiteLinks(const std::string& html) {
  static const std::regex href(R"re(href="(/[^"#]*))re");
  std::vector<std::string> links;
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it) {
    std::string link = (*it)[1];
    for (std::size_t amp; (amp = link.find("&amp;")) != std::string::npos;) link.replace(amp, 5, "&");
    if (link.starts_with("/static/") || link.starts_with("//")) continue;
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace practica::testing
