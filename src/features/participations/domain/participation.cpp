#include "features/participations/domain/participation.hpp"

#include "core/text.hpp"

namespace practica::participations {

std::string NotPartOf(const ParticipationName& name) {
  return name.school + " is not part of " + name.cohort +
         "; the school's page lists the cohorts it took part in.";
}

std::string_view ClassificationCode(Classification c) {
  return c == Classification::kCertificated ? "certificated" : "classified";
}

std::string_view ClassificationLabel(Classification c) {
  return c == Classification::kCertificated ? "Certificated" : "Classified";
}

std::optional<Classification> ParseClassification(std::string_view code) {
  if (code == "certificated") return Classification::kCertificated;
  if (code == "classified") return Classification::kClassified;
  return std::nullopt;
}

core::Result<void> CheckLeads(const Leads& leads) {
  if (leads.technology_support && !leads.classification) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Say whether " + leads.technology_support->name +
                          " is certificated or classified staff: the technology support lead is one or the other.",
                      {}, "tech_lead_classification");
  }
  return {};
}

core::Result<void> CheckAssignCoach(const ParticipationName& name, bool retracted,
                                    const std::optional<CoachAssignment>& current,
                                    const PersonRef& coach, bool holds_coach_role) {
  if (retracted) {
    return core::Fail(core::ErrorCode::kConflict, name.school + "'s participation in " + name.cohort +
                                                      " was retracted; it gets no coach.");
  }
  if (current) {
    return core::Fail(core::ErrorCode::kConflict,
                      name.school + " already has " + current->coach.name +
                          " as its coach; end that assignment first.",
                      {}, "email");
  }
  if (!holds_coach_role) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      coach.name + " does not hold the coach role; grant it on their page under People first.",
                      {}, "email");
  }
  return {};
}

core::Result<CoachAssignment> CheckEndCoach(const ParticipationName& name,
                                            const std::optional<CoachAssignment>& current) {
  if (!current) {
    return core::Fail(core::ErrorCode::kConflict,
                      name.school + " has no coach for " + name.cohort + " to end; assign one instead.");
  }
  return *current;
}

core::Result<std::string> CheckRetraction(const ParticipationName& name,
                                          const std::optional<Retraction>& existing,
                                          std::string_view reason) {
  if (existing) {
    return core::Fail(core::ErrorCode::kConflict,
                      name.school + "'s participation in " + name.cohort + " was already retracted by " +
                          existing->by.name + ".");
  }
  const auto trimmed = core::Trim(reason);
  if (trimmed.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Give the reason for retracting; the school reads it in the e-mail it gets.", {},
                      "reason");
  }
  return std::string(trimmed);
}

std::vector<std::string> WhatIsMissing(const AgreementStatus& agreement,
                                       const std::vector<TeamMember>& team, bool team_confirmed,
                                       const Leads& leads, bool has_coach) {
  if (agreement.state == State::kRetracted) return {};
  std::vector<std::string> missing = agreement.missing;
  if (!team_confirmed) {
    auto team_missing = MissingFromTeam(team);
    if (team_missing.empty()) {
      missing.push_back("The team is complete; the principal or a team member confirms it.");
    }
    missing.insert(missing.end(), team_missing.begin(), team_missing.end());
  }
  if (!leads.technology_support) {
    missing.push_back("Designate a technology support lead (certificated or classified staff).");
  }
  if (!leads.sso) {
    missing.push_back("Designate the lead who makes sure teachers can help students use their SSO login.");
  }
  if (!has_coach) missing.push_back("No coach (ITF) is assigned yet; the program office assigns one.");
  return missing;
}

}  // namespace practica::participations
