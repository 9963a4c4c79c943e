// Staff edit and cancel a planned session over real HTTP on the demo, on SQLite and PostgreSQL:
// seats never below those taken, waiting teams seated when seats go up, e-mails queued to
// everyone registered or waiting, audit entries, and every way a cancelled session refuses.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

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
const std::string kPrincipal = "principal@practica.example";
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kSanPascual = "san-pascual-steam-magnet";
const std::string kSanPascualPrincipal = "principal.sanpascual@practica.example";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kCoach = "coach@practica.example";
const std::string kTeacher = "teacher@practica.example";
constexpr std::int64_t kLateMay2019 = 1559062800;  // 2019-05-28 10:00 in Los Angeles

class SessionChanges : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    server_->clock().Set(kLateMay2019);
  }

  Reply PostJson(const std::string& target, const SignedIn& who, const std::string& body) {
    return server_->PostJson(target, who, body);
  }

  static json::object Parse(const Reply& reply) {
    auto value = json::parse(reply.body.empty() ? "{}" : reply.body);
    return value.is_object() ? value.as_object() : json::object{};
  }

  // A PS 3.0 session on Tuesday, August 20, 2019, 8:00 to 3:00; registration closes Aug 1.
  std::string PlanSession(int capacity) {
    const auto staff = server_->SignIn(kCoordinator);
    json::object body{{"kind", "onboarding"},         {"title", "Summer Institute"},
                      {"capacity", std::to_string(capacity)},
                      {"registration_closes", "2019-08-01"},
                      {"location", "ITI, Beaudry"}, {"cohort", "ps-3-0"},
                      {"day1_date", "2019-08-20"},  {"day1_start", "08:00"},
                      {"day1_end", "15:00"}};
    auto reply = PostJson("/api/v1/learning", staff, json::serialize(body));
    EXPECT_EQ(reply.status, 201) << reply.body;
    return std::string(Parse(reply)["slug"].as_string());
  }

  std::int64_t PersonId(const std::string& email) {
    auto db = server_->app().database().Acquire();
    people::PeopleStore people(*db, server_->app().tenant().id);
    if (auto found = people.FindByEmail(email).value()) return found->id;
    return people.Create({0, email, email.substr(0, email.find('@')), true}).value().id;
  }

  // Puts people on a school's PS 3.0 team and registers them.
  Reply RegisterTeam(const std::string& slug, const std::string& school,
                     const std::string& principal, std::vector<std::string> emails) {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    participations::DirectoryStore directory(*db, district);
    const auto cohort = directory.FindCohort("ps-3-0").value().value().id;
    const auto school_id = directory.FindSchool(school).value().value().id;
    json::array ids;
    for (const auto& email : emails) {
      const auto id = PersonId(email);
      auto added = participations::TeamStore(*db, district)
                       .Add(cohort, school_id,
                            participations::TeamMember{0, {id, email, email},
                                                       participations::MemberKind::kTeacher, true},
                            0, kLateMay2019);
      EXPECT_TRUE(added.has_value() || added.error().code == core::ErrorCode::kConflict);
      ids.push_back(id);
    }
    return PostJson("/api/v1/learning/" + slug + "/schools/" + school + "/registration",
                    server_->SignIn(principal), json::serialize(json::object{{"attendees", ids}}));
  }

  void RegisterTwoTeams(const std::string& slug) {
    ASSERT_EQ(RegisterTeam(slug, kGarvanza, kPrincipal,
                           {kPrincipal, kTeacher, "marisol.vega@practica.example"}).status, 201);
    ASSERT_EQ(RegisterTeam(slug, kHope, kHopePrincipal,
                           {kHopePrincipal, "h1@practica.example", "h2@practica.example"}).status,
              201);
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  std::unique_ptr<AppServer> server_;
};

// Every change to a session's seats and attendance lands in the audit log with the change itself:
// what happened, to which school's team, by whom.
TEST_P(SessionChanges, EveryChangeToSeatsAndAttendanceIsAuditedWithIt) {
  const auto slug = PlanSession(3);
  const auto audited = [&](const std::string& record, const std::string& like) {
    return Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'learning_session' AND record_id = '" + record +
                 "' AND person_id <> 0 AND reason LIKE '" + like + "'");
  };
  EXPECT_EQ(audited(slug, "Planned: Summer Institute"), 1);
  RegisterTwoTeams(slug);  // three seats: Garvanza's team is seated, Hope Street's waits
  EXPECT_EQ(audited(slug, "Garvanza%team registered, seated: %Priya Shah%"), 1);
  EXPECT_EQ(audited(slug, "Hope Street%team registered, on the waiting list: %"), 1);

  auto cancelled = PostJson("/api/v1/learning/" + slug + "/schools/" + kGarvanza + "/registration/cancel",
                            server_->SignIn(kPrincipal), "{}");
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(audited(slug, "Garvanza%team gave the seats back; 1 waiting moved up"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_id = '" + slug + "' AND school_id <> 0"), 3);

  server_->clock().Set(kLateMay2019 + 84LL * 24 * 3600);  // the session's day
  auto attendance = PostJson("/api/v1/learning/" + slug + "/days/1/attendance", server_->SignIn(kCoach),
                             "{\"present\": [" + std::to_string(PersonId(kHopePrincipal)) + "]}");
  ASSERT_EQ(attendance.status, 200) << attendance.body;
  EXPECT_EQ(audited(slug, "Attendance for day 1: 1 of 3 present"), 1);

  const std::string suite = "iste-standards-suite-empowered-learner-2027-01-12";
  auto enrolled = PostJson("/api/v1/learning/" + suite + "/enrolment", server_->SignIn(kTeacher), "{}");
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  EXPECT_EQ(audited(suite, "Priya Shah enrolled, seated"), 1);
  // A refused change leaves no entry of a change.
  EXPECT_EQ(PostJson("/api/v1/learning/" + suite + "/enrolment", server_->SignIn(kTeacher), "{}").status, 409);
  EXPECT_EQ(audited(suite, "%enrolled%"), 1);
}

// A principal whose grant has run out is no longer offered the school's registration form: the
// session's page offers it for the schools whose team the person may register today.
TEST_P(SessionChanges, APrincipalWhoseGrantHasEndedIsNotOfferedTheSchoolsRegistration) {
  const auto slug = PlanSession(6);
  const auto offered = [&] {
    const auto principal = server_->SignIn(kSanPascualPrincipal);
    const auto page = server_->Get("/learning/" + slug, &principal);
    EXPECT_EQ(page.status, 200);
    return page.body.find("/schools/" + kSanPascual + "/registration") != std::string::npos;
  };
  EXPECT_TRUE(offered());
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(db->Exec("UPDATE grants SET ends_on = '2019-05-01' WHERE person_id = $1 AND role = 'principal'",
                         {PersonId(kSanPascualPrincipal)}));
  }
  EXPECT_FALSE(offered());  // late May 2019: the grant ended on May 1
}

// Who a session is for decides who registered: the API refuses to change it, in words, and
// changes nothing else in that request; echoing the kind it has is fine.
TEST_P(SessionChanges, TheKindAudienceAndTeamSizeStayAsPlanned) {
  const auto slug = PlanSession(6);
  const auto staff = server_->SignIn(kCoordinator);
  for (const std::string body : {R"({"team_size": "4", "capacity": "9"})", R"({"kind": "follow_up", "capacity": "9"})",
                                 R"({"cohort": "ps-4-0", "capacity": "9"})"}) {
    auto refused = PostJson("/api/v1/learning/" + slug + "/edit", staff, body);
    EXPECT_EQ(refused.status, 422) << body;
    EXPECT_NE(refused.body.find("plan a new session and cancel this one"), std::string::npos) << refused.body;
  }
  auto same = server_->Get("/api/v1/learning/" + slug, &staff);
  EXPECT_NE(same.body.find("\"capacity\":6"), std::string::npos) << same.body;
  const std::string kind(Parse(same)["kind"].as_string());
  auto echoed = PostJson("/api/v1/learning/" + slug + "/edit", staff,
                         R"({"kind": ")" + kind + R"(", "team_size": "3", "capacity": "9"})");
  EXPECT_EQ(echoed.status, 200) << echoed.body;
}

TEST_P(SessionChanges, SeatsNeverDropBelowThoseTakenAndAddedSeatsSeatTheWaitingTeam) {
  const auto slug = PlanSession(6);
  RegisterTwoTeams(slug);  // Garvanza and Hope seated
  ASSERT_EQ(RegisterTeam(slug, kSanPascual, kSanPascualPrincipal,
                         {kSanPascualPrincipal, "s1@practica.example", "s2@practica.example"})
                .status,
            201);  // waiting
  const auto staff = server_->SignIn(kCoordinator);

  auto fewer = PostJson("/api/v1/learning/" + slug + "/edit", staff, R"({"capacity": "3"})");
  EXPECT_EQ(fewer.status, 422);
  EXPECT_NE(fewer.body.find("6 seats are already taken by registered teams and teachers"),
            std::string::npos) << fewer.body;

  auto more = PostJson("/api/v1/learning/" + slug + "/edit", staff, R"({"capacity": "9"})");
  ASSERT_EQ(more.status, 200) << more.body;
  auto answer = Parse(more);
  EXPECT_EQ(answer["promoted"].as_int64(), 1);
  EXPECT_EQ(answer["told"].as_int64(), 0);  // seats are no news to the registered
  EXPECT_EQ(answer["seats"].as_object()["taken"].as_int64(), 9);
  EXPECT_EQ(answer["seats"].as_object()["waiting"].as_int64(), 0);
  EXPECT_EQ(answer["location"].as_string(), "ITI, Beaudry");  // left out: kept
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'learning.promoted:%'"), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'learning_session'"
                  " AND action = 'learning.manage' AND reason LIKE '%Seats: 6 → 9%'"), 1);
}

TEST_P(SessionChanges, AMovedDayIsEmailedToEveryoneSeatedAndWaitingWithOldAndNew) {
  const auto slug = PlanSession(3);
  RegisterTwoTeams(slug);
  const auto staff = server_->SignIn(kCoordinator);

  auto moved = PostJson("/api/v1/learning/" + slug + "/edit", staff,
                        R"({"day1_date": "2019-08-21", "day1_start": "09:00", "day1_end": "16:00",
                            "location": "ITI, Beaudry Building, room 12"})");

  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Parse(moved)["told"].as_int64(), 6);
  const std::string mail = "SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND dedupe_key"
                           " LIKE 'learning.changed:%'";
  EXPECT_EQ(Count(mail), 6);
  EXPECT_EQ(Count(mail + " AND payload LIKE '%Tuesday, August 20, 2019, 8:00 AM%'"
                         " AND payload LIKE '%Wednesday, August 21, 2019, 9:00 AM%'"
                         " AND payload LIKE '%room 12%'"),
            6);
  // Registration still closes on August 1: the days moved, the deadline did not.
  EXPECT_TRUE(Parse(moved)["registration_closes_at"].as_string().starts_with("2019-08-01T23:59"));
  // A day out of order is refused like the planning form refuses it, and nothing is sent.
  auto backwards = PostJson("/api/v1/learning/" + slug + "/edit", staff,
                            R"({"day1_date": "2019-08-21", "day1_start": "09:00",
                                "day1_end": "16:00", "day2_date": "2019-08-21",
                                "day2_start": "10:00", "day2_end": "12:00"})");
  EXPECT_EQ(backwards.status, 422);
  EXPECT_NE(backwards.body.find("list the days in order"), std::string::npos);
  auto late = PostJson("/api/v1/learning/" + slug + "/edit", staff,
                       R"({"registration_closes": "2019-08-25"})");
  EXPECT_EQ(late.status, 422);
  EXPECT_EQ(Count(mail), 6);

  // A second move is news again, and a subscribed calendar sees a higher SEQUENCE, so it
  // replaces its copy of the day rather than keeping the old time.
  const auto reader = server_->SignIn(kTeacher);
  const auto sequence = [&] {
    const auto ics = server_->Get("/learning/" + slug + "/calendar.ics", &reader).body;
    const auto at = ics.find("SEQUENCE:");
    return at == std::string::npos ? -1 : std::stoi(ics.substr(at + 9));
  };
  const int first = sequence();
  EXPECT_GT(first, 0);
  auto again = PostJson("/api/v1/learning/" + slug + "/edit", staff,
                        R"({"day1_date": "2019-08-22", "day1_start": "09:00", "day1_end": "16:00"})");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(Parse(again)["told"].as_int64(), 6);
  EXPECT_EQ(Count(mail), 12);
  EXPECT_GT(sequence(), first);
}

TEST_P(SessionChanges, ACancelledSessionIsKeptAndRefusesRegistrationEditsAndAttendance) {
  const auto slug = PlanSession(3);
  ASSERT_EQ(RegisterTeam(slug, kGarvanza, kPrincipal,
                         {kPrincipal, kTeacher, "marisol.vega@practica.example"}).status, 201);
  const std::string cancel = "/api/v1/learning/" + slug + "/cancel";
  EXPECT_EQ(PostJson(cancel, server_->SignIn(kTeacher), R"({"reason": "no"})").status, 403);
  const auto staff = server_->SignIn(kCoordinator);
  auto no_reason = PostJson(cancel, staff, R"({"reason": " "})");
  EXPECT_EQ(no_reason.status, 422);

  auto cancelled = PostJson(cancel, staff, R"({"reason": "The room is closed for repairs"})");

  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(Parse(cancelled)["told"].as_int64(), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'learning.cancelled:%'"
                  " AND payload LIKE '%The room is closed for repairs%'"),
            3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM learning_offerings WHERE slug = '" + slug +
                  "' AND cancelled_at IS NOT NULL"), 1);
  auto shown = Parse(server_->Get("/api/v1/learning/" + slug, &staff));
  EXPECT_TRUE(shown["cancelled"].as_bool());
  EXPECT_FALSE(shown["open"].as_bool());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'learning_session'"
                  " AND reason = 'Cancelled: The room is closed for repairs'"), 1);

  auto hope = RegisterTeam(slug, kHope, kHopePrincipal,
                           {kHopePrincipal, "h1@practica.example", "h2@practica.example"});
  EXPECT_EQ(hope.status, 409);
  EXPECT_NE(hope.body.find("was cancelled (The room is closed for repairs); it takes no "
                           "registrations"), std::string::npos) << hope.body;
  auto edit = PostJson("/api/v1/learning/" + slug + "/edit", staff, R"({"capacity": "9"})");
  EXPECT_EQ(edit.status, 409);
  EXPECT_NE(edit.body.find("a cancelled session cannot be edited"), std::string::npos);
  EXPECT_EQ(PostJson(cancel, staff, R"({"reason": "again"})").status, 409);
  server_->clock().Set(kLateMay2019 + 84LL * 24 * 3600);  // the session's day
  auto attendance = PostJson("/api/v1/learning/" + slug + "/days/1/attendance",
                             server_->SignIn(kCoach), R"({"present": []})");
  EXPECT_EQ(attendance.status, 409);
  EXPECT_NE(attendance.body.find("its attendance cannot be taken"), std::string::npos);
  // Nobody is told twice.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'learning.cancelled:%'"), 3);
  // The registered people's calendars keep the day, marked cancelled.
  const auto reader = server_->SignIn(kTeacher);
  auto ics = server_->Get("/learning/" + slug + "/calendar.ics", &reader);
  ASSERT_EQ(ics.status, 200);
  EXPECT_NE(ics.body.find("STATUS:CANCELLED"), std::string::npos) << ics.body;
  EXPECT_NE(ics.body.find("SUMMARY:Cancelled: Summer Institute"), std::string::npos);
}

TEST_P(SessionChanges, TheFormsKeepWhatWasTypedAndCancellingAsksFirst) {
  const auto slug = PlanSession(3);
  ASSERT_EQ(RegisterTeam(slug, kGarvanza, kPrincipal,
                         {kPrincipal, kTeacher, "marisol.vega@practica.example"}).status, 201);
  const auto staff = server_->SignIn(kCoordinator);
  EXPECT_EQ(server_->Get("/learning/" + slug + "/edit", nullptr).status, 303);
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_EQ(server_->Get("/learning/" + slug + "/edit", &teacher).status, 403);
  auto form = server_->Get("/learning/" + slug + "/edit", &staff);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("value=\"2019-08-20\""), std::string::npos);
  EXPECT_NE(form.body.find("value=\"ITI, Beaudry\""), std::string::npos);
  EXPECT_NE(form.body.find("value=\"2019-08-01\""), std::string::npos);

  auto refused = server_->PostForm("/learning/" + slug + "/edit", &staff,
                                   "title=Summer+Institute+II&capacity=2&location=Room+9"
                                   "&day1_date=2019-08-22&day1_start=08:00&day1_end=15:00"
                                   "&registration_closes=2019-08-01");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("id=\"form-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"Summer Institute II\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"Room 9\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"2019-08-22\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"2\""), std::string::npos);

  auto asked = server_->PostForm("/learning/" + slug + "/cancel", &staff,
                                 "reason=The+room+is+closed");
  ASSERT_EQ(asked.status, 200);
  EXPECT_NE(asked.body.find("id=\"confirm-cancel\""), std::string::npos);
  EXPECT_NE(asked.body.find("3 people registered or waiting will be told"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM learning_offerings WHERE cancelled_at IS NOT NULL"), 0);
  auto done = server_->PostForm("/learning/" + slug + "/cancel", &staff,
                                "reason=The+room+is+closed&confirm=yes");
  EXPECT_EQ(done.status, 303);
  auto page = server_->Get("/learning/" + slug, &staff);
  EXPECT_NE(page.body.find("id=\"cancelled-notice\""), std::string::npos);
  EXPECT_NE(page.body.find("The room is closed"), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"cancel-form\""), std::string::npos);
  auto list = server_->Get("/learning", &teacher);
  EXPECT_NE(list.body.find("data-status=\"cancelled\""), std::string::npos);
}

TEST_P(SessionChanges, PastOnboardingOnlyTakesACorrectionOfItsPlace) {
  const std::string edit = "/api/v1/learning/ps-3-0-onboarding-2018-06-02/edit";
  const auto staff = server_->SignIn(kCoordinator);

  auto place = PostJson(edit, staff, R"({"location": "ITI, Beaudry Building, room 12"})");
  auto seats = PostJson(edit, staff, R"({"capacity": "99"})");
  auto cancel = PostJson("/api/v1/learning/ps-3-0-onboarding-2018-06-02/cancel", staff,
                         R"({"reason": "too late"})");

  ASSERT_EQ(place.status, 200) << place.body;
  EXPECT_EQ(Parse(place)["told"].as_int64(), 0);  // a record corrected: nobody goes there again
  EXPECT_EQ(seats.status, 409);
  EXPECT_NE(seats.body.find("ended on Friday, August 10, 2018; only its place, join link and "
                            "description can be corrected now"), std::string::npos) << seats.body;
  EXPECT_EQ(cancel.status, 409);
}

INSTANTIATE_TEST_SUITE_P(Databases, SessionChanges,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
