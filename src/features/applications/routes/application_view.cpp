#include "features/applications/routes/application_view.hpp"

#include <boost/json/array.hpp>

#include <map>

#include "features/kit/uploads.hpp"
#include "features/applications/domain/rubric.hpp"
#include "features/applications/routes/setup_json.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::applications {
namespace json = boost::json;

bool ApplicationView::AssignedTo(std::int64_t person_id) const {
  for (const auto& reviewer : reviewers) {
    if (reviewer.person.id == person_id) return true;
  }
  return false;
}

core::Result<ApplicationView> LoadView(const features::Deps& deps, db::Connection& db, std::string_view cohort_slug,
                                       std::string_view school_slug) {
  ApplicationView view;
  auto cohort = LoadCohort(deps, db, cohort_slug);
  if (!cohort) return std::unexpected(cohort.error());
  auto school = LoadSchool(deps, db, school_slug);
  if (!school) return std::unexpected(school.error());
  view.school = *school;
  auto setup = SetupStore(db, deps.tenant.id).Load(*cohort);
  if (!setup) return std::unexpected(setup.error());
  view.setup = std::move(*setup);
  ApplicationsStore applications(db, deps.tenant.id);
  auto application = applications.Find(cohort->id, view.school);
  if (!application) return std::unexpected(application.error());
  view.application = std::move(*application);
  auto extension = applications.CurrentExtension(cohort->id, view.school.id);
  if (!extension) return std::unexpected(extension.error());
  view.extension = *extension;
  if (!view.application) return view;
  ReviewsStore reviews(db, deps.tenant.id);
  const auto id = view.application->id;
  auto reviewers = reviews.Reviewers(id);
  auto scores = reviewers ? reviews.Scores(id) : std::unexpected(reviewers.error());
  auto visit = scores ? reviews.FindSiteVisit(id) : std::unexpected(scores.error());
  auto decisions = visit ? reviews.Decisions(id) : std::unexpected(visit.error());
  if (!decisions) return std::unexpected(decisions.error());
  view.reviewers = std::move(*reviewers);
  view.scores = std::move(*scores);
  view.visit = std::move(*visit);
  view.decisions = std::move(*decisions);
  return view;
}

core::Result<void> CheckMayRead(const ApplicationView& view, const Standing& standing) {
  if (standing.Manages() || standing.applicant || !standing.reviewer) return {};
  if (view.AssignedTo(standing.person_id)) return {};
  return core::Fail(core::ErrorCode::kForbidden,
                    "You are not assigned to review " + view.school.name + "'s application for " +
                        cohorts::ShortName(view.setup.cohort) + "; the program office assigns reviewers.");
}

namespace {

json::value Iso(const std::optional<std::int64_t>& at, const core::TimeZone& zone) {
  return at ? json::value(zone.FormatIso(*at)) : json::value(nullptr);
}

json::object DeadlineJson(const ApplicationView& view, std::int64_t now, const core::TimeZone& zone) {
  const auto& cohort = view.setup.cohort;
  const auto deadline = Deadline(cohort, view.extension);
  json::object out{{"at", Iso(deadline, zone)},
                   {"extended", view.extension.has_value()},
                   {"reason", view.extension ? json::value(view.extension->reason) : json::value(nullptr)}};
  auto open = CheckWindowOpen(cohort, view.extension, view.school.name, now, zone);
  out["open"] = open.has_value();
  out["text"] = open ? "Applications for " + cohorts::ShortName(cohort) + " are due " +
                           core::FormatLongDateTime(zone.ToLocal(*deadline)) + "." +
                           (view.extension ? " (extended for " + view.school.name + ")" : "")
                     : open.error().message;
  return out;
}

json::array ReviewsJson(const ApplicationView& view, std::optional<std::int64_t> only) {
  std::map<std::int64_t, std::size_t> at;
  json::array reviews;
  for (const auto& s : view.scores) {
    if (only && s.reviewer_id != *only) continue;
    if (!at.contains(s.reviewer_id)) {
      at[s.reviewer_id] = reviews.size();
      reviews.emplace_back(json::object{{"reviewer_id", s.reviewer_id}, {"reviewer", s.reviewer_name},
                                        {"scores", json::array{}}});
    }
    // People read a criterion by its number in the rubric, never by its database id.
    std::int64_t position = 0;
    for (const auto& criterion : view.setup.criteria) {
      if (criterion.id == s.score.criterion_id) position = criterion.position;
    }
    reviews[at[s.reviewer_id]].as_object()["scores"].as_array().emplace_back(
        json::object{{"criterion_id", s.score.criterion_id}, {"position", position}, {"score", s.score.score},
                     {"label", ScoreLabel(s.score.score)}, {"comment", s.score.comment}});
  }
  return reviews;
}

json::array SummaryJson(const ApplicationView& view) {
  json::array summary;
  for (const auto& criterion : view.setup.criteria) {
    std::vector<int> scores;
    for (const auto& s : view.scores) {
      if (s.score.criterion_id == criterion.id) scores.push_back(s.score.score);
    }
    const auto stats = Summarize(scores);
    summary.emplace_back(json::object{{"criterion_id", criterion.id}, {"position", criterion.position},
                                      {"count", stats.count}, {"mean", stats.mean},
                                      {"mean_text", FormatMean(stats)}, {"spread", stats.spread}});
  }
  return summary;
}

json::object ManagerJson(const ApplicationView& view, const core::TimeZone& zone) {
  json::array reviewers;
  for (const auto& r : view.reviewers) {
    reviewers.emplace_back(json::object{{"person_id", r.person.id}, {"name", r.person.name},
                                        {"email", r.person.email}, {"scored", r.scored}});
  }
  json::value visit = nullptr;
  if (view.visit) {
    visit = json::object{{"visited_on", core::FormatIsoDate(view.visit->visit.visited_on)},
                         {"date_text", core::FormatLongDate(view.visit->visit.visited_on)},
                         {"visitors", view.visit->visit.visitors}, {"notes", view.visit->visit.notes},
                         {"recorded_by", view.visit->recorded_by},
                         {"recorded_at", zone.FormatIso(view.visit->recorded_at)}};
  }
  return json::object{{"reviewers", std::move(reviewers)}, {"reviews", ReviewsJson(view, std::nullopt)},
                      {"score_summary", SummaryJson(view)}, {"site_visit", std::move(visit)}};
}

}  // namespace

json::object ApplicationJson(const ApplicationView& view, const Standing& standing, std::int64_t now,
                             const core::TimeZone& zone) {
  const auto& setup = view.setup;
  static const Application kNone;
  const Application& a = view.application ? *view.application : kNone;
  json::array questions;
  for (const auto& q : setup.questions) {
    std::string answer;
    for (const auto& given : a.answers) if (given.question_id == q.id) answer = given.text;
    questions.emplace_back(json::object{{"id", q.id}, {"position", q.position}, {"text", q.text}, {"answer", answer}});
  }
  json::array criteria;
  for (const auto& c : setup.criteria) {
    Rating rating{c.id};
    for (const auto& given : a.ratings) if (given.criterion_id == c.id) rating = given;
    criteria.emplace_back(json::object{
        {"id", c.id}, {"position", c.position}, {"text", c.text},
        {"rating", rating.score == 0 ? json::value(nullptr) : json::value(rating.score)},
        {"rating_label", ScoreLabel(rating.score)}, {"evidence", rating.evidence}});
  }
  json::array attachments;
  const std::string url = ApplicationUrl(setup.cohort, view.school);
  for (const auto& f : a.attachments) {
    attachments.emplace_back(json::object{
        {"id", f.id}, {"file_name", f.file_name}, {"content_type", f.content_type}, {"size_bytes", f.size_bytes},
        {"size", features::DescribeSize(static_cast<std::size_t>(f.size_bytes))}, {"uploaded_at", zone.FormatIso(f.uploaded_at)},
        {"url", url + "/attachments/" + std::to_string(f.id)}});
  }
  json::array missing;
  if (view.application) {
    for (auto& part : MissingParts(setup, a)) missing.emplace_back(part);
  }
  json::array decisions;
  std::string previous;  // the decision the next one replaces, if any
  for (const auto& d : view.decisions) {
    const auto status = ParseStatus(d.decision).value_or(Status::kWithdrawn);
    const bool replaces = !previous.empty() && status != Status::kWithdrawn;
    decisions.emplace_back(json::object{
        {"decision", d.decision}, {"label", StatusLabel(status)}, {"note", d.note}, {"reason", d.reason},
        {"replaced", replaces ? json::value(previous) : json::value(nullptr)},
        {"replaced_label", replaces ? StatusLabel(*ParseStatus(previous)) : ""},
        {"by", d.decided_by}, {"at", zone.FormatIso(d.decided_at)},
        {"when", core::FormatLongDateTime(zone.ToLocal(d.decided_at))}});
    previous = status == Status::kWithdrawn ? "" : d.decision;
  }
  json::object out{
      {"cohort", CohortRefJson(setup.cohort)},
      {"school", json::object{{"slug", view.school.slug}, {"name", view.school.name},
                              {"local_district", view.school.local_district_name}}},
      {"exists", view.application.has_value()},
      {"status", view.application ? json::value(StatusCode(a.status)) : json::value(nullptr)},
      {"status_label", view.application ? StatusLabel(a.status) : "Not started"},
      {"started_at", view.application ? json::value(zone.FormatIso(a.started_at)) : json::value(nullptr)},
      {"submitted_at", Iso(a.submitted_at, zone)},
      {"deadline", DeadlineJson(view, now, zone)},
      {"questions", std::move(questions)},
      {"criteria", std::move(criteria)},
      {"attachments", std::move(attachments)},
      {"missing", std::move(missing)},
      {"complete", view.application && MissingParts(setup, a).empty()},
      {"decisions", std::move(decisions)},
      {"url", url},
  };
  if (standing.Manages()) {
    for (auto& [key, value] : ManagerJson(view, zone)) out[key] = value;
  }
  // Staff who are also assigned as reviewers fill in the same form as any reviewer: their own
  // saved scores come back with the page, not only the team's summary.
  if (view.AssignedTo(standing.person_id)) {
    auto mine = ReviewsJson(view, standing.person_id);
    out["my_review"] = mine.empty() ? json::value(nullptr) : mine.front();
  }
  return out;
}

}  // namespace practica::applications
