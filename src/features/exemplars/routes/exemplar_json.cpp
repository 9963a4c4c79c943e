#include "features/exemplars/routes/exemplar_json.hpp"

#include <boost/json/array.hpp>

#include "core/time_zone.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/kit/paragraphs.hpp"
#include "features/kit/uploads.hpp"

namespace practica::exemplars {
namespace json = boost::json;

std::string NameOf(const Names& names, const std::string& kind, const std::string& code) {
  const auto it = names.find(kind + ":" + code);
  return it != names.end() ? it->second : code;
}

namespace {

json::array Terms(const Names& names, const std::string& kind, const std::vector<std::string>& codes) {
  json::array out;
  for (const auto& code : codes) out.emplace_back(json::object{{"code", code}, {"name", NameOf(names, kind, code)}});
  return out;
}

json::object ReviewJson(const ReviewRecord& review, bool mine, const std::vector<Criterion>& criteria) {
  json::array scores;
  for (const auto& [code, score] : review.scores) {
    std::string name = code;
    for (const auto& c : criteria) {
      if (c.code == code) name = c.name;
    }
    scores.emplace_back(json::object{{"criterion", code}, {"name", name}, {"score", score}});
  }
  json::object out{{"id", review.id},
                   {"round", review.round},
                   {"version", review.version},
                   {"reviewer", review.reviewer.name},
                   {"mine", mine},
                   {"decided", review.decision.has_value()},
                   {"comment", review.comment},
                   {"scores", review.decision ? std::move(scores) : json::array{}}};
  if (review.decision) {
    out["decision"] = std::string(DecisionCode(*review.decision));
    out["decision_label"] = std::string(DecisionLabel(*review.decision));
  }
  return out;
}

}  // namespace

json::object LineJson(const ExemplarLine& line, const Names& names, const std::vector<std::string>& terms) {
  return json::object{{"id", line.id},
                      {"url", "/exemplars/" + std::to_string(line.id)},
                      {"title", line.title},
                      {"summary", line.summary},
                      {"title_html", Highlight(line.title, terms)},
                      {"summary_html", Highlight(line.summary, terms)},
                      {"school", line.school_name},
                      {"cohort", line.cohort_name},
                      {"grade_band", line.grade_band},
                      {"subject", NameOf(names, "subject", line.subject)},
                      {"samr", NameOf(names, "samr", line.samr)},
                      {"status", std::string(StatusCode(line.status))},
                      {"status_label", std::string(StatusLabel(line.status))},
                      {"illustrative", line.illustrative}};
}

json::object ExemplarJson(const Found& found, const Names& names, const std::vector<Criterion>& criteria) {
  const auto& r = found.record;
  const auto& p = r.package;
  const auto& v = found.viewer;
  json::array artifacts;
  for (const auto& a : r.artifacts) {
    const bool shown = ArtifactPublic(r.status, a);
    if (!shown && !v.Insider()) continue;
    artifacts.emplace_back(json::object{
        {"id", a.id},
        {"exemplar_id", r.id},
        {"file_name", a.file_name},
        {"size", features::DescribeSize(static_cast<std::size_t>(a.size_bytes))},
        {"url", "/exemplars/" + std::to_string(r.id) + "/artifacts/" + std::to_string(a.id)},
        {"consented", a.Consented()},
        {"withdrawn", a.withdrawn_at.has_value()},
        {"consent_note", v.Insider() ? a.consent_note : std::string()},
        {"public", shown}});
  }
  const auto indicators_of = [&](const std::vector<std::string>& codes) {
    json::array out;
    for (const auto& code : codes) out.emplace_back(json::object{{"code", code}, {"text", NameOf(names, "indicator", code)}});
    return out;
  };
  json::array indicators = indicators_of(p.indicators);
  json::object out{{"id", r.id},
                   {"title", p.title},
                   {"summary", p.summary},
                   {"status", std::string(StatusCode(r.status))},
                   {"status_label", std::string(StatusLabel(r.status))},
                   {"published", Public(r.status)},
                   {"retired_reason", r.retired_reason},
                   {"illustrative", r.illustrative},
                   {"school", json::object{{"slug", r.school.slug}, {"name", r.school.name},
                                           {"local_district", r.school.local_district_name}}},
                   {"cohort", json::object{{"slug", r.cohort.slug}, {"name", r.cohort.ShortName()},
                                           {"title", r.cohort.title}}},
                   {"grade_band", json::object{{"code", p.grade_band}, {"name", NameOf(names, "grade_band", p.grade_band)}}},
                   {"subject", json::object{{"code", p.subject}, {"name", NameOf(names, "subject", p.subject)}}},
                   {"samr", json::object{{"code", p.samr}, {"name", NameOf(names, "samr", p.samr)}}},
                   {"indicators", std::move(indicators)},
                   {"cs_concepts", Terms(names, "cs_concept", p.cs_concepts)},
                   {"cs_practices", Terms(names, "cs_practice", p.cs_practices)},
                   {"tools", p.tools},
                   {"lesson_plan", p.lesson_plan},
                   {"lesson_plan_paragraphs", features::Paragraphs(p.lesson_plan)},
                   {"licence", json::object{{"code", p.licence}, {"name", LicenceName(p.licence)}}},
                   {"educator_indicators", indicators_of(p.educator_indicators)},
                   {"leader_indicators", indicators_of(p.leader_indicators)},
                   {"has_educator_indicators", !p.educator_indicators.empty()},
                   {"has_leader_indicators", !p.leader_indicators.empty()},
                   {"has_cs_concepts", !p.cs_concepts.empty()},
                   {"has_cs_practices", !p.cs_practices.empty()},
                   {"round", r.round},
                   {"version", r.version},
                   {"artifacts", std::move(artifacts)}};
  json::array authors;
  for (const auto& a : r.authors) authors.emplace_back(a.name);
  out["has_authors"] = !authors.empty();
  out["authors"] = std::move(authors);
  if (r.published_at) out["published_at"] = *r.published_at;
  if (v.SeesReviews()) {
    json::array reviews;
    for (const auto& review : found.reviews) {
      // A reviewer sees their own review in full; others' once decided.
      if (!v.staff && !v.author && review.reviewer.id != v.person_id) continue;
      reviews.emplace_back(ReviewJson(review, review.reviewer.id == v.person_id, criteria));
    }
    out["reviews"] = std::move(reviews);
  }
  return out;
}

}  // namespace practica::exemplars
