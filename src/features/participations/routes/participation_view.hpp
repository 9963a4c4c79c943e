// One participation with everything its page, the lists and the API show, loaded on one
// connection (a change loads it inside its transaction), and its JSON shape.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "features/kit/deps.hpp"
#include "features/participations/domain/finished_year.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::participations {

struct ParticipationView {
  Listed listed;
  std::optional<AgreementVersion> agreement;
  Leadership leaders;
  std::vector<Signature> signatures;
  AgreementStatus status;
  std::vector<TeamMember> team;
  Details details;
  std::optional<CoachAssignment> coach;
  std::vector<CoachAssignment> coach_history;
  std::vector<std::string> missing;  // empty once the school year is over: nothing more is asked
  bool year_over = false;             // the cohort's school year has ended: the page is history

  ParticipationName Name() const { return {listed.school.name, listed.cohort.ShortName()}; }
  std::optional<int> CurrentVersion() const {
    return agreement ? std::optional<int>{agreement->version} : std::nullopt;
  }
  // "ps-3-0/hope-street-es": how the audit log names the participation.
  std::string RecordId() const { return listed.cohort.slug + "/" + listed.school.slug; }
  std::string Path() const {
    return "/cohorts/" + listed.cohort.slug + "/schools/" + listed.school.slug + "/participation";
  }
};

// kNotFound naming the cohort or the school when either is unknown, and "Hope Street ES is not
// part of PS 3.0; …" when the cohort's roster does not list the school.
[[nodiscard]] core::Result<ParticipationView> LoadParticipation(db::Connection& db, const features::Deps& deps,
                                                                std::string_view cohort_slug,
                                                                std::string_view school_slug);
[[nodiscard]] core::Result<ParticipationView> LoadListed(db::Connection& db, const features::Deps& deps,
                                                         const Listed& listed);
// Each of the rows, in their order, loaded a cohort at a time: seven statements per cohort
// however many schools it has (a coach's caseload of 30 rows asked 212 when each row loaded
// itself).
[[nodiscard]] core::Result<std::vector<ParticipationView>> LoadListedAll(db::Connection& db,
                                                                         const features::Deps& deps,
                                                                         const std::vector<Listed>& listed);
// kNotFound naming the slug when there is no such cohort.
[[nodiscard]] core::Result<CohortRef> FindCohort(db::Connection& db, const features::Deps& deps,
                                                 std::string_view slug);

boost::json::object PersonJson(const PersonRef& person);
// The whole participation: the API's answer and the page's view model.
boost::json::object ParticipationJson(const ParticipationView& view, const core::TimeZone& zone);
// A row of the cohort overview or the caseload: state, missing, team, coach.
boost::json::object SummaryJson(const ParticipationView& view, const core::TimeZone& zone);

}  // namespace practica::participations
