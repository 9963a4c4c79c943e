#include "features/challenges/routes/home_tasks.hpp"

#include <map>

#include "core/plural.hpp"
#include "features/challenges/store/challenges_store.hpp"
#include "features/cohorts/domain/cohort.hpp"

namespace practica::challenges {
namespace {

// The schools whose steps the person answers for: their own as principal or team member, and
// their caseload as coach.
std::vector<std::int64_t> AnswersFor(const features::HomeContext& context) {
  using auth::Role;
  std::vector<std::int64_t> ids;
  for (const auto& grant : context.who.grants) {
    if (grant.ActiveOn(context.today) && grant.scope == auth::ScopeKind::kSchool &&
        (grant.role == Role::kPrincipal || grant.role == Role::kTeamMember)) {
      ids.push_back(grant.scope_id);
    }
  }
  if (features::Holds(context.who, Role::kCoach, context.today)) {
    ids.insert(ids.end(), context.who.caseload_school_ids.begin(), context.who.caseload_school_ids.end());
  }
  return ids;
}

struct Tally {
  std::string label;
  std::string url;
  std::int64_t late = 0;
  std::int64_t due_soon = 0;
};

// The lesson rounds the person presents or facilitates on a 2+1 offering's third day still to come.
core::Result<void> AddLessonRounds(features::HomeContext& context, std::vector<features::HomeTask>& tasks) {
  auto store = ChallengesStore(context.connection, context.district_id).LessonRounds();
  auto rounds = store.OpenFor(context.who.person_id);
  if (!rounds) return std::unexpected(rounds.error());
  for (const auto& round : *rounds) {
    auto offering = store.OfferingById(round.offering_id);
    if (!offering) return std::unexpected(offering.error());
    if (!*offering || (*offering)->rules.cancelled || !(*offering)->lesson_day_starts_at) continue;
    const auto day = context.zone.ToLocal(*(*offering)->lesson_day_starts_at).date;
    if (day < context.today) continue;
    const bool presents = round.presenter_id == context.who.person_id;
    tasks.push_back({(presents ? "You present \"" + round.lesson_title + "\"" : "You facilitate " + round.presenter_name + "'s lesson round") +
                         " on " + core::FormatLongDate(day) + " (" + (*offering)->rules.title + ")",
                     1, "/lesson-rounds/" + std::to_string(round.id), false});
  }
  return {};
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  if (auto lessons = AddLessonRounds(context, tasks); !lessons) return std::unexpected(lessons.error());
  const auto schools = AnswersFor(context);
  if (schools.empty()) return tasks;
  auto open = ChallengesStore(context.connection, context.district_id).OpenSteps(schools);
  if (!open) return std::unexpected(open.error());
  std::map<std::string, Tally> by_school;
  for (const auto& o : *open) {
    // A finished school year is history: its steps ask nothing of anyone any more.
    if (cohorts::SchoolYearOver(o.school_year, context.today)) continue;
    auto& tally = by_school[o.cohort_slug + "/" + o.school_slug];
    tally.label = o.school_name + " (PS " + o.cohort_number + ")";
    tally.url = "/cohorts/" + o.cohort_slug + "/schools/" + o.school_slug + "/challenge#steps";
    const auto timing = TimingOf(o.step, context.today);
    if (timing == Timing::kLate) ++tally.late;
    if (timing == Timing::kDueSoon) ++tally.due_soon;
  }
  for (const auto& [key, tally] : by_school) {
    if (tally.late > 0) {
      tasks.push_back({core::Counted(tally.late, "design-challenge step", "design-challenge steps") + " late at " +
                           tally.label,
                       tally.late, tally.url, true});
    }
    if (tally.due_soon > 0) {
      tasks.push_back({core::Counted(tally.due_soon, "design-challenge step", "design-challenge steps") +
                           " due in the next 14 days at " + tally.label,
                       tally.due_soon, tally.url, false});
    }
  }
  return tasks;
}

}  // namespace practica::challenges
