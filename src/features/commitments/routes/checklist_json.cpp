#include "features/commitments/routes/checklist_json.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "features/commitments/domain/grid.hpp"
#include "features/commitments/routes/item_json.hpp"

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

}  // namespace

std::string ChecklistUrl(const SchoolPlace& place) {
  return "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug + "/commitments";
}

json::object ItemJson(const Checklist& checklist, const SchoolCommitment& item) {
  return BuildItem(checklist, item, std::nullopt).object;
}

json::object ChecklistJson(const Checklist& c, const std::optional<FormProblem>& problem) {
  std::vector<BuiltItem> built;
  built.reserve(c.items.size());
  Progress school_progress;
  Progress district_progress;
  for (const auto& item : c.items) {
    built.push_back(BuildItem(c, item, problem));
    (built.back().district ? district_progress : school_progress).Add(built.back().standing);
  }
  // A coach starts from what needs attention: returned items (past due or not), late ones,
  // then those due soon.
  json::array groups;
  const bool coach_view = c.viewer.actor.school_coach;
  if (coach_view) {
    std::vector<BuiltItem*> urgent;
    for (auto& b : built) {
      if (NeedsAttention(b.status)) urgent.push_back(&b);
    }
    std::stable_sort(urgent.begin(), urgent.end(), [](const BuiltItem* a, const BuiltItem* b) {
      if (Urgency(a->status) != Urgency(b->status)) return Urgency(a->status) < Urgency(b->status);
      return a->due_at < b->due_at;
    });
    if (!urgent.empty()) {
      json::array items;
      for (auto* b : urgent) items.emplace_back(std::move(b->object));
      groups.emplace_back(json::object{{"code", "attention"},
                                       {"title", "Returned, late and due soon"},
                                       {"count", static_cast<std::int64_t>(urgent.size())},
                                       {"items", std::move(items)}});
    }
  }
  for (auto phase : AllPhases()) {
    json::array items;
    Progress progress;
    for (auto& b : built) {
      if (b.phase != phase) continue;
      progress.Add(b.standing);
      if (coach_view && NeedsAttention(b.status)) continue;
      items.emplace_back(std::move(b.object));  // each item lies in one group only
    }
    if (progress.total == 0) continue;
    groups.emplace_back(json::object{{"code", PhaseCode(phase)},
                                     {"title", PhaseTitle(phase)},
                                     {"group_progress", progress.Text()},
                                     {"count", static_cast<std::int64_t>(items.size())},
                                     {"items", std::move(items)}});
  }
  json::array coaches;
  for (const auto& name : c.coaches) coaches.emplace_back(name);
  json::object data{
      {"cohort", json::object{{"slug", c.place.cohort.slug},
                              {"short_name", c.place.cohort.ShortName()},
                              {"title", c.place.cohort.title},
                              {"url", "/cohorts/" + c.place.cohort.slug}}},
      {"school", json::object{{"slug", c.place.school.slug},
                              {"name", c.place.school.name},
                              {"local_district", c.place.school.local_district_name},
                              {"url", "/schools/" + c.place.school.slug}}},
      {"issued", !c.items.empty()},
      {"coaches", std::move(coaches)},
      {"coach_view", coach_view},
      {"progress", ProgressJson(school_progress)},
      {"district_progress", ProgressJson(district_progress)},
      {"groups", std::move(groups)},
      {"url", ChecklistUrl(c.place)},
      {"grid_url", "/cohorts/" + c.place.cohort.slug + "/commitments"},
      // Commitments 7, 8 and 17 are verified from the school's professional learning plan.
      {"pd_plan_url", "/cohorts/" + c.place.cohort.slug + "/schools/" + c.place.school.slug + "/pd-plan"},
  };
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  data["year_over"] = year_ends_at && c.now >= *year_ends_at;
  data["school_year_ends_on"] = c.calendar.school_year_ends_on
                                    ? json::value(core::FormatIsoDate(*c.calendar.school_year_ends_on))
                                    : json::value(nullptr);
  data["school_year_ends_text"] = c.calendar.school_year_ends_on
                                      ? core::FormatLongDate(*c.calendar.school_year_ends_on)
                                      : "";
  if (problem) {
    data["error"] = problem->message;
    data["error_code"] = problem->code;
  }
  return data;
}

}  // namespace practica::commitments
