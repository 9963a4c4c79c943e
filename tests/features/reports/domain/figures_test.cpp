// A cohort's figures counted over its schools and written as the report's sentences, on three
// schools shaped like PS 3.0's (Garvanza, Hope, San Pascual).
#include <gtest/gtest.h>

#include "features/reports/domain/figures.hpp"

namespace practica::reports {
namespace {

std::vector<dashboard::SchoolSignals> ThreeSchools() {
  dashboard::SchoolSignals garvanza;
  garvanza.name = "Garvanza Elementary";
  garvanza.agreement_state = "active";
  garvanza.team_confirmed = true;
  garvanza.team_members = 4;
  garvanza.coach = "Ms. Coach";
  garvanza.coaching_minutes = 150;
  garvanza.commitments = 10;
  garvanza.verified = 8;
  garvanza.late = 1;
  garvanza.sessions_attended = 3;
  garvanza.sessions_missed = 1;
  garvanza.challenge_started = true;
  garvanza.challenge_shared = true;
  garvanza.exemplars_published = 2;
  garvanza.forms_sent = 2;
  garvanza.forms_most = 1;
  garvanza.forms_asked = 10;
  garvanza.forms_answered = 6;
  garvanza.plan_status = "approved";
  garvanza.certification_status = "certified";
  dashboard::SchoolSignals hope = garvanza;
  hope.name = "Hope Street";
  hope.agreement_state = "awaiting_signatures";
  hope.team_confirmed = false;
  hope.team_members = 2;
  hope.coach.reset();
  hope.coaching_minutes = 0;
  hope.verified = 2;
  hope.late = 3;
  hope.challenge_started = false;
  hope.challenge_shared = false;
  hope.exemplars_published = 0;
  hope.exemplars_under_way = 1;
  hope.forms_answered = 0;
  hope.plan_status = "submitted";
  hope.certification_status = "in_progress";
  dashboard::SchoolSignals san_pascual = garvanza;
  san_pascual.name = "San Pascual";
  san_pascual.agreement_state = "took_part";
  san_pascual.coaching_minutes = 45;
  return {garvanza, hope, san_pascual};
}

TEST(Tally, CountsEachSignalOverTheSchools) {
  const auto f = Tally(ThreeSchools());
  EXPECT_EQ(f.schools, 3);
  EXPECT_EQ(f.agreements_active, 2);  // Hope still awaits signatures
  EXPECT_EQ(f.teams_confirmed, 2);
  EXPECT_EQ(f.team_members, 10);
  EXPECT_EQ(f.coaches_assigned, 2);
  EXPECT_EQ(f.coaching_minutes, 195);
  EXPECT_EQ(f.verified, 18);
  EXPECT_EQ(f.commitments, 30);
  EXPECT_EQ(f.late, 5);
  EXPECT_EQ(f.challenges_started, 2);
  EXPECT_EQ(f.exemplars_published, 4);
  EXPECT_EQ(f.exemplars_under_way, 1);
  EXPECT_EQ(f.forms_answered, 12);
  EXPECT_EQ(f.forms_asked, 30);
  EXPECT_EQ(f.plans_approved, 2);
  EXPECT_EQ(f.plans_submitted, 1);
  EXPECT_EQ(f.certified, 2);
}

TEST(EvidenceSentence, SaysEachFigureInWords) {
  const auto f = Tally(ThreeSchools());
  EXPECT_EQ(EvidenceSentence("commitments", f), "18 of 30 commitments were verified across the 3 schools; 5 were late.");
  EXPECT_EQ(EvidenceSentence("coaching", f),
            "3.3 hours of coaching were logged at the 3 schools; 2 of 3 schools had an instructional coach assigned.");
  EXPECT_EQ(EvidenceSentence("exemplars", f),
            "4 exemplar lessons were published to the district's library, with 1 more under way.");
  EXPECT_EQ(EvidenceSentence("feedback", f),
            "12 of 30 feedback invitations were answered (40%); most of those asked answered 3 of 6 forms.");
  EXPECT_EQ(EvidenceSentence("nothing", f), "");
}

TEST(EvidenceSentence, EveryKindHasOne) {
  const auto f = Tally(ThreeSchools());
  for (const auto& kind : {"agreements", "teams", "coaching", "commitments", "sessions", "challenges", "exemplars",
                           "feedback", "plans", "certification"}) {
    EXPECT_FALSE(EvidenceSentence(kind, f).empty()) << kind;
  }
}

TEST(EvidenceSentence, SaysWhenThereIsNothingYetRatherThanZeroOfZero) {
  // PS 4.0 in its first weeks: schools accepted, nothing issued, held or sent.
  dashboard::SchoolSignals school;
  school.name = "Canoga Park ES";
  const auto f = Tally({school, school});
  EXPECT_EQ(EvidenceSentence("commitments", f), "No commitment has been issued to these schools yet.");
  EXPECT_EQ(EvidenceSentence("sessions", f), "No learning session has been held for these schools' teams yet.");
  EXPECT_EQ(EvidenceSentence("feedback", f), "No feedback form has been sent to these schools' staff yet.");
}

TEST(Hours, RoundsToATenth) {
  EXPECT_EQ(Hours(0), "0");
  EXPECT_EQ(Hours(60), "1");
  EXPECT_EQ(Hours(90), "1.5");
  EXPECT_EQ(Hours(345), "5.8");
}

TEST(Percent, SaysNoWhenNobodyWasAsked) {
  EXPECT_EQ(Percent(0, 0), "no");
  EXPECT_EQ(Percent(2, 3), "66%");
}

}  // namespace
}  // namespace practica::reports
