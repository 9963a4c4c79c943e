// The cohort's gallery: every school's "How might we" side by side with its stage.
#include <boost/json/array.hpp>

#include <algorithm>

#include "core/plural.hpp"
#include "features/challenges/domain/similar.hpp"
#include "features/challenges/routes/challenge_json.hpp"

namespace practica::challenges {
namespace json = boost::json;

namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

// Whether the person sees this school's row, and its draft.
bool SeesRow(const CohortView& view, const GalleryRow& row) {
  return view.everything || Contains(view.local_district_ids, row.school.local_district_id);
}

bool SeesDraft(const CohortView& view, const GalleryRow& row, bool staff) {
  return staff || Contains(view.own_school_ids, row.school.id) ||
         Contains(view.local_district_ids, row.school.local_district_id);
}

}  // namespace

core::Result<json::object> GalleryJson(const features::Deps&, ChallengesStore& store, const CohortView& view,
                                       const std::string& query) {
  auto rows = store.Gallery(view.cohort.id);
  if (!rows) return std::unexpected(rows.error());
  // District staff see every draft: "everything" without a school of their own in the cohort.
  const bool staff = view.everything && view.own_school_ids.empty();
  std::vector<Targeting> shared_targets;
  for (const auto& row : *rows) {
    if (row.shared) shared_targets.push_back(Targeting{row.school.id, row.indicators});
  }
  json::array schools;
  int with_statement = 0;
  for (const auto& row : *rows) {
    if (!SeesRow(view, row)) continue;
    const bool visible = row.shared || SeesDraft(view, row, staff);
    const std::string statement = visible ? row.statement : "";
    std::string indicators;
    for (const auto& code : row.indicators) indicators += (indicators.empty() ? "" : ", ") + code;
    if (!query.empty() && !MatchesQuery(row.school.name + " " + statement + " " + (visible ? indicators : ""), query)) {
      continue;
    }
    const Stage stage = visible ? StageOf(row.progress) : Stage{};
    json::array similar;
    if (visible) {
      for (const auto& s : SimilarTo(Targeting{row.school.id, row.indicators}, shared_targets)) {
        auto other = std::ranges::find(*rows, s.school_id, [](const GalleryRow& r) { return r.school.id; });
        similar.push_back(json::object{{"school", other->school.name}, {"school_slug", other->school.slug},
                                       {"shared_count", static_cast<std::int64_t>(s.shared.size())}});
        if (similar.size() == 3) break;
      }
    }
    if (!statement.empty()) ++with_statement;
    schools.push_back(json::object{
        {"school", row.school.name},
        {"school_slug", row.school.slug},
        {"url", "/cohorts/" + view.cohort.slug + "/schools/" + row.school.slug + "/challenge"},
        {"statement", statement},
        {"has_statement", !statement.empty()},
        {"indicators", visible ? indicators : ""},
        {"shared", row.shared},
        {"draft", visible && !row.shared && row.challenge_id != 0},
        {"illustrative", visible && row.illustrative},
        {"stage", stage.Label()},
        {"stage_code", StageCode(stage.kind)},
        {"has_similar", !similar.empty()},
        {"similar", std::move(similar)}});
  }
  return json::object{{"cohort", json::object{{"slug", view.cohort.slug}, {"short_name", view.cohort.ShortName()},
                                              {"label", view.cohort.Label()}}},
                      {"query", query},
                      {"count", static_cast<std::int64_t>(schools.size())},
                      {"with_statement", with_statement},
                      {"count_text", core::Counted(static_cast<std::int64_t>(schools.size()), "school", "schools") +
                                         ", " + std::to_string(with_statement) + " with a statement"},
                      {"has_schools", !schools.empty()},
                      {"schools", std::move(schools)}};
}

}  // namespace practica::challenges
