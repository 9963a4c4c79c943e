#include "features/applications/domain/decision.hpp"

#include "core/text.hpp"

namespace practica::applications {
namespace {

using core::ErrorCode;
using core::Fail;

// "a, b and c"
std::string InWords(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return text;
}

std::string DecisionStatement(const Application& application, Decision decision, const cohorts::Cohort& cohort) {
  const std::string school = application.school_name;
  const std::string cohort_name = cohorts::ShortName(cohort);
  if (IsDecided(application.status)) {
    return "Change the decision on " + ApplicationName(school, cohort) + " from " +
           core::ToLower(StatusLabel(application.status)) + " to " + std::string(DecisionCode(decision)) +
           ", and e-mail the school that it changed.";
  }
  switch (decision) {
    case Decision::kAccepted:
      return "Accept " + school + " into " + cohort_name + " and e-mail the school the decision.";
    case Decision::kWaitlisted:
      return "Put " + school + " on the waiting list for " + cohort_name + " and e-mail the school the decision.";
    case Decision::kDeclined:
      return "Decline " + ApplicationName(school, cohort) + " and e-mail the school the decision.";
  }
  return {};
}

}  // namespace

std::optional<Decision> ParseDecision(std::string_view code) {
  if (code == "accepted") return Decision::kAccepted;
  if (code == "waitlisted") return Decision::kWaitlisted;
  if (code == "declined") return Decision::kDeclined;
  return std::nullopt;
}

std::string_view DecisionCode(Decision decision) { return StatusCode(StatusAfter(decision)); }

std::string_view DecisionVerb(Decision decision) {
  switch (decision) {
    case Decision::kAccepted: return "Accept";
    case Decision::kWaitlisted: return "Waitlist";
    case Decision::kDeclined: return "Decline";
  }
  return "Decline";
}

Status StatusAfter(Decision decision) {
  switch (decision) {
    case Decision::kAccepted: return Status::kAccepted;
    case Decision::kWaitlisted: return Status::kWaitlisted;
    case Decision::kDeclined: return Status::kDeclined;
  }
  return Status::kDeclined;
}

bool IsDecided(Status status) {
  return status == Status::kAccepted || status == Status::kWaitlisted || status == Status::kDeclined;
}

std::vector<Decision> DecisionChoices(Status status) {
  if (status != Status::kSubmitted && !IsDecided(status)) return {};
  std::vector<Decision> choices;
  for (auto decision : {Decision::kAccepted, Decision::kWaitlisted, Decision::kDeclined}) {
    if (StatusAfter(decision) != status) choices.push_back(decision);
  }
  return choices;
}

core::Result<void> CheckDecision(const Application& application, Decision decision, const cohorts::Cohort& cohort) {
  const std::string name = ApplicationName(application.school_name, cohort);
  switch (application.status) {
    case Status::kSubmitted:
      return {};
    case Status::kDraft:
      return Fail(ErrorCode::kConflict, name + " is still a draft; decide once the school submits it.");
    case Status::kWithdrawn:
      return Fail(ErrorCode::kConflict, name + " was withdrawn by the school; there is nothing to decide.");
    case Status::kAccepted:
    case Status::kWaitlisted:
    case Status::kDeclined:
      if (StatusAfter(decision) != application.status) return {};
      return Fail(ErrorCode::kConflict,
                  name + " is already " + core::ToLower(StatusLabel(application.status)) +
                      "; to correct the decision, choose a different one.",
                  {}, "decision");
  }
  return {};
}

core::Result<void> CheckCorrection(const Application& application, Decision decision, const cohorts::Cohort& cohort,
                                   const std::vector<std::string>& participation_holds) {
  if (application.status != Status::kAccepted || decision == Decision::kAccepted || participation_holds.empty()) {
    return {};
  }
  return Fail(ErrorCode::kConflict,
              application.school_name + "'s participation in " + cohorts::ShortName(cohort) + " already has " +
                  InWords(participation_holds) +
                  ", so the acceptance can no longer be corrected. Retract the participation on its page instead; "
                  "that keeps its history.",
              {}, "decision");
}

std::vector<Confirmation> DecisionConfirmations(const Application& application, Decision decision, const Setup& setup,
                                                bool site_visit_recorded, std::int64_t now,
                                                const core::TimeZone& zone) {
  const auto& cohort = setup.cohort;
  std::vector<Confirmation> needed{{std::string(kConfirmDecision), DecisionStatement(application, decision, cohort)}};
  // Deciding while others may still apply judges this school before the field is known.
  if (cohort.applications_close_at && now < *cohort.applications_close_at) {
    needed.push_back({std::string(kConfirmWindowOpen),
                      "The application window for " + cohorts::ShortName(cohort) + " is open until " +
                          core::FormatLongDateTime(zone.ToLocal(*cohort.applications_close_at)) +
                          "; other schools may still apply."});
  }
  // The site visit is how the program office checks what the application says.
  if (!site_visit_recorded) {
    std::string text = "No site visit to " + application.school_name + " is recorded";
    if (setup.site_visits_from && setup.site_visits_to) {
      text += "; site visits for " + cohorts::ShortName(cohort) + " take place " +
              DescribeDays(*setup.site_visits_from, *setup.site_visits_to);
    }
    needed.push_back({std::string(kConfirmNoSiteVisit), text + "."});
  }
  return needed;
}

core::Result<void> CheckConfirmed(const std::vector<Confirmation>& needed,
                                  const std::set<std::string, std::less<>>& confirmed) {
  for (const auto& item : needed) {
    if (confirmed.contains(item.field)) continue;
    return Fail(ErrorCode::kInvalidInput,
                "Nothing was recorded: confirm this first. " + item.text + " To go ahead, send \"" + item.field +
                    "\": \"yes\".",
                {}, item.field);
  }
  return {};
}

}  // namespace practica::applications
