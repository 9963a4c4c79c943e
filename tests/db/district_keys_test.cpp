// The schema stays ready to be spread over several database servers by district: on the
// migrated schema of both databases, every table's primary key and every unique index leads
// with `district_id`, and every foreign key carries `district_id` to the same column of the
// table it names (or names the district itself), so no row can point into another district.
// A table that holds no district's rows is named in kSharedTables with the reason; in a
// distributed cluster those are the reference tables, copied to every server.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

// Tables with no district column, and why.
const std::map<std::string, std::string> kSharedTables = {
    {"districts", "the districts themselves: each row is one district, keyed by its id"},
    {"schema_migrations", "the schema's version, the same for every district"},
    {"practica_ids", "the one counter ids come from, unique across districts"},
};

struct Key {
  std::string table;
  std::string what;  // "primary key", "unique index NAME", "foreign key to T"
  std::vector<std::string> columns;
  std::vector<std::string> referenced;  // a foreign key's columns in the table it names
  std::string references;               // the table a foreign key names
};

std::vector<std::string> Strings(db::Connection& db, const std::string& sql, const db::Params& params = {}) {
  std::vector<std::string> out;
  EXPECT_TRUE(db.Execute(sql, params, [&](const db::Row& row) { out.push_back(row.String(0)); }).has_value()) << sql;
  return out;
}

std::vector<Key> SqliteKeys(db::Connection& db, std::vector<std::string>& tables) {
  // Full-text indexes (FTS5's virtual tables and the shadow tables under them) are SQLite's
  // alone: a SQLite file serves one server, never a cluster, and PostgreSQL searches the
  // exemplars through a column of their own table.
  tables = Strings(db,
                   "SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'"
                   " AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table'"
                   " AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND (t.name = v.name OR t.name LIKE v.name || '\\_%' ESCAPE '\\'))"
                   " ORDER BY t.name");
  std::vector<Key> keys;
  for (const auto& table : tables) {
    Key primary{table, "primary key", {}, {}, {}};
    std::map<std::int64_t, std::string> by_position;
    (void)db.Execute("SELECT name, pk FROM pragma_table_info($1) WHERE pk > 0", {table},
                     [&](const db::Row& row) { by_position[row.Int(1)] = row.String(0); });
    for (auto& [position, column] : by_position) primary.columns.push_back(column);
    if (!primary.columns.empty()) keys.push_back(primary);
    for (const auto& index : Strings(db, "SELECT name FROM pragma_index_list($1) WHERE \"unique\" = 1 AND origin <> 'pk'", {table})) {
      keys.push_back(Key{table, "unique index " + index,
                         Strings(db, "SELECT name FROM pragma_index_info($1) ORDER BY seqno", {index}), {}, {}});
    }
    std::map<std::int64_t, Key> foreign;
    (void)db.Execute("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list($1) ORDER BY id, seq", {table},
                     [&](const db::Row& row) {
                       auto& key = foreign[row.Int(0)];
                       key.table = table;
                       key.references = row.String(1);
                       key.what = "foreign key to " + key.references;
                       key.columns.push_back(row.String(2));
                       key.referenced.push_back(row.String(3));
                     });
    for (auto& [id, key] : foreign) keys.push_back(key);
  }
  return keys;
}

std::vector<Key> PostgresKeys(db::Connection& db, std::vector<std::string>& tables) {
  tables = Strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
  std::vector<Key> keys;
  // Primary keys and unique indexes, their columns in index order.
  std::map<std::string, Key> indexes;
  (void)db.Execute(
      "SELECT t.relname, i.relname, x.indisprimary, a.attname, k.n FROM pg_index x"
      " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
      " JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()"
      " CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)"
      " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
      " WHERE x.indisunique ORDER BY t.relname, i.relname, k.n",
      {}, [&](const db::Row& row) {
        auto& key = indexes[row.String(0) + "/" + row.String(1)];
        key.table = row.String(0);
        key.what = row.Text(2) == "t" || row.Int(2) == 1 ? "primary key" : "unique index " + row.String(1);
        key.columns.push_back(row.String(3));
      });
  for (auto& [name, key] : indexes) keys.push_back(key);
  std::map<std::string, Key> foreign;
  (void)db.Execute(
      "SELECT c.conname, t.relname, r.relname, a.attname, b.attname FROM pg_constraint c"
      " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid"
      " JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()"
      " CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(mine, theirs, n)"
      " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.mine"
      " JOIN pg_attribute b ON b.attrelid = r.oid AND b.attnum = k.theirs"
      " WHERE c.contype = 'f' ORDER BY t.relname, c.conname, k.n",
      {}, [&](const db::Row& row) {
        auto& key = foreign[row.String(1) + "/" + row.String(0)];
        key.table = row.String(1);
        key.references = row.String(2);
        key.what = "foreign key to " + key.references;
        key.columns.push_back(row.String(3));
        key.referenced.push_back(row.String(4));
      });
  for (auto& [name, key] : foreign) keys.push_back(key);
  return keys;
}

std::string Columns(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& column : columns) out += (out.empty() ? "" : ", ") + column;
  return "(" + out + ")";
}

// What breaks the rule, one line each, with what it would allow.
std::vector<std::string> Violations(db::Connection& db, std::size_t& table_count, int& checked) {
  std::vector<std::string> tables;
  const auto keys = db.dialect() == db::Dialect::kSqlite ? SqliteKeys(db, tables) : PostgresKeys(db, tables);
  table_count = tables.size();
  std::vector<std::string> found;
  for (const auto& key : keys) {
    if (kSharedTables.contains(key.table)) continue;
    ++checked;
    if (key.references.empty()) {
      if (key.columns.empty() || key.columns.front() != "district_id") {
        found.push_back(key.table + ": its " + key.what + " " + Columns(key.columns) +
                        " does not lead with district_id, so two districts' rows could collide and the"
                        " table cannot be spread over servers by district");
      }
      continue;
    }
    // A foreign key to the districts table names the row's own district; any other carries the
    // district along, column to column.
    bool carried = false;
    for (std::size_t i = 0; i < key.columns.size(); ++i) {
      if (key.columns[i] != "district_id") continue;
      carried = key.references == "districts" ? key.referenced[i] == "id" : key.referenced[i] == "district_id";
    }
    if (!carried) {
      found.push_back(key.table + ": its " + key.what + " " + Columns(key.columns) + " -> " +
                      Columns(key.referenced) +
                      " does not carry district_id to district_id, so a row could point into another district");
    }
  }
  for (const auto& table : tables) {
    if (kSharedTables.contains(table)) continue;
    const auto columns = db.dialect() == db::Dialect::kSqlite
                             ? Strings(db, "SELECT name FROM pragma_table_info($1) WHERE name = 'district_id'", {table})
                             : Strings(db, "SELECT column_name::text FROM information_schema.columns WHERE table_schema ="
                                           " current_schema() AND table_name = $1 AND column_name = 'district_id'", {table});
    if (columns.size() != 1) found.push_back(table + " has no district_id column and is not a shared table");
  }
  return found;
}

class DistrictKeys : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::kSqlite) {
      database_ = OpenMigrated(db::Dialect::kSqlite, 1);
    } else {
      auto opened = app::OpenDatabase(FreshPostgresDatabase(), 1);  // migrated
      ASSERT_TRUE(opened.has_value());
      database_ = std::move(*opened);
    }
    ASSERT_NE(database_, nullptr);
  }
  std::unique_ptr<db::Database> database_;
};

TEST_P(DistrictKeys, EveryKeyLeadsWithTheDistrictAndNoForeignKeyCrossesDistricts) {
  auto db = database_->Acquire();
  std::size_t tables = 0;
  int checked = 0;
  for (const auto& violation : Violations(*db, tables, checked)) ADD_FAILURE() << violation;
  EXPECT_GT(tables, 100U);  // the whole schema, migrated
  EXPECT_GT(checked, 200);
  std::cout << tables << " tables, " << checked << " keys checked\n";
}

// The check itself: a table keyed by its id alone and a foreign key that drops the district are
// both named.
TEST_P(DistrictKeys, ATableKeyedWithoutTheDistrictOrAForeignKeyAcrossDistrictsIsNamed) {
  auto db = database_->Acquire();
  ASSERT_TRUE(db->ExecuteScript(
                    "CREATE TABLE loose_notes (id BIGINT PRIMARY KEY, district_id BIGINT NOT NULL);"
                    "CREATE TABLE stray_links (district_id BIGINT NOT NULL, id BIGINT NOT NULL, school_id BIGINT,"
                    " PRIMARY KEY (district_id, id), FOREIGN KEY (school_id) REFERENCES loose_notes (id))")
                  .has_value());
  std::size_t tables = 0;
  int checked = 0;
  const auto found = Violations(*db, tables, checked);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_NE(found[0].find("loose_notes: its primary key (id) does not lead with district_id"), std::string::npos) << found[0];
  EXPECT_NE(found[1].find("stray_links: its foreign key to loose_notes (school_id) -> (id) does not carry district_id"),
            std::string::npos) << found[1];
}

INSTANTIATE_TEST_SUITE_P(BothDialects, DistrictKeys,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
