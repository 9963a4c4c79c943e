#include "features/applications/store/applications_store.hpp"

#include "auth/grant_store.hpp"
#include "features/applications/store/review_table.hpp"
#include "features/applications/store/reviews_store.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/participations/store/roster_store.hpp"
#include "store_fixture.hpp"

namespace practica::applications {
namespace {

class ApplicationsStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_.emplace(db(), district_);
    SetupStore setup(db(), district_);
    questions_ = setup.ReplaceQuestions(cohort_.id, {"First?", "Second?"}).value();
    criteria_ = setup.ReplaceCriteria(cohort_.id, {"An experienced ILT.", "Digital resources."}).value();
    principal_ = AddPerson("principal@hope.example");
    hope_ref_ = store_->FindSchool("hope-street-es").value().value();
    garvanza_ref_ = store_->FindSchool("garvanza-es").value().value();
  }

  Application Started(const SchoolRef& school) {
    return store_->Start(cohort_.id, school, principal_, At(2018, 3, 9, 9)).value();
  }

  std::optional<ApplicationsStore> store_;
  std::vector<Question> questions_;
  std::vector<Criterion> criteria_;
  std::int64_t principal_ = 0;
  SchoolRef hope_ref_;
  SchoolRef garvanza_ref_;
};

TEST_P(ApplicationsStoreTest, LetsASchoolApplyToACohortOnlyOnce) {
  Started(hope_ref_);

  auto again = store_->Start(cohort_.id, hope_ref_, principal_, At(2018, 3, 10, 9));

  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM applications WHERE district_id = $1"), 1);
}

TEST_P(ApplicationsStoreTest, SavesADraftWithoutLosingWhatItDoesNotMention) {
  const auto application = Started(hope_ref_);
  ASSERT_TRUE(store_->SaveDraft(application.id, {{questions_[0].id, "Every Tuesday."}, {questions_[1].id, "Yes."}},
                                {{criteria_[0].id, 3, "Minutes of meetings."}}, At(2018, 3, 9, 10)));

  ASSERT_TRUE(store_->SaveDraft(application.id, {{questions_[1].id, "Yes, and more."}},
                                {{criteria_[1].id, 0, "Chromebooks."}}, At(2018, 3, 9, 11)));

  const auto found = store_->Find(cohort_.id, hope_ref_).value().value();
  ASSERT_EQ(found.answers.size(), 2u);
  for (const auto& answer : found.answers) {
    EXPECT_EQ(answer.text, answer.question_id == questions_[0].id ? "Every Tuesday." : "Yes, and more.");
  }
  ASSERT_EQ(found.ratings.size(), 2u);
  for (const auto& rating : found.ratings) {
    EXPECT_EQ(rating.score, rating.criterion_id == criteria_[0].id ? 3 : 0);
  }
}

TEST_P(ApplicationsStoreTest, KeepsAnAttachmentsBytesExactly) {
  const auto application = Started(hope_ref_);
  std::string bytes;
  for (int i = 0; i < 1000; ++i) bytes.push_back(static_cast<char>(i % 256));

  auto saved = store_->AddAttachment(application.id, {0, "scan.pdf", "application/pdf", 0, At(2018, 3, 9, 9)}, bytes,
                                     principal_);
  auto read = store_->ReadAttachment(application.id, saved->id);

  ASSERT_TRUE(read.has_value() && read->has_value());
  EXPECT_EQ((*read)->bytes, bytes);
  EXPECT_EQ((*read)->info.size_bytes, 1000);
  EXPECT_EQ(store_->Find(cohort_.id, hope_ref_).value()->attachments.size(), 1u);
  EXPECT_FALSE(store_->ReadAttachment(application.id + 1, saved->id).value().has_value())
      << "an attachment is read only through its own application";
}

TEST_P(ApplicationsStoreTest, CountsTheNewestExtension) {
  ASSERT_TRUE(store_->AddExtension(cohort_.id, hope_, {At(2018, 4, 9, 16), "Leave", At(2018, 4, 5, 9)}, principal_));
  ASSERT_TRUE(store_->AddExtension(cohort_.id, hope_, {At(2018, 4, 13, 16), "More leave", At(2018, 4, 8, 9)}, principal_));

  auto extension = store_->CurrentExtension(cohort_.id, hope_);

  ASSERT_TRUE(extension.has_value() && extension->has_value());
  EXPECT_EQ((*extension)->deadline_at, At(2018, 4, 13, 16));
  EXPECT_EQ((*extension)->reason, "More leave");
  EXPECT_FALSE(store_->CurrentExtension(cohort_.id, garvanza_).value().has_value());
}

TEST_P(ApplicationsStoreTest, ShowsEachPersonOnlyTheRowsInsideTheirScopes) {
  const auto hope = Started(hope_ref_);
  const auto garvanza = Started(garvanza_ref_);
  const auto reviewer = AddPerson("reviewer@district.example");
  ReviewsStore reviews(db(), district_);
  ASSERT_TRUE(reviews.AssignReviewer(garvanza.id, reviewer, principal_, At(2018, 4, 7, 9)));
  ASSERT_TRUE(reviews.SaveScores(garvanza.id, reviewer, {{criteria_[0].id, 4, ""}, {criteria_[1].id, 2, ""}},
                                 At(2018, 4, 8, 9)));

  auto everything = LoadReviewTable(db(), district_, cohort_.id, {}, {.everything = true}, 0);
  auto school = LoadReviewTable(db(), district_, cohort_.id, {}, {.school_ids = {hope_}}, 0);
  auto local = LoadReviewTable(db(), district_, cohort_.id, {}, {.local_district_ids = {northeast_}}, 0);
  auto assigned = LoadReviewTable(db(), district_, cohort_.id, {}, {.reviewer_id = reviewer}, reviewer);
  auto nothing = LoadReviewTable(db(), district_, cohort_.id, {}, {}, 0);
  auto filtered = LoadReviewTable(db(), district_, cohort_.id, {"east"}, {.everything = true}, 0);

  ASSERT_EQ(everything->size(), 2u);
  EXPECT_EQ(everything->front().school.name, "Garvanza ES");
  ASSERT_EQ(school->size(), 1u);
  EXPECT_EQ(school->front().application_id, hope.id);
  ASSERT_EQ(local->size(), 1u);
  EXPECT_EQ(local->front().application_id, garvanza.id);
  ASSERT_EQ(assigned->size(), 1u);
  EXPECT_TRUE(assigned->front().assigned_to_me);
  EXPECT_TRUE(assigned->front().scored_by_me);
  EXPECT_EQ(assigned->front().scores.at(criteria_[0].id), std::vector<int>{4});
  EXPECT_TRUE(nothing->empty());
  ASSERT_EQ(filtered->size(), 1u);
  EXPECT_EQ(filtered->front().school.name, "Hope Street ES");
}

TEST_P(ApplicationsStoreTest, KeepsEveryDecision) {
  const auto application = Started(hope_ref_);
  ReviewsStore reviews(db(), district_);

  ASSERT_TRUE(reviews.AddDecision(application.id, "waitlisted", "", principal_, At(2018, 5, 14, 9)));
  ASSERT_TRUE(reviews.AddDecision(application.id, "accepted", "A place opened.", principal_, At(2018, 5, 21, 9)));

  auto history = reviews.Decisions(application.id);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->front().decision, "waitlisted");
  EXPECT_EQ(history->back().note, "A place opened.");
}

TEST_P(ApplicationsStoreTest, KeepsWhyADecisionWasCorrectedAndSeesNothingHeldByAnUntouchedSchool) {
  const auto application = Started(hope_ref_);
  ReviewsStore reviews(db(), district_);
  ASSERT_TRUE(reviews.AddDecision(application.id, "accepted", "", principal_, At(2018, 5, 14, 9)));
  ASSERT_TRUE(participations::RosterStore(db(), district_).Ensure(cohort_.id, hope_, "Hope Street ES"));

  auto untouched = reviews.ParticipationHolds(cohort_.id, hope_);
  ASSERT_TRUE(reviews.AddDecision(application.id, "declined", "", principal_, At(2018, 5, 15, 9), "Wrong school."));

  ASSERT_TRUE(untouched.has_value());
  EXPECT_TRUE(untouched->empty());
  auto history = reviews.Decisions(application.id);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->front().reason, "");
  EXPECT_EQ(history->back().reason, "Wrong school.");
}

TEST_P(ApplicationsStoreTest, SaysWhatAnAcceptedSchoolsParticipationAlreadyHolds) {
  ReviewsStore reviews(db(), district_);
  ASSERT_TRUE(participations::RosterStore(db(), district_).Ensure(cohort_.id, hope_, "Hope Street ES"));
  ASSERT_TRUE(db().Exec("INSERT INTO participation_coaches (district_id, id, cohort_id, school_id, coach_person_id,"
                        " assigned_at) VALUES ($1, 990001, $2, $3, $4, 0)",
                        {district_, cohort_.id, hope_, principal_}));

  auto holds = reviews.ParticipationHolds(cohort_.id, hope_);

  ASSERT_TRUE(holds.has_value());
  EXPECT_EQ(*holds, std::vector<std::string>{"a coach"});
}

TEST_P(ApplicationsStoreTest, FindsTheSchoolsActivePrincipalsForItsEmail) {
  auth::GrantStore grants(db(), district_);
  ASSERT_TRUE(grants.Add({principal_, auth::Role::kPrincipal, auth::ScopeKind::kSchool, hope_, {2018, 1, 1}, std::nullopt},
                         0, At(2018, 1, 1, 9)));
  const auto former = AddPerson("former@hope.example");
  ASSERT_TRUE(grants.Add({former, auth::Role::kPrincipal, auth::ScopeKind::kSchool, hope_, {2010, 1, 1},
                          core::LocalDate{2017, 6, 30}},
                         0, At(2018, 1, 1, 9)));

  auto principals = ReviewsStore(db(), district_).PrincipalsOf(hope_, {2018, 4, 6});

  ASSERT_EQ(principals->size(), 1u);
  EXPECT_EQ(principals->front().email, "principal@hope.example");
}

INSTANTIATE_TEST_SUITE_P(Databases, ApplicationsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::applications
