#include "features/accounts/domain/home.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::accounts {
namespace {

std::string ToLowerFirst(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

const SchoolAddress* Find(const std::vector<SchoolAddress>& schools, std::int64_t id) {
  for (const auto& school : schools) {
    if (school.id == id) return &school;
  }
  return nullptr;
}

}  // namespace

std::vector<HomeSection> HomeSections(const auth::Principal& who, const core::LocalDate& today,
                                      const std::vector<SchoolAddress>& schools,
                                      const std::string& local_district_slug_of_grant,
                                      const std::string& cohort) {
  using auth::Role;
  std::vector<HomeSection> sections;
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    HomeSection section{std::string(auth::RoleLabel(grant.role)), grant.scope_label, {}};
    switch (grant.role) {
      case Role::kDirector:
      case Role::kCoordinator:
      case Role::kSpecialist:
        section.links = {{"People and roles", "/people"}, {"Audit log", "/audit"}};
        if (grant.role != Role::kSpecialist) {
          // The district's own lists, kept in step with its systems.
          section.links.push_back({"Import the school directory", "/schools/import"});
          section.links.push_back({"Import the staff roster", "/people/import"});
        }
        if (!cohort.empty()) {
          section.links.push_back({"Dashboard: every school at a glance", "/cohorts/" + cohort + "/dashboard"});
          section.links.push_back({"Progress reports", "/cohorts/" + cohort + "/reports"});
          if (grant.role != Role::kSpecialist) section.links.push_back({"Cohort setup", "/cohorts/" + cohort + "/setup"});
          section.links.push_back({"Applications", "/cohorts/" + cohort + "/applications"});
          section.links.push_back({"Participating schools", "/cohorts/" + cohort + "/participations"});
          section.links.push_back({"Commitments", "/cohorts/" + cohort + "/commitments"});
          section.links.push_back({"Session attendance", "/cohorts/" + cohort + "/learning"});
          section.links.push_back({"Technology plans and certifications", "/cohorts/" + cohort + "/certifications"});
        }
        section.links.push_back({"Coaching hours", "/coaching"});
        section.links.push_back({"Observation counts", "/coaching/counts"});
        section.links.push_back({"Feedback forms", "/surveys"});
        section.links.push_back({"Jobs and e-mail", "/jobs"});
        section.links.push_back({"Cohorts", "/"});
        break;
      case Role::kReviewer:
        if (!cohort.empty()) section.links = {{"Applications to review", "/cohorts/" + cohort + "/applications"}};
        section.links.push_back({"Cohorts", "/"});
        break;
      case Role::kInstructionalDirector:
        section.links = {{"Schools of the local district",
                          "/schools?local_district=" + local_district_slug_of_grant}};
        if (!cohort.empty()) {
          section.links.push_back({"Dashboard: your schools at a glance", "/cohorts/" + cohort + "/dashboard"});
          section.links.push_back({"Progress reports", "/cohorts/" + cohort + "/reports"});
          section.links.push_back({"Applications", "/cohorts/" + cohort + "/applications"});
          section.links.push_back({"Participating schools", "/cohorts/" + cohort + "/participations"});
          section.links.push_back({"Technology plans and certifications", "/cohorts/" + cohort + "/certifications"});
        }
        section.links.push_back({"Observation counts", "/coaching/counts"});
        break;
      case Role::kCoach:
        for (auto id : who.caseload_school_ids) {
          if (const auto* school = Find(schools, id)) {
            section.links.push_back({school->name, "/schools/" + school->slug});
          }
        }
        section.links.insert(section.links.begin(), HomeLink{"Your caseload", "/caseload"});
        section.links.push_back({"Learning sessions", "/learning"});
        section.links.push_back({"Coaching log", "/coaching"});
        section.links.push_back({"Coaching cycles", "/coaching/cycles"});
        section.links.push_back({"Observations", "/coaching/observations"});
        section.links.push_back({"Observation counts", "/coaching/counts"});
        section.links.push_back({"Feedback forms", "/surveys"});
        if (!cohort.empty()) {
          section.links.push_back({"Technology plans and certifications", "/cohorts/" + cohort + "/certifications"});
        }
        break;
      case Role::kPrincipal:
      case Role::kTeamMember:
      case Role::kTeacher:
        if (const auto* school = Find(schools, grant.scope_id)) {
          section.links = {{"School page", "/schools/" + school->slug},
                           {"Staff", "/schools/" + school->slug + "/staff"}};
          if (!cohort.empty()) {
            const std::string base = "/cohorts/" + cohort + "/schools/" + school->slug;
            if (grant.role != Role::kTeacher) section.links.push_back({"Application", base + "/application"});
            section.links.push_back({"Agreement and team", base + "/participation"});
            section.links.push_back({"Commitments", base + "/commitments"});
            if (grant.role != Role::kTeacher) {
              section.links.push_back({"Technology plan", base + "/technology-plan"});
              section.links.push_back({"Digital citizenship certification", base + "/certification"});
            }
          }
          // Sessions to register the team for, and a teacher's own ISTE suites and networks.
          section.links.push_back({"Learning sessions", "/learning"});
          // The coaching and observations that name the person; a principal also sees the
          // school's observation counts (never one teacher's record).
          section.links.push_back({"Coaching with you", "/coaching/mine"});
          if (grant.role == Role::kPrincipal) section.links.push_back({"Observation counts", "/coaching/counts"});
          // The feedback forms sent to the person, to answer (commitment 19).
          section.links.push_back({"Feedback forms", "/surveys"});
        }
        break;
    }
    // Two roles at one school (a teacher on its practitioner team) are one section with both
    // names and every link once, not the same list of links twice.
    auto same_place = std::find_if(sections.begin(), sections.end(), [&](const HomeSection& other) {
      return !section.scope.empty() && other.scope == section.scope && grant.scope == auth::ScopeKind::kSchool;
    });
    if (same_place != sections.end()) {
      same_place->role += " and " + ToLowerFirst(section.role);
      for (auto& link : section.links) {
        const bool known = std::any_of(same_place->links.begin(), same_place->links.end(),
                                       [&](const HomeLink& l) { return l.url == link.url; });
        if (!known) same_place->links.push_back(std::move(link));
      }
      continue;
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

std::string SafeNext(std::string_view next) {
  return core::IsLocalPath(next) && next.size() > 1 ? std::string(next) : "/home";
}

}  // namespace practica::accounts
