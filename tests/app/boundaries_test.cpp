// The rooms' boundaries, checked on the source itself: every table is written only by the room
// whose migration creates it and read by others only through the views it publishes; routes
// hold no SQL; includes follow the dependency rules in the README's layout section.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/source_tree.hpp"

#ifndef PRACTICA_SOURCE_DIR
#error "PRACTICA_SOURCE_DIR must name the repository's src/ folder"
#endif

namespace practica::testing {
namespace {

const std::vector<SourceFile>& Tree() {
  static const auto files = ReadSourceTree(PRACTICA_SOURCE_DIR);
  return files;
}

const Schema& TheSchema() {
  static const auto schema = ReadSchema(Tree());
  return schema;
}

std::string Listed(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += "\n  " + line;
  return out;
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

bool IsFeature(const std::string& room) {
  return StartsWith(room, "features/") && room != "features/kit";
}

TEST(SourceTree, ReadsTheTablesOfSqlSplitOverAdjacentLiterals) {
  SourceFile file{"features/x/store/x.cpp", "features/x",
                  "auto sql = \"SELECT s.name FROM \"\n  \"schools s JOIN people p\"; // FROM cohorts"};

  auto tables = TablesNamed(SqlText(file));

  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].table, "schools");
  EXPECT_EQ(tables[1].table, "people");
}

TEST(SourceTree, KnowsWhoOwnsEachTable) {
  const auto& schema = TheSchema();

  EXPECT_EQ(schema.table_owner.at("schools"), "features/schools");
  EXPECT_EQ(schema.table_owner.at("grants"), "auth");
  EXPECT_GT(schema.table_owner.size(), 40u);
}

TEST(Boundaries, OnlyTheRoomThatCreatesATableWritesIt) {
  const auto& schema = TheSchema();
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    for (const auto& reference : TablesNamed(SqlText(file))) {
      auto owner = schema.table_owner.find(reference.table);
      if (!reference.Writes() || owner == schema.table_owner.end()) continue;
      if (owner->second != file.room) {
        found.push_back(file.path + " writes " + reference.table + ", which " + owner->second +
                        " owns: ask the owner to make the change");
      }
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, OtherRoomsReadATableOnlyThroughItsOwnersViews) {
  const auto& schema = TheSchema();
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    for (const auto& reference : TablesNamed(SqlText(file))) {
      auto owner = schema.table_owner.find(reference.table);
      if (reference.Writes() || owner == schema.table_owner.end()) continue;
      if (owner->second != file.room) {
        found.push_back(file.path + " reads " + reference.table + ", which " + owner->second +
                        " owns: read the view it publishes");
      }
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, RoutesHoldNoSql) {
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    if (file.path.find("/routes/") == std::string::npos || file.path.ends_with(".sql")) continue;
    if (HoldsSql(SqlText(file))) found.push_back(file.path + " holds SQL: move it to the store");
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, SharedRoomsNeverIncludeAFeatureOrTheApplication) {
  const std::vector<std::string> shared = {"core", "db", "http", "auth", "jobs", "mail"};
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    if (std::find(shared.begin(), shared.end(), file.room) == shared.end()) continue;
    for (const auto& include : Includes(file)) {
      if (StartsWith(include, "features/") || StartsWith(include, "app/")) {
        found.push_back(file.path + " includes " + include);
      }
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, NothingButTheApplicationIncludesItOrTheDemo) {
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    if (file.room == "app") continue;
    for (const auto& include : Includes(file)) {
      if (StartsWith(include, "app/") || (StartsWith(include, "demo/") && file.room != "demo")) {
        found.push_back(file.path + " includes " + include);
      }
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, DomainRulesIncludeOnlyCoreAndOtherDomains) {
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    if (!IsFeature(file.room) || file.path.find("/domain/") == std::string::npos) continue;
    for (const auto& include : Includes(file)) {
      const bool allowed = StartsWith(include, "core/") || StartsWith(include, "auth/domain/") ||
                           (StartsWith(include, "features/") &&
                            include.find("/domain/") != std::string::npos);
      if (!allowed) found.push_back(file.path + " includes " + include);
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

TEST(Boundaries, AFeatureSeesOfAnotherOnlyItsDomainAndWhatItPublishes) {
  std::vector<std::string> found;

  for (const auto& file : Tree()) {
    if (!IsFeature(file.room)) continue;
    for (const auto& include : Includes(file)) {
      if (!StartsWith(include, "features/") || StartsWith(include, file.room + "/") ||
          StartsWith(include, "features/kit/")) {
        continue;
      }
      if (include.find("/domain/") == std::string::npos &&
          include.find("/published/") == std::string::npos) {
        found.push_back(file.path + " includes " + include);
      }
    }
  }

  EXPECT_TRUE(found.empty()) << Listed(found);
}

}  // namespace
}  // namespace practica::testing
