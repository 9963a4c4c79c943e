#include "features/exemplars/routes/library.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "core/url_encoded.hpp"
#include "db/read_snapshot.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/routes/exemplar_json.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/rows_html.hpp"

namespace practica::exemplars {
namespace json = boost::json;

namespace {

const std::map<std::string, std::string>& FacetTitles() {
  static const std::map<std::string, std::string> kTitles = {
      {"standard", "ISTE standard"}, {"indicator", "ISTE indicator"}, {"samr", "SAMR level"},
      {"cs_concept", "CS concept"},  {"cs_practice", "CS practice"},  {"grade_band", "Grade band"},
      {"subject", "Subject"},        {"cohort", "Cohort"},            {"local_district", "Local district"},
      {"school", "School"}};
  return kTitles;
}

// The library's addresses for one search: its parameters in name order, empty ones left out,
// each value encoded once. A search with 200 schools among its facets links each of them with
// one parameter changed, so neither the parameters nor their encoding are redone per link.
class Links {
 public:
  explicit Links(const std::map<std::string, std::string>& params) {
    for (const auto& [name, value] : params) encoded_.emplace_back(name, core::UrlEncode(value));
  }

  // The address with `name` set to `value` (empty: left out), in its place in name order.
  std::string To(std::string_view name = {}, std::string_view value = {}) const {
    std::string query;
    Write(query, "&", name, value);
    return query;
  }
  // The same address as an HTML attribute's value, appended to `out`. The encoded values hold
  // only letters, digits, "-_.~" and "%", so the separators are the only thing to escape.
  void AppendHtml(std::string& out, std::string_view name, std::string_view value) const {
    Write(out, "&amp;", name, value);
  }

 private:
  void Write(std::string& out, std::string_view separator, std::string_view name, std::string_view value) const {
    out += "/exemplars";
    bool first = true;
    const auto separate = [&](std::string_view n) {
      out += first ? std::string_view("?") : separator;
      out.append(n).append("=");
      first = false;
    };
    // The parameters kept are encoded already; the one changed is encoded as it is written.
    const auto add = [&](std::string_view n, std::string_view encoded) {
      if (encoded.empty()) return;
      separate(n);
      out.append(encoded);
    };
    const auto add_new = [&](std::string_view n, std::string_view raw) {
      if (raw.empty()) return;
      separate(n);
      core::AppendUrlEncoded(out, raw);
    };
    bool placed = name.empty();
    for (const auto& [n, v] : encoded_) {
      if (!placed && name <= n) {
        add_new(name, value);
        placed = true;
        if (name == n) continue;
      }
      add(n, v);
    }
    if (!placed) add_new(name, value);
  }

  std::vector<std::pair<std::string, std::string>> encoded_;
};

// The facets' lists as the page shows them, written straight to HTML: a broad search counts
// every school as a facet value (227 for "robot" in grades 3-5 at SAMR M), and a JSON object
// per value for the template cost more than the search's statements. Each kind is one closed
// list unless narrowed by it, so a phone shows the results without a long scroll.
void WriteFacets(const std::vector<FacetCount>& counts, const Search& search, const Links& links, std::string& out) {
  out.reserve(out.size() + counts.size() * 200);  // a value's item with its link is 150 to 200 bytes
  // Where each kind's values lie: the store hands them grouped by kind (sorted by kind and code),
  // so each run's kind is named once instead of every value compared with every kind.
  const auto& kinds = FacetKinds();
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> runs(kinds.size());
  for (std::size_t from = 0; from < counts.size();) {
    std::size_t to = from + 1;
    while (to < counts.size() && counts[to].kind == counts[from].kind) ++to;
    const auto kind = std::find(kinds.begin(), kinds.end(), counts[from].kind);
    if (kind != kinds.end()) runs[static_cast<std::size_t>(kind - kinds.begin())].emplace_back(from, to);
    from = to;
  }
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (runs[k].empty()) continue;
    const auto& kind = kinds[k];
    const auto narrowed = search.facets.find(kind);
    out += narrowed == search.facets.end() ? "<details><summary>" : "<details open><summary>";
    features::AppendEscaped(out, FacetTitles().at(kind));
    out += "</summary><ul>\n      ";
    for (const auto& [from, to] : runs[k]) {
      for (std::size_t i = from; i < to; ++i) {
        const auto& count = counts[i];
        // A chosen value links to the search without it.
        const bool chosen = narrowed != search.facets.end() && narrowed->second == count.code;
        out += "<li><a href=\"";
        links.AppendHtml(out, kind, chosen ? std::string_view() : std::string_view(count.code));
        out += chosen ? "\" aria-current=\"true\">" : "\">";
        features::AppendEscaped(out, count.label);
        out += "</a> <span class=\"muted\">(";
        out += std::to_string(count.count);
        out += ")</span></li>";
      }
    }
    out += "\n    </ul></details>";
  }
}

}  // namespace

core::Result<json::object> LibraryJson(const features::Deps& deps, const http::Request& request,
                                       SearchCache& cache, std::string* facets_html) {
  auto page = features::IntParam(request, "page", 1, 10000);
  if (!page) return std::unexpected(page.error());
  const std::string query(core::Trim(request.Query("q").value_or("")));
  Search search;
  search.terms = SearchTerms(query);
  const bool has_terms = !search.terms.empty();
  const std::string sort(ChooseSort(request.Query("sort").value_or(""), has_terms));
  const std::string default_sort(ChooseSort("", has_terms));
  search.sort = sort == "title" ? Search::Sort::kTitle : sort == "relevance" ? Search::Sort::kRelevance : Search::Sort::kNewest;
  search.page = static_cast<int>(page->value_or(1));
  // Links name the sort only when it is not the default, so a link to the default stays short.
  std::map<std::string, std::string> kept{{"q", query}, {"sort", sort == default_sort ? "" : sort}};
  for (const auto& kind : FacetKinds()) {
    const std::string code(core::Trim(request.Query(kind).value_or("")));
    if (code.empty() || code.size() > 120) continue;
    search.facets[kind] = code;
    kept[kind] = code;
  }
  const Links links(kept);
  auto db = deps.database.Acquire();
  // The library's stamp, its page of lines and their names in one snapshot: on SQLite one WAL
  // read lock for the three, and a page never mixes a change with what came before it.
  auto snapshot = db::ReadSnapshot::Begin(*db);
  if (!snapshot) return std::unexpected(snapshot.error());
  ExemplarsStore store(*db, deps.tenant.id);
  auto found = store.Find(search, &cache);
  if (!found) return std::unexpected(found.error());
  auto names = store.LineNames();
  if (!names) return std::unexpected(names.error());
  snapshot->End();

  json::array hits;
  for (const auto& line : found->hits) hits.emplace_back(LineJson(line, *names, search.terms));
  json::array facets;
  if (facets_html != nullptr) {
    WriteFacets(*found->facets, search, links, *facets_html);
  } else {
    for (const auto& kind : FacetKinds()) {
      json::array values;
      for (const auto& count : *found->facets) {
        if (count.kind != kind) continue;
        const bool chosen = search.facets.contains(kind) && search.facets.at(kind) == count.code;
        values.emplace_back(json::object{{"code", count.code}, {"label", count.label}, {"count", count.count},
                                         {"chosen", chosen},
                                         {"url", links.To(kind, chosen ? std::string_view() : count.code)}});
      }
      if (values.empty()) continue;
      // Closed unless narrowed by it (as the page shows them).
      facets.emplace_back(json::object{{"kind", kind}, {"title", FacetTitles().at(kind)},
                                       {"open", search.facets.contains(kind)}, {"values", std::move(values)}});
    }
  }
  json::array chosen;
  for (const auto& [kind, code] : search.facets) {
    chosen.emplace_back(json::object{{"kind", kind}, {"code", code}, {"title", FacetTitles().at(kind)},
                                     {"remove_url", links.To(kind, "")}});
  }
  const std::int64_t pages = (found->total + kPageSize - 1) / kPageSize;
  json::object paging{{"page", search.page}, {"pages", pages}};
  if (search.page > 1) paging["previous_url"] = links.To("page", std::to_string(search.page - 1));
  if (search.page < pages) paging["next_url"] = links.To("page", std::to_string(search.page + 1));
  // The orders to choose from, the current one marked; relevance only when there are words to rank by.
  json::array sorts;
  json::object sort_urls;
  static constexpr std::pair<std::string_view, std::string_view> kSorts[] = {
      {"relevance", "most relevant"}, {"newest", "newest first"}, {"title", "by title"}};
  for (const auto& [code, label] : kSorts) {
    if (code == "relevance" && !has_terms) continue;
    const std::string url = links.To("sort", code == default_sort ? std::string_view() : code);
    sort_urls["sort_" + std::string(code) + "_url"] = url;
    sorts.emplace_back(json::object{{"code", code}, {"label", label}, {"url", url}, {"current", code == sort},
                                    {"first", sorts.empty()}});
  }
  json::array terms;
  for (const auto& t : search.terms) terms.emplace_back(t);
  json::object answer{{"query", query},
                      {"terms", std::move(terms)},
                      {"sort", sort},
                      {"sorts", std::move(sorts)},
                      {"total", found->total},
                      {"count_text", found->total == 1 ? std::string("1 exemplar") : std::to_string(found->total) + " exemplars"},
                      {"exemplars", std::move(hits)},
                      {"has_results", !found->hits.empty()},
                      {"facets", std::move(facets)},
                      {"chosen", std::move(chosen)},
                      {"has_chosen", !search.facets.empty()},
                      {"paging", std::move(paging)}};
  for (auto& [name, url] : sort_urls) answer[name] = std::move(url);
  return answer;
}

}  // namespace practica::exemplars
