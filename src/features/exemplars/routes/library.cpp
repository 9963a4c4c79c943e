#include "features/exemplars/routes/library.hpp"

#include <boost/json/array.hpp>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "db/read_snapshot.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/routes/exemplar_json.hpp"
#include "features/kit/respond.hpp"

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
    std::string query = "/exemplars";
    bool first = true;
    const auto add = [&](std::string_view n, std::string_view encoded) {
      if (encoded.empty()) return;
      query.append(first ? "?" : "&").append(n).append("=").append(encoded);
      first = false;
    };
    bool placed = name.empty();
    for (const auto& [n, v] : encoded_) {
      if (!placed && name <= n) {
        add(name, core::UrlEncode(value));
        placed = true;
        if (name == n) continue;
      }
      add(n, v);
    }
    if (!placed) add(name, core::UrlEncode(value));
    return query;
  }

 private:
  std::vector<std::pair<std::string, std::string>> encoded_;
};

}  // namespace

core::Result<json::object> LibraryJson(const features::Deps& deps, const http::Request& request,
                                       SearchCache& cache) {
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
  for (const auto& kind : FacetKinds()) {
    json::array values;
    for (const auto& count : found->facets) {
      if (count.kind != kind) continue;
      const bool chosen = search.facets.contains(kind) && search.facets.at(kind) == count.code;
      values.emplace_back(json::object{{"code", count.code}, {"label", count.label}, {"count", count.count},
                                       {"chosen", chosen},
                                       {"url", links.To(kind, chosen ? std::string_view() : count.code)}});
    }
    if (values.empty()) continue;
    // Closed unless narrowed by it, so a phone shows the results without a long scroll.
    facets.emplace_back(json::object{{"kind", kind}, {"title", FacetTitles().at(kind)},
                                     {"open", search.facets.contains(kind)}, {"values", std::move(values)}});
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
