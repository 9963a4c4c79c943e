// Learning sessions over real HTTP on the demo data, on SQLite and on PostgreSQL: team
// registration with its rules, the waiting list and its promotion e-mails, concurrent
// enrolments against capacity, deadlines, attendance feeding commitments, and who may do what.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>
#include <thread>

#include "auth/grant_store.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kHope = "hope-street-es";
const std::string kSanPascual = "san-pascual-steam-magnet";
const std::string kPrincipal = "principal@practica.example";
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kSanPascualPrincipal = "principal.sanpascual@practica.example";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kCoach = "coach@practica.example";
const std::string kTeacher = "teacher@practica.example";
constexpr std::int64_t kLateMay2019 = 1559062800;  // 2019-05-28 10:00 in Los Angeles
constexpr std::int64_t kJune3_2019 = 1559581200;   // after the last follow-up day

class LearningRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    server_->clock().Set(kLateMay2019);
  }

  Reply PostJson(const std::string& target, const SignedIn& who, const std::string& body) {
    return server_->Send("POST", target,
                         {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token},
                          {"Content-Type", "application/json"}},
                         body);
  }

  static json::object Parse(const Reply& reply) {
    auto value = json::parse(reply.body.empty() ? "{}" : reply.body);
    return value.is_object() ? value.as_object() : json::object{};
  }

  // A PS 3.0 session on August 20, 2019 with seats for two teams; registration closes Aug 1.
  std::string PlanSession(int capacity = 6, const std::string& kind = "onboarding",
                          const std::string& cohort = "ps-3-0") {
    const auto staff = server_->SignIn(kCoordinator);
    json::object body{{"kind", kind},
                      {"title", "Summer Institute " + std::to_string(++planned_)},
                      {"capacity", std::to_string(capacity)},
                      {"registration_closes", "2019-08-01"},
                      {"location", "ITI, Beaudry"},
                      {"day1_date", "2019-08-20"},
                      {"day1_start", "08:00"},
                      {"day1_end", "15:00"}};
    if (!cohort.empty()) body["cohort"] = cohort;
    auto reply = PostJson("/api/v1/learning", staff, json::serialize(body));
    EXPECT_EQ(reply.status, 201) << reply.body;
    return std::string(Parse(reply)["slug"].as_string());
  }

  std::int64_t PersonId(const std::string& email) {
    auto db = server_->app().database().Acquire();
    auto found = people::PeopleStore(*db, server_->app().tenant().id).FindByEmail(email).value();
    if (found) return found->id;
    return people::PeopleStore(*db, server_->app().tenant().id)
        .Create({0, email, email.substr(0, email.find('@')), true})
        .value()
        .id;
  }

  // Puts people on a school's PS 3.0 team (made as records when they do not exist).
  std::vector<std::int64_t> Team(const std::string& school, std::vector<std::string> emails) {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    participations::DirectoryStore directory(*db, district);
    const auto cohort = directory.FindCohort("ps-3-0").value().value().id;
    const auto school_id = directory.FindSchool(school).value().value().id;
    std::vector<std::int64_t> ids;
    for (const auto& email : emails) {
      const auto id = PersonId(email);
      auto added = participations::TeamStore(*db, district)
                       .Add(cohort, school_id,
                            participations::TeamMember{0, {id, email, email}, participations::MemberKind::kTeacher, true},
                            0, kLateMay2019);
      EXPECT_TRUE(added.has_value() || added.error().code == core::ErrorCode::kConflict);
      ids.push_back(id);
    }
    return ids;
  }

  static std::string Attendees(const std::vector<std::int64_t>& ids) {
    json::array list;
    for (auto id : ids) list.push_back(id);
    return json::serialize(json::object{{"attendees", list}});
  }

  static std::string Registration(const std::string& slug, const std::string& school) {
    return "/api/v1/learning/" + slug + "/schools/" + school + "/registration";
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  std::unique_ptr<AppServer> server_;
  int planned_ = 0;
};

TEST_P(LearningRoutes, AFourthAttendeeWhereThreeAreRequiredIsRefused) {
  const auto slug = PlanSession();
  const auto registrations = Count("SELECT COUNT(*) FROM learning_registrations");
  auto team = Team(kGarvanza, {kPrincipal, kTeacher, "marisol.vega@practica.example",
                               "fourth@practica.example"});
  const auto principal = server_->SignIn(kPrincipal);
  auto reply = PostJson(Registration(slug, kGarvanza), principal, Attendees(team));
  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("exactly 3 attendees; you chose 4"), std::string::npos) << reply.body;
  auto outsider = PostJson(Registration(slug, kGarvanza), principal,
                           Attendees({team[0], team[1], PersonId(kCoach)}));
  EXPECT_EQ(outsider.status, 422);
  EXPECT_NE(outsider.body.find("practitioner team"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM learning_registrations"), registrations) << "a refused team registers nothing";
  team.pop_back();
  auto three = PostJson(Registration(slug, kGarvanza), principal, Attendees(team));
  EXPECT_EQ(three.status, 201) << three.body;
  EXPECT_EQ(Parse(three)["registration"].as_object()["state"].as_string(), "registered");
}

TEST_P(LearningRoutes, PastCapacityATeamWaitsAndIsPromotedWholeWithAnEmail) {
  const auto slug = PlanSession(6);
  const auto garvanza = Team(kGarvanza, {kPrincipal, kTeacher, "marisol.vega@practica.example"});
  const auto hope = Team(kHope, {kHopePrincipal, "h1@practica.example", "h2@practica.example"});
  const auto pascual =
      Team(kSanPascual, {kSanPascualPrincipal, "s1@practica.example", "s2@practica.example"});
  const auto elena = server_->SignIn(kPrincipal);
  const auto hannah = server_->SignIn(kHopePrincipal);
  const auto daniel = server_->SignIn(kSanPascualPrincipal);
  ASSERT_EQ(PostJson(Registration(slug, kGarvanza), elena, Attendees(garvanza)).status, 201);
  ASSERT_EQ(PostJson(Registration(slug, kHope), hannah, Attendees(hope)).status, 201);
  auto third = PostJson(Registration(slug, kSanPascual), daniel, Attendees(pascual));
  ASSERT_EQ(third.status, 201) << third.body;
  auto answer = Parse(third);
  EXPECT_EQ(answer["registration"].as_object()["state"].as_string(), "waitlisted");
  EXPECT_EQ(answer["seats"].as_object()["free"].as_int64(), 0);
  EXPECT_EQ(answer["seats"].as_object()["waiting"].as_int64(), 1);

  // Garvanza gives its seats back: San Pascual moves up whole, and its three hear by e-mail.
  auto cancelled = PostJson(Registration(slug, kGarvanza) + "/cancel", elena, "");
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(Parse(cancelled)["promoted"].as_int64(), 1);
  auto page = Parse(server_->Get("/api/v1/learning/" + slug, &daniel));
  EXPECT_EQ(page["seats"].as_object()["taken"].as_int64(), 6);
  EXPECT_EQ(page["seats"].as_object()["waiting"].as_int64(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND dedupe_key LIKE "
                  "'learning.promoted:%'"),
            3);
  // Cancelling again is refused and promotes nobody twice.
  EXPECT_EQ(PostJson(Registration(slug, kGarvanza) + "/cancel", elena, "").status, 404);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'learning.promoted:%'"), 3);
}

TEST_P(LearningRoutes, NobodyRegistersAnotherSchoolOrAfterTheDeadline) {
  const auto slug = PlanSession();
  const auto garvanza = Team(kGarvanza, {kPrincipal, kTeacher, "marisol.vega@practica.example"});
  const auto hannah = server_->SignIn(kHopePrincipal);
  EXPECT_EQ(PostJson(Registration(slug, kGarvanza), hannah, Attendees(garvanza)).status, 403);
  server_->clock().Set(kLateMay2019 + 70LL * 24 * 3600);  // August 6, 2019
  const auto elena = server_->SignIn(kPrincipal);
  auto late = PostJson(Registration(slug, kGarvanza), elena, Attendees(garvanza));
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(late.body.find("closed on Thursday, August 1, 2019 at 11:59 PM"), std::string::npos)
      << late.body;
}

TEST_P(LearningRoutes, ConcurrentEnrolmentsNeverOverbook) {
  const auto slug = PlanSession(5, "iste_suite", "");
  std::vector<SignedIn> teachers;
  for (int i = 0; i < 16; ++i) {
    const std::string email = "teacher" + std::to_string(i) + "@practica.example";
    PersonId(email);
    teachers.push_back(server_->SignIn(email));
  }
  std::vector<int> statuses(teachers.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < teachers.size(); ++i) {
    threads.emplace_back([&, i] {
      statuses[i] = PostJson("/api/v1/learning/" + slug + "/enrolment", teachers[i], "").status;
    });
  }
  for (auto& thread : threads) thread.join();
  for (auto status : statuses) EXPECT_EQ(status, 201);
  const std::string of = " FROM learning_registrations r JOIN learning_offerings o ON o.id = "
                         "r.offering_id WHERE o.slug = '" + slug + "'";
  EXPECT_EQ(Count("SELECT COALESCE(SUM(r.seats), 0)" + of + " AND r.state = 'registered'"), 5);
  EXPECT_EQ(Count("SELECT COUNT(*)" + of + " AND r.state = 'waitlisted'"), 11);
  // One seat each: enrolling twice is refused.
  EXPECT_EQ(PostJson("/api/v1/learning/" + slug + "/enrolment", teachers[0], "").status, 409);
}

TEST_P(LearningRoutes, AttendanceOfEveryFollowUpDayVerifiesCommitment15) {
  server_->clock().Set(kJune3_2019);
  const std::string slug = "ps-3-0-follow-up-learning-2018-2019-2018-09-28";
  const auto coach = server_->SignIn(kCoach);
  auto offering = Parse(server_->Get("/api/v1/learning/" + slug, &coach));
  ASSERT_TRUE(offering.contains("registrations")) << json::serialize(offering);
  json::array present;
  for (const auto& person :
       offering["registrations"].as_array()[0].as_object()["attendees"].as_array()) {
    present.push_back(person.as_object().at("id"));
  }
  ASSERT_EQ(present.size(), 3u);
  const std::string body = json::serialize(json::object{{"present", present}});
  const std::string checklist = "/api/v1/cohorts/ps-3-0/schools/" + kGarvanza + "/commitments";
  auto status15 = [&] {
    auto list = Parse(server_->Get(checklist, &coach));
    for (const auto& group : list["groups"].as_array()) {
      for (const auto& item : group.as_object().at("items").as_array()) {
        if (item.as_object().at("code").as_string() == "15") {
          return std::string(item.as_object().at("status").as_string());
        }
      }
    }
    return std::string("missing");
  };
  const auto before = status15();
  EXPECT_NE(before, "verified");
  for (int day = 1; day <= 3; ++day) {
    auto taken = PostJson("/api/v1/learning/" + slug + "/days/" + std::to_string(day) +
                              "/attendance", coach, body);
    ASSERT_EQ(taken.status, 200) << taken.body;
    EXPECT_EQ(Parse(taken)["present"].as_int64(), 3);
    EXPECT_EQ(status15(), day < 3 ? before : "verified") << "after day " << day;
  }
  // Somebody without a seat cannot be marked; a teacher cannot take attendance.
  auto stranger = PostJson("/api/v1/learning/" + slug + "/days/1/attendance", coach,
                           R"({"present": [)" + std::to_string(PersonId(kHopePrincipal)) + "]}");
  EXPECT_EQ(stranger.status, 422);
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_EQ(PostJson("/api/v1/learning/" + slug + "/days/1/attendance", teacher, body).status, 403);
  // The cohort view shows Garvanza's team attended both tied sessions.
  auto progress = Parse(server_->Get("/api/v1/cohorts/ps-3-0/learning", &coach));
  bool found = false;
  for (const auto& school : progress["schools"].as_array()) {
    if (school.as_object().at("slug").as_string() != kGarvanza) continue;
    found = true;
    for (const auto& cell : school.as_object().at("cells").as_array()) {
      EXPECT_EQ(cell.as_object().at("code").as_string(), "attended");
    }
  }
  EXPECT_TRUE(found);
}

TEST_P(LearningRoutes, APastSessionShowsWhatHappenedRatherThanRegistered) {
  // December 2, 2026: PS 3.0's follow-ups are years past. Garvanza's team was registered for
  // them and nobody took attendance; its onboarding attendance was taken.
  server_->clock().Set(1796212800);
  const auto staff = server_->SignIn(kCoordinator);

  auto progress = Parse(server_->Get("/api/v1/cohorts/ps-3-0/learning", &staff));
  auto offering = Parse(server_->Get("/api/v1/learning/ps-3-0-follow-up-learning-2018-2019-2018-09-28", &staff));
  auto page = server_->Get("/learning/ps-3-0-follow-up-learning-2018-2019-2018-09-28", &staff);

  std::set<std::string> codes;
  for (const auto& school : progress["schools"].as_array()) {
    if (school.as_object().at("slug").as_string() != kGarvanza) continue;
    for (const auto& cell : school.as_object().at("cells").as_array()) {
      codes.insert(std::string(cell.as_object().at("code").as_string()));
    }
  }
  EXPECT_FALSE(codes.contains("upcoming"));
  EXPECT_TRUE(codes.contains("not_recorded"));
  EXPECT_TRUE(codes.contains("attended"));
  ASSERT_FALSE(offering["registrations"].as_array().empty());
  EXPECT_EQ(offering["registrations"].as_array()[0].as_object().at("outcome").as_string(), "not_recorded");
  EXPECT_NE(page.body.find("Not recorded"), std::string::npos);
  EXPECT_EQ(page.body.find(">Registered<"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Databases, LearningRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

// The pages a person sees, on the demo.
class LearningPages : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = AppServer::Start();
    ASSERT_NE(server_, nullptr);
    server_->clock().Set(kLateMay2019);
  }
  std::unique_ptr<AppServer> server_;
};

TEST_F(LearningPages, TheCalendarShowsPs3DatesInDistrictTime) {
  const auto teacher = server_->SignIn(kTeacher);
  auto list = server_->Get("/learning", &teacher);
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Friday, May 18, 2018, 3:00 PM – 4:00 PM"), std::string::npos);
  EXPECT_NE(list.body.find("Saturday, June 2, 2018, 8:00 AM – 3:00 PM; Wednesday, August 8, 2018"),
            std::string::npos);
  EXPECT_NE(list.body.find("Friday, May 31, 2019, 8:00 AM – 3:00 PM"), std::string::npos);
  EXPECT_NE(list.body.find("ISTE Standards Suite: Innovative Designer"), std::string::npos);
  EXPECT_EQ(server_->Get("/learning").status, 303);  // sign in first
  auto page = server_->Get("/learning/ps-3-0-onboarding-2018-06-02", &teacher);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Garvanza Elementary Technology and Leadership Magnet's team"),
            std::string::npos);
  EXPECT_NE(page.body.find("Marisol Vega"), std::string::npos);
  EXPECT_EQ(server_->Get("/learning/no-such-session", &teacher).status, 404);
}

TEST_F(LearningPages, StaffTakeAttendanceOnAPhoneSizedFormAndSeeTheCohort) {
  server_->clock().Set(kJune3_2019);
  const auto staff = server_->SignIn(kCoordinator);
  auto form = server_->Get("/learning/ps-3-0-onboarding-2018-06-02/days/2/attendance", &staff);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Wednesday, August 8, 2018"), std::string::npos);
  EXPECT_NE(form.body.find("name=\"present\""), std::string::npos);
  auto saved = server_->PostForm("/learning/ps-3-0-onboarding-2018-06-02/days/2/attendance",
                                 &staff, "present=1");
  EXPECT_EQ(saved.status, 422);  // person 1 holds no seat
  auto grid = server_->Get("/cohorts/ps-3-0/learning", &staff);
  ASSERT_EQ(grid.status, 200);
  EXPECT_NE(grid.body.find("data-outcome=\"attended\""), std::string::npos);
  EXPECT_NE(grid.body.find("data-outcome=\"not_registered\""), std::string::npos);
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_EQ(server_->Get("/cohorts/ps-3-0/learning", &teacher).status, 403);
}

}  // namespace
}  // namespace practica::testing
