// Calendar feeds over real HTTP on the demo data, on SQLite and on PostgreSQL: each feed is read
// back with libical's parser as a calendar app would, and holds only the person's own things.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "auth/grant_store.hpp"
#include "features/calendar/ics_reader.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kGarvanzaName = "Garvanza Elementary Technology and Leadership Magnet";
const std::string kHope = "hope-street-es";
const std::string kPrincipal = "principal@practica.example";  // Garvanza
const std::string kTeacher = "teacher@practica.example";      // Garvanza's team
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kCoach = "coach@practica.example";          // Garvanza, Hope Street, Telfair
const std::string kDirector = "sophia.mendoza@lausd.net";

class CalendarRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    district_ = server_->app().tenant().id;
    uid_host_ = "@" + server_->app().tenant().slug + ".practica";
  }

  std::int64_t Id(const std::string& sql, const std::string& key) {
    auto db = server_->app().database().Acquire();
    return db->QueryInt(sql, {district_, key}).value().value_or(0);
  }
  std::int64_t PersonId(const std::string& email) {
    return Id("SELECT id FROM people WHERE district_id = $1 AND email = $2", email);
  }
  std::int64_t SchoolId(const std::string& slug) {
    return Id("SELECT id FROM schools WHERE district_id = $1 AND slug = $2", slug);
  }

  // An offering with days at 8 AM to 3 PM Los Angeles time on each of the dates.
  std::int64_t AddOffering(const std::string& slug, const std::string& audience,
                           const std::vector<core::LocalDate>& dates, const std::string& join_url = "") {
    auto db = server_->app().database().Acquire();
    const auto id = db->NextId().value();
    EXPECT_TRUE(db->Exec("INSERT INTO learning_offerings (district_id, id, cohort_id, kind, slug, title,"
                         " description, audience, team_size, capacity, registration_closes_at, location,"
                         " join_url, commitment_number, standard_code, created_at)"
                         " VALUES ($1, $2, NULL, 'follow_up', $3, $4, 'A day of learning.', $5, 3, 90, 0,"
                         " $6, $7, NULL, '', 0)",
                         {district_, id, slug, "Session " + slug, audience,
                          join_url.empty() ? std::string("Beaudry Building") : std::string(), join_url})
                    .has_value());
    const auto zone = server_->app().tenant().zone;
    int number = 0;
    for (const auto& date : dates) {
      EXPECT_TRUE(db->Exec("INSERT INTO learning_days (district_id, offering_id, day_number, starts_at, ends_at)"
                           " VALUES ($1, $2, $3, $4, $5)",
                           {district_, id, std::int64_t{++number}, zone.ToUtc({date, 8, 0}).value(),
                            zone.ToUtc({date, 15, 0}).value()})
                      .has_value());
    }
    return id;
  }

  // A registration: a school team's (school set) or one teacher's (person set), with attendees.
  std::int64_t Register(std::int64_t offering, std::optional<std::int64_t> school,
                        std::optional<std::int64_t> person, const std::string& state,
                        const std::vector<std::int64_t>& attendees) {
    auto db = server_->app().database().Acquire();
    const auto id = db->NextId().value();
    EXPECT_TRUE(db->Exec("INSERT INTO learning_registrations (district_id, id, offering_id, school_id,"
                         " person_id, state, seats, registered_at, registered_by)"
                         " VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0)",
                         {district_, id, offering, db::Nullable(school), db::Nullable(person), state,
                          static_cast<std::int64_t>(std::max<std::size_t>(1, attendees.size()))})
                    .has_value());
    for (const auto attendee : attendees) {
      EXPECT_TRUE(db->Exec("INSERT INTO learning_attendees (district_id, id, registration_id, person_id,"
                           " added_at, added_by) VALUES ($1, $2, $3, $4, 0, 0)",
                           {district_, db->NextId().value(), id, attendee})
                      .has_value());
    }
    return id;
  }

  // Makes the person's calendar link through the API; returns its https address.
  std::string MakeLink(const SignedIn& who) {
    auto reply = server_->Send("POST", "/api/v1/calendar/link",
                               {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token},
                                {"Content-Type", "application/json"}},
                               "{}");
    EXPECT_EQ(reply.status, 201) << reply.body;
    const auto body = json::parse(reply.body).as_object();
    return std::string(body.at("https").as_string());
  }

  // What a calendar app fetching the link gets: no cookie, only the link.
  Reply FetchLink(const std::string& https) {
    const auto path = https.substr(https.find("/calendar/feeds/"));
    return server_->Get(path);
  }

  ReadCalendar FeedOf(const std::string& email) {
    auto who = server_->SignIn(email);
    auto reply = FetchLink(MakeLink(who));
    EXPECT_EQ(reply.status, 200) << reply.body.substr(0, 300);
    EXPECT_EQ(reply.Header("content-type"), "text/calendar; charset=utf-8");
    auto calendar = ReadIcs(reply.body);
    EXPECT_TRUE(calendar.parsed) << reply.body.substr(0, 300);
    return calendar;
  }

  static int CountMentioning(const ReadCalendar& calendar, const std::string& text) {
    return static_cast<int>(std::count_if(calendar.events.begin(), calendar.events.end(),
                                          [&](const ReadEvent& e) { return e.summary.find(text) != std::string::npos; }));
  }

  std::unique_ptr<AppServer> server_;
  std::int64_t district_ = 0;
  std::string uid_host_;
};

TEST_P(CalendarRoutes, FeedHoldsTheTeamsSessionDaysAtTheirLocalTime) {
  const auto offering = AddOffering("cal-follow-up", "team", {{2018, 11, 2}, {2019, 3, 22}});
  Register(offering, SchoolId(kGarvanza), std::nullopt, "registered", {PersonId(kPrincipal), PersonId(kTeacher)});

  const auto calendar = FeedOf(kPrincipal);

  EXPECT_EQ(calendar.version, "2.0");
  EXPECT_EQ(calendar.method, "PUBLISH");
  EXPECT_EQ(calendar.name, "Practitioner Schools · Elena Ortiz");
  EXPECT_EQ(calendar.zones, (std::vector<std::string>{"America/Los_Angeles"}));
  const auto prefix = "offering-" + std::to_string(offering) + "-day-";
  const auto* first = calendar.Find(prefix + "1" + uid_host_);
  const auto* second = calendar.Find(prefix + "2" + uid_host_);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->summary, "Session cal-follow-up (day 1 of 2)");
  EXPECT_EQ(first->location, "Beaudry Building");
  EXPECT_EQ(first->tzid, "America/Los_Angeles");
  EXPECT_EQ(first->hour, 8);
  EXPECT_EQ(second->hour, 8);
  EXPECT_EQ(first->starts_utc, 1541170800);   // 2018-11-02T15:00Z, 8 AM PDT
  EXPECT_EQ(second->starts_utc, 1553266800);  // 2019-03-22T15:00Z, 8 AM PDT
  EXPECT_EQ(second->ends_utc, 1553292000);    // 3 PM PDT
}

TEST_P(CalendarRoutes, FeedHoldsTheSchoolsDueDatesAsAllDayEvents) {
  const auto calendar = FeedOf(kPrincipal);

  const auto due = std::find_if(calendar.events.begin(), calendar.events.end(), [](const ReadEvent& e) {
    return e.summary.starts_with("Due: Become a Common Sense Digital Citizenship School");
  });
  ASSERT_NE(due, calendar.events.end());
  EXPECT_TRUE(due->all_day);
  EXPECT_EQ(due->year * 10000 + due->month * 100 + due->day, 20181121);
  EXPECT_NE(due->summary.find(kGarvanzaName), std::string::npos);
  EXPECT_NE(due->url.find("/cohorts/ps-3-0/schools/" + kGarvanza + "/commitments#commitment-12"),
            std::string::npos);
  EXPECT_GE(CountMentioning(calendar, "Due: "), 21);
}

TEST_P(CalendarRoutes, FeedHoldsTheDesignChallengesActionStepsNotDoneYet) {
  const auto calendar = FeedOf(kPrincipal);

  const auto step = std::find_if(calendar.events.begin(), calendar.events.end(), [](const ReadEvent& e) {
    return e.summary.starts_with("Action step: Bring the adapted station to the follow-up learning day");
  });
  ASSERT_NE(step, calendar.events.end());
  EXPECT_TRUE(step->all_day);
  EXPECT_EQ(step->year * 10000 + step->month * 100 + step->day, 20190322);
  EXPECT_NE(step->url.find("/cohorts/ps-3-0/schools/" + kGarvanza + "/challenge#steps"), std::string::npos);
  EXPECT_EQ(CountMentioning(calendar, "Action step: Empathy interviews"), 0) << "a step done leaves the feed";
  EXPECT_EQ(CountMentioning(FeedOf(kHopePrincipal), "Action step: Bring the adapted station"), 0);
}

TEST_P(CalendarRoutes, AStepsOwnerWhoAnswersForNoSchoolStillSeesItOnThePage) {
  // Priya Shah owns one of Garvanza's action steps. Once her place on its team has ended she
  // answers for no school, but the step is still hers: the feed holds it, so the page shows it.
  server_->app().database().Acquire()->Exec(
      "UPDATE grants SET ends_on = '2018-01-01' WHERE district_id = $1 AND person_id = $2 AND role = 'team_member'",
      {district_, PersonId(kTeacher)}).value();
  auto teacher = server_->SignIn(kTeacher);

  auto page = server_->Get("/calendar", &teacher);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("the design-challenge action steps you own"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("Bring the adapted station to the follow-up learning day"), std::string::npos);
  EXPECT_EQ(CountMentioning(FeedOf(kTeacher), "Action step: Bring the adapted station"), 1);
}

TEST_P(CalendarRoutes, APrincipalOfAnotherSchoolSeesNoneOfGarvanzasThings) {
  const auto offering = AddOffering("cal-garvanza-only", "team", {{2019, 3, 22}});
  Register(offering, SchoolId(kGarvanza), std::nullopt, "registered", {PersonId(kPrincipal)});

  const auto calendar = FeedOf(kHopePrincipal);

  EXPECT_EQ(CountMentioning(calendar, "Garvanza"), 0);
  EXPECT_EQ(calendar.Find("offering-" + std::to_string(offering) + "-day-1" + uid_host_), nullptr);
  EXPECT_GE(CountMentioning(calendar, "(Hope Street"), 21);
}

TEST_P(CalendarRoutes, ACoachSeesTheCaseloadsDueDatesAndDistrictStaffNone) {
  const auto coach = FeedOf(kCoach);
  const auto director = FeedOf(kDirector);

  EXPECT_GE(CountMentioning(coach, "(" + kGarvanzaName + ")"), 21);
  EXPECT_GE(CountMentioning(coach, "(Hope Street"), 21);
  EXPECT_EQ(CountMentioning(director, "Due: "), 0);
  EXPECT_TRUE(director.parsed);
}

TEST_P(CalendarRoutes, HoldsOnlySeatsThePersonHolds) {
  const auto teacher = PersonId(kTeacher);
  const auto own = AddOffering("cal-own-seat", "individual", {{2019, 1, 15}});
  const auto waiting = AddOffering("cal-waiting", "individual", {{2019, 1, 16}});
  const auto cancelled = AddOffering("cal-cancelled", "individual", {{2019, 1, 17}});
  const auto swapped = AddOffering("cal-swapped-out", "team", {{2019, 1, 18}});
  Register(own, std::nullopt, teacher, "registered", {teacher});
  Register(waiting, std::nullopt, teacher, "waitlisted", {teacher});
  Register(cancelled, std::nullopt, teacher, "cancelled", {teacher});
  const auto team = Register(swapped, SchoolId(kGarvanza), std::nullopt, "registered", {teacher});
  server_->app().database().Acquire()->Exec(
      "UPDATE learning_attendees SET removed_at = 1, removed_by = 0 WHERE district_id = $1 AND registration_id = $2",
      {district_, team}).value();

  const auto calendar = FeedOf(kTeacher);

  const auto day = [&](std::int64_t offering) {
    return calendar.Find("offering-" + std::to_string(offering) + "-day-1" + uid_host_);
  };
  EXPECT_NE(day(own), nullptr);
  EXPECT_EQ(day(waiting), nullptr);
  EXPECT_EQ(day(cancelled), nullptr);
  EXPECT_EQ(day(swapped), nullptr);
}

TEST_P(CalendarRoutes, AWrongReplacedOrStoppedLinkIsNotFound) {
  auto principal = server_->SignIn(kPrincipal);
  const auto first = MakeLink(principal);
  const auto second = MakeLink(principal);

  EXPECT_EQ(FetchLink(first).status, 404);
  EXPECT_EQ(FetchLink(second).status, 200);
  EXPECT_EQ(server_->Get("/calendar/feeds/not-a-link.ics").status, 404);
  auto stopped = server_->Send("DELETE", "/api/v1/calendar/link",
                               {{"Cookie", principal.cookie}, {"X-CSRF-Token", principal.csrf_token}});
  EXPECT_EQ(stopped.status, 200);
  EXPECT_EQ(FetchLink(second).status, 404);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.link'"), 3);
}

TEST_P(CalendarRoutes, ADeactivatedPersonsLinkIsNotFound) {
  auto teacher = server_->SignIn(kTeacher);
  const auto link = MakeLink(teacher);

  server_->app().database().Acquire()->Exec("UPDATE people SET active = 0 WHERE district_id = $1 AND id = $2",
                                            {district_, teacher.person_id}).value();

  EXPECT_EQ(FetchLink(link).status, 404);
}

TEST_P(CalendarRoutes, DownloadsEveryDayOfASessionAsAnAttachment) {
  const auto offering = AddOffering("cal-onboarding", "team", {{2018, 8, 8}, {2018, 8, 9}, {2018, 8, 10}});
  auto teacher = server_->SignIn(kHopePrincipal);

  auto reply = server_->Get("/learning/cal-onboarding/calendar.ics", &teacher);
  auto visitor = server_->Get("/learning/cal-onboarding/calendar.ics");
  auto unknown = server_->Get("/learning/no-such-session/calendar.ics", &teacher);

  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.Header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(reply.Header("content-disposition"), "attachment; filename=\"cal-onboarding.ics\"");
  const auto calendar = ReadIcs(reply.body);
  ASSERT_EQ(calendar.events.size(), 3u);
  EXPECT_EQ(calendar.events[2].uid, "offering-" + std::to_string(offering) + "-day-3" + uid_host_);
  EXPECT_EQ(calendar.events[2].summary, "Session cal-onboarding (day 3 of 3)");
  EXPECT_EQ(calendar.events[2].hour, 8);
  EXPECT_TRUE(visitor.status == 401 || visitor.status == 303) << visitor.status;
  EXPECT_EQ(unknown.status, 404);
}

TEST_P(CalendarRoutes, ShowsANewLinkInTheBrowserThatMadeItAndARefreshKeepsIt) {
  auto principal = server_->SignIn(kPrincipal);

  auto before = server_->Get("/calendar", &principal);
  auto made = server_->PostForm("/calendar/link", &principal, "");
  const auto set_cookie = made.Header("set-cookie");
  const std::string both = principal.cookie + "; " + set_cookie.substr(0, set_cookie.find(';'));
  auto shown = server_->Get("/calendar", nullptr, {{"Cookie", both}});
  auto refreshed = server_->Get("/calendar", nullptr, {{"Cookie", both}});
  auto elsewhere = server_->Get("/calendar", &principal);
  auto forged = server_->PostForm("/calendar/link", &principal, "", "");

  EXPECT_EQ(before.status, 200);
  EXPECT_NE(before.body.find("You have no calendar link yet."), std::string::npos);
  ASSERT_EQ(made.status, 303) << "post, then redirect: a refresh repeats the GET, not the POST";
  EXPECT_EQ(made.Header("location"), "/calendar#new-link");
  EXPECT_NE(set_cookie.find("Path=/calendar"), std::string::npos);
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("id=\"new-link\""), std::string::npos);
  const auto at = shown.body.find("/calendar/feeds/");
  ASSERT_NE(at, std::string::npos);
  const auto link = shown.body.substr(at, shown.body.find(".ics", at) + 4 - at);
  EXPECT_NE(shown.body.find("webcal://127.0.0.1" + link), std::string::npos);
  EXPECT_EQ(shown.Header("cache-control"), "no-store");
  EXPECT_NE(shown.body.find("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F127.0.0.1"),
            std::string::npos);
  EXPECT_NE(shown.body.find("https://outlook.office.com/calendar/0/addfromweb?url=http%3A%2F%2F127.0.0.1"),
            std::string::npos);
  EXPECT_NE(refreshed.body.find(link), std::string::npos) << "the refresh shows the same link";
  EXPECT_EQ(server_->Get(link).status, 200) << "and the link subscribed to still works";
  EXPECT_EQ(elsewhere.body.find(link), std::string::npos) << "another browser never sees it";
  EXPECT_NE(elsewhere.body.find("You made your calendar link on"), std::string::npos);
  EXPECT_EQ(forged.status, 403);
}

TEST_P(CalendarRoutes, TheApiListsTheFeedsEventsInTheDistrictsZone) {
  AddOffering("cal-api", "team", {{2018, 11, 5}});
  const auto offering = AddOffering("cal-api-registered", "team", {{2018, 11, 5}});
  Register(offering, SchoolId(kGarvanza), std::nullopt, "registered", {PersonId(kTeacher)});
  auto teacher = server_->SignIn(kTeacher);

  auto reply = server_->Get("/api/v1/calendar", &teacher);

  ASSERT_EQ(reply.status, 200);
  const auto body = json::parse(reply.body).as_object();
  EXPECT_EQ(body.at("zone").as_string(), "America/Los_Angeles");
  EXPECT_TRUE(body.at("link").is_null());
  const auto& events = body.at("events").as_array();
  const auto found = std::find_if(events.begin(), events.end(), [](const json::value& e) {
    return e.at("summary").as_string() == "Session cal-api-registered";
  });
  ASSERT_NE(found, events.end());
  EXPECT_EQ(found->at("starts_at").as_string(), "2018-11-05T08:00:00-08:00");
  EXPECT_EQ(found->at("when").as_string(), "Monday, November 5, 2018, 8:00 AM to 3:00 PM PST");
}

// A second district in the same database answers neither the first one's links nor its sessions.
TEST(CalendarIsolation, ALinkOrSessionOfOneDistrictIsNotFoundInAnother) {
  auto lausd = AppServer::Start();
  ASSERT_NE(lausd, nullptr);
  {
    auto db = lausd->app().database().Acquire();
    auto valley = districts::DistrictsStore(*db).Create(
        {0, "valley", "Valley Unified School District", "VUSD", "America/Los_Angeles"});
    ASSERT_TRUE(valley.has_value());
    auto director = people::PeopleStore(*db, valley->id).Create({0, "director@valley.example", "Val Director", true});
    ASSERT_TRUE(director.has_value());
    ASSERT_TRUE(auth::GrantStore(*db, valley->id)
                    .Add({director->id, auth::Role::kDirector, auth::ScopeKind::kDistrict, 0, {2019, 1, 1}, {}},
                         0, kTestNow));
  }
  app::Config config;
  config.database = lausd->config().database;
  config.district = "valley";
  auto valley = AppServer::Start(config, false);
  ASSERT_NE(valley, nullptr);
  auto principal = lausd->SignIn(kPrincipal);
  auto made = lausd->Send("POST", "/api/v1/calendar/link",
                          {{"Cookie", principal.cookie}, {"X-CSRF-Token", principal.csrf_token},
                           {"Content-Type", "application/json"}},
                          "{}");
  const std::string https(json::parse(made.body).at("https").as_string());
  const auto path = https.substr(https.find("/calendar/feeds/"));
  auto director = valley->SignIn("director@valley.example");

  EXPECT_EQ(lausd->Get(path).status, 200);
  EXPECT_EQ(valley->Get(path).status, 404);
  const std::string session = "/learning/ps-3-0-onboarding-2018-06-02/calendar.ics";
  EXPECT_EQ(lausd->Get(session, &principal).status, 200);
  EXPECT_EQ(valley->Get(session, &director).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Databases, CalendarRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
