#include "demo/loader.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "app/effects.hpp"
#include "support/test_database.hpp"

namespace practica::demo {
namespace {

class DemoTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    if (GetParam() == db::Dialect::kSqlite) {
      database_ = testing::OpenMigrated(db::Dialect::kSqlite, 1);
    } else {
      auto opened = app::OpenDatabase(testing::FreshPostgresDatabase(), 1);
      ASSERT_TRUE(opened.has_value()) << opened.error().message;
      database_ = std::move(*opened);
    }
    ASSERT_NE(database_, nullptr);
  }

  std::int64_t Count(const std::string& sql) {
    auto db = database_->Acquire();
    return db->QueryInt(sql).value().value_or(-1);
  }

  std::unique_ptr<db::Database> database_;
};

TEST_P(DemoTest, LoadsEveryCohortsSchoolsAsTheProgramListedThem) {
  auto report = app::LoadDemo(*database_, Scale::kHistory, 1795420800);

  ASSERT_TRUE(report.has_value()) << report.error().message << report.error().detail;
  EXPECT_EQ(report->cohorts, 4);
  EXPECT_EQ(report->schools, 71);
  std::map<std::string, std::int64_t> places;
  auto db = database_->Acquire();
  ASSERT_TRUE(db->Execute("SELECT c.number, COUNT(*) FROM participations p JOIN cohorts c"
                          " ON c.district_id = p.district_id AND c.id = p.cohort_id"
                          " GROUP BY c.number",
                          {}, [&](const db::Row& row) { places[row.String(0)] = row.Int(1); }));
  EXPECT_EQ(places, (std::map<std::string, std::int64_t>{{"1.0", 40}, {"2.0", 18}, {"3.0", 25}, {"4.0", 17}}));
}

TEST_P(DemoTest, GivesGarvanzaOneRecordAcrossFourCohorts) {
  ASSERT_TRUE(app::LoadDemo(*database_, Scale::kHistory, 1795420800).has_value());

  EXPECT_EQ(Count("SELECT COUNT(*) FROM participations p JOIN schools s ON s.district_id = p.district_id"
                  " AND s.id = p.school_id WHERE s.slug = 'garvanza-elementary-technology-and-leadership-magnet'"),
            4);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schools WHERE lower(name) LIKE '%garv%'"), 1);
}

// A checklist that names the ITF a school received, or shows items its coach verified, implies
// a participation with that coach and a signed agreement; the participation page must say so.
TEST_P(DemoTest, GivesEverySchoolWhoseCoachVerifiedWorkASignedAgreementAndThatCoach) {
  ASSERT_TRUE(app::LoadDemo(*database_, Scale::kHistory, 1795420800).has_value());
  auto db = database_->Acquire();
  struct Seen {
    std::string school;
    std::string cohort;
    std::string received;  // the name given as district commitment 1's evidence, if verified
  };
  std::vector<Seen> coached;
  ASSERT_TRUE(db->Execute(
      "SELECT DISTINCT s.slug, c.slug, COALESCE((SELECT MAX(d.evidence_text) FROM commitment_events d"
      "  JOIN school_commitments dc ON dc.district_id = d.district_id AND dc.id = d.school_commitment_id"
      "  WHERE dc.district_id = sc.district_id AND dc.cohort_id = sc.cohort_id AND dc.school_id = sc.school_id"
      "  AND dc.party = 'district' AND dc.number = 1 AND d.kind = 'submitted'), '')"
      " FROM commitment_events e"
      " JOIN school_commitments sc ON sc.district_id = e.district_id AND sc.id = e.school_commitment_id"
      " JOIN schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
      " JOIN cohorts c ON c.district_id = sc.district_id AND c.id = sc.cohort_id"
      " JOIN people p ON p.district_id = e.district_id AND p.id = e.person_id"
      " WHERE e.kind = 'verified' AND p.email = 'coach@practica.example'",
      {}, [&](const db::Row& row) { coached.push_back({row.String(0), row.String(1), row.String(2)}); }));
  ASSERT_FALSE(coached.empty());

  for (const auto& seen : coached) {
    const std::string where = " WHERE x.cohort_id = (SELECT id FROM cohorts WHERE slug = '" + seen.cohort +
                              "') AND x.school_id = (SELECT id FROM schools WHERE slug = '" + seen.school + "')";
    EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM agreement_signatures x" + where + " AND x.role = 'principal'")
                  .value()
                  .value_or(-1),
              1)
        << seen.school << " in " << seen.cohort << " has no principal's signature";
    std::string coach;
    ASSERT_TRUE(db->Execute("SELECT p.display_name FROM participation_coaches x JOIN people p"
                            " ON p.district_id = x.district_id AND p.id = x.coach_person_id" + where +
                                " AND x.ended_at IS NULL",
                            {}, [&](const db::Row& row) { coach = row.String(0); }));
    EXPECT_EQ(coach, "Ramon Castillo") << seen.school << " in " << seen.cohort << " has no coach";
    if (!seen.received.empty()) EXPECT_EQ(seen.received, coach) << seen.school;
  }
}

TEST_P(DemoTest, LeavesALoadedDatabaseAsItIs) {
  ASSERT_TRUE(app::LoadDemo(*database_, Scale::kHistory, 1795420800).has_value());

  auto again = app::LoadDemo(*database_, Scale::kHistory, 1795420800);

  ASSERT_TRUE(again.has_value());
  EXPECT_TRUE(again->already_loaded);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schools"), 71);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, DemoTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

TEST(DemoDistrictScale, GrowsToAThousandSchoolsAndTwentyFiveThousandTeachers) {
  auto database = testing::OpenMigrated(db::Dialect::kSqlite, 1);
  ASSERT_NE(database, nullptr);

  auto report = app::LoadDemo(*database, Scale::kDistrict, 1795420800);

  ASSERT_TRUE(report.has_value()) << report.error().detail;
  auto db = database->Acquire();
  EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM schools").value(), 1000);
  // 25,000 generated teachers, the demo's own teacher at Garvanza and the five illustrative
  // teachers the coaching log names at Garvanza and Hope Street ES.
  EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM school_staff WHERE role = 'teacher'").value(), 25006);
  // The four real cohorts, PS 5.0-7.0 generated, PS 8.0 with all 1,000 schools holding the
  // PS 3.0 commitments, and PS 9.0 with 200 applications to review.
  EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM cohorts").value(), 9);
  EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM participations WHERE cohort_id ="
                         " (SELECT id FROM cohorts WHERE slug = 'ps-8-0')").value(), 1000);
  // The demo coach coaches 25 of them, and their caseload (what permissions read) holds them.
  EXPECT_EQ(db->QueryInt("SELECT COUNT(*) FROM participation_coaches pc JOIN coach_assignments ca"
                         " ON ca.district_id = pc.district_id AND ca.school_id = pc.school_id"
                         " AND ca.coach_person_id = pc.coach_person_id AND ca.ended_at IS NULL"
                         " WHERE pc.cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-8-0')").value(), 25);
}

}  // namespace
}  // namespace practica::demo
