// The library's search and the short lists: one list of ids, written once, gives the page of
// hits, their total and the facet counts, so a count never includes what the list would hide.
#include <algorithm>
#include <map>
#include <set>

#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/exemplar_lines.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

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
// (IN, not a join: SQLite would build a Bloom filter over every tag of the district).
core::Result<void> CountAndPage(db::Connection& db, const std::string& hits, const std::string& order,
                                const std::string& page, const db::Params& params, SearchResult& result,
                                std::vector<std::int64_t>& page_ids) {
  EXEMPLARS_TRY(db.Execute(
      "WITH hits AS (" + hits + ")"
      " SELECT 0 AS part, '' AS kind, '' AS code, '' AS label, COUNT(*) AS n, 0 AS position FROM hits"
      " UNION ALL SELECT 1, t.kind, t.code, t.label, COUNT(*), 0 FROM exemplar_tags t"
      " WHERE t.district_id = $1 AND t.exemplar_id IN (SELECT id FROM hits) GROUP BY t.kind, t.code, t.label"
      " UNION ALL SELECT * FROM (SELECT 2, '', '', '', h.id, row_number() OVER (ORDER BY " + order + ") FROM hits h"
      " ORDER BY " + order + page + ") page ORDER BY 1, 2, 3, 6",
      params, [&](const db::Row& row) {
        switch (row.Int(0)) {
          case 0: result.total = row.Int(4); break;
          case 1: result.facets.push_back(FacetCount{row.String(1), row.String(2), row.String(3), row.Int(4)}); break;
          default: page_ids.push_back(row.Int(4));
        }
      }));
  return {};
}

// Nothing narrows: every published exemplar. Each facet's count is every tag's less the tags of
// exemplars not published (a few), so the district's 600,000 tags are grouped straight from an
// index (exemplar_tags_by_label) rather than looked up exemplar by exemplar and sorted.
core::Result<void> CountEveryFacet(db::Connection& db, std::int64_t district_id, SearchResult& result) {
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

core::Result<SearchResult> ExemplarsStore::Find(const Search& search) {
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
  SearchResult result;
  if (search.terms.empty() && search.facets.empty()) {
    EXEMPLARS_TRY(CountEveryFacet(db_, district_id_, result));
    EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE e.district_id = $1 AND e.status = 'published' ORDER BY " +
                                  order("e") + page,
                              {district_id_}, [&](const db::Row& row) { result.hits.push_back(ReadLine(row)); }));
    return result;
  }
  db::Params params{district_id_};
  const std::string hits = HitsQuery(search, postgres, ranked, by_title, params);
  std::vector<std::int64_t> page_ids;
  EXEMPLARS_TRY(CountAndPage(db_, hits, order("h"), page, params, result, page_ids));
  if (page_ids.empty()) return result;
  db::Params by_id{district_id_};
  std::string in;
  for (const auto id : page_ids) in += (in.empty() ? "" : ", ") + Placeholder(by_id, id);
  std::map<std::int64_t, ExemplarLine> lines;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE e.district_id = $1 AND e.id IN (" + in + ")", by_id,
                            [&](const db::Row& row) { lines.emplace(row.Int(0), ReadLine(row)); }));
  for (const auto id : page_ids) {
    if (auto it = lines.find(id); it != lines.end()) result.hits.push_back(std::move(it->second));
  }
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
