#include "features/commitments/routes/home_tasks.hpp"

#include <algorithm>
#include <map>

#include "core/plural.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/grid.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/work_counts.hpp"

namespace practica::commitments {
namespace {

// The school's principal or a member of its practitioner team: those to whom work comes back.
bool HoldsAt(const auth::Principal& who, std::int64_t school_id, const core::LocalDate& today) {
  return features::HoldsAt(who, auth::Role::kPrincipal, auth::ScopeKind::kSchool, school_id, today) ||
         features::HoldsAt(who, auth::Role::kTeamMember, auth::ScopeKind::kSchool, school_id, today);
}

bool InCaseload(const auth::Principal& who, std::int64_t school_id) {
  return std::ranges::find(who.caseload_school_ids, school_id) != who.caseload_school_ids.end();
}

// The schools whose late work this person answers for, when not district-wide: their own
// schools, their caseload, their local district's schools.
SchoolScope AnswersFor(const features::HomeContext& context) {
  using auth::Role;
  using auth::ScopeKind;
  SchoolScope scope;
  for (const auto& grant : context.who.grants) {
    if (!grant.ActiveOn(context.today)) continue;
    if (grant.scope == ScopeKind::kSchool && (grant.role == Role::kPrincipal || grant.role == Role::kTeamMember)) {
      scope.school_ids.push_back(grant.scope_id);
    }
    if (grant.scope == ScopeKind::kLocalDistrict && grant.role == Role::kInstructionalDirector) {
      scope.local_district_ids.push_back(grant.scope_id);
    }
  }
  if (features::Holds(context.who, Role::kCoach, context.today)) {
    scope.school_ids.insert(scope.school_ids.end(), context.who.caseload_school_ids.begin(),
                            context.who.caseload_school_ids.end());
  }
  return scope;
}

// Late and due-soon commitments in the cohorts still running, told to whoever answers for
// them: staff count the schools behind, an instructional director their own schools behind, a
// coach the items of the caseload, a principal and the team their school's items. A finished
// year is history (cohorts::SchoolYearOver) and asks nothing of anyone.
core::Result<void> AddLateWork(features::HomeContext& context, bool staff, std::vector<features::HomeTask>& tasks) {
  std::optional<SchoolScope> scope;
  if (!staff) {
    scope = AnswersFor(context);
    if (scope->CoversNothing()) return {};
  }
  auto cohorts = IssuedCohorts(context.connection, context.district_id);
  if (!cohorts) return std::unexpected(cohorts.error());
  CommitmentsStore store(context.connection, context.district_id);
  const auto& who = context.who;
  const bool coach = features::Holds(who, auth::Role::kCoach, context.today);
  for (const auto& cohort : *cohorts) {
    if (cohorts::SchoolYearOver(cohort.school_year, context.today)) continue;
    auto calendar = store.LoadCalendar(cohort.id);
    if (!calendar) return std::unexpected(calendar.error());
    const std::string name = "PS " + cohort.number;
    const std::string grid = "/cohorts/" + cohort.slug + "/commitments";
    GridTally tally({});
    std::int64_t schools_behind = 0, own_schools_behind = 0, caseload_late = 0, caseload_due_soon = 0;
    std::vector<features::HomeTask> school_tasks;
    auto read = store.ForEachSchool(
        cohort.id, GridFilter{"", scope}, [&](const GridSchool& school, const std::vector<SchoolCommitment>& items) {
          const auto row = tally.Add(school, items, *calendar, context.zone, context.now);
          if (row.late > 0) ++schools_behind;
          if (row.late > 0 && std::ranges::any_of(who.grants, [&](const auth::Grant& g) {
                return g.role == auth::Role::kInstructionalDirector && g.scope == auth::ScopeKind::kLocalDistrict &&
                       g.scope_id == school.local_district_id && g.ActiveOn(context.today);
              })) {
            ++own_schools_behind;
          }
          if (coach && InCaseload(who, school.id)) {
            caseload_late += row.late;
            caseload_due_soon += row.due_soon;
          }
          if (!HoldsAt(who, school.id, context.today)) return;
          const std::string checklist = "/cohorts/" + cohort.slug + "/schools/" + school.slug + "/commitments";
          if (row.late > 0) {
            school_tasks.push_back({core::Counted(row.late, "commitment", "commitments") + " late at " + school.name +
                                        " (" + name + ")",
                                    row.late, checklist, true});
          }
          if (row.due_soon > 0) {
            school_tasks.push_back({core::Counted(row.due_soon, "commitment", "commitments") + " due in the next " +
                                        std::to_string(kDueSoonDays) + " days at " + school.name + " (" + name + ")",
                                    row.due_soon, checklist, false});
          }
        });
    if (!read) return std::unexpected(read.error());
    if (staff && schools_behind > 0) {
      tasks.push_back({core::Counted(schools_behind, "school", "schools") + " with late commitments in " + name,
                       schools_behind, grid, true});
    } else if (own_schools_behind > 0) {
      tasks.push_back({core::Counted(own_schools_behind, "school", "schools") +
                           " of your local district with late commitments in " + name,
                       own_schools_behind, grid, true});
    }
    if (caseload_late > 0) {
      tasks.push_back({core::Counted(caseload_late, "late commitment", "late commitments") +
                           " at the schools you coach in " + name,
                       caseload_late, "/caseload", true});
    }
    if (caseload_due_soon > 0) {
      tasks.push_back({core::Counted(caseload_due_soon, "commitment", "commitments") + " due in the next " +
                           std::to_string(kDueSoonDays) + " days at the schools you coach in " + name,
                       caseload_due_soon, "/caseload", false});
    }
    tasks.insert(tasks.end(), school_tasks.begin(), school_tasks.end());
  }
  return {};
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  const auto& who = context.who;
  std::vector<features::HomeTask> tasks;
  const std::string today = core::FormatIsoDate(context.today);
  const bool staff = features::Holds(who, Role::kDirector, context.today) ||
                     features::Holds(who, Role::kCoordinator, context.today) ||
                     features::Holds(who, Role::kSpecialist, context.today);
  const bool coach = features::Holds(who, Role::kCoach, context.today);
  if (staff || coach) {
    auto waiting = LatestEventCounts(context.connection, context.district_id, "submitted", context.now, today);
    if (!waiting) return std::unexpected(waiting.error());
    std::map<std::pair<std::string, std::string>, std::int64_t> per_cohort;  // (number, slug) -> count
    for (const auto& row : *waiting) {
      if (cohorts::SchoolYearOver(row.school_year, context.today)) continue;
      const bool mine = std::ranges::find(who.caseload_school_ids, row.school_id) != who.caseload_school_ids.end();
      if (staff || mine) per_cohort[{row.cohort_number, row.cohort_slug}] += row.count;
    }
    for (auto it = per_cohort.rbegin(); it != per_cohort.rend(); ++it) {
      const auto& [key, count] = *it;
      tasks.push_back({core::Counted(count, "piece", "pieces") + " of evidence to verify in PS " + key.first, count,
                       staff ? "/cohorts/" + key.second + "/commitments" : "/caseload", false});
    }
  }
  auto returned = LatestEventCounts(context.connection, context.district_id, "returned", context.now, today);
  if (!returned) return std::unexpected(returned.error());
  for (const auto& row : *returned) {
    if (cohorts::SchoolYearOver(row.school_year, context.today) || !HoldsAt(who, row.school_id, context.today)) continue;
    tasks.push_back({core::Counted(row.count, "commitment", "commitments") + " returned with the coach's note (PS " +
                         row.cohort_number + ")",
                     row.count, "/cohorts/" + row.cohort_slug + "/schools/" + row.school_slug + "/commitments", true});
  }
  if (auto late = AddLateWork(context, staff, tasks); !late) return std::unexpected(late.error());
  return tasks;
}

}  // namespace practica::commitments
