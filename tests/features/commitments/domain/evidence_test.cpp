// What counts as evidence, and who may verify or return it.
#include <gtest/gtest.h>

#include "features/commitments/domain/status.hpp"

namespace practica::commitments {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

Calendar Ps3() { return Calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7}}; }

Commitment Make(int number, EvidenceKind kind, Verifier verifier, bool majority = false,
                Phase phase = Phase::kBeforeCoach) {
  Commitment c;
  c.phase = phase;
  c.number = number;
  c.title = "A commitment";
  c.due = DueRule{DueKind::kBeforeCoach};
  c.evidence = EvidenceSpec{kind, "Evidence", majority};
  c.verifier = verifier;
  return c;
}

Event Submission(std::int64_t person, std::optional<std::int64_t> count = std::nullopt,
                 std::optional<std::int64_t> total = std::nullopt) {
  Event event;
  event.kind = EventKind::kSubmitted;
  event.person_id = person;
  event.at = 1533600000;
  event.evidence.count = count;
  event.evidence.total = total;
  return event;
}

constexpr std::int64_t kPrincipal = 11;
constexpr std::int64_t kCoach = 22;
constexpr std::int64_t kStaff = 33;

const Actor kSchoolCoach{kCoach, false, true};
const Actor kDistrictStaff{kStaff, true, false};

TEST(CheckEvidence, AsksForTheDocumentsLink) {
  auto checked = CheckEvidence(Make(5, EvidenceKind::kDocument, Verifier::kCoach), EvidenceInput{});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "url");
  EXPECT_EQ(checked.error().message, "Give the link to the document for commitment 5, starting with https://.");
}

// Commitment 5's team roster, given as a file the route has already checked by its content.
EvidenceFile Roster() { return EvidenceFile{0, "team-roster.pdf", "application/pdf", 48213}; }

TEST(CheckEvidence, TakesADocumentAsAFileWhenTheTeamChoosesOne) {
  EvidenceInput input;
  input.given_as = "file";
  input.file = Roster();
  input.note = "Signed by all three";

  auto checked = CheckEvidence(Make(5, EvidenceKind::kDocument, Verifier::kCoach), input);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->text, "team-roster.pdf");
  ASSERT_TRUE(checked->file.has_value());
  EXPECT_EQ(checked->file->size_bytes, 48213);
  EXPECT_EQ(checked->note, "Signed by all three");
}

TEST(CheckEvidence, AsksForTheFileWhenTheTeamChoseOneAndSentNone) {
  EvidenceInput input;
  input.given_as = "file";

  auto checked = CheckEvidence(Make(5, EvidenceKind::kDocument, Verifier::kCoach), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "file");
  EXPECT_EQ(checked.error().message, "Choose the file for commitment 5, or give a link to it instead.");
}

TEST(CheckEvidence, KeepsTheLinkWhenTheTeamChoseALinkAndLeftAFileInTheForm) {
  EvidenceInput input;
  input.given_as = "link";
  input.url = "https://drive.google.com/file/d/roster";
  input.file = Roster();

  auto checked = CheckEvidence(Make(5, EvidenceKind::kDocument, Verifier::kCoach), input);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->text, "https://drive.google.com/file/d/roster");
  EXPECT_FALSE(checked->file.has_value());
}

TEST(CheckEvidence, RefusesALinkAndAFileTogetherFromTheApi) {
  EvidenceInput input;
  input.url = "https://drive.google.com/file/d/roster";
  input.file = Roster();

  auto checked = CheckEvidence(Make(5, EvidenceKind::kDocument, Verifier::kCoach), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "Give either a link or a file for commitment 5, not both.");
}

TEST(CheckEvidence, RefusesAFileForEvidenceThatIsNotADocument) {
  EvidenceInput input;
  input.file = Roster();

  auto checked = CheckEvidence(Make(8, EvidenceKind::kCount, Verifier::kCoach, true), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "file");
  EXPECT_EQ(checked.error().message, "Commitment 8 is not given as a file: it asks for \"Evidence\".");
}

TEST(CheckEvidence, RefusesTextThatIsNotAWebAddress) {
  EvidenceInput input;
  input.url = "drive.google.com/plan";

  auto checked = CheckEvidence(Make(12, EvidenceKind::kUrl, Verifier::kDistrict), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message,
            "\"drive.google.com/plan\" is not a web address; copy it from the browser's address bar "
            "(it starts with https://).");
}

TEST(CheckEvidence, RefusesADayThatDoesNotExist) {
  EvidenceInput input;
  input.date = "2018-02-30";

  auto checked = CheckEvidence(Make(3, EvidenceKind::kDate, Verifier::kDistrict), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "date");
  EXPECT_EQ(checked.error().message, "\"2018-02-30\" is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06.");
}

TEST(CheckEvidence, NeedsTheNamedPersonsName) {
  auto checked = CheckEvidence(Make(2, EvidenceKind::kPerson, Verifier::kCoach), EvidenceInput{});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "person_name");
  EXPECT_EQ(checked.error().message, "Give the name of the person for commitment 2.");
}

TEST(CheckEvidence, RefusesACountAboveItsTotal) {
  EvidenceInput input;
  input.count = "31";
  input.total = "30";

  auto checked = CheckEvidence(Make(8, EvidenceKind::kCount, Verifier::kCoach, true), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "The count (31) cannot be more than the total (30); check both numbers.");
}

TEST(CheckEvidence, RefusesACountThatIsNotAWholeNumber) {
  EvidenceInput input;
  input.count = "most";
  input.total = "30";

  auto checked = CheckEvidence(Make(8, EvidenceKind::kCount, Verifier::kCoach, true), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "count");
  EXPECT_EQ(checked.error().message,
            "\"most\" is not a whole number from 0; give the count for commitment 8 as a number such as 24.");
}

TEST(CheckEvidence, KeepsACountAsCountOfTotal) {
  EvidenceInput input;
  input.count = " 24 ";
  input.total = "31";

  auto checked = CheckEvidence(Make(8, EvidenceKind::kCount, Verifier::kCoach, true), input);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->text, "24 of 31");
  EXPECT_EQ(checked->count, 24);
}

TEST(CheckEvidence, AsksForTheWebAddressOfAWebPage) {
  auto checked = CheckEvidence(Make(7, EvidenceKind::kUrl, Verifier::kCoach), EvidenceInput{});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "url");
  EXPECT_EQ(checked.error().message, "Give the web address for commitment 7, starting with https://.");
}

TEST(CheckEvidence, KeepsADateAsYearMonthDay) {
  EvidenceInput input;
  input.date = " 2018-08-27 ";

  auto checked = CheckEvidence(Make(11, EvidenceKind::kDate, Verifier::kCoach), input);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->text, "2018-08-27");
}

TEST(CheckEvidence, AsksForTheDateWhenNoneIsGiven) {
  auto checked = CheckEvidence(Make(11, EvidenceKind::kDate, Verifier::kCoach), EvidenceInput{});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "date");
  EXPECT_EQ(checked.error().message, "Give the date for commitment 11 as YYYY-MM-DD, e.g. 2018-06-05.");
}

TEST(CheckEvidence, KeepsTheNamedPersonsEmailAddressInLowerCase) {
  EvidenceInput input;
  input.person_name = "Marisol Vega";
  input.person_email = "Marisol.Vega@LAUSD.net";

  auto checked = CheckEvidence(Make(3, EvidenceKind::kPerson, Verifier::kCoach), input);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->text, "Marisol Vega");
  EXPECT_EQ(checked->email, "marisol.vega@lausd.net");
}

TEST(CheckEvidence, RefusesAnEmailAddressThatIsNotOne) {
  EvidenceInput input;
  input.person_name = "Marisol Vega";
  input.person_email = "marisol at lausd";

  auto checked = CheckEvidence(Make(3, EvidenceKind::kPerson, Verifier::kCoach), input);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "person_email");
}

TEST(CheckVerify, RefusesToLetTheSubmitterVerifyTheirOwnEvidence) {
  const Actor staff_who_submitted{kPrincipal, true, false};

  auto checked = CheckVerify(Make(5, EvidenceKind::kDocument, Verifier::kCoach), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {Submission(kPrincipal)}, staff_who_submitted);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(checked.error().message,
            "You submitted this evidence for commitment 5, so someone else verifies it: the school's "
            "coach or district staff.");
}

TEST(CheckVerify, LeavesTheDistrictsVerificationToDistrictStaff) {
  auto checked = CheckVerify(Make(3, EvidenceKind::kDate, Verifier::kDistrict), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {Submission(kPrincipal)}, kSchoolCoach);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(checked.error().message, "District staff verify commitment 3; ask the program office to verify it.");
}

TEST(CheckVerify, LetsDistrictStaffStandInForTheCoach) {
  auto checked = CheckVerify(Make(5, EvidenceKind::kDocument, Verifier::kCoach), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {Submission(kPrincipal)}, kDistrictStaff);

  EXPECT_TRUE(checked.has_value());
}

TEST(CheckVerify, SaysWhenNothingWaits) {
  auto checked = CheckVerify(Make(5, EvidenceKind::kDocument, Verifier::kCoach), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {}, kSchoolCoach);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(checked.error().message,
            "Nothing waits for verification on commitment 5; the school's team submits evidence first.");
}

TEST(CheckVerify, HoldsAMajorityCountThatFallsShort) {
  auto checked = CheckVerify(Make(8, EvidenceKind::kCount, Verifier::kCoach, true), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {Submission(kPrincipal, 11, 28)}, kSchoolCoach);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message,
            "11 of 28 is not a majority: commitment 8 needs more than half (15 or more) before it is "
            "verified; return it to the team instead.");
}

TEST(CheckReturn, AsksWhatIsMissing) {
  auto checked = CheckReturn(Make(5, EvidenceKind::kDocument, Verifier::kCoach), Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles()),
                             {Submission(kPrincipal)}, kSchoolCoach, "  ");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "comment");
  EXPECT_EQ(checked.error().message, "Say what is missing when returning commitment 5, so the team knows what to change.");
}

TEST(SubmissionTarget, RefusesNewEvidenceForAVerifiedCommitment) {
  const auto once = Schedule({DueKind::kBeforeCoach}, Ps3(), LosAngeles());
  Event verified = Submission(kCoach);
  verified.kind = EventKind::kVerified;

  auto target = SubmissionTarget(Make(5, EvidenceKind::kDocument, Verifier::kCoach), once,
                                 {Submission(kPrincipal), verified}, 1533700000);

  ASSERT_FALSE(target.has_value());
  EXPECT_EQ(target.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(target.error().message,
            "Commitment 5 is already verified; ask the school's coach or district staff to return it if "
            "the evidence needs to change.");
}

TEST(SubmissionTarget, WaitsForTheNextMonthToBegin) {
  Commitment forms = Make(19, EvidenceKind::kCount, Verifier::kDistrict, false, Phase::kOngoing);
  forms.due = DueRule{DueKind::kRecurring, std::nullopt, 1};
  const auto months = Schedule(forms.due, Ps3(), LosAngeles());
  Event august = Submission(kPrincipal, 18, 31);
  august.period = "2018-08";
  const auto august_31 = months[0].due_at - 3600;

  auto target = SubmissionTarget(forms, months, {august}, august_31);
  // With every open month given, new evidence replaces the one still waiting.
  ASSERT_TRUE(target.has_value());
  EXPECT_EQ(*target, 0u);

  Event verified = Submission(kStaff);
  verified.kind = EventKind::kVerified;
  verified.period = "2018-08";
  auto refused = SubmissionTarget(forms, months, {august, verified}, august_31);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "Evidence for September 2018 of commitment 19 can be given from Saturday, September 1, 2018.");
}

}  // namespace
}  // namespace practica::commitments
