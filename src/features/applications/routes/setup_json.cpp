#include "features/applications/routes/setup_json.hpp"

#include <boost/json/array.hpp>

#include <cstdio>

#include "features/applications/domain/cohort_copy.hpp"
#include "features/applications/domain/rubric.hpp"

namespace practica::applications {
namespace json = boost::json;

namespace {

json::value OptionalIso(const std::optional<std::int64_t>& at, const core::TimeZone& zone) {
  return at ? json::value(zone.FormatIso(*at)) : json::value(nullptr);
}

json::object WindowJson(const cohorts::Cohort& cohort, std::int64_t now, const core::TimeZone& zone) {
  json::object window{{"opens_at", OptionalIso(cohort.applications_open_at, zone)},
                      {"closes_at", OptionalIso(cohort.applications_close_at, zone)},
                      {"text", cohorts::DescribeApplicationWindow(cohort, now, zone)}};
  // The form's fields, in the district's wall-clock time.
  const auto fill = [&](const std::optional<std::int64_t>& at, const std::string& prefix) {
    if (!at) return;
    const auto local = zone.ToLocal(*at);
    window[prefix + "_on"] = core::FormatIsoDate(local.date);
    window[prefix + "_time"] = core::FormatClock24(local.hour, local.minute);
  };
  fill(cohort.applications_open_at, "opens");
  fill(cohort.applications_close_at, "closes");
  return window;
}

// What of a copied cohort still names the cohort it came from, part by part.
json::array StaleJson(const Setup& setup) {
  json::array out;
  if (setup.copied_number.empty()) return out;
  std::vector<NamedText> texts;
  const auto numbered = [&](const std::string& what, const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) texts.push_back({what + " " + std::to_string(i + 1), items[i].text});
  };
  numbered("Guiding question", setup.questions);
  numbered("Selection criterion", setup.criteria);
  if (setup.agreement) texts.push_back({"The agreement", setup.agreement->title + "\n" + setup.agreement->text});
  for (const auto& session : setup.qa_sessions) texts.push_back({"A Q&A session's details", session.details});
  for (std::size_t i = 0; i < setup.goals.size(); ++i) texts.push_back({"Goal " + std::to_string(i + 1), setup.goals[i]});
  for (const auto& title : setup.timeline_titles) texts.push_back({"Timeline: " + title, title});
  const Wording from{setup.copied_number, setup.copied_title, setup.copied_school_year};
  const Wording to{setup.cohort.number, setup.cohort.title, setup.cohort.school_year};
  for (const auto& stale : StaleParts(texts, from, to)) {
    json::array phrases;
    std::string said;
    for (const auto& phrase : stale.phrases) {
      phrases.emplace_back(phrase);
      said += (said.empty() ? "" : ", ") + ("\u201c" + phrase + "\u201d");
    }
    out.emplace_back(json::object{{"part", stale.part}, {"phrases", std::move(phrases)}, {"says", said}});
  }
  return out;
}

}  // namespace

json::object CohortRefJson(const cohorts::Cohort& cohort) {
  return json::object{{"slug", cohort.slug},
                      {"number", cohort.number},
                      {"short_name", cohorts::ShortName(cohort)},
                      {"name", cohorts::FullName(cohort)},
                      {"school_year", cohort.school_year},
                      {"url", "/cohorts/" + cohort.slug}};
}

json::object SetupJson(const Setup& setup, std::int64_t now, const core::TimeZone& zone) {
  json::array questions;
  for (const auto& q : setup.questions) {
    questions.emplace_back(json::object{{"id", q.id}, {"position", q.position}, {"text", q.text}});
  }
  json::array criteria;
  for (const auto& c : setup.criteria) {
    criteria.emplace_back(json::object{{"id", c.id}, {"position", c.position}, {"text", c.text}});
  }
  json::array rubric;
  for (int score = kLowestScore; score <= kHighestScore; ++score) {
    rubric.emplace_back(json::object{{"score", score}, {"label", ScoreLabel(score)}});
  }
  json::array sessions;
  for (const auto& s : setup.qa_sessions) {
    sessions.emplace_back(json::object{{"id", s.id},
                                       {"starts_at", zone.FormatIso(s.starts_at)},
                                       {"ends_at", zone.FormatIso(s.ends_at)},
                                       {"when", DescribeQaSession(s, zone)},
                                       {"details", s.details}});
  }
  json::object data{{"cohort", CohortRefJson(setup.cohort)},
                    {"copied_from", setup.copied_from.empty() ? json::value(nullptr) : json::value(setup.copied_from)},
                    {"questions", std::move(questions)},
                    {"criteria", std::move(criteria)},
                    {"rubric", std::move(rubric)},
                    {"applications", WindowJson(setup.cohort, now, zone)},
                    {"qa_sessions", std::move(sessions)},
                    {"application_count", setup.application_count},
                    {"lists_locked", setup.application_count > 0},
                    {"goals", [&] {
                       json::array goals;
                       for (const auto& goal : setup.goals) goals.emplace_back(goal);
                       return goals;
                     }()},
                    {"still_names_old_cohort", StaleJson(setup)}};
  if (setup.site_visits_from && setup.site_visits_to) {
    data["site_visits"] = json::object{{"from", core::FormatIsoDate(*setup.site_visits_from)},
                                       {"to", core::FormatIsoDate(*setup.site_visits_to)},
                                       {"text", DescribeDays(*setup.site_visits_from, *setup.site_visits_to)}};
  } else {
    data["site_visits"] = nullptr;
  }
  if (setup.notification_week_of) {
    data["notification_week"] = json::object{{"of", core::FormatIsoDate(*setup.notification_week_of)},
                                             {"text", DescribeWeek(*setup.notification_week_of)}};
  } else {
    data["notification_week"] = nullptr;
  }
  if (setup.agreement) {
    data["agreement"] = json::object{{"version", setup.agreement->version},
                                     {"title", setup.agreement->title},
                                     {"text", setup.agreement->text},
                                     {"published_at", zone.FormatIso(setup.agreement->published_at)}};
  } else {
    data["agreement"] = nullptr;
  }
  return data;
}

}  // namespace practica::applications
