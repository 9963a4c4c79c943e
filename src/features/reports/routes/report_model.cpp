#include "features/reports/routes/report_model.hpp"

#include <boost/json/array.hpp>

#include "core/plural.hpp"
#include "features/dashboard/domain/charts.hpp"
#include "features/reports/domain/figures.hpp"

namespace practica::reports {
namespace json = boost::json;

namespace {

json::array Figures(const CohortFigures& f) {
  json::array figures;
  auto add = [&](std::string value, std::string label) {
    figures.emplace_back(json::object{{"value", std::move(value)}, {"label", std::move(label)}});
  };
  add(std::to_string(f.schools), f.schools == 1 ? "school" : "schools");
  add(std::to_string(f.agreements_active), "agreements in force");
  add(std::to_string(f.teams_confirmed), "practitioner teams confirmed");
  add(std::to_string(f.team_members), "team members");
  add(std::to_string(f.coaches_assigned), "schools with a coach");
  add(Hours(f.coaching_minutes), "hours of coaching");
  add(std::to_string(f.verified) + " of " + std::to_string(f.commitments), "commitments verified");
  add(std::to_string(f.sessions_attended), "sessions attended by a team");
  add(std::to_string(f.challenges_started), "design challenges worked");
  add(std::to_string(f.exemplars_published), "exemplar lessons published");
  if (f.forms_asked > 0) {
    add(Percent(f.forms_answered, f.forms_asked), "of feedback invitations answered");
  } else {
    add("None", "feedback forms sent yet");
  }
  add(std::to_string(f.plans_approved), "technology plans approved");
  add(std::to_string(f.certified), "schools certified in digital citizenship");
  return figures;
}

json::array Values(const EvidenceChoice& choice, const CohortFigures& f) {
  json::array values;
  for (const auto& value : CoreValues()) {
    json::array evidence;
    if (auto chosen = choice.find(value.key); chosen != choice.end()) {
      for (const auto& key : chosen->second) {
        const auto* kind = FindEvidence(key);
        if (kind == nullptr) continue;
        evidence.emplace_back(json::object{{"label", kind->label}, {"sentence", EvidenceSentence(key, f)}});
      }
    }
    const bool has = !evidence.empty();
    values.emplace_back(json::object{{"key", value.key}, {"number", value.number}, {"title", value.title},
                                     {"text", value.text}, {"evidence", std::move(evidence)}, {"has_evidence", has}});
  }
  return values;
}

json::object SchoolRow(const dashboard::SchoolSignals& s) {
  return json::object{
      {"name", s.name},
      {"local_district", s.local_district},
      {"agreement", s.agreement_label},
      {"team", s.team_confirmed ? core::Counted(s.team_members, "member", "members") + ", confirmed"
                                : core::Counted(s.team_members, "member", "members") + ", not confirmed"},
      {"coach", s.coach.value_or("None yet")},
      {"commitments", std::to_string(s.verified) + " of " + std::to_string(s.commitments)},
      {"sessions", std::to_string(s.sessions_attended) + " of " + std::to_string(s.sessions_held)},
      {"hours", Hours(s.coaching_minutes)},
      {"challenge", s.challenge_started ? s.challenge_label + (s.challenge_shared ? ", shared" : "") : "Not started"},
      {"exemplars", s.exemplars_published},
      {"plan", s.plan_label.empty() ? "None" : s.plan_label},
      {"certification", s.certification_label.empty() ? "None" : s.certification_label}};
}

}  // namespace

json::object ReportModel(const ReportInputs& in) {
  const auto& data = *in.data;
  const auto figures = Tally(data.schools);
  std::vector<const dashboard::SchoolSignals*> shown;
  shown.reserve(data.schools.size());
  for (const auto& s : data.schools) shown.push_back(&s);

  json::array months;
  for (const auto& bar : dashboard::YearByMonth(shown)) {
    months.emplace_back(json::object{{"label", bar.label}, {"verified", bar.verified}, {"late", bar.late}, {"open", bar.open}});
  }
  json::array sessions;
  for (const auto& bar : dashboard::BySession(data.sessions, shown)) {
    sessions.emplace_back(json::object{{"label", bar.label}, {"attended", bar.attended}, {"partial", bar.partial},
                                       {"missed", bar.missed}, {"upcoming", bar.upcoming}});
  }
  json::array schools;
  for (const auto& s : data.schools) schools.emplace_back(SchoolRow(s));
  json::array goals;
  for (const auto& goal : in.aims->goals) goals.emplace_back(goal);

  json::object model{
      {"report_id", in.report_id},
      {"district_name", in.district_name},
      {"title", data.cohort.ShortName() + " progress report: " + in.scope_label},
      {"cohort_label", data.cohort.Label()},
      {"cohort_title", data.cohort.title},
      {"scope_label", in.scope_label},
      {"schools_text", core::Counted(figures.schools, "school", "schools") + " of the cohort"},
      {"built_label", in.built_label},
      {"built_by", in.built_by},
      {"summary", in.aims->summary},
      {"focus_standard", in.aims->focus_standard_code},
      {"has_goals", !goals.empty()},
      {"goals", std::move(goals)},
      {"figures", Figures(figures)},
      {"values", Values(*in.evidence, figures)},
      {"has_months", !months.empty()},
      {"months", std::move(months)},
      {"has_sessions", !sessions.empty()},
      {"sessions", std::move(sessions)},
      {"has_schools", !schools.empty()},
      {"schools", std::move(schools)}};
  return model;
}

}  // namespace practica::reports
