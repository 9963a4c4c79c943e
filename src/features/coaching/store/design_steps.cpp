// What the log reads of the challenges room: each school's action steps, through the view it
// publishes (published_challenge_steps), as focuses to choose and as the words of a focus chosen.
#include <set>

#include "db/clause.hpp"
#include "features/coaching/store/coaching_store.hpp"

namespace practica::coaching {
namespace {

constexpr std::string_view kStepsSelect =
    "SELECT t.id, t.school_id, t.number, co.number, t.what FROM published_challenge_steps t"
    " JOIN published_cohorts co ON co.district_id = t.district_id AND co.id = t.cohort_id";

DesignStep StepOf(const db::Row& row) {
  return DesignStep{row.Int(0), row.Int(1), static_cast<int>(row.Int(2)), row.String(3), row.String(4)};
}

}  // namespace

core::Result<std::vector<DesignStep>> CoachingStore::DesignSteps(const std::vector<std::int64_t>& school_ids) {
  std::vector<DesignStep> steps;
  if (school_ids.empty()) return steps;
  db::Params params{district_id_};
  const auto list = db::IdPlaceholders(school_ids, params);
  auto done = db_.Execute(std::string(kStepsSelect) + " WHERE t.district_id = $1 AND t.school_id IN (" + list +
                              ") ORDER BY t.school_id, co.school_year DESC, t.number",
                          params, [&](const db::Row& row) { steps.push_back(StepOf(row)); });
  if (!done) return std::unexpected(done.error());
  return steps;
}

core::Result<void> CoachingStore::LabelFocuses(std::vector<Entry>& entries) {
  std::set<std::int64_t> wanted;
  for (auto& e : entries) {
    if (auto step = StepOfFocus(e.focus)) {
      wanted.insert(*step);
    } else {
      e.focus_label = FocusLabel(e.focus).value_or(e.focus);
    }
  }
  if (wanted.empty()) return {};
  db::Params params{district_id_};
  const auto list = db::IdPlaceholders(std::vector<std::int64_t>(wanted.begin(), wanted.end()), params);
  std::map<std::int64_t, std::string> labels;
  auto done = db_.Execute(std::string(kStepsSelect) + " WHERE t.district_id = $1 AND t.id IN (" + list + ")",
                          params, [&](const db::Row& row) {
                            auto step = StepOf(row);
                            labels[step.id] = step.Label();
                          });
  if (!done) return std::unexpected(done.error());
  for (auto& e : entries) {
    auto step = StepOfFocus(e.focus);
    if (!step) continue;
    auto found = labels.find(*step);
    // A step the team has since removed still names what the entry was about, if not its words.
    e.focus_label = found != labels.end() ? found->second : "A step of the school's design challenge";
  }
  return {};
}

}  // namespace practica::coaching
