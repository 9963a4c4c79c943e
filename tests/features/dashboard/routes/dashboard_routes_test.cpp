// The dashboard over real HTTP on the demo's history, on SQLite and PostgreSQL: each row agrees
// with the school's own pages (participation, commitments, sessions), a local district's
// director never sees another local district's row in the page, the API or the CSV, and
// nobody at a school opens it.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "support/xlsx_text.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kApi = "/api/v1/cohorts/ps-3-0/dashboard";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kDirector = "director.northeast@practica.example";  // Marcus Lee, Northeast

class DashboardRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
  }

  json::object Api(const std::string& target, const SignedIn& who) {
    const auto reply = server_->Get(target, &who);
    EXPECT_EQ(reply.status, 200) << reply.body;
    return json::parse(reply.body).as_object();
  }

  static std::string Text(const json::value& v, std::string_view key) {
    return std::string(v.as_object().at(key).as_string());
  }

  static const json::object& Cell(const json::value& row, std::string_view column) {
    for (const auto& cell : row.at("cells").as_array()) {
      if (cell.at("column").as_string() == column) return cell.as_object();
    }
    static const json::object kNone;
    ADD_FAILURE() << "no cell " << column;
    return kNone;
  }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(DashboardRoutes, StaffSeeEverySchoolOfTheCohortEachCellInWordsAndColour) {
  const auto data = Api(kApi, staff_);

  const auto& schools = data.at("schools").as_array();
  EXPECT_EQ(static_cast<std::int64_t>(schools.size()),
            server_->CountRows("SELECT COUNT(*) FROM participations p JOIN cohorts c ON c.id = p.cohort_id"
                               " WHERE c.slug = 'ps-3-0'"));
  const std::set<std::string> heats{"good", "watch", "risk", "none"};
  for (const auto& row : schools) {
    ASSERT_EQ(row.at("cells").as_array().size(), 11u);
    for (const auto& cell : row.at("cells").as_array()) {
      EXPECT_FALSE(cell.at("text").as_string().empty()) << Text(row, "name");
      EXPECT_TRUE(heats.contains(Text(cell, "heat"))) << Text(cell, "heat");
      EXPECT_FALSE(cell.at("heat_label").as_string().empty());
    }
  }
}

TEST_P(DashboardRoutes, EachRowAgreesWithTheSchoolsOwnPages) {
  const auto data = Api(kApi, staff_);
  const auto grid = Api("/api/v1/cohorts/ps-3-0/commitments", staff_);
  const auto learning = Api("/api/v1/cohorts/ps-3-0/learning", staff_);
  std::map<std::string, json::object> grid_rows;
  for (const auto& row : grid.at("schools").as_array()) grid_rows[Text(row, "slug")] = row.as_object();
  std::map<std::string, int> attended;
  for (const auto& row : learning.at("schools").as_array()) {
    for (const auto& cell : row.at("cells").as_array()) {
      if (cell.at("code").as_string() == "attended") ++attended[Text(row, "slug")];
    }
  }

  int checked = 0;
  for (const auto& row : data.at("schools").as_array()) {
    const auto slug = Text(row, "slug");
    const auto participation = Api("/api/v1/cohorts/ps-3-0/schools/" + slug + "/participation", staff_);
    EXPECT_EQ(Text(Cell(row, "agreement"), "text"), Text(participation, "state_label")) << slug;
    const auto& g = grid_rows.at(slug);
    const auto verified = std::to_string(g.at("verified").as_int64()) + " of " +
                          std::to_string(g.at("total").as_int64()) + " verified";
    if (g.at("issued").as_bool()) {
      EXPECT_NE(Text(Cell(row, "commitments"), "text").find(verified), std::string::npos) << slug;
      EXPECT_EQ(row.at("late").as_int64(), g.at("late").as_int64()) << slug;
    }
    const auto sessions = Text(Cell(row, "sessions"), "text");
    if (sessions != "No sessions held yet") {
      EXPECT_NE(sessions.find(std::to_string(attended[slug]) + " of "), std::string::npos) << slug << ": " << sessions;
    }
    ++checked;
  }
  EXPECT_GE(checked, 20);
}

TEST_P(DashboardRoutes, ExemplarsAndFeedbackFormsAgreeWithTheLibraryAndTheInvitations) {
  const auto data = Api(kApi, staff_);
  int with_exemplars = 0;
  int with_forms = 0;
  for (const auto& row : data.at("schools").as_array()) {
    const auto slug = Text(row, "slug");
    // The cell opens the library narrowed to the school's exemplars of the cohort: its count is
    // the library's.
    const auto& exemplars = Cell(row, "exemplars");
    const auto url = Text(exemplars, "url");
    ASSERT_EQ(url.rfind("/exemplars?", 0), 0u) << url;
    const auto published = Api("/api/v1" + url, staff_).at("total").as_int64();
    const auto text = Text(exemplars, "text");
    if (published > 0) {
      EXPECT_EQ(text.rfind(std::to_string(published) + " published", 0), 0u) << slug << ": " << text;
      EXPECT_EQ(Text(exemplars, "heat"), "good") << slug;
      ++with_exemplars;
    } else {
      EXPECT_EQ(text.find("published"), std::string::npos) << slug << ": " << text;
    }

    // Everyone asked through the school by forms to its staff, team or session attendees.
    const auto asked = server_->CountRows(
        "SELECT COUNT(*) FROM survey_invitations i JOIN survey_forms f ON f.district_id = i.district_id AND f.id = i.form_id"
        " JOIN schools s ON s.id = i.school_id JOIN cohorts c ON c.id = i.cohort_id"
        " WHERE c.slug = 'ps-3-0' AND s.slug = '" + slug + "' AND f.audience_kind IN ('staff', 'team', 'attendees')");
    const auto feedback = Text(Cell(row, "feedback"), "text");
    if (asked == 0) {
      EXPECT_EQ(feedback, "No forms sent") << slug;
    } else {
      EXPECT_NE(feedback.find("% of " + std::to_string(asked) + " asked"), std::string::npos) << slug << ": " << feedback;
      ++with_forms;
    }
  }
  EXPECT_GE(with_exemplars, 3) << "the demo's PS 3.0 schools share exemplars";
  EXPECT_GE(with_forms, 1) << "the demo sends PS 3.0 forms";
}

TEST_P(DashboardRoutes, ALocalDirectorSeesOnlyTheirOwnSchoolsInThePageTheApiAndTheCsv) {
  const auto director = server_->SignIn(kDirector);
  const auto everyone = Api(kApi, staff_);
  std::set<std::string> northeast;
  std::set<std::string> elsewhere;
  for (const auto& row : everyone.at("schools").as_array()) {
    (Text(row, "local_district") == "Northeast" ? northeast : elsewhere).insert(Text(row, "name"));
  }
  ASSERT_FALSE(northeast.empty());
  ASSERT_FALSE(elsewhere.empty());

  const auto mine = Api(kApi, director);
  std::set<std::string> seen;
  for (const auto& row : mine.at("schools").as_array()) seen.insert(Text(row, "name"));
  EXPECT_EQ(seen, northeast);

  // Asking for another local district by the filter finds nothing more.
  const auto other = Api(kApi + "?local_district=east", director);
  EXPECT_TRUE(other.at("schools").as_array().empty());

  const auto page = server_->Get("/cohorts/ps-3-0/dashboard", &director);
  const auto csv = server_->Get("/cohorts/ps-3-0/dashboard.csv", &director);
  const auto xlsx = server_->Get("/cohorts/ps-3-0/dashboard.xlsx", &director);
  ASSERT_EQ(page.status, 200);
  ASSERT_EQ(csv.status, 200);
  ASSERT_EQ(xlsx.status, 200);
  std::set<std::string> in_sheet;
  for (const auto& row : XlsxRows(xlsx.body)) in_sheet.insert(row.at(0));
  for (const auto& name : elsewhere) {
    EXPECT_EQ(page.body.find(">" + name + "<"), std::string::npos) << name;
    EXPECT_EQ(csv.body.find(name + ","), std::string::npos) << name;
    EXPECT_FALSE(in_sheet.contains(name)) << name;
  }
  for (const auto& name : northeast) EXPECT_TRUE(in_sheet.contains(name)) << name;
  for (const auto& name : northeast) EXPECT_NE(page.body.find(name), std::string::npos) << name;
}

TEST_P(DashboardRoutes, NobodyAtASchoolOrCoachingOpensIt) {
  for (const auto* who : {"principal@practica.example", "teacher@practica.example", "coach@practica.example"}) {
    const auto person = server_->SignIn(who);
    EXPECT_EQ(server_->Get(kApi, &person).status, 403) << who;
    EXPECT_EQ(server_->Get("/cohorts/ps-3-0/dashboard.csv", &person).status, 403) << who;
    EXPECT_EQ(server_->Get("/cohorts/ps-3-0/dashboard.xlsx", &person).status, 403) << who;
  }
  EXPECT_NE(server_->Get(kApi).status, 200) << "signed out";
}

TEST_P(DashboardRoutes, FiltersByLocalDistrictAndSchoolTypeAndKeepsThemInTheLinks) {
  const auto all = Api(kApi, staff_);
  const auto filtered = Api(kApi + "?local_district=northeast&school_type=elementary", staff_);

  ASSERT_FALSE(filtered.at("schools").as_array().empty());
  EXPECT_LT(filtered.at("schools").as_array().size(), all.at("schools").as_array().size());
  for (const auto& row : filtered.at("schools").as_array()) {
    EXPECT_EQ(Text(row, "local_district"), "Northeast");
    EXPECT_EQ(Text(row, "school_type"), "Elementary");
  }
  EXPECT_NE(Text(filtered, "csv_url").find("local_district=northeast"), std::string::npos);
  for (const auto& column : filtered.at("columns").as_array()) {
    EXPECT_NE(Text(column, "sort_url").find("school_type=elementary"), std::string::npos);
  }
}

TEST_P(DashboardRoutes, SortingByCommitmentsPutsTheMostLateFirst) {
  const auto data = Api(kApi + "?sort=commitments", staff_);

  std::int64_t previous = INT64_MAX;
  bool issued_seen = false;
  for (const auto& row : data.at("schools").as_array()) {
    if (Text(Cell(row, "commitments"), "heat") == "none") continue;  // not issued: last
    issued_seen = true;
    if (Text(Cell(row, "commitments"), "heat") != "risk") previous = 0;
    EXPECT_LE(row.at("late").as_int64(), previous) << Text(row, "name");
    previous = row.at("late").as_int64();
  }
  EXPECT_TRUE(issued_seen);
  EXPECT_EQ(Text(data, "sort"), "commitments");
}

TEST_P(DashboardRoutes, RefusesAnUnknownSortAndAnUnknownCohortSayingWhat) {
  const auto sort = server_->Get(kApi + "?sort=name%3B%20DROP%20TABLE%20schools", &staff_);
  EXPECT_EQ(sort.status, 422) << sort.body;
  EXPECT_NE(sort.body.find("cannot sort by"), std::string::npos);

  const auto cohort = server_->Get("/api/v1/cohorts/ps-99-0/dashboard", &staff_);
  EXPECT_EQ(cohort.status, 404);
  EXPECT_NE(cohort.body.find("ps-99-0"), std::string::npos);
}

TEST_P(DashboardRoutes, TheCsvHasARowPerSchoolWithEachStateInWords) {
  const auto data = Api(kApi, staff_);
  const auto csv = server_->Get("/cohorts/ps-3-0/dashboard.csv", &staff_);

  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("School,Local district,School type,At risk,Agreement,Agreement (state)", 0), 0u);
  const auto lines = std::count(csv.body.begin(), csv.body.end(), '\n');
  EXPECT_EQ(lines, static_cast<long>(data.at("schools").as_array().size()) + 1);
  EXPECT_NE(csv.body.find("On track"), std::string::npos);

  // The workbook holds the same rows, cell for cell with the API's names in the page's order.
  const auto rows = XlsxRows(server_->Get("/cohorts/ps-3-0/dashboard.xlsx", &staff_).body);
  ASSERT_EQ(rows.size(), data.at("schools").as_array().size() + 1);
  EXPECT_EQ(rows[0].at(0), "School");
  EXPECT_EQ(rows[0].at(5), "Agreement (state)");
  for (std::size_t i = 0; i < data.at("schools").as_array().size(); ++i) {
    EXPECT_EQ(rows[i + 1].at(0), Text(data.at("schools").as_array()[i], "name"));
  }
}

TEST_P(DashboardRoutes, TheCohortPageLinksStaffToItAndNobodyElse) {
  const auto staff_page = server_->Get("/cohorts/ps-3-0", &staff_);
  const auto visitor_page = server_->Get("/cohorts/ps-3-0");

  EXPECT_NE(staff_page.body.find("id=\"dashboard-link\""), std::string::npos);
  EXPECT_EQ(visitor_page.body.find("id=\"dashboard-link\""), std::string::npos);
}

// The charts count the schools the grid shows: the missed sessions of every session add up to the
// rows' missed sessions, and the local districts' months add up to the whole cohort's.
TEST_P(DashboardRoutes, TheChartsAddUpToTheRowsShownAndFollowTheFilters) {
  const auto all = Api(kApi, staff_);

  const auto& sessions = all.at("sessions").as_array();
  ASSERT_GE(sessions.size(), 3u) << "PS 3.0's three follow-up days at least";
  EXPECT_TRUE(std::ranges::any_of(sessions, [](const json::value& s) { return Text(s, "label").starts_with("Sep 28, 2018: "); }))
      << "the first follow-up day, by its day";
  std::int64_t missed_by_session = 0;
  for (const auto& s : sessions) missed_by_session += s.at("missed").as_int64();
  std::int64_t missed_by_school = 0;
  for (const auto& row : all.at("schools").as_array()) missed_by_school += row.at("missed").as_int64();
  EXPECT_EQ(missed_by_session, missed_by_school);

  std::map<std::string, std::int64_t> whole;
  for (const auto& m : all.at("months").as_array()) {
    whole[Text(m, "month")] = m.at("verified").as_int64() + m.at("late").as_int64() + m.at("open").as_int64();
  }
  ASSERT_TRUE(whole.contains("2018-09"));
  EXPECT_EQ(Text(all.at("months").as_array()[0], "label").find("2018"), Text(all.at("months").as_array()[0], "label").size() - 4);
  std::map<std::string, std::int64_t> summed;
  std::int64_t rows = 0;
  for (const auto& district : all.at("local_districts").as_array()) {
    const auto part = Api(kApi + "?local_district=" + Text(district, "slug"), staff_);
    rows += static_cast<std::int64_t>(part.at("schools").as_array().size());
    for (const auto& m : part.at("months").as_array()) {
      summed[Text(m, "month")] += m.at("verified").as_int64() + m.at("late").as_int64() + m.at("open").as_int64();
    }
  }
  ASSERT_EQ(rows, static_cast<std::int64_t>(all.at("schools").as_array().size())) << "every school has a local district";
  EXPECT_EQ(summed, whole);
  const auto page = server_->Get("/cohorts/ps-3-0/dashboard", &staff_);
  EXPECT_NE(page.body.find("id=\"dashboard-months\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"dashboard-sessions\""), std::string::npos);
  EXPECT_NE(page.body.find("<th scope=\"row\">September 2018</th>"), std::string::npos);
  // PS 3.0's year is over (June 30, 2019): what was not verified is not done, as the grid says.
  EXPECT_NE(page.body.find(">Not done (the year is over)</th>"), std::string::npos);
  // PS 4.0's schools have no commitment issued and no session yet: the page says so.
  const auto ps4 = server_->Get("/cohorts/ps-4-0/dashboard", &staff_);
  EXPECT_NE(ps4.body.find("id=\"dashboard-no-charts\""), std::string::npos);
  EXPECT_EQ(ps4.body.find("<canvas"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DashboardRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
