// The library's search and the short lists: one list of ids, written once, gives the page of
// hits, their total and the facet counts, so a count never includes what the list would hide.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/exemplar_lines.hpp"
#include "features/exemplars/store/exemplars_store.hpp"
#include "features/exemplars/store/search_cache.hpp"

namespace practica::exemplars {
namespace {

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

std::string Placeholder(db::Params& params, db::Value value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
}

// The published exemplars a search finds: (id, published_at, and title or score when the order
// needs them). Whoever asks, drafts, reviews in progress, declined and retired exemplars never
// reach the library, its counts or its API.
// At district scale what costs is finding them, so each narrowing takes its cheapest form:
// - grade band, subject and SAMR are columns of the exemplar, compared in exemplars_for_search
//   (an index holding them by id) as each candidate is looked up;
// - the words and every other facet are lists of ids (FTS5 or the tsvector's GIN index, and
//   exemplar_tags_by_value in id order), intersected as lists: testing each candidate against each
//   list (IN or EXISTS row by row) costs a lookup per candidate per list.
// Ranked, the scored matches drive the join (CROSS JOIN, and + on m.id, keep SQLite from asking
// FTS5 for one rowid at a time, a query each): bm25 (lower ranks higher) or ts_rank (higher ranks
// higher) of the same matched rows.
std::string HitsQuery(const Search& search, bool postgres, bool ranked, bool by_title, db::Params& params) {
  static const std::set<std::string> kColumns = {"grade_band", "subject", "samr"};
  std::string columns;
  std::string lists;
  for (const auto& [kind, code] : search.facets) {
    if (kColumns.contains(kind)) {
      columns += " AND e." + kind + " = " + Placeholder(params, code);
      continue;
    }
    lists += std::string(lists.empty() ? "" : " INTERSECT ") +
             "SELECT exemplar_id FROM exemplar_tags WHERE district_id = $1 AND kind = " + Placeholder(params, kind) +
             " AND code = " + Placeholder(params, code);
  }
  std::string matched;
  std::string scored;
  if (!search.terms.empty() && postgres) {
    const auto query = "to_tsquery('simple', " + Placeholder(params, TsQuery(search.terms)) + ")";
    matched = "SELECT exemplar_id FROM exemplar_search WHERE district_id = $1 AND words @@ " + query;
    scored = "SELECT exemplar_id AS id, ts_rank(words, " + query + ") AS score FROM exemplar_search"
             " WHERE district_id = $1 AND words @@ " + query;
  } else if (!search.terms.empty()) {
    const auto match = Placeholder(params, Fts5Match(search.terms));
    matched = "SELECT rowid FROM exemplar_search WHERE exemplar_search MATCH " + match;
    scored = "SELECT rowid AS id, bm25(exemplar_search) AS score FROM exemplar_search WHERE exemplar_search MATCH " + match;
  }
  const std::string wanted = std::string("e.id, e.published_at") + (by_title ? ", e.title" : "");
  const std::string published = " e.district_id = $1 AND e.status = 'published'" + columns;
  if (ranked) {
    return "SELECT " + wanted + ", m.score FROM (" + scored + ") m CROSS JOIN exemplars e WHERE" + published +
           " AND e.id = m.id" + (lists.empty() ? "" : " AND +m.id IN (" + lists + ")");
  }
  // The words first: usually the shortest list, so the least for the intersection to hold.
  const std::string ids = matched.empty() ? lists : lists.empty() ? matched : matched + " INTERSECT " + lists;
  return "SELECT " + wanted + " FROM exemplars e WHERE" + published + (ids.empty() ? "" : " AND e.id IN (" + ids + ")");
}

// The total, every facet's count and the ids of one page of hits in their order, in one
// statement that finds the hits once (they are the costly part). The tags are read by exemplar
// (IN, not a join: SQLite would build a Bloom filter over every tag of the district) and counted
// here: grouping a few thousand rows by three strings in SQL sorted them through a temporary
// B-tree, which cost as much as finding the hits. Rows may come in any order (PostgreSQL may
// append the parts in parallel), so each carries its part and the page its position.
core::Result<void> CountAndPage(db::Connection& db, const std::string& hits, const std::string& order,
                                const std::string& page, const db::Params& params, SearchAnswer& result) {
  std::unordered_map<std::string, std::size_t> facet_at;  // "kind\x1fcode" -> index in result.facets
  std::string key;
  std::vector<std::pair<std::int64_t, std::int64_t>> positioned;  // (position, id)
  EXEMPLARS_TRY(db.Execute(
      "WITH hits AS (" + hits + ")"
      " SELECT 0 AS part, '' AS kind, '' AS code, '' AS label, COUNT(*) AS n FROM hits"
      " UNION ALL SELECT 1, t.kind, t.code, t.label, 0 FROM exemplar_tags t"
      " WHERE t.district_id = $1 AND t.exemplar_id IN (SELECT id FROM hits)"
      " UNION ALL SELECT * FROM (SELECT 2, '', '', CAST(row_number() OVER (ORDER BY " + order + ") AS TEXT), h.id"
      " FROM hits h ORDER BY " + order + page + ") page",
      params, [&](const db::Row& row) {
        switch (row.Int(0)) {
          case 0: result.total = row.Int(4); break;
          case 1: {
            key.assign(row.Text(1)).append(1, '\x1f').append(row.Text(2));
            auto [it, added] = facet_at.try_emplace(key, result.facets.size());
            if (added) result.facets.push_back(FacetCount{row.String(1), row.String(2), row.String(3), 0});
            ++result.facets[it->second].count;
            break;
          }
          default: positioned.emplace_back(std::stoll(row.String(3)), row.Int(4));
        }
      }));
  std::sort(result.facets.begin(), result.facets.end(), [](const FacetCount& a, const FacetCount& b) {
    return std::tie(a.kind, a.code) < std::tie(b.kind, b.code);
  });
  std::sort(positioned.begin(), positioned.end());
  for (const auto& [position, id] : positioned) result.page_ids.push_back(id);
  return {};
}

// Nothing narrows: every published exemplar. Each facet's count is every tag's less the tags of
// exemplars not published (a few), so the district's 600,000 tags are grouped straight from an
// index (exemplar_tags_by_label) rather than looked up exemplar by exemplar and sorted.
core::Result<void> CountEveryFacet(db::Connection& db, std::int64_t district_id, SearchAnswer& result) {
  EXEMPLARS_TRY(db.Execute(
      "SELECT '' AS kind, '' AS code, '' AS label, COUNT(*) FROM exemplars WHERE district_id = $1 AND status = 'published'"
      " UNION ALL SELECT kind, code, label, COUNT(*) FROM exemplar_tags WHERE district_id = $1 GROUP BY kind, code, label"
      " UNION ALL SELECT t.kind, t.code, t.label, -COUNT(*) FROM exemplar_tags t WHERE t.district_id = $1 AND t.exemplar_id IN"
      " (SELECT id FROM exemplars WHERE district_id = $1 AND status <> 'published') GROUP BY t.kind, t.code, t.label"
      " ORDER BY 1, 2, 3",
      {district_id}, [&](const db::Row& row) {
        if (row.Text(0).empty()) {
          result.total = row.Int(3);
          return;
        }
        auto& facets = result.facets;
        if (!facets.empty() && facets.back().kind == row.Text(0) && facets.back().code == row.Text(1) &&
            facets.back().label == row.Text(2)) {
          facets.back().count += row.Int(3);
        } else {
          facets.push_back(FacetCount{row.String(0), row.String(1), row.String(2), row.Int(3)});
        }
      }));
  std::erase_if(result.facets, [](const FacetCount& f) { return f.count <= 0; });
  return {};
}

}  // namespace

core::Result<std::vector<ExemplarLine>> ExemplarsStore::Lines(const std::string& where, const db::Params& params) {
  std::vector<ExemplarLine> lines;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE e.district_id = $1 AND " + where +
                                " ORDER BY e.updated_at DESC, e.id DESC LIMIT 200",
                            params, [&](const db::Row& row) { lines.push_back(ReadLine(row)); }));
  return lines;
}

core::Result<SearchAnswer> ExemplarsStore::Answer(const Search& search) {
  const bool postgres = db_.dialect() == db::Dialect::kPostgres;
  const bool by_title = search.sort == Search::Sort::kTitle;
  const bool ranked = search.sort == Search::Sort::kRelevance && !search.terms.empty();
  // Ties go to the newest, then the highest id, so a page never depends on the plan.
  const auto order = [&](const std::string& t) {
    if (by_title) return t + ".title, " + t + ".id";
    return (ranked ? t + ".score" + (postgres ? " DESC, " : ", ") : "") + t + ".published_at DESC, " + t + ".id DESC";
  };
  const std::int64_t offset = static_cast<std::int64_t>(std::max(search.page, 1) - 1) * kPageSize;
  const std::string page = " LIMIT " + std::to_string(kPageSize) + " OFFSET " + std::to_string(offset);
  SearchAnswer answer;
  if (search.terms.empty() && search.facets.empty()) {
    EXEMPLARS_TRY(CountEveryFacet(db_, district_id_, answer));
    EXEMPLARS_TRY(db_.Execute("SELECT e.id FROM exemplars e WHERE e.district_id = $1 AND e.status = 'published'"
                              " ORDER BY " + order("e") + page,
                              {district_id_}, [&](const db::Row& row) { answer.page_ids.push_back(row.Int(0)); }));
    return answer;
  }
  db::Params params{district_id_};
  const std::string hits = HitsQuery(search, postgres, ranked, by_title, params);
  EXEMPLARS_TRY(CountAndPage(db_, hits, order("h"), page, params, answer));
  return answer;
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::LinesOf(const std::vector<std::int64_t>& ids) {
  std::vector<ExemplarLine> out;
  if (ids.empty()) return out;
  db::Params by_id{district_id_};
  std::string in;
  for (const auto id : ids) in += (in.empty() ? "" : ", ") + Placeholder(by_id, id);
  std::map<std::int64_t, ExemplarLine> lines;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE e.district_id = $1 AND e.id IN (" + in + ")", by_id,
                            [&](const db::Row& row) { lines.emplace(row.Int(0), ReadLine(row)); }));
  for (const auto id : ids) {
    if (auto it = lines.find(id); it != lines.end()) out.push_back(std::move(it->second));
  }
  return out;
}

core::Result<std::int64_t> ExemplarsStore::LibraryStamp() {
  std::int64_t stamp = 0;
  EXEMPLARS_TRY(db_.Execute("SELECT stamp FROM exemplar_library_stamps WHERE district_id = $1", {district_id_},
                            [&](const db::Row& row) { stamp = row.Int(0); }));
  return stamp;
}

core::Result<void> ExemplarsStore::ChangeLibraryStamp() {
  EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_library_stamps (district_id, stamp) VALUES ($1, 1)"
                         " ON CONFLICT (district_id) DO UPDATE SET stamp = exemplar_library_stamps.stamp + 1",
                         {district_id_}));
  return {};
}

core::Result<SearchResult> ExemplarsStore::Find(const Search& search, SearchCache* cache) {
  std::shared_ptr<const SearchAnswer> answer;
  std::string key;
  std::int64_t stamp = 0;
  if (cache != nullptr) {
    // The stamp before the search: an answer computed after a change it does not name would be
    // kept under the older stamp, never given back under the newer one.
    auto read = LibraryStamp();
    if (!read) return std::unexpected(read.error());
    stamp = *read;
    key = SearchKey(district_id_, search);
    answer = cache->Get(key, stamp);
  }
  if (answer == nullptr) {
    auto found = Answer(search);
    if (!found) return std::unexpected(found.error());
    answer = std::make_shared<const SearchAnswer>(std::move(*found));
    if (cache != nullptr) cache->Put(key, stamp, answer);
  }
  SearchResult result;
  result.total = answer->total;
  result.facets = std::shared_ptr<const std::vector<FacetCount>>(answer, &answer->facets);
  auto lines = LinesOf(answer->page_ids);
  if (!lines) return std::unexpected(lines.error());
  result.hits = std::move(*lines);
  return result;
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::Authored(std::int64_t person_id) {
  return Lines("e.id IN (SELECT exemplar_id FROM exemplar_authors WHERE district_id = $1 AND person_id = $2)",
               {district_id_, person_id});
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::ToReview(std::int64_t person_id) {
  return Lines("(e.status = 'in_review' OR e.next_status = 'in_review') AND e.id IN (SELECT exemplar_id FROM"
               " exemplar_reviews WHERE district_id = $1"
               " AND reviewer_id = $2 AND round = e.round AND decided_at IS NULL)",
               {district_id_, person_id});
}

core::Result<std::vector<PackagingPlace>> ExemplarsStore::PackagingPlaces(const std::vector<std::int64_t>& school_ids) {
  std::vector<PackagingPlace> places;
  if (school_ids.empty()) return places;
  db::Params params{district_id_};
  std::string in;
  for (const auto id : school_ids) in += (in.empty() ? "" : ", ") + Placeholder(params, id);
  EXEMPLARS_TRY(db_.Execute("SELECT c.slug, c.number, s.slug, s.name FROM published_participations p"
                            " JOIN published_cohorts c ON c.district_id = p.district_id AND c.id = p.cohort_id"
                            " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
                            " WHERE p.district_id = $1 AND p.school_id IN (" + in + ") ORDER BY c.school_year DESC, s.name",
                            params, [&](const db::Row& row) {
                              places.push_back({row.String(0), "PS " + row.String(1), row.String(2), row.String(3)});
                            }));
  return places;
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::InReview() {
  // A published exemplar whose next version is in review waits for reviewers too.
  return Lines("(e.status = 'in_review' OR e.next_status = 'in_review')", {district_id_});
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::NewestPublished() {
  std::vector<ExemplarLine> lines;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE e.district_id = $1 AND e.status = 'published'"
                                " ORDER BY e.published_at DESC, e.id DESC LIMIT " + std::to_string(kPageSize),
                            {district_id_}, [&](const db::Row& row) { lines.push_back(ReadLine(row)); }));
  return lines;
}

}  // namespace practica::exemplars
