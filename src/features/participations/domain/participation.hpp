// A school's year in a cohort beyond the agreement: its two leads, its coach (ITF), a
// retraction, and the list of what it still needs that the school, its coach and the district
// all read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/participations/domain/agreement.hpp"
#include "features/participations/domain/team.hpp"

namespace practica::participations {

struct ParticipationName {
  std::string school;  // "Hope Street ES"
  std::string cohort;  // "PS 3.0"
};

// "Hope Street ES is not part of PS 3.0; …": the answer when the roster has no such row.
std::string NotPartOf(const ParticipationName& name);

// The technology support lead is certificated or classified staff.
enum class Classification { kCertificated, kClassified };

std::string_view ClassificationCode(Classification c);   // "certificated", "classified"
std::string_view ClassificationLabel(Classification c);  // "Certificated", "Classified"
std::optional<Classification> ParseClassification(std::string_view code);

struct Leads {
  std::optional<PersonRef> technology_support;
  std::optional<Classification> classification;  // of the technology support lead
  std::optional<PersonRef> sso;  // makes sure teachers can help students use their SSO login
};

// kInvalidInput (field "tech_lead_classification") when a technology support lead is named
// without saying whether they are certificated or classified staff.
[[nodiscard]] core::Result<void> CheckLeads(const Leads& leads);

struct CoachAssignment {
  std::int64_t id = 0;
  PersonRef coach;
  std::int64_t assigned_at = 0;
  std::optional<std::int64_t> ended_at;
};

struct Retraction {
  std::string reason;
  PersonRef by;
  std::int64_t at = 0;
};

// kConflict when the participation is retracted or already has a coach (naming them);
// kInvalidInput (field "email") when the person does not hold the coach role.
[[nodiscard]] core::Result<void> CheckAssignCoach(const ParticipationName& name, bool retracted,
                                                  const std::optional<CoachAssignment>& current,
                                                  const PersonRef& coach, bool holds_coach_role);

// The assignment to end; kConflict when there is none.
[[nodiscard]] core::Result<CoachAssignment> CheckEndCoach(
    const ParticipationName& name, const std::optional<CoachAssignment>& current);

// The reason, trimmed. kInvalidInput (field "reason") when it is empty; kConflict when the
// participation is already retracted.
[[nodiscard]] core::Result<std::string> CheckRetraction(const ParticipationName& name,
                                                        const std::optional<Retraction>& existing,
                                                        std::string_view reason);

// Everything the participation still needs, in the order a school works through it: the
// signatures, the team, the leads, the coach. Empty when it is complete or retracted.
std::vector<std::string> WhatIsMissing(const AgreementStatus& agreement,
                                       const std::vector<TeamMember>& team, bool team_confirmed,
                                       const Leads& leads, bool has_coach);

}  // namespace practica::participations
