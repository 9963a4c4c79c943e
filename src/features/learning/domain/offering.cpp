#include "features/learning/domain/offering.hpp"

#include <algorithm>

namespace practica::learning {

namespace {

core::Error Invalid(std::string message, std::string field) {
  return core::Error{core::ErrorCode::kInvalidInput, std::move(message), {}, std::move(field)};
}

}  // namespace

const std::vector<KindInfo>& Kinds() {
  static const std::vector<KindInfo> kinds{
      {Kind::kWelcomeWebinar, "welcome_webinar", "Virtual Welcome Webinar", Audience::kTeam,
       "One hour online for the teams of accepted schools."},
      {Kind::kOnboarding, "onboarding", "Onboarding", Audience::kTeam,
       "Face-to-face days for the school's three-member team."},
      {Kind::kFollowUp, "follow_up", "Follow-up Learning", Audience::kTeam,
       "Face-to-face days through the school year for the school's team."},
      {Kind::kIsteSuite, "iste_suite", "ISTE Standards Suite", Audience::kIndividual,
       "2+1: two consecutive days of content and lesson planning, a week to try the lesson in "
       "class, then a third day to reflect with a Critical Friends protocol."},
      {Kind::kTeacherLeaderNetwork, "teacher_leader_network", "Teacher Leader Network",
       Audience::kIndividual,
       "For teachers leading computational thinking and the K-12 Computer Science Framework."},
      {Kind::kTechPlanning, "tech_planning", "Instructional Technology Planning Cohort",
       Audience::kTeam,
       "Three days to write the school's instructional technology plan; a school picks one "
       "offering."},
  };
  return kinds;
}

const KindInfo& InfoOf(Kind kind) {
  for (const auto& info : Kinds()) {
    if (info.kind == kind) return info;
  }
  return Kinds().front();
}

core::Result<Kind> ParseKind(std::string_view code) {
  for (const auto& info : Kinds()) {
    if (info.code == code) return info.kind;
  }
  return std::unexpected(Invalid("\"" + std::string(code) +
                                     "\" is not a kind of learning session; use one of "
                                     "welcome_webinar, onboarding, follow_up, iste_suite, "
                                     "teacher_leader_network or tech_planning.",
                                 "kind"));
}

const Day* Offering::FindDay(int number) const {
  auto found = std::find_if(days.begin(), days.end(),
                            [number](const Day& day) { return day.number == number; });
  return found == days.end() ? nullptr : &*found;
}

core::Result<void> Validate(const Offering& offering) {
  if (offering.title.empty()) return std::unexpected(Invalid("Give the session a title.", "title"));
  if (offering.title.size() > 200) {
    return std::unexpected(Invalid("Keep the title under 200 characters.", "title"));
  }
  if (offering.days.empty()) {
    return std::unexpected(Invalid("Add the day the session takes place.", "days"));
  }
  for (std::size_t i = 0; i < offering.days.size(); ++i) {
    const auto& day = offering.days[i];
    if (day.ends_at <= day.starts_at) {
      return std::unexpected(Invalid(
          "Day " + std::to_string(day.number) + " must end after it starts.", "days"));
    }
    if (i > 0 && day.starts_at < offering.days[i - 1].ends_at) {
      return std::unexpected(Invalid("Day " + std::to_string(day.number) +
                                         " starts before the day before it ends; list the days "
                                         "in order.",
                                     "days"));
    }
  }
  if (offering.team_size < 1 || offering.team_size > 10) {
    return std::unexpected(Invalid("A team sends from 1 to 10 people.", "team_size"));
  }
  if (offering.capacity < offering.team_size || offering.capacity > 100000) {
    return std::unexpected(Invalid("The capacity must hold at least one team (" +
                                       std::to_string(offering.team_size) +
                                       " seats) and at most 100000 seats.",
                                   "capacity"));
  }
  if (offering.registration_closes_at <= 0 ||
      offering.registration_closes_at > offering.StartsAt()) {
    return std::unexpected(Invalid(
        "Registration must close before the first day begins.", "registration_closes_at"));
  }
  if (offering.location.empty() && offering.join_url.empty()) {
    return std::unexpected(Invalid("Give a place or a join link.", "location"));
  }
  if (!offering.join_url.empty() && !offering.join_url.starts_with("https://") &&
      !offering.join_url.starts_with("http://")) {
    return std::unexpected(Invalid("The join link must start with https://.", "join_url"));
  }
  return {};
}

}  // namespace practica::learning
