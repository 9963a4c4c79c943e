// A school's page links, from each cohort of its history, to the school's agreement and team
// and its commitments in that cohort, for the people who may read them: so Elena Ortiz reaches
// Garvanza's PS 3.0 checklist by clicking, not by typing its address. Visitors and people of
// other schools see the history without those links.
#include <gtest/gtest.h>

#include "support/app_server.hpp"

namespace practica::testing {
namespace {

const std::string kGarvanza = "/schools/garvanza-elementary-technology-and-leadership-magnet";
const std::string kPs3Checklist = "/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/commitments";

TEST(SchoolWorkLinks, TheSchoolsPeopleReachEachCohortsWorkAndOthersDoNot) {
  auto server = AppServer::Start();
  ASSERT_NE(server, nullptr);
  const auto elena = server->SignIn("principal@practica.example");
  const auto mine = server->Get(kGarvanza, &elena);
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("href=\"" + kPs3Checklist + "\""), std::string::npos);
  EXPECT_NE(mine.body.find("href=\"/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/participation\""),
            std::string::npos);
  EXPECT_EQ(server->Get(kPs3Checklist, &elena).status, 200);  // the link leads somewhere she may go

  const auto hannah = server->SignIn("principal.hope@practica.example");  // Hope Street's principal
  EXPECT_EQ(server->Get(kGarvanza, &hannah).body.find(kPs3Checklist), std::string::npos);
  const auto visitor = server->Get(kGarvanza);
  EXPECT_EQ(visitor.status, 200);
  EXPECT_EQ(visitor.body.find(kPs3Checklist), std::string::npos);
  EXPECT_NE(visitor.body.find("PS 3.0"), std::string::npos);  // the history itself stays public
}

}  // namespace
}  // namespace practica::testing
