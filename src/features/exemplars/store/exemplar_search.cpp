// The library's search and the short lists: one WHERE clause, written once, gives the page of
// hits, their total and the facet counts, so a count never includes what the list would hide.
#include <algorithm>

#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {
namespace {

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

constexpr std::string_view kLineColumns =
    "SELECT e.id, e.title, e.summary, s.name, c.number, e.grade_band, e.subject, e.samr, e.status, e.illustrative,"
    " e.published_at FROM exemplars e"
    " JOIN published_schools s ON s.district_id = e.district_id AND s.id = e.school_id"
    " JOIN published_cohorts c ON c.district_id = e.district_id AND c.id = e.cohort_id";

ExemplarLine ReadLine(const db::Row& row) {
  return ExemplarLine{row.Int(0), row.String(1), row.String(2), row.String(3), "PS " + row.String(4),
                      row.String(5), row.String(6), row.String(7),
                      ParseStatus(row.Text(8)).value_or(Status::kDraft), row.Int(9) != 0, row.OptionalInt(10)};
}

std::string Placeholder(db::Params& params, db::Value value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
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
  db::Params params{district_id_};
  // Published only, whoever asks: drafts, reviews in progress, declined and retired exemplars
  // never reach the library, its counts or its API.
  std::string where = "e.district_id = $1 AND e.status = 'published'";
  if (!search.terms.empty()) {
    if (db_.dialect() == db::Dialect::kPostgres) {
      where += " AND e.id IN (SELECT exemplar_id FROM exemplar_search WHERE district_id = $1 AND words @@ to_tsquery('simple', " +
               Placeholder(params, TsQuery(search.terms)) + "))";
    } else {
      where += " AND e.id IN (SELECT rowid FROM exemplar_search WHERE exemplar_search MATCH " +
               Placeholder(params, Fts5Match(search.terms)) + ")";
    }
  }
  for (const auto& [kind, code] : search.facets) {
    where += " AND e.id IN (SELECT exemplar_id FROM exemplar_tags WHERE district_id = $1 AND kind = " +
             Placeholder(params, kind) + " AND code = " + Placeholder(params, code) + ")";
  }
  SearchResult result;
  auto total = db_.QueryInt("SELECT COUNT(*) FROM exemplars e WHERE " + where, params);
  if (!total) return std::unexpected(total.error());
  result.total = total->value_or(0);
  const std::string order = search.by_title ? " ORDER BY e.title, e.id" : " ORDER BY e.published_at DESC, e.id DESC";
  const std::int64_t offset = static_cast<std::int64_t>(std::max(search.page, 1) - 1) * kPageSize;
  EXEMPLARS_TRY(db_.Execute(std::string(kLineColumns) + " WHERE " + where + order + " LIMIT " +
                                std::to_string(kPageSize) + " OFFSET " + std::to_string(offset),
                            params, [&](const db::Row& row) { result.hits.push_back(ReadLine(row)); }));
  EXEMPLARS_TRY(db_.Execute("SELECT kind, code, label, COUNT(*) FROM exemplar_tags WHERE district_id = $1"
                            " AND exemplar_id IN (SELECT e.id FROM exemplars e WHERE " + where + ")"
                            " GROUP BY kind, code, label ORDER BY kind, code",
                            params, [&](const db::Row& row) {
                              result.facets.push_back(FacetCount{row.String(0), row.String(1), row.String(2), row.Int(3)});
                            }));
  return result;
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::Authored(std::int64_t person_id) {
  return Lines("e.id IN (SELECT exemplar_id FROM exemplar_authors WHERE district_id = $1 AND person_id = $2)",
               {district_id_, person_id});
}

core::Result<std::vector<ExemplarLine>> ExemplarsStore::ToReview(std::int64_t person_id) {
  return Lines("e.status = 'in_review' AND e.id IN (SELECT exemplar_id FROM exemplar_reviews WHERE district_id = $1"
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
  return Lines("e.status = 'in_review'", {district_id_});
}

}  // namespace practica::exemplars
