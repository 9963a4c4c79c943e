#include "features/accounts/domain/home.hpp"

#include "core/text.hpp"

namespace practica::accounts {
namespace {

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
        if (!cohort.empty()) {
          if (grant.role != Role::kSpecialist) section.links.push_back({"Cohort setup", "/cohorts/" + cohort + "/setup"});
          section.links.push_back({"Applications", "/cohorts/" + cohort + "/applications"});
          section.links.push_back({"Participating schools", "/cohorts/" + cohort + "/participations"});
          section.links.push_back({"Commitments", "/cohorts/" + cohort + "/commitments"});
          section.links.push_back({"Session attendance", "/cohorts/" + cohort + "/learning"});
        }
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
          section.links.push_back({"Applications", "/cohorts/" + cohort + "/applications"});
          section.links.push_back({"Participating schools", "/cohorts/" + cohort + "/participations"});
        }
        break;
      case Role::kCoach:
        for (auto id : who.caseload_school_ids) {
          if (const auto* school = Find(schools, id)) {
            section.links.push_back({school->name, "/schools/" + school->slug});
          }
        }
        section.links.insert(section.links.begin(), HomeLink{"Your caseload", "/caseload"});
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
          }
        }
        break;
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

std::string SafeNext(std::string_view next) {
  return core::IsLocalPath(next) && next.size() > 1 ? std::string(next) : "/home";
}

}  // namespace practica::accounts
