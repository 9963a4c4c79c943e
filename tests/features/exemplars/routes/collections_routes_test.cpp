// Collections over real HTTP on the demo, on SQLite and PostgreSQL: anyone reads them, staff
// alone make and fill them, only published exemplars go in, and a retired exemplar vanishes
// from every collection (page, API and count) for everyone but staff, who are told how many.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "exemplar_api.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kDemoCollection = "/exemplars/collections/innovative-designer-in-the-elementary-grades";

class ExemplarCollections : public ExemplarApi {
 protected:
  static std::vector<std::string> Titles(const json::object& collection) {
    std::vector<std::string> titles;
    for (const auto& e : collection.at("exemplars").as_array()) titles.emplace_back(e.at("title").as_string());
    return titles;
  }
};

TEST_P(ExemplarCollections, AnyoneReadsTheDemosCollectionFromTheLibrary) {
  const auto library = server_->Get("/exemplars");
  ASSERT_EQ(library.status, 200);
  EXPECT_NE(library.body.find("href=\"/exemplars/collections\""), std::string::npos);
  const auto list = server_->Get("/exemplars/collections");
  EXPECT_NE(list.body.find("href=\"" + kDemoCollection + "\""), std::string::npos);
  EXPECT_EQ(list.body.find("Make a collection"), std::string::npos);

  const auto collection = Parse(Api(kDemoCollection));

  EXPECT_EQ(collection.at("title").as_string(), "Innovative Designer in the elementary grades");
  EXPECT_EQ(collection.at("count").as_int64(), 3);
  EXPECT_FALSE(collection.contains("hidden"));
  const auto titles = Titles(collection);
  EXPECT_NE(std::ranges::find(titles, "Design a water filter for the school garden"), titles.end());
  const auto page = server_->Get("/exemplars/" + IdOf("Design a water filter for the school garden"));
  EXPECT_NE(page.body.find("id=\"in-collections\""), std::string::npos);
}

TEST_P(ExemplarCollections, OnlyStaffMakeOneAndARefusalKeepsWhatWasTyped) {
  EXPECT_EQ(Post("/exemplars/collections", kTeacher, {{"title", "My favourites"}}).status, 403);
  const auto staff = server_->SignIn(kCoordinator);
  auto refused = server_->PostForm("/exemplars/collections", &staff, "title=++&description=K-2+robots");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find(">K-2 robots</textarea>"), std::string::npos);

  auto made = Post("/exemplars/collections", kCoordinator, {{"title", "Robots in K-2"}, {"description", "Floor robots."}});

  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Parse(made).at("url").as_string(), "/exemplars/collections/robots-in-k-2");
  auto again = Post("/exemplars/collections", kCoordinator, {{"title", "Robots in K-2"}});
  EXPECT_EQ(Parse(again).at("url").as_string(), "/exemplars/collections/robots-in-k-2-2");
  EXPECT_EQ(Parse(Api("/exemplars/collections/robots-in-k-2")).at("count").as_int64(), 0);
}

TEST_P(ExemplarCollections, OnlyPublishedExemplarsGoIn) {
  ASSERT_EQ(Post("/exemplars/collections", kCoordinator, {{"title", "Robots in K-2"}}).status, 201);
  const auto draft = IdOf("Robot pets: a first program");
  const auto published = IdOf("Coding a Bee-Bot path to count by fives");

  EXPECT_EQ(Post("/exemplars/" + draft + "/collections", kCoordinator, {{"collection", "robots-in-k-2"}}).status, 409);
  EXPECT_EQ(Post("/exemplars/" + published + "/collections", kTeacher, {{"collection", "robots-in-k-2"}}).status, 403);
  EXPECT_EQ(Post("/exemplars/" + published + "/collections", kCoordinator, {{"collection", "nowhere"}}).status, 422);
  EXPECT_EQ(Post("/exemplars/" + published + "/collections", kCoordinator, {{"collection", "robots-in-k-2"}}).status, 201);
  EXPECT_EQ(Post("/exemplars/" + published + "/collections", kCoordinator, {{"collection", "robots-in-k-2"}}).status, 409);

  EXPECT_EQ(Titles(Parse(Api("/exemplars/collections/robots-in-k-2"))),
            std::vector<std::string>{"Coding a Bee-Bot path to count by fives"});
}

TEST_P(ExemplarCollections, ARetiredExemplarLeavesEveryCollectionButStaffAreTold) {
  const auto id = IdOf("Design a water filter for the school garden");
  ASSERT_EQ(Post("/exemplars/" + id + "/retire", kCoordinator, {{"reason", "Replaced by the district's unit."}}).status, 200);

  const auto seen = Parse(Api(kDemoCollection));
  EXPECT_EQ(seen.at("count").as_int64(), 2);
  const auto titles = Titles(seen);
  EXPECT_EQ(std::ranges::find(titles, "Design a water filter for the school garden"), titles.end());
  EXPECT_EQ(server_->Get(kDemoCollection).body.find("water filter"), std::string::npos);
  EXPECT_EQ(server_->Get("/exemplars/collections").body.find("retired, not shown"), std::string::npos);
  const auto staff = Parse(Api(kDemoCollection, kCoordinator));
  EXPECT_EQ(staff.at("hidden").as_int64(), 1);
  EXPECT_EQ(staff.at("count").as_int64(), 2);
}

TEST_P(ExemplarCollections, StaffTakeAnExemplarOut) {
  const auto id = IdOf("Design a water filter for the school garden");
  const std::string remove = kDemoCollection + "/items/" + id + "/remove";
  EXPECT_EQ(Post(remove, kTeacher, {}).status, 403);

  ASSERT_EQ(Post(remove, kCoordinator, {}).status, 200);

  EXPECT_EQ(Parse(Api(kDemoCollection)).at("count").as_int64(), 2);
  EXPECT_EQ(Post(remove, kCoordinator, {}).status, 409);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ExemplarCollections, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseName);

}  // namespace
}  // namespace practica::testing
