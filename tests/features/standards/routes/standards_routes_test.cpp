// The Standards page and /api/v1/standards over real HTTP on the demo, on SQLite and PostgreSQL:
// the ISTE Standards for Educators and for Education Leaders beside the students', each family
// in a list of its own.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

class StandardsRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }

  json::object Api() {
    const auto reply = server_->Get("/api/v1/standards");
    EXPECT_EQ(reply.status, 200);
    EXPECT_NE(reply.Header("content-type").find("application/json"), std::string::npos);
    return json::parse(reply.body).as_object();
  }

  // "2.1:3 2.2:3 …": each standard's code and its number of indicators.
  static std::string Shape(const json::array& standards, const std::string& family) {
    std::string shape;
    for (const auto& value : standards) {
      const auto& standard = value.as_object();
      EXPECT_EQ(standard.at("family").as_string(), family) << standard.at("code").as_string();
      if (!shape.empty()) shape += " ";
      shape += std::string(standard.at("code").as_string()) + ":" +
               std::to_string(standard.at("indicators").as_array().size());
    }
    return shape;
  }

  std::unique_ptr<AppServer> server_;
};

TEST_P(StandardsRoutes, PageShowsTheEducatorAndLeaderStandardsInSectionsOfTheirOwn) {
  const auto reply = server_->Get("/standards");

  ASSERT_EQ(reply.status, 200);
  EXPECT_NE(reply.Header("content-type").find("text/html"), std::string::npos);
  const auto& page = reply.body;
  EXPECT_NE(page.find("<h2 id=\"iste-heading\">ISTE Standards for Students</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"iste-educators-heading\">ISTE Standards for Educators</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"iste-leaders-heading\">ISTE Standards for Education Leaders</h2>"),
            std::string::npos);
  EXPECT_NE(page.find("id=\"standard-2.5\""), std::string::npos);
  EXPECT_NE(page.find("<h3>2.7 Analyst</h3>"), std::string::npos);
  EXPECT_NE(page.find("<h3>3.1 Equity and Citizenship Advocate</h3>"), std::string::npos);
  EXPECT_NE(page.find("<strong>3.2.e</strong>"), std::string::npos);
  // In ISTE's order: students, then educators, then leaders.
  EXPECT_LT(page.find("id=\"standard-1.7\""), page.find("id=\"standard-2.1\""));
  EXPECT_LT(page.find("id=\"standard-2.7\""), page.find("id=\"iste-leaders-heading\""));
}

TEST_P(StandardsRoutes, ApiListsEachFamilyApartWithItsIndicators) {
  const auto data = Api();

  EXPECT_EQ(Shape(data.at("iste_students").as_array(), "students"), "1.1:4 1.2:4 1.3:4 1.4:4 1.5:4 1.6:4 1.7:4");
  EXPECT_EQ(Shape(data.at("iste_educators").as_array(), "educators"), "2.1:3 2.2:3 2.3:4 2.4:4 2.5:3 2.6:4 2.7:3");
  EXPECT_EQ(Shape(data.at("iste_leaders").as_array(), "leaders"), "3.1:4 3.2:5 3.3:5 3.4:4 3.5:4");
  const auto& planner = data.at("iste_leaders").as_array()[1].as_object();
  EXPECT_EQ(planner.at("name").as_string(), "Visionary Planner");
  EXPECT_EQ(planner.at("indicators").as_array()[4].as_object().at("code").as_string(), "3.2.e");
}

TEST_P(StandardsRoutes, TheDemoDistrictHoldsTheStandardsAndIndicatorsOfAllThreeFamilies) {
  const auto standards = server_->CountRows("SELECT COUNT(*) FROM published_standards");
  const auto indicators = server_->CountRows("SELECT COUNT(*) FROM published_standard_indicators");
  const auto adults = server_->CountRows(
      "SELECT COUNT(*) FROM published_standards WHERE family IN ('educators', 'leaders')");

  EXPECT_EQ(standards, 7 + 7 + 5);
  EXPECT_EQ(indicators, 28 + 24 + 22);
  EXPECT_EQ(adults, 12);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, StandardsRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
