// A visit held verifies the host school's commitments 20 (the quarter of the visit's day) and
// 21, through the same effects attendance uses, on SQLite and PostgreSQL; the demo's visit has
// verified Garvanza's.
#include "features/visits/routes/visits_fixture.hpp"

namespace practica::testing {
namespace {

class VisitCommitments : public VisitsOnDemo {
 protected:
  // Verifications of the school's commitment `number` for `period`, saying `comment`.
  std::int64_t Verified(const std::string& slug, int number, const std::string& period, const std::string& comment) {
    return Count(
        "SELECT COUNT(*) FROM commitment_events e"
        " JOIN school_commitments c ON c.district_id = e.district_id AND c.id = e.school_commitment_id"
        " JOIN schools s ON s.district_id = c.district_id AND s.id = c.school_id"
        " WHERE s.slug = '" + slug + "' AND c.party = 'school' AND c.number = " + std::to_string(number) +
        " AND e.kind = 'verified' AND e.period = '" + period + "' AND e.comment = '" + comment + "'");
  }
};

TEST_P(VisitCommitments, TheDemosVisitVerifiedGarvanzasCommitments20And21) {
  const std::string comment =
      "Verified when Garvanza Elementary Technology and Leadership Magnet hosted 2 visitors on Thursday, February 7, 2019";

  EXPECT_EQ(Verified(kGarvanzaSlug, 20, "2019-02", comment), 1);
  EXPECT_EQ(Verified(kGarvanzaSlug, 21, "", comment), 1);
}

TEST_P(VisitCommitments, AttendanceWithAVisitorPresentVerifiesTheHostsQuarterAndCommitment21) {
  SetDay(2019, 5, 21);  // the demo's grants hold from May 20, 2019
  const auto visit = Offer(kHannah, kHopeSlug, "2019-05-30", 4);
  ASSERT_EQ(Post(visit + "/sign-up", kPriya, {}).status, 201);
  ASSERT_EQ(Post(visit + "/sign-up", kElena, {}).status, 201);
  SetDay(2019, 5, 30);
  const std::string comment = "Verified when Hope Street ES hosted 1 visitor on Thursday, May 30, 2019";

  auto nobody = Post(visit + "/attendance", kHannah, {{"present", boost::json::array{}}});
  ASSERT_EQ(nobody.status, 200) << nobody.body;
  EXPECT_EQ(Verified(kHopeSlug, 20, "2019-05", comment), 0) << "nobody came: nothing is verified";
  auto taken = Post(visit + "/attendance", kHannah, {{"present", boost::json::array{PersonNumber(kPriya)}}});
  ASSERT_EQ(taken.status, 200) << taken.body;

  EXPECT_EQ(Verified(kHopeSlug, 20, "2019-05", comment), 1);
  EXPECT_EQ(Verified(kHopeSlug, 21, "", comment), 1);
  EXPECT_EQ(Verified(kHopeSlug, 20, "2019-02", comment), 0) << "only the visit's quarter";
  ASSERT_EQ(Post(visit + "/attendance", kHannah, {{"present", boost::json::array{PersonNumber(kPriya)}}}).status, 200);
  EXPECT_EQ(Verified(kHopeSlug, 20, "2019-05", comment), 1) << "verified once";
}

INSTANTIATE_TEST_SUITE_P(Databases, VisitCommitments, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
