// Many published exemplars at once, for the district-scale demo: the rows Create, WriteTags and
// IndexWords write one by one, here batched many rows to a statement (50,000 exemplars and their
// 600,000 tags load in seconds instead of minutes).
#include <iterator>

#include "features/challenges/domain/challenge.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {
namespace {

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

// Rows of one table, written a batch to a statement. `row` is one row with `?` for each value:
// "(?, ?, to_tsvector('simple', ?))". 250 rows of at most 22 values stay far below either
// database's parameter limit.
class Batch {
 public:
  Batch(db::Connection& db, std::string head, std::string row) : db_(db), head_(std::move(head)), row_(std::move(row)) {}

  core::Result<void> Add(db::Params values) {
    std::move(values.begin(), values.end(), std::back_inserter(params_));
    return ++rows_ == 250 ? Flush() : core::Result<void>{};
  }

  core::Result<void> Flush() {
    if (rows_ == 0) return {};
    std::string sql = head_;
    int n = 0;
    for (int r = 0; r < rows_; ++r) {
      if (r > 0) sql += ", ";
      for (const char c : row_) {
        if (c == '?') {
          sql.append("$").append(std::to_string(++n));
        } else {
          sql += c;
        }
      }
    }
    auto written = db_.Exec(sql, params_);
    params_.clear();
    rows_ = 0;
    if (!written) return std::unexpected(written.error());
    return {};
  }

 private:
  db::Connection& db_;
  std::string head_;
  std::string row_;
  db::Params params_;
  int rows_ = 0;
};

}  // namespace

core::Result<void> ExemplarsStore::PublishMany(const std::vector<PublishedExemplar>& batch,
                                               const std::map<std::string, std::string>& names) {
  using challenges::JoinCodes;
  const bool postgres = db_.dialect() == db::Dialect::kPostgres;
  Batch exemplars(db_,
                  "INSERT INTO exemplars (district_id, id, school_id, cohort_id, title, summary, grade_band, subject,"
                  " samr, indicators, cs_concepts, cs_practices, tools, lesson_plan, licence, status, round,"
                  " illustrative, created_by, created_at, updated_at, published_at, educator_indicators,"
                  " leader_indicators) VALUES ",
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', 1, 1, 0, ?, ?, ?, ?, ?)");
  Batch tags(db_, "INSERT INTO exemplar_tags (district_id, exemplar_id, kind, code, label) VALUES ", "(?, ?, ?, ?, ?)");
  // The words IndexWords writes, keyed as it keys them on each database.
  Batch search(db_,
               postgres ? "INSERT INTO exemplar_search (district_id, exemplar_id, words) VALUES "
                        : "INSERT INTO exemplar_search (rowid, words) VALUES ",
               postgres ? "(?, ?, to_tsvector('simple', ?))" : "(?, ?)");
  for (const auto& e : batch) {
    const auto& p = e.package;
    EXEMPLARS_TRY(exemplars.Add({district_id_, e.id, e.school.id, e.cohort.id, p.title, p.summary, p.grade_band,
                                 p.subject, p.samr, JoinCodes(p.indicators), JoinCodes(p.cs_concepts),
                                 JoinCodes(p.cs_practices), p.tools, p.lesson_plan, p.licence,
                                 e.published_at - 30 * 86400, e.published_at, e.published_at,
                                 JoinCodes(p.educator_indicators), JoinCodes(p.leader_indicators)}));
  }
  // The exemplars first: their tags' foreign key needs them.
  EXEMPLARS_TRY(exemplars.Flush());
  for (const auto& e : batch) {
    for (auto& row : TagRows(e.package, e.school, e.cohort, names)) {
      EXEMPLARS_TRY(tags.Add({district_id_, e.id, std::move(row.kind), std::move(row.code), std::move(row.label)}));
    }
    const auto words = SearchWords(e.package, e.school);
    EXEMPLARS_TRY(search.Add(postgres ? db::Params{district_id_, e.id, words} : db::Params{e.id, words}));
  }
  EXEMPLARS_TRY(tags.Flush());
  EXEMPLARS_TRY(search.Flush());
  return ChangeLibraryStamp();
}

}  // namespace practica::exemplars
