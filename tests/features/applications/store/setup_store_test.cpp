#include "features/applications/store/setup_store.hpp"

#include "app/application.hpp"
#include "app/effects.hpp"
#include "store_fixture.hpp"

namespace practica::applications {
namespace {

class SetupStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_.emplace(db(), district_);
  }

  applications::Setup Load(const std::string& slug = "ps-3-0") {
    auto cohort = store_->FindCohort(slug);
    EXPECT_TRUE(cohort.has_value() && cohort->has_value()) << slug;
    return store_->Load(**cohort).value();
  }

  void SetUpPs3() {
    ASSERT_TRUE(store_->ReplaceQuestions(cohort_.id, {"Do you have an experienced ILT?", "Is PS 3.0 right for you?"}));
    ASSERT_TRUE(store_->ReplaceCriteria(cohort_.id, {"An experienced ILT.", "Dedicated digital resources."}));
    ASSERT_TRUE(store_->AddQaSession(cohort_.id, {0, At(2018, 3, 14, 14), At(2018, 3, 14, 15), "GoToMeeting"}));
    ASSERT_TRUE(store_->SetDates(cohort_.id, {2018, 4, 9}, {2018, 5, 4}, core::LocalDate{2018, 5, 14}));
    ASSERT_TRUE(store_->PublishAgreement(cohort_.id, "Intent to Participate: PS 3.0", "Practitioner Schools 3.0 text",
                                         At(2018, 3, 8, 8), 0));
  }

  std::optional<SetupStore> store_;
};

TEST_P(SetupStoreTest, ReadsBackWhatACohortAsksAndWhen) {
  SetUpPs3();

  const auto setup = Load();

  ASSERT_EQ(setup.questions.size(), 2u);
  EXPECT_EQ(setup.questions[1].position, 2);
  EXPECT_EQ(setup.questions[1].text, "Is PS 3.0 right for you?");
  ASSERT_EQ(setup.criteria.size(), 2u);
  ASSERT_EQ(setup.qa_sessions.size(), 1u);
  EXPECT_EQ(setup.qa_sessions[0].starts_at, At(2018, 3, 14, 14));
  EXPECT_EQ(setup.site_visits_to, (core::LocalDate{2018, 5, 4}));
  EXPECT_EQ(setup.notification_week_of, (core::LocalDate{2018, 5, 14}));
  ASSERT_TRUE(setup.agreement.has_value());
  EXPECT_EQ(setup.agreement->version, 1);
  EXPECT_EQ(setup.application_count, 0);
  EXPECT_EQ(setup.copied_from, "");
}

TEST_P(SetupStoreTest, ReplacesAListInItsNewOrder) {
  SetUpPs3();

  ASSERT_TRUE(store_->ReplaceQuestions(cohort_.id, {"Third?", "First?", "Second?"}));

  const auto setup = Load();
  ASSERT_EQ(setup.questions.size(), 3u);
  EXPECT_EQ(setup.questions[0].text, "Third?");
  EXPECT_EQ(setup.questions[2].position, 3);
}

TEST_P(SetupStoreTest, PublishesEachChangeAsANewVersionAndKeepsTheOldOnes) {
  SetUpPs3();

  auto second = store_->PublishAgreement(cohort_.id, "Intent to Participate", "Revised text", At(2018, 3, 9, 8), 0);

  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->version, 2);
  EXPECT_EQ(Load().agreement->text, "Revised text");
  auto versions = store_->AgreementVersions(cohort_.id);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ(versions->back().text, "Practitioner Schools 3.0 text");
}

TEST_P(SetupStoreTest, WritesTheApplicationWindowOnTheCohort) {
  ASSERT_TRUE(store_->SetApplicationWindow(cohort_.id, At(2018, 3, 9, 0), At(2018, 4, 13, 16)));

  auto cohort = store_->FindCohort("ps-3-0");

  EXPECT_EQ((*cohort)->applications_close_at, At(2018, 4, 13, 16));
}

TEST_P(SetupStoreTest, OpensTheNextCohortAYearLaterAtTheSameLocalTimes) {
  SetUpPs3();

  auto opened = store_->CopyCohort(Load(), {"4.0", "Global Collaborator", "1.7"}, zone_, At(2019, 5, 1, 9), 0);

  ASSERT_TRUE(opened.has_value()) << opened.error().message << opened.error().detail;
  EXPECT_EQ(opened->slug, "ps-4-0");
  const auto copy = Load("ps-4-0");
  EXPECT_EQ(copy.cohort.school_year, "2019-2020");
  EXPECT_EQ(copy.cohort.focus_standard_code, "1.7");
  EXPECT_EQ(copy.cohort.applications_close_at, At(2019, 4, 6, 16));
  EXPECT_EQ(copy.copied_from, "PS 3.0");
  ASSERT_EQ(copy.questions.size(), 2u);
  EXPECT_EQ(copy.questions[1].text, "Is PS 4.0 right for you?");
  ASSERT_EQ(copy.qa_sessions.size(), 1u);
  EXPECT_EQ(copy.qa_sessions[0].starts_at, At(2019, 3, 14, 14));
  EXPECT_EQ(copy.site_visits_from, (core::LocalDate{2019, 4, 9}));
  EXPECT_EQ(copy.notification_week_of, (core::LocalDate{2019, 5, 14}));
  ASSERT_TRUE(copy.agreement.has_value());
  EXPECT_EQ(copy.agreement->version, 1);
  EXPECT_EQ(copy.agreement->text, "Practitioner Schools 4.0 text");
  auto timeline = cohorts::CohortsStore(db(), district_).FindBySlug("ps-4-0").value()->timeline;
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_EQ(timeline[0].title, "Deadline to Apply for PS 4.0");
  EXPECT_EQ(timeline[0].starts_at, At(2019, 4, 6, 16));
  EXPECT_EQ(timeline[1].precision, cohorts::Precision::kWeek);
}

TEST_P(SetupStoreTest, RefusesToOpenACohortWhoseNumberIsTaken) {
  SetUpPs3();

  auto opened = store_->CopyCohort(Load(), {"3.0", "Again", ""}, zone_, At(2019, 5, 1, 9), 0);

  ASSERT_FALSE(opened.has_value());
  EXPECT_EQ(opened.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(opened.error().message, "There already is a cohort PS 3.0 (ps-3-0); choose another number.");
  EXPECT_EQ(opened.error().field, "number");
}

INSTANTIATE_TEST_SUITE_P(Databases, SetupStoreTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

// The demo loads PS 3.0's real setup and PS 4.0's copy of it, on both databases.
class DemoSetupTest : public ::testing::TestWithParam<db::Dialect> {};

TEST_P(DemoSetupTest, LoadsTheSeedsQuestionsCriteriaDatesAndAgreements) {
  std::unique_ptr<db::Database> database;
  if (GetParam() == db::Dialect::kSqlite) {
    database = testing::OpenMigrated(db::Dialect::kSqlite, 1);
  } else {
    database = app::OpenDatabase(testing::FreshPostgresDatabase(), 1).value();
  }
  ASSERT_TRUE(app::LoadDemo(*database, demo::Scale::kHistory, 1795420800).has_value());
  auto lease = database->Acquire();
  const auto district = lease->QueryInt("SELECT id FROM districts WHERE slug = 'lausd'").value().value();
  SetupStore store(*lease, district);
  const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();

  const auto ps3 = store.Load(*store.FindCohort("ps-3-0").value()).value();
  const auto ps4 = store.Load(*store.FindCohort("ps-4-0").value()).value();

  EXPECT_EQ(ps3.questions.size(), 9u);
  EXPECT_EQ(ps3.criteria.size(), 6u);
  ASSERT_EQ(ps3.qa_sessions.size(), 2u);
  EXPECT_EQ(DescribeQaSession(ps3.qa_sessions[1], zone), "Thursday, March 22, 2018, 2:00 PM to 3:00 PM");
  EXPECT_NE(ps3.qa_sessions[0].details.find("https://global.gotomeeting.com/join/269745029"), std::string::npos);
  EXPECT_EQ(DescribeDays(*ps3.site_visits_from, *ps3.site_visits_to), "April 9 to May 4, 2018");
  EXPECT_EQ(DescribeWeek(*ps3.notification_week_of), "Week of May 14, 2018");
  EXPECT_EQ(core::FormatLongDateTime(zone.ToLocal(*ps3.cohort.applications_close_at)),
            "Friday, April 6, 2018 at 4:00 PM");
  ASSERT_TRUE(ps3.agreement.has_value());
  EXPECT_EQ(ps3.agreement->version, 1);
  EXPECT_EQ(ps4.copied_from, "PS 3.0");
  EXPECT_EQ(ps4.questions.size(), 9u);
  EXPECT_NE(ps4.criteria[3].text.find("Global Collaborator"), std::string::npos);
  ASSERT_TRUE(ps4.agreement.has_value());
  EXPECT_NE(ps4.agreement->text.find("Global Collaborator"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Databases, DemoSetupTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::applications
