#include "features/commitments/routes/checklist_model.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "features/commitments/domain/grid.hpp"

namespace practica::commitments {
namespace json = boost::json;

namespace {

bool NeedsAttention(Status status) {
  return status == Status::kReturned || status == Status::kLate || status == Status::kDueSoon;
}

json::object ProgressJson(const Progress& progress) {
  return json::object{{"verified", progress.verified}, {"total", progress.total},
                      {"late", progress.late}, {"due_soon", progress.due_soon},
                      {"has_late", progress.late > 0}, {"has_due_soon", progress.due_soon > 0},
                      {"text", progress.Text()}};
}

// A coach starts from what needs attention: returned items (past due or not), late ones, then
// those due soon.
std::vector<std::size_t> Urgent(const std::vector<ItemFacts>& items) {
  std::vector<std::size_t> urgent;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (NeedsAttention(items[i].status())) urgent.push_back(i);
  }
  std::stable_sort(urgent.begin(), urgent.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = items[a];
    const auto& y = items[b];
    if (Urgency(x.status()) != Urgency(y.status())) return Urgency(x.status()) < Urgency(y.status());
    return x.due_at < y.due_at;
  });
  return urgent;
}

std::vector<ChecklistGroup> Groups(const std::vector<ItemFacts>& items, bool coach_view) {
  std::vector<ChecklistGroup> groups;
  if (coach_view) {
    auto urgent = Urgent(items);
    if (!urgent.empty()) {
      groups.push_back(ChecklistGroup{json::object{{"code", "attention"},
                                                   {"title", "Returned, late and due soon"},
                                                   {"count", static_cast<std::int64_t>(urgent.size())},
                                                   {"items", nullptr}},
                                      std::move(urgent)});
    }
  }
  for (auto phase : AllPhases()) {
    std::vector<std::size_t> in_phase;
    Progress progress;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].commitment().phase != phase) continue;
      progress.Add(items[i].standing);
      if (coach_view && NeedsAttention(items[i].status())) continue;  // shown above
      in_phase.push_back(i);
    }
    if (progress.total == 0) continue;
    groups.push_back(ChecklistGroup{json::object{{"code", PhaseCode(phase)},
                                                 {"title", PhaseTitle(phase)},
                                                 {"group_progress", progress.Text()},
                                                 {"count", static_cast<std::int64_t>(in_phase.size())},
                                                 {"items", nullptr}},
                                    std::move(in_phase)});
  }
  return groups;
}

}  // namespace

std::string ChecklistUrl(const SchoolPlace& place) {
  return "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug + "/commitments";
}

ChecklistModel ModelOf(const Checklist& c, const std::optional<FormProblem>& problem) {
  ChecklistModel model;
  model.items.reserve(c.items.size());
  Progress school_progress;
  Progress district_progress;
  for (const auto& item : c.items) {
    model.items.push_back(FactsOf(c, item, problem));
    const auto& facts = model.items.back();
    (facts.district ? district_progress : school_progress).Add(facts.standing);
  }
  const bool coach_view = c.viewer.actor.school_coach;
  model.groups = Groups(model.items, coach_view);
  json::array coaches;
  for (const auto& name : c.coaches) coaches.emplace_back(name);
  const auto& cohort = c.place.cohort;
  const auto& school = c.place.school;
  json::object& page = model.page;
  page = json::object{
      {"cohort", json::object{{"slug", cohort.slug},
                              {"short_name", cohort.ShortName()},
                              {"title", cohort.title},
                              {"url", "/cohorts/" + cohort.slug}}},
      {"school", json::object{{"slug", school.slug},
                              {"name", school.name},
                              {"local_district", school.local_district_name},
                              {"url", "/schools/" + school.slug}}},
      {"issued", !c.items.empty()},
      {"coaches", std::move(coaches)},
      {"coach_view", coach_view},
      {"progress", ProgressJson(school_progress)},
      {"district_progress", ProgressJson(district_progress)},
      {"groups", nullptr},
      {"url", ChecklistUrl(c.place)},
      {"grid_url", "/cohorts/" + cohort.slug + "/commitments"},
      // Commitments 7, 8 and 17 are verified from the school's professional learning plan.
      {"pd_plan_url", "/cohorts/" + cohort.slug + "/schools/" + school.slug + "/pd-plan"},
  };
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  page["year_over"] = year_ends_at && c.now >= *year_ends_at;
  const auto& ends_on = c.calendar.school_year_ends_on;
  page["school_year_ends_on"] = ends_on ? json::value(core::FormatIsoDate(*ends_on)) : json::value(nullptr);
  page["school_year_ends_text"] = ends_on ? core::FormatLongDate(*ends_on) : "";
  if (problem) {
    page["error"] = problem->message;
    page["error_code"] = problem->code;
  }
  return model;
}

}  // namespace practica::commitments
