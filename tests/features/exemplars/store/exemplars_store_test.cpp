// The exemplars store on both databases: the library's search (the same answers on SQLite FTS5
// and PostgreSQL full-text search), its facet counts, what it never shows, query syntax typed
// into it, review rounds, and how a reviewer stands at a school.
#include "features/exemplars/store/exemplars_store.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "auth/guard.hpp"
#include "core/time_zone.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/search_cache.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {

using namespace practica::exemplars;
using Titles = std::vector<std::string>;

class ExemplarsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    lease_.emplace(server_->app().database().Acquire());
    store_.emplace(**lease_, server_->app().tenant().id);
  }

  SearchResult Find(const std::string& query, std::map<std::string, std::string> facets = {},
                    Search::Sort sort = Search::Sort::kTitle) {
    Search search;
    search.terms = SearchTerms(query);
    search.facets = std::move(facets);
    search.sort = sort;
    auto found = store_->Find(search);
    EXPECT_TRUE(found.has_value()) << (found ? "" : found.error().detail);
    return found.value_or(SearchResult{});
  }

  static Titles TitlesOf(const SearchResult& result) {
    Titles titles;
    for (const auto& hit : result.hits) titles.push_back(hit.title);
    return titles;
  }

  std::int64_t CountOf(const SearchResult& result, const std::string& kind, const std::string& code) {
    for (const auto& f : *result.facets) {
      if (f.kind == kind && f.code == code) return f.count;
    }
    return 0;
  }

  // A published exemplar of Hope Street ES in PS 3.0, published at `now`.
  void Publish(const std::string& title, const std::string& summary, std::int64_t now) {
    const auto school = store_->FindSchool("hope-street-es").value().value();
    const auto cohort = store_->FindCohort("ps-3-0").value().value();
    Package p{title, summary, "K-2", "math", "A", {"1.5.c"}, {}, {}, "Bee-Bot", "Plan", "cc-by"};
    const auto id = store_->Create(school, cohort, p, {}, now).value();
    ASSERT_TRUE(store_->SetStatus(store_->Load(id).value().value(), Status::kPublished, now).has_value());
  }

  std::unique_ptr<AppServer> server_;
  std::optional<db::Lease> lease_;
  std::optional<ExemplarsStore> store_;
};

TEST_P(ExemplarsStoreTest, FindsWordsByTheirStartTheSameOnBothDatabases) {
  EXPECT_EQ(TitlesOf(Find("partner")), (Titles{"Co-writing a podcast with a partner class",
                                               "Global issues debate with a partner school",
                                               "Weather journals shared with a partner class"}));
  EXPECT_EQ(TitlesOf(Find("bee")), (Titles{"Coding a Bee-Bot path to count by fives"}));
  EXPECT_EQ(TitlesOf(Find("SCRATCH ratio")), (Titles{"Scratch games that teach ratios"}));
  EXPECT_EQ(TitlesOf(Find("micro bit")), (Titles{"Micro:bit weather stations"}));
  EXPECT_EQ(Find("garvanza").total, 1);  // the school's name is searched too
}

TEST_P(ExemplarsStoreTest, NeverFindsWhatIsInReviewOrRetired) {
  EXPECT_EQ(Find("").total, 11);
  EXPECT_EQ(Find("climate").total, 0);  // retired
  EXPECT_EQ(Find("pen pals").total, 0); // in review
  EXPECT_EQ(Find("", {{"school", "coldwater-canyon-es"}}).total, 0);
}

TEST_P(ExemplarsStoreTest, FacetCountsCountOnlyPublishedExemplars) {
  const auto all = Find("");

  EXPECT_EQ(CountOf(all, "cohort", "ps-4-0"), 4);  // not the retired one nor the one in review
  EXPECT_EQ(CountOf(all, "cohort", "ps-3-0"), 7);
  EXPECT_EQ(CountOf(all, "school", "coldwater-canyon-es"), 0);
  EXPECT_EQ(CountOf(all, "grade_band", "3-5") + CountOf(all, "grade_band", "K-2") + CountOf(all, "grade_band", "6-8") +
                CountOf(all, "grade_band", "9-12"),
            11);
  EXPECT_EQ(CountOf(all, "standard", "1.7"), 4);
}

TEST_P(ExemplarsStoreTest, FacetsNarrowEachOtherAndTheirCounts) {
  const auto found = Find("", {{"grade_band", "6-8"}, {"subject", "math"}});

  EXPECT_EQ(TitlesOf(found), (Titles{"Scratch games that teach ratios"}));
  EXPECT_EQ(CountOf(found, "grade_band", "6-8"), 1);
  EXPECT_EQ(CountOf(found, "grade_band", "3-5"), 0);
}

TEST_P(ExemplarsStoreTest, RanksAnExemplarRepeatingTheWordAboveOneMentioningItOnce) {
  Publish("Zephyr winds", "Zephyr, zephyr and zephyr: students chart the west wind", 2000000000);
  Publish("Winds of the west", "Students chart the wind and one zephyr over a week", 2000000100);  // newer

  const auto ranked = Find("zephyr", {}, Search::Sort::kRelevance);
  const auto newest = Find("zephyr", {}, Search::Sort::kNewest);

  EXPECT_EQ(TitlesOf(ranked), (Titles{"Zephyr winds", "Winds of the west"}));
  EXPECT_EQ(TitlesOf(newest), (Titles{"Winds of the west", "Zephyr winds"}));
}

TEST_P(ExemplarsStoreTest, EveryOrderFindsTheSameExemplarsAndCounts) {
  for (const std::string query : {"partner", "class", "students"}) {
    const auto by_title = Find(query);
    const auto ranked = Find(query, {}, Search::Sort::kRelevance);
    const auto newest = Find(query, {}, Search::Sort::kNewest);
    auto ranked_titles = TitlesOf(ranked);
    auto newest_titles = TitlesOf(newest);
    std::ranges::sort(ranked_titles);
    std::ranges::sort(newest_titles);

    EXPECT_EQ(ranked.total, by_title.total) << query;
    EXPECT_EQ(newest.total, by_title.total) << query;
    EXPECT_EQ(ranked.facets->size(), by_title.facets->size()) << query;
    EXPECT_EQ(ranked_titles, newest_titles) << query;
  }
}

TEST_P(ExemplarsStoreTest, WordsColumnsAndTagsNarrowTogether) {
  // Grade band and SAMR are compared on the exemplar; school and indicator through its tags.
  EXPECT_EQ(TitlesOf(Find("partner", {{"grade_band", "9-12"}})), (Titles{"Global issues debate with a partner school"}));
  EXPECT_EQ(TitlesOf(Find("partner", {{"grade_band", "9-12"}, {"school", "los-angeles-hs"}, {"indicator", "1.7.b"}})),
            (Titles{"Global issues debate with a partner school"}));
  EXPECT_EQ(Find("partner", {{"grade_band", "9-12"}, {"school", "hope-street-es"}}).total, 0);
  EXPECT_EQ(Find("", {{"school", "los-angeles-hs"}, {"samr", "R"}}).total, 1);
}

TEST_P(ExemplarsStoreTest, QuerySyntaxOfEitherDatabaseIsOnlyWords) {
  for (const std::string typed : {"' OR 1=1; --", "\"*", "title:* NEAR(a b)", "a & !b | c:*", "'); DROP TABLE exemplars; --",
                                  "%_\\", "NOT", "*"}) {
    Search search;
    search.terms = SearchTerms(typed);
    auto found = store_->Find(search);
    ASSERT_TRUE(found.has_value()) << typed << ": " << found.error().detail;
    for (const auto& hit : found->hits) EXPECT_EQ(hit.status, Status::kPublished) << typed;
  }
  EXPECT_EQ(Find("").total, 11);
}

TEST_P(ExemplarsStoreTest, AKeptAnswerLastsOnlyWhileNothingASearchSeesChanges) {
  SearchCache cache;
  Search search;
  search.terms = SearchTerms("zephyr");
  search.sort = Search::Sort::kTitle;
  const auto find = [&] {
    auto found = store_->Find(search, &cache);
    EXPECT_TRUE(found.has_value()) << (found ? "" : found.error().detail);
    return found.value_or(SearchResult{});
  };
  EXPECT_EQ(find().total, 0);

  // Published through the store without this cache, as another server would publish it.
  Publish("Zephyr winds", "Students chart the west wind", 2000000000);
  const auto published = find();
  EXPECT_EQ(TitlesOf(published), (Titles{"Zephyr winds"}));
  EXPECT_EQ(CountOf(published, "grade_band", "K-2"), 1);

  // While the stamp stands the kept answer is what comes back: put a different one in its place.
  const auto stamp = store_->LibraryStamp().value();
  cache.Put(SearchKey(server_->app().tenant().id, search), stamp,
            std::make_shared<const SearchAnswer>(SearchAnswer{42, {}, {}}));
  EXPECT_EQ(find().total, 42);

  // Retiring changes the stamp: the answer is searched again and the exemplar is gone.
  const auto id = published.hits.at(0).id;
  ASSERT_TRUE(store_->SetStatus(store_->Load(id).value().value(), Status::kRetired, 2000000100, "Replaced").has_value());
  EXPECT_GT(store_->LibraryStamp().value(), stamp);
  const auto retired = find();
  EXPECT_EQ(retired.total, 0);
  EXPECT_TRUE(retired.hits.empty());
  EXPECT_EQ(CountOf(retired, "grade_band", "K-2"), 0);
}

TEST_P(ExemplarsStoreTest, KeepsEachRoundsReviewsApart) {
  const auto school = store_->FindSchool("hope-street-es").value().value();
  const auto cohort = store_->FindCohort("ps-3-0").value().value();
  const auto reviewer = store_->FindPerson("dominic.caguioa@lausd.net").value().value();
  Package p{"Round trip", "Summary", "K-2", "math", "A", {"1.5.c"}, {}, {}, "Bee-Bot", "Plan", "cc-by"};
  const auto id = store_->Create(school, cohort, p, {}, 1000).value();
  ASSERT_TRUE(store_->SetStatus(store_->Load(id).value().value(), Status::kInReview, 1001).has_value());
  const auto first = store_->AssignReviewer(store_->Load(id).value().value(), 1, reviewer.id, 0, 1002).value();
  const std::vector<std::pair<std::string, int>> scores{{"alignment", 2}, {"clarity", 2}, {"replicability", 2}, {"agency", 2}};
  ASSERT_TRUE(store_->SaveReview(first.id, scores, "Needs steps", Decision::kChangesRequested, 1003).has_value());
  ASSERT_TRUE(store_->SetStatus(store_->Load(id).value().value(), Status::kChangesRequested, 1003).has_value());
  ASSERT_TRUE(store_->SetStatus(store_->Load(id).value().value(), Status::kInReview, 1004).has_value());

  const auto second = store_->AssignReviewer(store_->Load(id).value().value(), 1, reviewer.id, 0, 1005);
  const auto reviews = store_->Reviews(id).value();

  ASSERT_TRUE(second.has_value());
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].round, 2);
  EXPECT_FALSE(reviews[0].decision.has_value());
  EXPECT_EQ(reviews[1].round, 1);
  EXPECT_EQ(reviews[1].decision, Decision::kChangesRequested);
  EXPECT_EQ(reviews[1].scores, scores);
  EXPECT_EQ(store_->Load(id).value()->round, 2);
}

TEST_P(ExemplarsStoreTest, KnowsTheSchoolsCoachAndItsPeople) {
  const auto garvanza = store_->FindSchool("garvanza-elementary-technology-and-leadership-magnet").value().value();
  const auto person = [&](const char* email) { return store_->FindPerson(email).value().value().id; };
  const std::string today = core::FormatIsoDate(auth::Today(server_->clock(), server_->app().tenant().zone));

  EXPECT_TRUE(store_->Standing(person("coach@practica.example"), garvanza.id, today).value()->is_school_coach);
  EXPECT_TRUE(store_->Standing(person("principal@practica.example"), garvanza.id, today).value()->holds_role_at_school);
  const auto outside = store_->Standing(person("principal.hope@practica.example"), garvanza.id, today).value().value();
  EXPECT_FALSE(outside.is_school_coach);
  EXPECT_FALSE(outside.holds_role_at_school);
}

// A list prints each exemplar's subject and SAMR level by name; LineNames gives those names as
// TermNames does, and nothing a list does not print.
TEST_P(ExemplarsStoreTest, NamesWhatAListPrintsAsTheFullNamesDo) {
  const auto all = store_->TermNames().value();
  const auto lines = store_->LineNames().value();

  ASSERT_TRUE(lines.contains("subject:math"));
  ASSERT_TRUE(lines.contains("samr:M"));
  for (const auto& [key, name] : lines) {
    EXPECT_TRUE(key.starts_with("subject:") || key.starts_with("samr:")) << key;
    ASSERT_TRUE(all.contains(key)) << key;
    EXPECT_EQ(name, all.at(key)) << key;
  }
  std::size_t listed = 0;
  for (const auto& [key, name] : all) listed += key.starts_with("subject:") || key.starts_with("samr:");
  EXPECT_EQ(lines.size(), listed) << "every subject and SAMR level is named";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ExemplarsStoreTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL"; });

}  // namespace
}  // namespace practica::testing
