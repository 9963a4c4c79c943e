// Commitments verified by the evidence other rooms record, over real HTTP on the demo (SQLite and
// PostgreSQL): PS 3.0's commitment 1 when the SSO lead is designated, 2 for the technology
// support lead, 5 when the team is confirmed, 13 when the team registers for a Planning Cohort
// (or moves up to seats from its waiting list).
// Rosemont Ave ES is on PS 3.0's roster with its commitments issued and none of them touched.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <tuple>

#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kRosemont = "rosemont-avenue-es";
const std::string kDirector = "sophia.mendoza@lausd.net";
const std::string kCoordinator = "allison.jonas@lausd.net";
constexpr std::int64_t kLateMay2019 = 1559062800;  // 2019-05-28 10:00 in Los Angeles

class EvidenceEffects : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    server_->clock().Set(kLateMay2019);
    staff_ = server_->SignIn(kDirector);
  }

  static std::string Participation(const std::string& suffix) {
    return "/api/v1/cohorts/ps-3-0/schools/" + kRosemont + "/participation" + suffix;
  }

  Reply Post(const std::string& target, const json::object& body, const SignedIn* who = nullptr) {
    return server_->PostJson(target, who ? *who : staff_, json::serialize(body));
  }

  std::int64_t AddPerson(const std::string& name, const std::string& email) {
    auto db = server_->app().database().Acquire();
    return people::PeopleStore(*db, server_->app().tenant().id).Create({0, email, name, true}).value().id;
  }

  // Rosemont's team of three, all attending; returns their person ids.
  std::vector<std::int64_t> FormTeam() {
    std::vector<std::int64_t> ids;
    for (const auto& [name, email, kind] : {std::tuple{"Rita Gomez", "rita.gomez@practica.example", "principal"},
                                            std::tuple{"Sam Lee", "sam.lee@practica.example", "teacher"},
                                            std::tuple{"Ivy Chen", "ivy.chen@practica.example", "support"}}) {
      ids.push_back(AddPerson(name, email));
      auto added = Post(Participation("/team"), {{"email", email}, {"kind", kind}, {"attends", true}});
      EXPECT_EQ(added.status, 201) << added.body;
    }
    return ids;
  }

  // Commitment `code` of Rosemont's checklist.
  json::object Item(const std::string& code) {
    auto reply = server_->Get("/api/v1/cohorts/ps-3-0/schools/" + kRosemont + "/commitments", &staff_);
    EXPECT_EQ(reply.status, 200) << reply.body.substr(0, 300);
    const auto checklist = json::parse(reply.body);
    for (const auto& group : checklist.at("groups").as_array()) {
      for (const auto& item : group.at("items").as_array()) {
        if (item.at("code").as_string() == code) return item.as_object();
      }
    }
    ADD_FAILURE() << "no commitment " << code;
    return {};
  }

  std::string Status(const std::string& code) { return std::string(Item(code).at("status").as_string()); }

  // The comment of the item's latest event, "" when it has none.
  std::string LastComment(const std::string& code) {
    const auto item = Item(code);
    const auto& history = item.at("history").as_array();
    if (history.empty()) return "";
    const auto& comment = history.back().at("comment");
    return comment.is_string() ? std::string(comment.as_string()) : "";
  }

  std::int64_t VerifiedEvents() {
    return server_->CountRows(
        "SELECT COUNT(*) FROM commitment_events e JOIN school_commitments sc ON sc.district_id = e.district_id"
        " AND sc.id = e.school_commitment_id JOIN schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
        " WHERE s.slug = '" + kRosemont + "' AND e.kind = 'verified'");
  }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(EvidenceEffects, DesignatingTheLeadsVerifiesCommitmentsOneAndTwo) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  AddPerson("Kevin Tran", "kevin.tran@practica.example");
  ASSERT_NE(Status("1"), "verified");

  auto set = Post(Participation("/leads"), {{"sso_lead_email", "ana.ruiz@practica.example"},
                                            {"tech_lead_email", "kevin.tran@practica.example"},
                                            {"tech_lead_classification", "classified"}});

  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(Status("1"), "verified");
  EXPECT_EQ(LastComment("1"), "Verified when Ana Ruiz was designated the single sign-on lead");
  EXPECT_EQ(Status("2"), "verified");
  EXPECT_EQ(LastComment("2"), "Verified when Kevin Tran was designated the technology support lead");
  EXPECT_EQ(VerifiedEvents(), 2);
}

TEST_P(EvidenceEffects, ANewLeadLaterVerifiesNothingTwice) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  AddPerson("Luis Park", "luis.park@practica.example");
  ASSERT_EQ(Post(Participation("/leads"), {{"sso_lead_email", "ana.ruiz@practica.example"}}).status, 200);

  auto changed = Post(Participation("/leads"), {{"sso_lead_email", "luis.park@practica.example"}});

  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(VerifiedEvents(), 1);
  EXPECT_EQ(LastComment("1"), "Verified when Ana Ruiz was designated the single sign-on lead");
}

TEST_P(EvidenceEffects, ConfirmingTheTeamVerifiesCommitmentFive) {
  FormTeam();
  ASSERT_NE(Status("5"), "verified");

  auto confirmed = Post(Participation("/team/confirm"), {});

  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(Status("5"), "verified");
  EXPECT_EQ(LastComment("5"), "Verified when the practitioner team was confirmed");
  EXPECT_EQ(VerifiedEvents(), 1);
}

TEST_P(EvidenceEffects, RegisteringForAPlanningCohortVerifiesCommitmentThirteen) {
  const auto team = FormTeam();
  const auto coordinator = server_->SignIn(kCoordinator);
  const auto plan = [&](const std::string& kind, const std::string& title) {
    auto planned = Post("/api/v1/learning",
                        {{"kind", kind}, {"title", title}, {"cohort", "ps-3-0"}, {"capacity", "6"},
                         {"registration_closes", "2019-08-01"}, {"location", "ITI, Beaudry"},
                         {"day1_date", "2019-08-20"}, {"day1_start", "08:00"}, {"day1_end", "15:00"}},
                        &coordinator);
    EXPECT_EQ(planned.status, 201) << planned.body;
    return std::string(json::parse(planned.body).at("slug").as_string());
  };
  const auto onboarding = plan("onboarding", "Summer Onboarding 2019");
  const auto planning = plan("tech_planning", "Planning Cohort, August 2019");
  const json::object attendees{{"attendees", json::array(team.begin(), team.end())}};
  const auto registration = [&](const std::string& slug) {
    return "/api/v1/learning/" + slug + "/schools/" + kRosemont + "/registration";
  };

  auto other = Post(registration(onboarding), attendees);
  const auto after_other = Status("13");
  auto registered = Post(registration(planning), attendees);

  ASSERT_EQ(other.status, 201) << other.body;
  EXPECT_NE(after_other, "verified") << "only a Planning Cohort is the evidence";
  ASSERT_EQ(registered.status, 201) << registered.body;
  EXPECT_EQ(Status("13"), "verified");
  EXPECT_EQ(LastComment("13"), "Verified when the team registered for Planning Cohort, August 2019");
}

// A place on a full Planning Cohort's waiting list is not yet the registration commitment 13 asks
// for; moving up to seats is, in the same change that gives another team's seats back.
TEST_P(EvidenceEffects, MovingUpFromAPlanningCohortsWaitingListVerifiesCommitmentThirteen) {
  const auto team = FormTeam();
  const auto coordinator = server_->SignIn(kCoordinator);
  auto planned = Post("/api/v1/learning",
                      {{"kind", "tech_planning"}, {"title", "Planning Cohort, August 2019"}, {"cohort", "ps-3-0"},
                       {"capacity", "3"}, {"registration_closes", "2019-08-01"}, {"location", "ITI, Beaudry"},
                       {"day1_date", "2019-08-20"}, {"day1_start", "08:00"}, {"day1_end", "15:00"}},
                      &coordinator);
  ASSERT_EQ(planned.status, 201) << planned.body;
  const std::string slug(json::parse(planned.body).at("slug").as_string());
  const auto registration = [&](const std::string& school) {
    return "/api/v1/learning/" + slug + "/schools/" + school + "/registration";
  };
  // Garvanza's demo team (its principal, Priya Shah and Marisol Vega) takes the three seats.
  const std::string garvanza = "garvanza-elementary-technology-and-leadership-magnet";
  const auto garvanza_principal = server_->SignIn("principal@practica.example");
  json::array garvanza_team;
  for (const auto* email : {"principal@practica.example", "teacher@practica.example", "marisol.vega@practica.example"}) {
    auto db = server_->app().database().Acquire();
    garvanza_team.push_back(
        people::PeopleStore(*db, server_->app().tenant().id).FindByEmail(email).value().value().id);
  }
  ASSERT_EQ(Post(registration(garvanza), {{"attendees", garvanza_team}}, &garvanza_principal).status, 201);

  auto waiting = Post(registration(kRosemont), {{"attendees", json::array(team.begin(), team.end())}});
  ASSERT_EQ(waiting.status, 201) << waiting.body;
  const auto while_waiting = Status("13");
  auto gave_back = Post(registration(garvanza) + "/cancel", {}, &garvanza_principal);

  EXPECT_NE(while_waiting, "verified") << "a place on the waiting list is not a registration yet";
  ASSERT_EQ(gave_back.status, 200) << gave_back.body;
  EXPECT_EQ(Status("13"), "verified");
  EXPECT_EQ(LastComment("13"), "Verified when the team registered for Planning Cohort, August 2019");
}

TEST_P(EvidenceEffects, NothingIsVerifiedWhenTheTemplateItemHasNoKey) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  AddPerson("Kevin Tran", "kevin.tran@practica.example");
  auto cleared = Post("/api/v1/cohorts/ps-3-0/commitments/template/items",
                      {{"phase", "before_coach"}, {"number", 1}, {"title", "Designate an SSO lead"},
                       {"due_kind", "before_coach"}, {"evidence_kind", "person"},
                       {"evidence_label", "Name of the SSO lead"}, {"verifier", "coach"}, {"verified_by", ""},
                       {"apply_to_issued", true}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(json::parse(cleared.body).at("item").at("verified_by").as_string(), "");

  auto set = Post(Participation("/leads"), {{"sso_lead_email", "ana.ruiz@practica.example"},
                                            {"tech_lead_email", "kevin.tran@practica.example"},
                                            {"tech_lead_classification", "certificated"}});

  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_NE(Status("1"), "verified");
  EXPECT_EQ(LastComment("1"), "");
  EXPECT_EQ(Status("2"), "verified") << "the item that keeps its key still is";
  EXPECT_EQ(VerifiedEvents(), 1);
}

INSTANTIATE_TEST_SUITE_P(Dialects, EvidenceEffects, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres));

}  // namespace
}  // namespace practica::testing
