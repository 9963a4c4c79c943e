// The cohort grid and its exports, kept to each person's scopes.
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "features/commitments/routes/commitments_fixture.hpp"
#include "features/participations/store/participations_store.hpp"
#include "support/xlsx_text.hpp"

namespace practica::testing {
namespace {

const std::string kGrid = "/cohorts/ps-3-0/commitments";

std::vector<std::string> SchoolNames(const json::object& grid) {
  std::vector<std::string> names;
  for (const auto& row : grid.at("schools").as_array()) names.emplace_back(row.at("name").as_string());
  return names;
}

const json::object& Row(const json::object& grid, const std::string& slug) {
  for (const auto& row : grid.at("schools").as_array()) {
    if (row.at("slug").as_string() == slug) return row.as_object();
  }
  static const json::object kNone;
  ADD_FAILURE() << "no row for " << slug;
  return kNone;
}

TEST_F(CommitmentsRoutes, ShowsStaffEverySchoolAgainstEveryCommitmentWithCounts) {
  auto director = server_->SignIn(kDirector);

  auto grid = GetJson("/api/v1" + kGrid, director);

  EXPECT_EQ(grid.at("schools").as_array().size(), 25u);
  ASSERT_EQ(grid.at("columns").as_array().size(), 24u);
  EXPECT_EQ(grid.at("columns").as_array()[21].at("label").as_string(), "D1");
  const auto& garvanza = Row(grid, kGarvanza);
  EXPECT_EQ(garvanza.at("total").as_int64(), 21);
  EXPECT_EQ(garvanza.at("cells").as_array()[11].at("status").as_string(), "verified");  // Common Sense
  const auto& common_sense = grid.at("columns").as_array()[11].as_object();
  EXPECT_EQ(common_sense.at("verified").as_int64(), 1);   // Garvanza
  EXPECT_EQ(common_sense.at("late").as_int64(), 24);     // everyone else, past November 21, 2018
}

TEST_F(CommitmentsRoutes, FiltersTheGridByLocalDistrict) {
  auto director = server_->SignIn(kDirector);

  auto grid = GetJson("/api/v1" + kGrid + "?local_district=northeast", director);

  ASSERT_FALSE(grid.at("schools").as_array().empty());
  for (const auto& row : grid.at("schools").as_array()) EXPECT_EQ(row.at("local_district").as_string(), "Northeast");
}

TEST_F(CommitmentsRoutes, KeepsEachPersonsGridToTheirScopes) {
  auto principal = server_->SignIn(kHopePrincipal);
  auto coach = server_->SignIn(kCoach);
  auto northeast = server_->SignIn(kNortheastDirector);

  EXPECT_EQ(SchoolNames(GetJson("/api/v1" + kGrid, principal)), (std::vector<std::string>{"Hope Street ES"}));
  EXPECT_EQ(SchoolNames(GetJson("/api/v1" + kGrid, coach)),
            (std::vector<std::string>{"Garvanza Elementary Technology and Leadership Magnet", "Hope Street ES",
                                      "Telfair Avenue ES"}));
  const auto local = GetJson("/api/v1" + kGrid, northeast);
  ASSERT_FALSE(local.at("schools").as_array().empty());
  for (const auto& row : local.at("schools").as_array()) EXPECT_EQ(row.at("local_district").as_string(), "Northeast");
}

TEST_F(CommitmentsRoutes, DrawsTheGridWithATextForEverySymbol) {
  auto director = server_->SignIn(kDirector);

  auto page = server_->Get(kGrid, &director);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"commitment-grid\""), std::string::npos);
  EXPECT_NE(page.body.find("<span aria-hidden=\"true\">✓</span><span class=\"sr-only\">12: Verified</span>"),
            std::string::npos);
  EXPECT_NE(page.body.find("<tfoot>"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"template-link\""), std::string::npos);
}

TEST_F(CommitmentsRoutes, LeavesTheTemplateLinkToThoseWhoKeepIt) {
  auto coach = server_->SignIn(kCoach);

  auto page = server_->Get(kGrid, &coach);

  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("id=\"template-link\""), std::string::npos);
}

TEST_F(CommitmentsRoutes, ExportsTheGridAsCsvOneLinePerSchool) {
  auto director = server_->SignIn(kDirector);

  auto csv = server_->Get(kGrid + ".csv?local_district=east", &director);

  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.Header("content-disposition"), "attachment; filename=\"ps-3-0-commitments.csv\"");
  EXPECT_TRUE(csv.body.starts_with("School,Local district,1. Designate an SSO lead,"));
  std::size_t lines = 0;
  for (std::size_t at = csv.body.find("\r\n"); at != std::string::npos; at = csv.body.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 1 + GetJson("/api/v1" + kGrid + "?local_district=east", director).at("schools").as_array().size());
  EXPECT_NE(csv.body.find("\r\nHope Street ES,East,Verified,Verified,Verified,"), std::string::npos);
}

TEST_F(CommitmentsRoutes, KeepsTextFromBecomingAFormulaInTheCsv) {
  {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    schools::School school;
    school.name = "@SUM(A1) Academy";
    const auto id = schools::SchoolsStore(*db, district).Create(school).value().id;
    const auto cohort = db->QueryInt("SELECT id FROM cohorts WHERE district_id = $1 AND slug = 'ps-3-0'",
                                     {district}).value().value();
    ASSERT_TRUE(participations::ParticipationsStore(*db, district).AddSchool(cohort, id, school.name).has_value());
  }
  auto director = server_->SignIn(kDirector);

  auto csv = server_->Get(kGrid + ".csv", &director);

  EXPECT_NE(csv.body.find("\r\n'@SUM(A1) Academy,"), std::string::npos) << csv.body.substr(0, 600);
}

TEST_F(CommitmentsRoutes, ExportsTheGridAsAnExcelWorkbook) {
  auto director = server_->SignIn(kDirector);

  auto xlsx = server_->Get(kGrid + ".xlsx", &director);

  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.Header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.Header("content-disposition"), "attachment; filename=\"ps-3-0-commitments.xlsx\"");
  // The workbook holds the CSV's rows: the same header and one row per school, in order.
  const auto csv = server_->Get(kGrid + ".csv", &director).body;
  std::vector<std::string> first_fields;
  for (std::size_t at = 0; at < csv.size(); at = csv.find("\r\n", at) + 2) {
    first_fields.push_back(csv.substr(at, csv.find_first_of(",\r", at) - at));
  }
  const auto rows = XlsxRows(xlsx.body);
  ASSERT_EQ(rows.size(), first_fields.size());
  ASSERT_GT(rows.size(), 20u);  // PS 3.0's schools
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].at(0), first_fields[i]) << "row " << i;
}

TEST_F(CommitmentsRoutes, KeepsAPrincipalsExportToTheirSchool) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto csv = server_->Get(kGrid + ".csv", &principal);

  EXPECT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Hope Street ES"), std::string::npos);
  EXPECT_EQ(csv.body.find("Garvanza"), std::string::npos);
}

TEST_F(CommitmentsRoutes, SendsAVisitorOfTheGridToSignIn) {
  EXPECT_EQ(server_->Get(kGrid).status, 303);
  EXPECT_EQ(server_->Get("/api/v1" + kGrid).status, 401);
  EXPECT_EQ(server_->Get(kGrid + ".csv").status, 303);
}

}  // namespace
}  // namespace practica::testing
