#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/evidence_files_store.hpp"

#include <gtest/gtest.h>

#include <map>

#include "auth/grant_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::commitments {
namespace {

constexpr std::int64_t kMay21 = 1526918400;  // 2018-05-21, when PS 3.0's planning began

class CommitmentsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(**lease_);
    store_.emplace(**lease_, district_);
    northeast_ = districts::DistrictsStore(**lease_).AddLocalDistrict(district_, "Northeast")->id;
    east_ = districts::DistrictsStore(**lease_).AddLocalDistrict(district_, "East")->id;
    cohorts::CohortsStore cohorts(**lease_, district_);
    const auto program = cohorts.CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
    cohorts::Cohort cohort;
    cohort.program_id = program;
    cohort.slug = "ps-3-0";
    cohort.number = "3.0";
    cohort.title = "Innovative Designer";
    cohort.focus_standard_code = "1.4";
    cohort.school_year = "2018-2019";
    cohort.announced_on = "2018-03-08";
    cohort_ = cohorts.CreateCohort(cohort)->id;
    garvanza_ = AddSchool("Garvanza ES", northeast_);
    hope_ = AddSchool("Hope Street ES", east_);
    principal_ = people::PeopleStore(**lease_, district_).Create({0, "principal@example.org", "Elena Ortiz", true})->id;
  }

  std::int64_t AddSchool(const std::string& name, std::int64_t local_district, bool in_cohort = true) {
    schools::School school;
    school.name = name;
    school.local_district_id = local_district;
    const auto id = schools::SchoolsStore(**lease_, district_).Create(school)->id;
    if (in_cohort) {
      EXPECT_TRUE(participations::ParticipationsStore(**lease_, district_).AddSchool(cohort_, id, name).has_value());
    }
    return id;
  }

  static Commitment Item(Phase phase, int number, std::string title) {
    Commitment c;
    c.phase = phase;
    c.number = number;
    c.title = std::move(title);
    c.description = "As the agreement says.";
    c.due = DueRule{DueKind::kFixed, core::LocalDate{2018, 11, 21}};
    c.evidence = EvidenceSpec{EvidenceKind::kUrl, "Link to the certification", false};
    c.verifier = Verifier::kDistrict;
    return c;
  }

  void SaveThree() {
    for (const auto& item : {Item(Phase::kDistrict, 1, "Assign an ITF"), Item(Phase::kFirstMonth, 12, "Common Sense"),
                             Item(Phase::kBeforeCoach, 2, "Technology Support Lead")}) {
      ASSERT_TRUE(store_->SaveTemplateItem(cohort_, item, principal_, kMay21).has_value());
    }
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<CommitmentsStore> store_;
  std::int64_t district_ = 0;
  std::int64_t northeast_ = 0;
  std::int64_t east_ = 0;
  std::int64_t cohort_ = 0;
  std::int64_t garvanza_ = 0;
  std::int64_t hope_ = 0;
  std::int64_t principal_ = 0;
};

TEST_P(CommitmentsStoreTest, ReadsTheTemplateBackInTheAgreementsOrder) {
  SaveThree();

  auto items = store_->Template(cohort_);

  ASSERT_TRUE(items.has_value());
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ(Code((*items)[0]), "2");
  EXPECT_EQ(Code((*items)[1]), "12");
  EXPECT_EQ(Code((*items)[2]), "d1");
  EXPECT_EQ((*items)[1].due.on, (core::LocalDate{2018, 11, 21}));
  EXPECT_EQ((*items)[1].evidence.kind, EvidenceKind::kUrl);
  EXPECT_EQ((*items)[1].verifier, Verifier::kDistrict);
}

TEST_P(CommitmentsStoreTest, ReplacesTheItemWithTheSameNumber) {
  SaveThree();

  auto saved = store_->SaveTemplateItem(cohort_, Item(Phase::kFirstMonth, 12, "Become a Common Sense school"),
                                        principal_, kMay21);

  ASSERT_TRUE(saved.has_value());
  auto items = store_->Template(cohort_);
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ((*items)[1].title, "Become a Common Sense school");
}

TEST_P(CommitmentsStoreTest, IssuesTheTemplateToEachSchoolOfTheRosterOnce) {
  SaveThree();

  auto first = store_->Issue(cohort_, principal_, kMay21);
  auto again = store_->Issue(cohort_, principal_, kMay21);

  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(*first, 6);
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(*store_->SchoolsNotIssued(cohort_), 0);
  EXPECT_EQ(store_->ForSchool(cohort_, garvanza_)->size(), 3u);
}

TEST_P(CommitmentsStoreTest, IssuesALateJoinerWhatItLacks) {
  SaveThree();
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  AddSchool("Telfair Avenue ES", northeast_);

  EXPECT_EQ(*store_->SchoolsNotIssued(cohort_), 1);
  EXPECT_EQ(*store_->Issue(cohort_, principal_, kMay21), 3);
}

TEST_P(CommitmentsStoreTest, KeepsASchoolsCopyWhenTheTemplateChangesUntilAskedToUpdateIt) {
  SaveThree();
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  auto changed = Item(Phase::kFirstMonth, 12, "Become a Common Sense school");
  changed.due.on = core::LocalDate{2018, 11, 16};
  ASSERT_TRUE(store_->SaveTemplateItem(cohort_, changed, principal_, kMay21).has_value());

  const auto kept = (*store_->ForSchool(cohort_, garvanza_))[1].commitment;
  auto updated = store_->UpdateIssuedCopies(cohort_, changed);
  const auto copy = (*store_->ForSchool(cohort_, garvanza_))[1].commitment;

  EXPECT_EQ(kept.title, "Common Sense");
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(*updated, 2);
  EXPECT_EQ(copy.title, "Become a Common Sense school");
  EXPECT_EQ(copy.due.on, (core::LocalDate{2018, 11, 16}));
}

TEST_P(CommitmentsStoreTest, KeepsEveryEventInOrderWithWhoDidIt) {
  SaveThree();
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  const auto copy_id = (*store_->ForSchool(cohort_, garvanza_))[1].commitment.id;
  Event submitted;
  submitted.kind = EventKind::kSubmitted;
  submitted.person_id = principal_;
  submitted.at = kMay21 + 100;
  submitted.evidence.text = "https://example.org/cert";
  submitted.evidence.count = 3;
  submitted.evidence.total = 3;
  Event returned = submitted;
  returned.kind = EventKind::kReturned;
  returned.at = kMay21 + 200;
  returned.evidence = {};
  returned.comment = "The link does not open.";

  ASSERT_TRUE(store_->Lock(copy_id).has_value());
  ASSERT_TRUE(store_->AddEvent(copy_id, returned).has_value());
  ASSERT_TRUE(store_->AddEvent(copy_id, submitted).has_value());

  const auto events = (*store_->ForSchool(cohort_, garvanza_))[1].events;
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, EventKind::kSubmitted);
  EXPECT_EQ(events[0].person_name, "Elena Ortiz");
  EXPECT_EQ(events[0].evidence.count, 3);
  EXPECT_EQ(events[1].comment, "The link does not open.");
  EXPECT_FALSE(events[1].evidence.count.has_value());
  EXPECT_TRUE((*store_->ForSchool(cohort_, hope_))[1].events.empty());
}

TEST_P(CommitmentsStoreTest, KeepsAFileWithItsSubmissionByteForByteAndForThatCopyOnly) {
  SaveThree();
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  const auto copy_id = (*store_->ForSchool(cohort_, hope_))[0].commitment.id;
  const auto other_copy = (*store_->ForSchool(cohort_, garvanza_))[0].commitment.id;
  Event submitted;
  submitted.person_id = principal_;
  submitted.at = kMay21;
  submitted.evidence.text = "roster.pdf";
  const auto event = store_->AddEvent(copy_id, submitted).value();
  const std::string bytes = std::string("%PDF-1.4\n\0\xff binary", 18);
  EvidenceFilesStore files(**lease_, district_);

  const auto kept = files.Add(event.id, EvidenceFile{0, "roster.pdf", "application/pdf", 0}, bytes, principal_, kMay21);

  ASSERT_TRUE(kept.has_value()) << kept.error().detail;
  EXPECT_EQ(kept->size_bytes, 18);
  const auto listed = (*store_->ForSchool(cohort_, hope_))[0].events.at(0).evidence.file;
  ASSERT_TRUE(listed.has_value());
  EXPECT_EQ(listed->id, kept->id);
  EXPECT_EQ(listed->name, "roster.pdf");
  EXPECT_EQ(listed->size_bytes, 18);
  const auto read = files.Read(copy_id, kept->id).value();
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->bytes, bytes);
  EXPECT_EQ(read->info.content_type, "application/pdf");
  EXPECT_FALSE(files.Read(other_copy, kept->id).value().has_value()) << "another school's copy never reaches it";
}

TEST_P(CommitmentsStoreTest, SavesTheCalendarAndReplacesIt) {
  Calendar calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7}};
  ASSERT_TRUE(store_->SaveCalendar(cohort_, calendar, principal_, kMay21).has_value());
  calendar.coach_starts_on.reset();

  ASSERT_TRUE(store_->SaveCalendar(cohort_, calendar, principal_, kMay21).has_value());

  const auto saved = store_->LoadCalendar(cohort_).value();
  EXPECT_FALSE(saved.coach_starts_on.has_value());
  EXPECT_EQ(saved.support_ends_on, (core::LocalDate{2019, 6, 7}));
}

TEST_P(CommitmentsStoreTest, HandsOutEachSchoolOnceWithItsCopiesAndEvents) {
  SaveThree();
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  const auto copy_id = (*store_->ForSchool(cohort_, hope_))[0].commitment.id;
  Event submitted;
  submitted.person_id = principal_;
  submitted.at = kMay21;
  ASSERT_TRUE(store_->AddEvent(copy_id, submitted).has_value());
  ASSERT_TRUE(store_->AddEvent(copy_id, submitted).has_value());
  AddSchool("Telfair Avenue ES", northeast_);  // on the roster, not issued

  std::vector<std::string> names;
  std::vector<std::size_t> copies;
  std::size_t hope_events = 0;
  ASSERT_TRUE(store_->ForEachSchool(cohort_, GridFilter{}, [&](GridSchool school, std::vector<SchoolCommitment> items) {
    names.push_back(school.name);
    copies.push_back(items.size());
    if (school.name == "Hope Street ES") hope_events = items[0].events.size();
  }).has_value());

  EXPECT_EQ(names, (std::vector<std::string>{"Garvanza ES", "Hope Street ES", "Telfair Avenue ES"}));
  EXPECT_EQ(copies, (std::vector<std::size_t>{3, 3, 0}));
  EXPECT_EQ(hope_events, 2u);
}

// The grid reads the schools in one statement and the copies with their events in another,
// in whatever order the database joins them: the order of what it hands out is its own work.
TEST_P(CommitmentsStoreTest, HandsOutTheGridInNameAndAgreementOrderWhateverOrderTheRowsWereWritten) {
  SaveThree();
  AddSchool("Aldama ES", east_);  // written last, first by name
  ASSERT_TRUE(store_->Issue(cohort_, principal_, kMay21).has_value());
  const auto hope = *store_->ForSchool(cohort_, hope_);
  const auto garvanza = *store_->ForSchool(cohort_, garvanza_);
  Event later;
  later.person_id = principal_;
  later.at = kMay21 + 86400;
  Event earlier = later;
  earlier.at = kMay21;
  // Hope Street's last copy gets its history written out of time order.
  ASSERT_TRUE(store_->AddEvent(hope.back().commitment.id, later).has_value());
  ASSERT_TRUE(store_->AddEvent(hope.back().commitment.id, earlier).has_value());
  ASSERT_TRUE(store_->AddEvent(garvanza.front().commitment.id, earlier).has_value());

  std::vector<std::string> names;
  std::map<std::string, std::vector<std::pair<Phase, int>>> order;
  std::map<std::string, std::vector<std::vector<std::int64_t>>> times;
  ASSERT_TRUE(store_->ForEachSchool(cohort_, GridFilter{}, [&](GridSchool school, std::vector<SchoolCommitment> items) {
    names.push_back(school.name);
    for (const auto& item : items) {
      order[school.name].emplace_back(item.commitment.phase, item.commitment.number);
      auto& at = times[school.name].emplace_back();
      for (const auto& event : item.events) at.push_back(event.at);
    }
  }).has_value());

  EXPECT_EQ(names, (std::vector<std::string>{"Aldama ES", "Garvanza ES", "Hope Street ES"}));
  std::vector<std::pair<Phase, int>> agreement;
  for (const auto& item : hope) agreement.emplace_back(item.commitment.phase, item.commitment.number);
  for (const auto& name : names) EXPECT_EQ(order[name], agreement) << name << "'s copies in the agreement's order";
  EXPECT_EQ(times["Hope Street ES"].back(), (std::vector<std::int64_t>{kMay21, kMay21 + 86400})) << "in time order";
  EXPECT_EQ(times["Garvanza ES"].front(), (std::vector<std::int64_t>{kMay21})) << "each copy with its own events only";
  EXPECT_TRUE(times["Garvanza ES"].back().empty());
  EXPECT_TRUE(times["Aldama ES"].front().empty());
}

TEST_P(CommitmentsStoreTest, KeepsAListToTheLocalDistrictAndThePersonsScopes) {
  SaveThree();
  AddSchool("Telfair Avenue ES", northeast_);
  const auto names = [&](const GridFilter& filter) {
    std::vector<std::string> seen;
    EXPECT_TRUE(store_->ForEachSchool(cohort_, filter, [&](GridSchool school, std::vector<SchoolCommitment>) {
      seen.push_back(school.name);
    }).has_value());
    return seen;
  };

  EXPECT_EQ(names(GridFilter{"northeast", std::nullopt}), (std::vector<std::string>{"Garvanza ES", "Telfair Avenue ES"}));
  EXPECT_EQ(names(GridFilter{"", SchoolScope{.school_ids = {hope_}}}), (std::vector<std::string>{"Hope Street ES"}));
  EXPECT_EQ(names(GridFilter{"", SchoolScope{.school_ids = {hope_}, .local_district_ids = {northeast_}}}).size(), 3u);
  EXPECT_EQ(names(GridFilter{"east", SchoolScope{.local_district_ids = {northeast_}}}).size(), 0u);
  EXPECT_EQ(names(GridFilter{"", SchoolScope{}}).size(), 0u);
}

TEST_P(CommitmentsStoreTest, NamesTheCoachOfTheParticipationInThisCohort) {
  const auto coach = people::PeopleStore(**lease_, district_).Create({0, "coach@example.org", "Ramon Castillo", true})->id;
  ASSERT_TRUE(participations::CoachStore(**lease_, district_)
                  .Assign(cohort_, garvanza_, participations::PersonRef{coach, "Ramon Castillo", "coach@example.org"},
                          0, kMay21)
                  .has_value());
  // Hope Street is in Ramon's caseload for some cohort, but nobody coaches it in this one.
  ASSERT_TRUE(auth::GrantStore(**lease_, district_).AssignToCaseload(coach, hope_, kMay21).has_value());

  EXPECT_EQ(*store_->CoachesOf(cohort_, garvanza_), (std::vector<std::string>{"Ramon Castillo"}));
  EXPECT_TRUE(store_->CoachesOf(cohort_, hope_)->empty());
}

TEST_P(CommitmentsStoreTest, ReadsTheLastDayOfTheCohortsSchoolYearWithTheCalendar) {
  const auto without_dates = store_->LoadCalendar(cohort_).value();
  ASSERT_TRUE(store_->SaveCalendar(cohort_, Calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14},
                                                     core::LocalDate{2019, 6, 7}},
                                   principal_, kMay21).has_value());

  const auto with_dates = store_->LoadCalendar(cohort_).value();

  EXPECT_EQ(without_dates.school_year_ends_on, (core::LocalDate{2019, 6, 30}));
  EXPECT_EQ(with_dates.school_year_ends_on, (core::LocalDate{2019, 6, 30}));
  EXPECT_EQ(with_dates.support_ends_on, (core::LocalDate{2019, 6, 7}));
}

TEST_P(CommitmentsStoreTest, FindsTheSchoolOnTheRosterOnly) {
  const auto elsewhere = AddSchool("Los Angeles HS", 0, false);

  EXPECT_TRUE(*store_->InCohort(cohort_, garvanza_));
  EXPECT_FALSE(*store_->InCohort(cohort_, elsewhere));
}

INSTANTIATE_TEST_SUITE_P(BothDialects, CommitmentsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::commitments
