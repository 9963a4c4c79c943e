// Every statement the pages ask of the database, at district scale (1,000 schools, 26,008
// people, 9 cohorts), run again and measured on both databases. A list query that reads a large
// table through to keep a few of its rows, or probes an index once per row of another table to
// find mostly nothing, fails here with its SQL, the page that asked it and its plan: the query
// plan is checked, not hoped for.
//
// What counts, and why these two:
// - a whole-table read: SQLite counts the rows it stepped through in full scans of a table or
//   an index (SQLITE_STMTSTATUS_FULLSCAN_STEP) and its plan names the tables it scans;
//   PostgreSQL's EXPLAIN ANALYZE gives each sequential scan's rows kept and removed. Reading
//   1,000 or more rows of a table of 1,000 or more to answer with under a tenth of that many is
//   what an index on the filter avoids (the cohort page walked all 1,000 schools in name order
//   to find its 25). Scanning a table of a few rows, even once per row, is not;
// - a per-row probe: a scan of a table of 1,000 rows or more that PostgreSQL ran 500 or more
//   times and that found a row for under a tenth of them (participations probed once per school
//   of the district). Probing a table of a few rows once per row costs what reading it once
//   would, and a Materialize node re-reads a result it already holds, so neither counts.
// A statement whose work really is the whole table (an export of the district, a count over it)
// is named in kWholeTableWork with the reason.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <boost/json.hpp>

#include <deque>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "db/sqlite_connection.hpp"
#include "support/app_server.hpp"
#include "support/page_links.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

constexpr std::int64_t kLargeRead = 1000;  // rows read before a whole-table read matters
constexpr std::int64_t kManyProbes = 500;  // index probes before their misses matter

// Statements whose answer needs the whole table, by a piece of their SQL, and why.
struct WholeTableWork {
  const char* sql_contains;
  const char* reason;
};
const std::vector<WholeTableWork> kWholeTableWork = {
    {"SELECT '' AS kind, '' AS code, '' AS label, COUNT(*) FROM exemplars",
     "the exemplar library's facet counts with nothing chosen: every published exemplar's tags are"
     " the answer, computed once per change of the library and kept (\"The exemplar library at"
     " district scale\")"},
    {"WITH hits AS (SELECT e.id, e.published_at FROM exemplars e WHERE",
     "a library search by facets alone: PostgreSQL reads the published library once to count every"
     " facet of the hits; the answer is kept until the library changes, so the read is paid once"
     " per search, not per page view"},
    {"WHERE p.district_id = $1 AND p.school_id IN (",
     "the cohorts of the schools a person works at (57 for the demo coach at this scale) among the"
     " district's 1,850 participations: PostgreSQL reads the table (about 20 pages) rather than"
     " probe participations_by_school 57 times, which its cost model prices higher; SQLite probes"},
    {"WHERE pp.district_id = $1 AND pp.school_id IN (",
     "the technology plans of the schools a person works at: as above, PostgreSQL reads the 1,850"
     " participations once rather than probe them per school"},
};

// The statements seen while the pages were drawn: each distinct SQL once, with the
// parameters and the page of its first use.
struct Statement {
  db::Params params;
  std::string page;
};
struct Seen {
  std::mutex mutex;
  std::string page;  // the page being fetched (one at a time)
  std::map<std::string, Statement> statements;
};
Seen& seen() {
  static Seen instance;
  return instance;
}

bool Reads(std::string_view sql) {
  while (!sql.empty() && (sql.front() == ' ' || sql.front() == '\n' || sql.front() == '(')) sql.remove_prefix(1);
  return sql.starts_with("SELECT") || sql.starts_with("WITH");
}

void Record(db::Dialect, std::string_view sql, const db::Params& params) {
  if (!Reads(sql)) return;
  std::lock_guard lock(seen().mutex);
  seen().statements.try_emplace(std::string(sql), Statement{params, seen().page});
}


// A page's shape: its path with every segment naming one thing (a slug, an id) as "*", and its
// query's names without their values. At this scale the cohort of 1,000 schools links 1,000
// school pages; three of each shape ask what the other 997 would.
std::string Shape(const std::string& target) {
  const auto query = target.find('?');
  std::string shape;
  std::istringstream path(target.substr(0, query));
  for (std::string segment; std::getline(path, segment, '/');) {
    if (segment.empty()) continue;
    const bool names_one = segment.find_first_of("0123456789-.") != std::string::npos;
    shape += "/" + (names_one ? std::string("*") : segment);
  }
  if (query != std::string::npos) {
    std::istringstream pairs(target.substr(query + 1));
    for (std::string pair; std::getline(pairs, pair, '&');) shape += "?" + pair.substr(0, pair.find('='));
  }
  return shape;
}

// Draws the pages the demo's people reach from their home pages, three of each shape.
int Crawl(AppServer& server) {
  std::vector<std::optional<SignedIn>> people = {std::nullopt};
  for (const char* email : {"sophia.mendoza@lausd.net", "allison.jonas@lausd.net",
                            "principal@practica.example", "teacher@practica.example",
                            "coach@practica.example", "director.northeast@practica.example"}) {
    people.push_back(server.SignIn(email));
  }
  int pages = 0;
  for (const auto& who : people) {
    std::set<std::string> visited;
    std::map<std::string, int> shapes;
    std::deque<std::string> queue = {"/", "/home"};
    while (!queue.empty() && visited.size() < 250) {
      const std::string target = queue.front();
      queue.pop_front();
      if (visited.contains(target) || ++shapes[Shape(target)] > 3) continue;
      visited.insert(target);
      {
        std::lock_guard lock(seen().mutex);
        seen().page = target;
      }
      const auto reply = server.Get(target, who ? &*who : nullptr);
      ++pages;
      if (reply.Header("content-type").find("text/html") == std::string::npos) continue;
      for (auto& link : SiteLinks(reply.body)) {
        if (!visited.contains(link)) queue.push_back(std::move(link));
      }
    }
  }
  return pages;
}

struct Finding {
  std::string what;  // "reads 1,000 rows of schools for 25", ...
  std::string plan;
};

std::string Short(std::string_view sql) {
  std::string text(sql.substr(0, 400));
  return sql.size() > 400 ? text + "…" : text;
}

// The rows of a SQLite table, counted once.
std::int64_t SqliteRows(sqlite3* handle, const std::string& table) {
  static std::map<std::string, std::int64_t> counted;
  if (auto found = counted.find(table); found != counted.end()) return found->second;
  std::int64_t rows = -1;  // not a table (a view's or subquery's name): counted as large
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(handle, ("SELECT COUNT(*) FROM \"" + table + "\"").c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    rows = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  return counted[table] = rows;
}

// Whether a "SCAN name" line of the plan reads a large table: the name is the table's own or
// the alias the SQL gives it ("FROM commitment_calendars cal").
bool ScansALargeTable(sqlite3* handle, const std::string& sql, const std::string& plan) {
  static const std::regex scan(R"(SCAN (\w+))");
  static const std::regex aliased(R"(\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+))", std::regex::icase);
  std::map<std::string, std::string> tables;
  for (std::sregex_iterator it(sql.begin(), sql.end(), aliased), end; it != end; ++it) tables[(*it)[2]] = (*it)[1];
  for (std::sregex_iterator it(plan.begin(), plan.end(), scan), end; it != end; ++it) {
    const std::string name = (*it)[1];
    const auto table = tables.contains(name) ? tables[name] : name;
    const auto rows = SqliteRows(handle, table);
    if (rows < 0 || rows >= kLargeRead) return true;
  }
  return false;
}

// SQLite: the statement run to its end on a connection of the test's own, counting the rows
// its full scans stepped through against the rows it answered.
std::optional<Finding> MeasureOnSqlite(sqlite3* handle, const std::string& sql, const db::Params& params) {
  const std::string text = db::ToSqlitePlaceholders(sql);
  auto prepare = [&](const std::string& statement) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(handle, statement.c_str(), -1, &stmt, nullptr), SQLITE_OK)
        << sqlite3_errmsg(handle) << " in " << statement;
    for (std::size_t i = 0; stmt != nullptr && i < params.size(); ++i) {
      const int at = static_cast<int>(i + 1);
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) sqlite3_bind_int64(stmt, at, *n);
      else if (const auto* d = std::get_if<double>(&params[i])) sqlite3_bind_double(stmt, at, *d);
      else if (const auto* s = std::get_if<std::string>(&params[i])) sqlite3_bind_text(stmt, at, s->c_str(), -1, SQLITE_TRANSIENT);
      else sqlite3_bind_null(stmt, at);
    }
    return stmt;
  };
  sqlite3_stmt* stmt = prepare(text);
  if (stmt == nullptr) return std::nullopt;
  std::int64_t rows = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) ++rows;
  const std::int64_t scanned = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
  sqlite3_finalize(stmt);
  if (scanned < kLargeRead || scanned < 10 * rows) return std::nullopt;
  std::string plan;
  if (sqlite3_stmt* explain = prepare("EXPLAIN QUERY PLAN " + text)) {
    while (sqlite3_step(explain) == SQLITE_ROW) {
      plan += "  " + std::string(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3))) + "\n";
    }
    sqlite3_finalize(explain);
  }
  if (!ScansALargeTable(handle, sql, plan)) return std::nullopt;
  return Finding{"full scans stepped through " + std::to_string(scanned) + " rows to answer " +
                     std::to_string(rows),
                 plan};
}

// PostgreSQL: EXPLAIN ANALYZE's tree, walked for sequential scans that throw most of a large
// read away and for nodes run once per row that mostly find nothing.
using TableSizes = std::map<std::string, std::int64_t>;  // the planner's row estimate per table

void Walk(const json::object& node, int depth, const TableSizes& sizes, std::vector<std::string>& problems,
          std::string& plan) {
  const auto number = [&](const char* key) -> std::int64_t {
    const auto* value = node.if_contains(key);
    return value == nullptr ? 0 : static_cast<std::int64_t>(value->to_number<double>());
  };
  const std::string type(node.at("Node Type").as_string());
  const auto* relation = node.if_contains("Relation Name");
  const std::string table = relation ? std::string(relation->as_string()) : "";
  const std::int64_t loops = number("Actual Loops");
  const std::int64_t kept = number("Actual Rows") * loops;
  const std::int64_t removed = number("Rows Removed by Filter") * loops;
  plan += std::string(2 + 2 * depth, ' ') + type + (table.empty() ? "" : " on " + table) +
          " (rows " + std::to_string(kept) + ", loops " + std::to_string(loops) +
          (removed ? ", removed " + std::to_string(removed) : "") + ")\n";
  const auto size = sizes.find(table);
  const bool large = size != sizes.end() && size->second >= kLargeRead;
  if (type == "Seq Scan" && large && kept + removed >= kLargeRead && removed > 9 * kept) {
    problems.push_back("a sequential scan of " + table + " read " + std::to_string(kept + removed) +
                       " rows to keep " + std::to_string(kept));
  }
  if (type.ends_with("Scan") && large && loops >= kManyProbes && kept * 10 < loops) {
    problems.push_back(type + (table.empty() ? "" : " on " + table) + " ran " + std::to_string(loops) +
                       " times and found " + std::to_string(kept) + " rows");
  }
  if (const auto* children = node.if_contains("Plans")) {
    for (const auto& child : children->as_array()) Walk(child.as_object(), depth + 1, sizes, problems, plan);
  }
}

// Every table's row estimate, read once per run rather than once per statement.
TableSizes PostgresTableSizes(db::Connection& db) {
  TableSizes sizes;
  auto counted = db.Execute("SELECT relname::text, reltuples::bigint FROM pg_class WHERE relkind = 'r'", {},
                            [&](const db::Row& row) { sizes[row.String(0)] = row.Int(1); });
  EXPECT_TRUE(counted.has_value());
  return sizes;
}

std::optional<Finding> MeasureOnPostgres(db::Connection& db, const TableSizes& sizes, const std::string& sql,
                                         const db::Params& params) {
  std::string text;
  auto explained = db.Execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params,
                              [&](const db::Row& row) { text += row.Text(0); });
  EXPECT_TRUE(explained.has_value()) << (explained ? "" : explained.error().detail);
  if (!explained) return std::nullopt;
  const auto top = json::parse(text).as_array().at(0).as_object().at("Plan").as_object();
  std::vector<std::string> problems;
  std::string plan;
  Walk(top, 0, sizes, problems, plan);
  if (problems.empty()) return std::nullopt;
  std::string what;
  for (const auto& problem : problems) what += (what.empty() ? "" : "; ") + problem;
  return Finding{what, plan};
}

bool WholeTable(const std::string& sql) {
  for (const auto& work : kWholeTableWork) {
    if (sql.find(work.sql_contains) != std::string::npos) return true;
  }
  return false;
}

class QueryPlans : public ::testing::TestWithParam<db::Dialect> {};

TEST_P(QueryPlans, NoPageReadsALargeTableThroughOrProbesPerRowWhereAnIndexServes) {
  app::Config config;
  if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
  auto server = AppServer::Start(config, true, demo::Scale::kDistrict);
  ASSERT_NE(server, nullptr);
  {
    std::lock_guard lock(seen().mutex);
    seen().statements.clear();
  }
  db::SetStatementObserver(&Record);
  const int pages = Crawl(*server);
  db::SetStatementObserver(nullptr);
  std::map<std::string, Statement> statements;
  {
    std::lock_guard lock(seen().mutex);
    statements.swap(seen().statements);
  }

  sqlite3* handle = nullptr;
  if (GetParam() == db::Dialect::kSqlite) {
    ASSERT_EQ(sqlite3_open_v2(server->config().database.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  }
  auto db = server->app().database().Acquire();
  const TableSizes sizes = GetParam() == db::Dialect::kPostgres ? PostgresTableSizes(*db) : TableSizes{};
  int findings = 0;
  int allowed = 0;
  for (const auto& [sql, statement] : statements) {
    const auto finding = GetParam() == db::Dialect::kSqlite ? MeasureOnSqlite(handle, sql, statement.params)
                                                            : MeasureOnPostgres(*db, sizes, sql, statement.params);
    if (!finding) continue;
    if (WholeTable(sql)) {
      ++allowed;
      continue;
    }
    ++findings;
    ADD_FAILURE() << finding->what << "\n  asked by " << statement.page << "\n  " << Short(sql)
                  << "\n" << finding->plan;
  }
  if (handle != nullptr) sqlite3_close_v2(handle);
  EXPECT_GT(pages, 600);
  EXPECT_GT(statements.size(), 250U);
  std::cout << "drew " << pages << " pages asking " << statements.size() << " distinct statements; "
            << findings << " read or probed more than they answered, " << allowed
            << " read a whole table as their work\n";
}

// The rules themselves, on a table of 2,000 rows: a filter no index serves is found, the same
// filter with an index is not.
TEST(QueryPlanRules, AFilterNoIndexServesIsFoundAndTheSameFilterWithAnIndexIsNot) {
  const std::string table = "CREATE TABLE probe_notes (district_id INTEGER, id INTEGER, author INTEGER, PRIMARY KEY (district_id, id))";
  const std::string fill =
      "INSERT INTO probe_notes SELECT 1, n, n % 500 FROM generate_series(1, 2000) AS g(n)";
  const std::string ask = "SELECT id FROM probe_notes WHERE district_id = $1 AND author = $2";
  const db::Params params{std::int64_t{1}, std::int64_t{7}};

  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &handle), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(handle, (table + "; WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n"
                                  " WHERE value < 2000) INSERT INTO probe_notes SELECT 1, value, value % 500 FROM n; ANALYZE").c_str(),
                         nullptr, nullptr, nullptr), SQLITE_OK);
  const auto unindexed = MeasureOnSqlite(handle, ask, params);
  ASSERT_TRUE(unindexed.has_value());
  EXPECT_NE(unindexed->what.find("rows to answer 4"), std::string::npos) << unindexed->what;
  ASSERT_EQ(sqlite3_exec(handle, "CREATE INDEX probe_notes_by_author ON probe_notes (district_id, author)", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_FALSE(MeasureOnSqlite(handle, ask, params).has_value());
  sqlite3_close(handle);

  auto database = app::OpenDatabase(FreshPostgresDatabase(), 1);
  ASSERT_TRUE(database.has_value());
  auto db = (*database)->Acquire();
  auto made = db->ExecuteScript(table + "; " + fill + "; ANALYZE probe_notes");
  ASSERT_TRUE(made.has_value()) << made.error().detail;
  const auto scanned = MeasureOnPostgres(*db, PostgresTableSizes(*db), ask, params);
  ASSERT_TRUE(scanned.has_value());
  EXPECT_NE(scanned->what.find("a sequential scan of probe_notes read 2000 rows to keep 4"), std::string::npos) << scanned->what;
  ASSERT_TRUE(db->ExecuteScript("CREATE INDEX probe_notes_by_author ON probe_notes (district_id, author); ANALYZE probe_notes").has_value());
  EXPECT_FALSE(MeasureOnPostgres(*db, PostgresTableSizes(*db), ask, params).has_value());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, QueryPlans,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
