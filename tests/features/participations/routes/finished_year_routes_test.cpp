// A finished school year is history: PS 3.0's "2018-2019" ended on Sunday, June 30, 2019. On the
// tests' clock (November 23, 2026) its pages read as the year ended and every change is refused
// with 409; in September 2019, during PS 4.0's 2019-2020 year, PS 4.0 still changes.
#include <boost/json/parse.hpp>

#include "features/participations/routes/route_fixture.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kRosemont = "rosemont-avenue-es";  // PS 4.0, no coach in the demo
constexpr std::int64_t kDuringPs4 = 1567530000;       // Tuesday, September 3, 2019, 10:00 AM in Los Angeles
const std::string kHopeRefusal =
    "PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019: Hope Street ES's participation is a record of "
    "that year, so its agreement, team, leads and coach stay as they were.";
const std::string kPs3 = "(SELECT id FROM cohorts WHERE slug = 'ps-3-0')";

std::string ErrorMessage(const Reply& reply) {
  return std::string(json::parse(reply.body).at("error").at("message").as_string());
}

class FinishedYearRoutes : public ParticipationRoutes {
 protected:
  void SetUp() override {
    ParticipationRoutes::SetUp();
    server_->clock().Set(kTestNow);
    AddPerson("Lena Park", "lena.park@practica.example");
  }
  Reply AddMember(const std::string& school, const std::string& cohort) {
    return PostJson(kStaff, Api(school, "/team", cohort), R"({"email":"lena.park@practica.example","kind":"teacher","attends":false})");
  }
};

TEST_F(FinishedYearRoutes, RefusesToAssignACoachNamingTheCohortAndItsYear) {
  auto page = Post(kStaff, Page(kHope, "/coach"), "email=coach%40practica.example");
  auto api = PostJson(kStaff, Api(kHope, "/coach"), R"({"email":"coach@practica.example"})");

  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("school year ended on Sunday, June 30, 2019: Hope Street ES"), std::string::npos);
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(ErrorMessage(api), kHopeRefusal);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participation_coaches WHERE cohort_id = " + kPs3), 0);
}

TEST_F(FinishedYearRoutes, RefusesASignatureAndATeamChange) {
  const int version = CurrentVersion();

  auto signed_page = Post(kPrincipal, Page(kGarvanza, "/sign"), "version=" + std::to_string(version));
  auto signed_api = PostJson(kPrincipal, Api(kGarvanza, "/sign"), "{\"version\":" + std::to_string(version) + "}");
  auto added = AddMember(kGarvanza, "ps-3-0");

  EXPECT_EQ(signed_page.status, 409);
  EXPECT_EQ(signed_api.status, 409);
  EXPECT_NE(ErrorMessage(signed_api).find("PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019"),
            std::string::npos);
  EXPECT_EQ(added.status, 409);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agreement_signatures WHERE cohort_id = " + kPs3), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM team_members WHERE cohort_id = " + kPs3), 0);
}

TEST_F(FinishedYearRoutes, ShowsTheParticipationAsItEndedWithNoForms) {
  CurrentVersion();

  auto staff = server_->SignIn(kStaff);
  auto page = server_->Get(Page(kHope), &staff);
  auto principal = server_->SignIn(kPrincipal);
  auto garvanza = server_->Get(Page(kGarvanza), &principal);
  auto api = GetJson(kStaff, Api(kHope));

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("data-state=\"never_signed\">Never signed<"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"year-over\""), std::string::npos);
  for (const char* form : {"assign-coach-form", "add-member-form", "leads-form", "retract-form", "signature-requests-form"}) {
    EXPECT_EQ(page.body.find(form), std::string::npos) << form;
  }
  EXPECT_EQ(page.body.find("Still needed"), std::string::npos) << "nothing is asked of history";
  EXPECT_EQ(garvanza.body.find("sign-form"), std::string::npos);
  EXPECT_EQ(api.at("state").as_string(), "never_signed");
  EXPECT_EQ(api.at("state_label").as_string(), "Never signed");
  EXPECT_TRUE(api.at("cohort").at("school_year_over").as_bool());
  EXPECT_TRUE(api.at("missing").as_array().empty());
}

TEST_F(FinishedYearRoutes, TheOverviewOffersNoCoachToAssign) {
  auto staff = server_->SignIn(kStaff);
  auto overview = server_->Get("/cohorts/ps-3-0/participations", &staff);

  EXPECT_EQ(overview.status, 200);
  EXPECT_NE(overview.body.find("id=\"year-over\""), std::string::npos);
  EXPECT_EQ(overview.body.find("Choose a coach"), std::string::npos);
  EXPECT_EQ(overview.body.find("Awaiting signatures"), std::string::npos);
  EXPECT_NE(overview.body.find("Never signed"), std::string::npos);
}

TEST_F(FinishedYearRoutes, ANewerYearStillChangesWhileTheFinishedOneIsRefused) {
  server_->clock().Set(kDuringPs4);
  const int version = CurrentVersion("ps-4-0");

  auto ps3 = PostJson(kStaff, Api(kHope, "/coach"), R"({"email":"coach@practica.example"})");
  auto coach = PostJson(kStaff, Api(kRosemont, "/coach", "ps-4-0"), R"({"email":"coach@practica.example"})");
  auto signed_page = Post(kDirector, Page(kGarvanza, "/sign", "ps-4-0"), "version=" + std::to_string(version));
  auto added = AddMember(kGarvanza, "ps-4-0");

  EXPECT_EQ(ps3.status, 409);
  EXPECT_EQ(ErrorMessage(ps3), kHopeRefusal);
  EXPECT_EQ(coach.status, 201) << coach.body;
  EXPECT_EQ(signed_page.status, 303) << signed_page.body.substr(0, 400);
  EXPECT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(GetJson(kStaff, Api(kGarvanza, "", "ps-4-0")).at("state").as_string(), "active");
}

}  // namespace
}  // namespace practica::testing
