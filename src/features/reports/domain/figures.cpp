#include "features/reports/domain/figures.hpp"

#include "core/plural.hpp"

namespace practica::reports {
namespace {

std::string Of(std::int64_t part, std::int64_t whole, std::string_view one, std::string_view many) {
  return std::to_string(part) + " of " + core::Counted(whole, std::string(one), std::string(many));
}

}  // namespace

CohortFigures Tally(const std::vector<dashboard::SchoolSignals>& schools) {
  CohortFigures f;
  for (const auto& s : schools) {
    ++f.schools;
    if (s.agreement_state == "active" || s.agreement_state == "took_part") ++f.agreements_active;
    if (s.team_confirmed) ++f.teams_confirmed;
    f.team_members += s.team_members;
    if (s.coach) ++f.coaches_assigned;
    f.coaching_minutes += s.coaching_minutes;
    f.commitments += s.commitments;
    f.verified += s.verified;
    f.late += s.late;
    f.sessions_attended += s.sessions_attended;
    f.sessions_partial += s.sessions_partial;
    f.sessions_missed += s.sessions_missed;
    if (s.challenge_started) ++f.challenges_started;
    if (s.challenge_shared) ++f.challenges_shared;
    f.exemplars_published += s.exemplars_published;
    f.exemplars_under_way += s.exemplars_under_way;
    f.forms_sent += s.forms_sent;
    f.forms_most += s.forms_most;
    f.forms_asked += s.forms_asked;
    f.forms_answered += s.forms_answered;
    if (s.plan_status == "approved") ++f.plans_approved;
    if (s.plan_status == "submitted") ++f.plans_submitted;
    if (s.certification_status == "certified") ++f.certified;
  }
  return f;
}

std::string Hours(std::int64_t minutes) {
  const std::int64_t tenths = (minutes * 10 + 30) / 60;
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
  return text;
}

std::string Percent(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return "no";
  return std::to_string(part * 100 / whole) + "%";
}

std::string EvidenceSentence(std::string_view evidence, const CohortFigures& f) {
  const std::string schools = core::Counted(f.schools, "school", "schools");
  if (evidence == "agreements") {
    return Of(f.agreements_active, f.schools, "school", "schools") + " signed the program's agreement and kept it in force.";
  }
  if (evidence == "teams") {
    return Of(f.teams_confirmed, f.schools, "school", "schools") + " confirmed a practitioner team, " +
           core::Counted(f.team_members, "member", "members") + " in all.";
  }
  if (evidence == "coaching") {
    return Hours(f.coaching_minutes) + " hours of coaching were logged at the " + schools + "; " +
           Of(f.coaches_assigned, f.schools, "school", "schools") + " had an instructional coach assigned.";
  }
  if (evidence == "commitments") {
    if (f.commitments == 0) return "No commitment has been issued to these schools yet.";
    return Of(f.verified, f.commitments, "commitment", "commitments") + " were verified across the " + schools + "; " +
           core::Counted(f.late, "was late", "were late") + ".";
  }
  if (evidence == "sessions") {
    const int marked = f.sessions_attended + f.sessions_partial + f.sessions_missed;
    if (marked == 0) return "No learning session has been held for these schools' teams yet.";
    return "Teams attended " + Of(f.sessions_attended, marked, "learning session", "learning sessions") +
           " held for them (" + std::to_string(f.sessions_partial) + " in part, " + std::to_string(f.sessions_missed) +
           " missed).";
  }
  if (evidence == "challenges") {
    return Of(f.challenges_started, f.schools, "school", "schools") + " worked a \"How might we…\" design challenge; " +
           std::to_string(f.challenges_shared) + " shared it with the cohort.";
  }
  if (evidence == "exemplars") {
    return core::Counted(f.exemplars_published, "exemplar lesson was", "exemplar lessons were") +
           " published to the district's library, with " + std::to_string(f.exemplars_under_way) + " more under way.";
  }
  if (evidence == "feedback") {
    if (f.forms_asked == 0) return "No feedback form has been sent to these schools' staff yet.";
    return std::to_string(f.forms_answered) + " of " + std::to_string(f.forms_asked) + " feedback invitations were answered (" +
           Percent(f.forms_answered, f.forms_asked) + "); most of those asked answered " +
           Of(f.forms_most, f.forms_sent, "form", "forms") + ".";
  }
  if (evidence == "plans") {
    return Of(f.plans_approved, f.schools, "school's", "schools'") + " technology plans are approved; " +
           std::to_string(f.plans_submitted) + " more wait for review.";
  }
  if (evidence == "certification") {
    return Of(f.certified, f.schools, "school", "schools") + " are certified in digital citizenship.";
  }
  return "";
}

}  // namespace practica::reports
