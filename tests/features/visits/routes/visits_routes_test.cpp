// Visits between schools over real HTTP on the demo, on SQLite and PostgreSQL: the demo's visits
// where the district and the host school find them; a visit offered, signed up for, cancelled,
// attended and reflected on through the API; each rule tried by someone who should be refused
// (a host's own teacher signing up, the seat after the last, attendance before the day or of a
// stranger, a reflection from someone absent, a stranger offering at another school); a refused
// form with everything typed.
#include "features/visits/routes/visits_fixture.hpp"

namespace practica::testing {
namespace {

class VisitsRoutes : public VisitsOnDemo {};

TEST_P(VisitsRoutes, TheDemosVisitsAreListedWithSeatsAndReflectionsForTheHostAndVisitors) {
  auto list = Parse(Api("/visits", kHannah));
  const auto& visits = list.at("visits").as_array();
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].at("held_on").as_string(), "2027-03-04");
  EXPECT_EQ(visits[0].at("seats_left").as_int64(), 7);
  EXPECT_TRUE(visits[0].at("may_sign_up").as_bool());
  EXPECT_FALSE(Parse(Api("/visits", kPriya)).at("visits").as_array()[0].at("may_sign_up").as_bool())
      << "Garvanza's own teacher does not visit Garvanza";

  auto school = Parse(Api("/schools/" + kGarvanzaSlug + "/visits", kElena));
  const auto& past = school.at("past").as_array();
  ASSERT_EQ(past.size(), 1u);
  const std::string url(past[0].at("url").as_string());
  auto held = Parse(Api(url, kElena));
  EXPECT_TRUE(held.at("illustrative").as_bool());
  const auto& visitors = held.at("visitors").as_array();
  ASSERT_EQ(visitors.size(), 2u);
  EXPECT_TRUE(visitors[0].at("attended").as_bool());
  EXPECT_TRUE(visitors[0].as_object().contains("take_back")) << "the host school reads the reflections";
  auto stranger = Parse(Api(url, kDaniel));
  EXPECT_FALSE(stranger.at("visitors").as_array()[0].as_object().contains("take_back"));

  auto page = Page(url, kHannah);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Start our grade 3 design unit"), std::string::npos);
  EXPECT_EQ(server_->Get("/api/v1/visits", nullptr).status, 401);
  EXPECT_EQ(Page("/schools/" + kGarvanzaSlug + "/visits", kDaniel).status, 200);
}

TEST_P(VisitsRoutes, AVisitIsOfferedSignedUpForAttendedAndReflectedOn) {
  const auto audited = Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'school_visit' AND outcome = 'done'");
  const auto visit = Offer(kElena, kGarvanzaSlug, "2026-12-01", 2);

  EXPECT_EQ(Post(visit + "/sign-up", kPriya, {}).status, 403) << "Garvanza's own teacher";
  EXPECT_EQ(Post(visit + "/sign-up", kRamon, {}).status, 403) << "Garvanza's coach";
  EXPECT_EQ(Post(visit + "/sign-up", kHannah, {}).status, 201);
  EXPECT_EQ(Post(visit + "/sign-up", kHannah, {}).status, 409) << "one seat a person";
  EXPECT_EQ(Post(visit + "/sign-up", kDaniel, {}).status, 201);
  auto full = Post(visit + "/sign-up", kSophia, {});
  EXPECT_EQ(full.status, 409);
  EXPECT_NE(full.body.find("Every seat of the visit to Garvanza"), std::string::npos) << full.body;
  EXPECT_EQ(Post(visit + "/cancel", kHannah, {}).status, 200);
  EXPECT_EQ(Post(visit + "/sign-up", kSophia, {}).status, 201) << "the cancelled seat is free again";
  auto early = Post(visit + "/attendance", kElena, {{"present", boost::json::array{PersonNumber(kDaniel)}}});
  EXPECT_EQ(early.status, 409) << "attendance waits for the day";

  SetDay(2026, 12, 1);
  EXPECT_EQ(Post(visit + "/cancel", kDaniel, {}).status, 409) << "no cancelling on the day";
  auto stranger = Post(visit + "/attendance", kElena,
                       {{"present", boost::json::array{PersonNumber(kDaniel), PersonNumber(kHannah)}}});
  EXPECT_EQ(stranger.status, 422) << "Hannah cancelled";
  EXPECT_NE(stranger.body.find("\"present\""), std::string::npos);
  EXPECT_EQ(Post(visit + "/attendance", kHannah, {{"present", "1"}}).status, 403) << "not Hope Street's visit";
  EXPECT_EQ(Post(visit + "/attendance", kElena, {{"present", boost::json::array{PersonNumber(kDaniel)}}}).status, 200);
  EXPECT_EQ(Post(visit + "/reflection", kSophia, {{"notes", "I was away"}}).status, 403) << "marked absent";
  EXPECT_EQ(Post(visit + "/reflection", kDaniel, {{"notes", ""}, {"take_back", ""}}).status, 422);
  auto reflected = Post(visit + "/reflection", kDaniel, {{"notes", "Students ran the tests."}, {"take_back", "Peer testing."}});
  EXPECT_EQ(reflected.status, 200) << reflected.body;

  auto seen = Parse(Api(visit, kElena));
  EXPECT_EQ(seen.at("taken").as_int64(), 2);
  EXPECT_TRUE(seen.at("attendance_taken").as_bool());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'school_visit' AND outcome = 'done'"), audited + 7);
  SetDay(2026, 12, 2);
  EXPECT_EQ(Post(visit + "/sign-up", kHannah, {}).status, 409) << "a past visit takes no sign-ups";
}

TEST_P(VisitsRoutes, OnlyTheHostsSideOffersAndBadInputNamesItsField) {
  const auto visits = Count("SELECT COUNT(*) FROM school_visits");
  auto stranger = Post("/visits", kHannah,
                       {{"school", kGarvanzaSlug}, {"held_on", "2026-12-01"}, {"starts", "08:30"}, {"ends", "11:00"},
                        {"purpose", "x"}, {"look_fors", "y"}, {"capacity", 5}});
  EXPECT_EQ(stranger.status, 403);
  auto teacher = Post("/visits", kPriya,
                      {{"school", kGarvanzaSlug}, {"held_on", "2026-12-01"}, {"starts", "08:30"}, {"ends", "11:00"},
                       {"purpose", "x"}, {"look_fors", "y"}, {"capacity", 5}});
  EXPECT_EQ(teacher.status, 201) << "Priya is on Garvanza's practitioner team";
  auto capacity = Post("/visits", kRamon,
                       {{"school", kHopeSlug}, {"held_on", "2026-12-01"}, {"starts", "08:30"}, {"ends", "11:00"},
                        {"purpose", "x"}, {"look_fors", "y"}, {"capacity", 201}});
  EXPECT_EQ(capacity.status, 422);
  EXPECT_EQ(Parse(capacity).at("error").at("field").as_string(), "capacity");

  const auto session = server_->SignIn(kElena);
  auto form = server_->PostForm("/visits", &session,
                                "school=" + kGarvanzaSlug +
                                    "&held_on=2026-12-01&starts=08%3A30&ends=08%3A00&purpose=Typed+purpose&look_fors=Room+7"
                                    "&capacity=12");
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("Typed purpose"), std::string::npos) << "everything typed comes back";
  EXPECT_NE(form.body.find("must end after it starts"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM school_visits"), visits + 1);
}

TEST_P(VisitsRoutes, TheHostsAttendanceFormAndSignUpButtonWorkAsForms) {
  const auto visit = Offer(kElena, kGarvanzaSlug, "2026-12-01", 3);
  const auto hannah = server_->SignIn(kHannah);
  auto signed_up = server_->PostForm(visit + "/sign-up", &hannah, "");
  EXPECT_EQ(signed_up.status, 303);

  SetDay(2026, 12, 1);
  const auto elena = server_->SignIn(kElena);
  auto page = server_->Get(visit, &elena);
  EXPECT_NE(page.body.find("attendance-form"), std::string::npos);
  auto taken = server_->PostForm(visit + "/attendance", &elena, "present=" + std::to_string(PersonNumber(kHannah)));
  EXPECT_EQ(taken.status, 303);
  EXPECT_TRUE(Parse(Api(visit, kHannah)).at("may_reflect").as_bool());
}

INSTANTIATE_TEST_SUITE_P(Databases, VisitsRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
