#include "features/techplans/routes/plan_json.hpp"

#include "features/techplans/routes/plan_files.hpp"

#include <algorithm>

#include "features/techplans/domain/diff.hpp"

namespace practica::techplans {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

namespace {

json::object ContentJson(const PlanContent& c) {
  json::array goals;
  for (std::size_t i = 0; i < c.goals.size(); ++i) {
    const auto& g = c.goals[i];
    goals.push_back(json::object{{"number", i + 1}, {"goal", g.goal}, {"strategies", g.strategies},
                                 {"indicators", g.indicators}, {"tools", g.tools}});
  }
  json::array sections;
  for (const auto& s : Sections(c)) {
    if (s.key.starts_with("goal_")) continue;
    sections.push_back(json::object{{"key", s.key}, {"title", s.title}, {"text", s.text}});
  }
  return json::object{{"vision", c.vision},
                      {"goals", std::move(goals)},
                      {"personalized_learning", c.personalized_learning},
                      {"digital_citizenship", c.digital_citizenship},
                      {"change_management", c.change_management},
                      {"responsible_use", c.responsible_use},
                      {"parent_acknowledgement", c.parent_acknowledgement},
                      {"social_media_educators", c.social_media_educators},
                      {"social_media_students", c.social_media_students},
                      {"sections", std::move(sections)}};
}

// The form's goal rows: the saved goals and one empty row to add another (up to the limit).
json::array GoalRows(const PlanContent* c) {
  json::array rows;
  const std::size_t saved = c ? c->goals.size() : 0;
  for (std::size_t i = 0; i < std::min(saved + 1, kMaxGoals); ++i) {
    const Goal g = i < saved ? c->goals[i] : Goal{};
    rows.push_back(json::object{{"n", i + 1}, {"goal", g.goal}, {"strategies", g.strategies},
                                {"indicators", g.indicators}, {"tools", g.tools}});
  }
  return rows;
}

std::string_view NoteLabel(std::string_view kind) {
  if (kind == "submitted") return "Submitted for review";
  if (kind == "returned") return "Returned with comments";
  if (kind == "approved") return "Approved";
  return "Coach's comment";
}

}  // namespace

std::string When(const features::Deps& deps, std::int64_t at) {
  return core::FormatLongDateTime(deps.tenant.zone.ToLocal(at));
}

core::Result<json::object> PlanJson(const features::Deps& deps, TechPlansStore& store, const Place& place) {
  auto plan = store.LoadPlan(place.cohort.id, place.school.id);
  if (!plan) return std::unexpected(plan.error());
  json::object out{{"cohort", json::object{{"slug", place.cohort.slug}, {"short_name", place.cohort.ShortName()},
                                            {"label", place.cohort.Label()}}},
                   {"school", json::object{{"slug", place.school.slug}, {"name", place.school.name}}},
                   {"base_url", place.base_url + "/technology-plan"},
                   {"certification_url", place.base_url + "/certification"}};
  const PlanContent* latest = nullptr;
  json::array versions;
  json::array history;
  if (*plan) {
    const auto& p = **plan;
    out["status"] = StatusCode(p.status);
    out["status_label"] = StatusLabel(p.status);
    out["illustrative"] = p.illustrative;
    for (const auto& v : p.versions) {
      versions.push_back(json::object{{"number", v.number}, {"saved_by", v.saved_by_name}, {"saved_at", When(deps, v.saved_at)},
                                      {"saved_at_utc", v.saved_at}});
    }
    for (const auto& n : p.notes) {
      history.push_back(json::object{{"version", n.version}, {"kind", n.kind}, {"label", NoteLabel(n.kind)},
                                     {"by", n.person_name}, {"body", n.body}, {"at", When(deps, n.at)}});
    }
    if (!p.versions.empty()) {
      latest = &p.versions.back().content;
      out["plan"] = ContentJson(*latest);
      out["version"] = p.versions.back().number;
      if (p.versions.size() >= 2) {
        out["compare_url"] = place.base_url + "/technology-plan/compare?from=" +
                             std::to_string(p.versions[p.versions.size() - 2].number) +
                             "&to=" + std::to_string(p.versions.back().number);
      }
    }
  } else {
    out["status"] = "none";
    out["status_label"] = "Not started";
    out["illustrative"] = false;
  }
  const auto status = *plan ? std::optional<PlanStatus>((*plan)->status) : std::nullopt;
  const bool open = !status || *status == PlanStatus::kDraft || *status == PlanStatus::kReturned;
  const bool team = place.reader.school_person;
  out["may_write"] = team && open;
  out["may_submit"] = team && open && latest != nullptr;
  out["may_comment"] = place.reader.coach && latest != nullptr;
  out["may_review"] = place.reader.district_staff && status == PlanStatus::kSubmitted;
  out["versions"] = versions;
  out["history"] = history;
  out["has_history"] = !history.empty();
  out["goal_rows"] = GoalRows(latest);
  if (auto files = AddFilesJson(deps, store, place, false, out); !files) return std::unexpected(files.error());
  return out;
}

core::Result<json::object> CompareJson(const features::Deps& deps, TechPlansStore& store, const Place& place, int from,
                                       int to) {
  auto plan = store.LoadPlan(place.cohort.id, place.school.id);
  if (!plan) return std::unexpected(plan.error());
  const auto find = [&](int number) -> const Version* {
    if (!*plan) return nullptr;
    for (const auto& v : (*plan)->versions) {
      if (v.number == number) return &v;
    }
    return nullptr;
  };
  const auto* before = find(from);
  const auto* after = find(to);
  if (before == nullptr || after == nullptr) {
    return Fail(ErrorCode::kNotFound, place.school.name + "'s technology plan has no version " +
                                          std::to_string(before == nullptr ? from : to) +
                                          "; its versions are listed on the plan's page.");
  }
  json::array sections;
  for (const auto& d : Compare(before->content, after->content)) {
    json::array lines;
    for (const auto& l : d.lines) {
      const char* change = l.change == LineChange::kAdded ? "added" : l.change == LineChange::kRemoved ? "removed" : "same";
      lines.push_back(json::object{{"change", change}, {"text", l.text},
                                   {"added", l.change == LineChange::kAdded},
                                   {"removed", l.change == LineChange::kRemoved}});
    }
    sections.push_back(json::object{{"key", d.key}, {"title", d.title}, {"changed", d.changed}, {"lines", lines}});
  }
  json::array versions;
  for (const auto& v : (*plan)->versions) {
    versions.push_back(json::object{{"number", v.number}, {"is_from", v.number == from}, {"is_to", v.number == to}});
  }
  return json::object{{"cohort", json::object{{"slug", place.cohort.slug}, {"short_name", place.cohort.ShortName()}}},
                      {"school", json::object{{"slug", place.school.slug}, {"name", place.school.name}}},
                      {"plan_url", place.base_url + "/technology-plan"},
                      {"from", json::object{{"number", from}, {"saved_by", before->saved_by_name}, {"saved_at", When(deps, before->saved_at)}}},
                      {"to", json::object{{"number", to}, {"saved_by", after->saved_by_name}, {"saved_at", When(deps, after->saved_at)}}},
                      {"versions", std::move(versions)},
                      {"sections", std::move(sections)}};
}

}  // namespace practica::techplans
