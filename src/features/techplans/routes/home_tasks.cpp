#include "features/techplans/routes/home_tasks.hpp"

#include <map>

#include "core/plural.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {
namespace {

using auth::Role;
using Standing = TechPlansStore::Standing;

bool Staff(const features::HomeContext& c) {
  for (auto role : {Role::kDirector, Role::kCoordinator, Role::kSpecialist}) {
    if (features::Holds(c.who, role, c.today)) return true;
  }
  return false;
}

std::string Base(const Standing& s) { return "/cohorts/" + s.cohort_slug + "/schools/" + s.school_slug; }

// The team's own lines: the plan not yet approved, the certification not yet verified.
void TeamTasks(const Standing& s, std::vector<features::HomeTask>& tasks) {
  const std::string where = s.school_name + " (PS " + s.cohort_number + ")";
  if (s.plan == PlanStatus::kReturned) {
    tasks.push_back({"Technology plan returned with comments at " + where, 1, Base(s) + "/technology-plan", true});
  } else if (!s.plan || s.plan == PlanStatus::kDraft) {
    tasks.push_back({"Technology plan to write and submit at " + where, 1, Base(s) + "/technology-plan", false});
  }
  if (!s.verified && s.certification != CertStatus::kCertified) {
    tasks.push_back({"Digital citizenship certification to record at " + where, 1, Base(s) + "/certification", false});
  }
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  std::vector<std::int64_t> own;
  for (const auto& grant : context.who.grants) {
    if (grant.ActiveOn(context.today) && grant.scope == auth::ScopeKind::kSchool &&
        (grant.role == Role::kPrincipal || grant.role == Role::kTeamMember)) {
      own.push_back(grant.scope_id);
    }
  }
  const bool coach = features::Holds(context.who, Role::kCoach, context.today);
  const bool staff = Staff(context);
  TechPlansStore store(context.connection, context.district_id);
  auto rows = store.Standings(own, false);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& s : *rows) {
    if (!cohorts::SchoolYearOver(s.school_year, context.today)) TeamTasks(s, tasks);
  }
  if (!coach && !staff) return tasks;
  auto every = coach && !staff ? store.Standings(context.who.caseload_school_ids, false) : store.Standings({}, true);
  if (!every) return std::unexpected(every.error());
  // Per cohort: plans waiting for review (staff) or for the coach's reading, certifications to verify.
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_cohort;
  for (const auto& s : *every) {
    if (cohorts::SchoolYearOver(s.school_year, context.today)) continue;
    auto& [plans, certs] = by_cohort[s.cohort_slug + "|" + s.cohort_number];
    if (s.plan == PlanStatus::kSubmitted) ++plans;
    if (staff && s.certification == CertStatus::kCertified && !s.verified) ++certs;
  }
  for (const auto& [key, counts] : by_cohort) {
    const auto bar = key.find('|');
    const std::string url = "/cohorts/" + key.substr(0, bar) + "/certifications";
    const std::string cohort = "PS " + key.substr(bar + 1);
    if (counts.first > 0) {
      tasks.push_back({core::Counted(counts.first, "technology plan", "technology plans") +
                           (staff ? " to review in " : " submitted for review in ") + cohort,
                       counts.first, url, false});
    }
    if (counts.second > 0) {
      tasks.push_back({core::Counted(counts.second, "certification", "certifications") + " to verify in " + cohort,
                       counts.second, url, false});
    }
  }
  return tasks;
}

}  // namespace practica::techplans
