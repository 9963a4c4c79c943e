// The program office's decision on a submitted application: which decisions it may take, what
// the person deciding must confirm before the school is told, and when a decision may be
// corrected by a later one.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/applications/domain/application.hpp"

namespace practica::applications {

enum class Decision { kAccepted, kWaitlisted, kDeclined };

std::optional<Decision> ParseDecision(std::string_view code);  // "accepted", "waitlisted", "declined"
std::string_view DecisionCode(Decision decision);               // "accepted"
std::string_view DecisionVerb(Decision decision);               // "Accept", "Waitlist", "Decline"
Status StatusAfter(Decision decision);

// True once the application carries a decision, so that a new one corrects it.
bool IsDecided(Status status);

// The decisions open to the application: all three while it waits (submitted), the other two
// once decided (a correction), none for a draft or a withdrawn one.
std::vector<Decision> DecisionChoices(Status status);

// kConflict when the application cannot take this decision now: a draft or withdrawn one, or
// the decision it already has.
[[nodiscard]] core::Result<void> CheckDecision(const Application& application, Decision decision,
                                               const cohorts::Cohort& cohort);

// kConflict when an acceptance is corrected to something else while the school's participation
// already holds something (`participation_holds`: "a signed agreement", "a coach", …): the
// correction would discard it, so the participation is retracted instead, which keeps history.
[[nodiscard]] core::Result<void> CheckCorrection(const Application& application, Decision decision,
                                                 const cohorts::Cohort& cohort,
                                                 const std::vector<std::string>& participation_holds);

// One statement the person deciding confirms, and the field that carries their "yes".
struct Confirmation {
  std::string field;  // "confirm", "confirm_window_open", "confirm_no_site_visit"
  std::string text;
};

inline constexpr std::string_view kConfirmDecision = "confirm";
inline constexpr std::string_view kConfirmWindowOpen = "confirm_window_open";
inline constexpr std::string_view kConfirmNoSiteVisit = "confirm_no_site_visit";

// What must be confirmed before the decision is recorded and the school e-mailed, in order:
// always the decision itself (the school, the choice, and the decision it replaces); then,
// when the cohort's application window is still open at `now`, that schools may still apply;
// then, when no site visit is recorded, that the school was not visited.
std::vector<Confirmation> DecisionConfirmations(const Application& application, Decision decision,
                                                const Setup& setup, bool site_visit_recorded,
                                                std::int64_t now, const core::TimeZone& zone);

// kInvalidInput naming the field of the first statement not confirmed, with the statement and
// how to confirm it.
[[nodiscard]] core::Result<void> CheckConfirmed(const std::vector<Confirmation>& needed,
                                                const std::set<std::string, std::less<>>& confirmed);

}  // namespace practica::applications
