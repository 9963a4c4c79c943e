#include "features/dashboard/domain/heatmap.hpp"

#include <algorithm>
#include <tuple>

namespace practica::dashboard {
namespace {

// How bad a heat is, for sorting: nothing to judge sorts after on-track when the worst come
// first.
int Severity(Heat heat) {
  switch (heat) {
    case Heat::kNone: return 0;
    case Heat::kGood: return 1;
    case Heat::kWatch: return 2;
    case Heat::kRisk: return 3;
  }
  return 0;
}

Cell Make(ColumnKey key, Heat heat, std::string text, int detail = 0) {
  return Cell{key, heat, std::move(text), Severity(heat) * 100000 + detail};
}

std::string Of(int part, int whole, std::string_view what) {
  return std::to_string(part) + " of " + std::to_string(whole) + " " + std::string(what);
}

Cell AgreementCell(const SchoolSignals& s) {
  const auto& state = s.agreement_state;
  Heat heat = Heat::kWatch;
  if (state == "active" || state == "took_part") heat = Heat::kGood;
  if (state == "never_signed") heat = Heat::kRisk;
  if (state == "retracted") heat = Heat::kNone;
  return Make(ColumnKey::kAgreement, heat, s.agreement_label);
}

Cell TeamCell(const SchoolSignals& s) {
  const std::string members = std::to_string(s.team_members) + (s.team_members == 1 ? " member" : " members");
  if (s.team_confirmed) return Make(ColumnKey::kTeam, Heat::kGood, "Confirmed · " + members, -s.team_members);
  if (s.team_members > 0) return Make(ColumnKey::kTeam, Heat::kWatch, members + ", not confirmed", -s.team_members);
  return Make(ColumnKey::kTeam, Heat::kRisk, "No team yet");
}

Cell CoachCell(const SchoolSignals& s) {
  if (s.coach) return Make(ColumnKey::kCoach, Heat::kGood, *s.coach);
  return Make(ColumnKey::kCoach, Heat::kRisk, "No coach");
}

Cell CommitmentsCell(const SchoolSignals& s) {
  if (!s.issued) return Make(ColumnKey::kCommitments, Heat::kNone, "Not issued");
  const auto verified = Of(s.verified, s.commitments, "verified");
  // Worse: more late, then more due soon, then fewer verified.
  const int detail = s.late * 1000 + s.due_soon * 10 - s.verified;
  if (s.late > 0) return Make(ColumnKey::kCommitments, Heat::kRisk, std::to_string(s.late) + " late · " + verified, detail);
  if (s.due_soon > 0) {
    return Make(ColumnKey::kCommitments, Heat::kWatch, std::to_string(s.due_soon) + " due soon · " + verified, detail);
  }
  return Make(ColumnKey::kCommitments, Heat::kGood, verified, detail);
}

Cell SessionsCell(const SchoolSignals& s) {
  if (s.sessions_held == 0) return Make(ColumnKey::kSessions, Heat::kNone, "No sessions held yet");
  const auto attended = Of(s.sessions_attended, s.sessions_held, "attended");
  const int detail = s.sessions_missed * 100 + s.sessions_partial * 10 - s.sessions_attended;
  if (s.sessions_missed > 0) {
    return Make(ColumnKey::kSessions, Heat::kRisk, std::to_string(s.sessions_missed) + " missed · " + attended, detail);
  }
  if (s.sessions_partial > 0) {
    return Make(ColumnKey::kSessions, Heat::kWatch,
                std::to_string(s.sessions_partial) + " partly · " + attended, detail);
  }
  return Make(ColumnKey::kSessions, Heat::kGood, attended, detail);
}

Cell CoachingCell(const SchoolSignals& s) {
  const int detail = -static_cast<int>(std::min<std::int64_t>(s.coaching_minutes, 99999));
  if (s.coaching_minutes > 0) return Make(ColumnKey::kCoaching, Heat::kGood, HoursText(s.coaching_minutes), detail);
  // A school with a coach and no coaching logged is one to ask about; without a coach there is
  // nothing to judge yet (the coach column already says so).
  return Make(ColumnKey::kCoaching, s.coach ? Heat::kWatch : Heat::kNone, "None logged");
}

Cell ChallengeCell(const SchoolSignals& s) {
  if (!s.challenge_started) return Make(ColumnKey::kChallenge, Heat::kNone, "Not started");
  const std::string text = s.challenge_label + (s.challenge_shared ? " · shared" : " · draft");
  const bool running = s.challenge_stage == "cycle" || s.challenge_stage == "sharing";
  return Make(ColumnKey::kChallenge, running ? Heat::kGood : Heat::kWatch, text);
}

// Sharing lessons with the district (commitment 18, PS 4.0's "promising practices"): one published
// is on track, one on its way is a follow-up; none yet judges nothing, as no date asks for one.
Cell ExemplarsCell(const SchoolSignals& s) {
  const int detail = -(s.exemplars_published * 100 + s.exemplars_under_way);
  const std::string under_way = std::to_string(s.exemplars_under_way) + " on the way";
  if (s.exemplars_published > 0) {
    return Make(ColumnKey::kExemplars, Heat::kGood,
                std::to_string(s.exemplars_published) + " published" +
                    (s.exemplars_under_way > 0 ? " · " + under_way : std::string()),
                detail);
  }
  if (s.exemplars_under_way > 0) return Make(ColumnKey::kExemplars, Heat::kWatch, under_way, detail);
  return Make(ColumnKey::kExemplars, Heat::kNone, "None yet");
}

// Commitment 19 is kept form by form when most of the school's staff asked answer: a form that
// closed short of most is behind, one still open and short is a follow-up.
Cell FeedbackCell(const SchoolSignals& s) {
  if (s.forms_sent == 0) return Make(ColumnKey::kFeedback, Heat::kNone, "No forms sent");
  const int open_short = s.forms_sent - s.forms_most - s.forms_closed_short;
  const int detail = s.forms_closed_short * 1000 + open_short * 10 -
                     static_cast<int>(s.forms_asked > 0 ? s.forms_answered * 9 / s.forms_asked : 0);
  const Heat heat = s.forms_closed_short > 0 ? Heat::kRisk : open_short > 0 ? Heat::kWatch : Heat::kGood;
  return Make(ColumnKey::kFeedback, heat, FeedbackText(s), detail);
}

// The plan is the school's to write after the Planning Cohort and district staff's to approve
// (commitment 16): approved is on track, anything on its way is a follow-up.
Cell PlanCell(const SchoolSignals& s) {
  if (s.plan_status.empty()) return Make(ColumnKey::kPlan, Heat::kNone, "Not started");
  return Make(ColumnKey::kPlan, s.plan_status == "approved" ? Heat::kGood : Heat::kWatch, s.plan_label);
}

// Commitment 12 is met when staff verify the certification; an expired one is behind.
Cell CertificationCell(const SchoolSignals& s) {
  const auto& status = s.certification_status;
  if (status.empty() || status == "not_started") return Make(ColumnKey::kCertification, Heat::kNone, "Not started");
  if (status == "expired") return Make(ColumnKey::kCertification, Heat::kRisk, s.certification_label);
  if (status == "certified") {
    return s.certification_verified ? Make(ColumnKey::kCertification, Heat::kGood, "Certified · verified")
                                    : Make(ColumnKey::kCertification, Heat::kWatch, "Certified, not yet verified");
  }
  return Make(ColumnKey::kCertification, Heat::kWatch, s.certification_label);
}

}  // namespace

std::string_view HeatCode(Heat heat) {
  switch (heat) {
    case Heat::kGood: return "good";
    case Heat::kWatch: return "watch";
    case Heat::kRisk: return "risk";
    case Heat::kNone: return "none";
  }
  return "none";
}

std::string_view HeatLabel(Heat heat) {
  switch (heat) {
    case Heat::kGood: return "On track";
    case Heat::kWatch: return "Follow up";
    case Heat::kRisk: return "Behind";
    case Heat::kNone: return "Not yet";
  }
  return "Not yet";
}

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = {
      {ColumnKey::kAgreement, "agreement", "Agreement"},
      {ColumnKey::kTeam, "team", "Team"},
      {ColumnKey::kCoach, "coach", "Coach"},
      {ColumnKey::kCommitments, "commitments", "Commitments"},
      {ColumnKey::kSessions, "sessions", "Learning sessions"},
      {ColumnKey::kCoaching, "coaching", "Coaching this year"},
      {ColumnKey::kChallenge, "challenge", "Design challenge"},
      {ColumnKey::kExemplars, "exemplars", "Exemplars"},
      {ColumnKey::kFeedback, "feedback", "Feedback forms"},
      {ColumnKey::kPlan, "plan", "Technology plan"},
      {ColumnKey::kCertification, "certification", "Digital citizenship"},
  };
  return kColumns;
}

std::optional<ColumnKey> ParseColumn(std::string_view code) {
  for (const auto& column : Columns()) {
    if (column.code == code) return column.key;
  }
  return std::nullopt;
}

bool AtRisk(const SchoolSignals& school) {
  return school.agreement_state != "retracted" && school.late > 0 && school.sessions_missed > 0;
}

Row RowOf(const SchoolSignals& school) {
  Row row{school, {}, AtRisk(school), school.late + school.sessions_missed};
  if (school.agreement_state == "retracted") {
    // A retracted participation is out of the program: its other cells judge nothing.
    row.cells.push_back(AgreementCell(school));
    for (std::size_t i = 1; i < Columns().size(); ++i) {
      row.cells.push_back(Make(Columns()[i].key, Heat::kNone, "Retracted"));
    }
    return row;
  }
  row.cells = {AgreementCell(school),  TeamCell(school),      CoachCell(school),     CommitmentsCell(school),
               SessionsCell(school),   CoachingCell(school),  ChallengeCell(school), ExemplarsCell(school),
               FeedbackCell(school),   PlanCell(school),      CertificationCell(school)};
  return row;
}

bool Matches(const Filter& filter, const SchoolSignals& school) {
  return (filter.local_district.empty() || filter.local_district == school.local_district_slug) &&
         (filter.school_type.empty() || filter.school_type == school.school_type);
}

void SortRows(std::vector<Row>& rows, const Sort& sort) {
  auto by_name = [](const Row& a, const Row& b) {
    return std::tie(a.school.name, a.school.id) < std::tie(b.school.name, b.school.id);
  };
  if (!sort.column) {
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      if (a.at_risk != b.at_risk) return a.at_risk;
      if (a.at_risk && a.trouble != b.trouble) return a.trouble > b.trouble;
      return by_name(a, b);
    });
    return;
  }
  const auto index = static_cast<std::size_t>(
      std::find_if(Columns().begin(), Columns().end(), [&](const Column& c) { return c.key == *sort.column; }) -
      Columns().begin());
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    const int ra = a.cells[index].rank;
    const int rb = b.cells[index].rank;
    if (ra != rb) return sort.ascending ? ra < rb : ra > rb;
    return by_name(a, b);
  });
}

std::vector<ColumnSummary> Summarize(const std::vector<Row>& rows) {
  std::vector<ColumnSummary> summary;
  for (const auto& column : Columns()) summary.push_back(ColumnSummary{column.key});
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.cells.size() && i < summary.size(); ++i) {
      switch (row.cells[i].heat) {
        case Heat::kGood: ++summary[i].good; break;
        case Heat::kWatch: ++summary[i].watch; break;
        case Heat::kRisk: ++summary[i].risk; break;
        case Heat::kNone: ++summary[i].none; break;
      }
    }
  }
  return summary;
}

std::string FeedbackText(const SchoolSignals& school) {
  const auto percent = school.forms_asked > 0 ? school.forms_answered * 100 / school.forms_asked : 0;
  return std::to_string(school.forms_most) + " of " + std::to_string(school.forms_sent) +
         (school.forms_sent == 1 ? " form" : " forms") + " answered by most · " + std::to_string(percent) + "% of " +
         std::to_string(school.forms_asked) + " asked";
}

std::string HoursText(std::int64_t minutes) {
  if (minutes <= 0) return "None logged";
  if (minutes < 60) return std::to_string(minutes) + " min";
  const auto tenths = (minutes * 10 + 30) / 60;  // rounded to a tenth of an hour
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
  return text + " h";
}

}  // namespace practica::dashboard
