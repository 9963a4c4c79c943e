// A cohort's application setup in the database: questions, criteria, Q&A sessions, windows and
// agreement versions, and opening next year's cohort from it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/applications/domain/setup.hpp"

namespace practica::applications {

// What staff choose when opening a cohort from the previous one.
struct NewCohort {
  std::string number;  // "5.0"
  std::string title;   // "Empowered Learner"
  std::string focus_standard_code;  // "" keeps the previous cohort's
  std::string school_year;          // "" is the year after the previous cohort's
};

class SetupStore {
 public:
  SetupStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // The transaction's connection, for the other features' parts of a copied cohort.
  db::Connection& connection() { return db_; }

  // The cohort's own columns (no goals or timeline).
  [[nodiscard]] core::Result<std::optional<cohorts::Cohort>> FindCohort(std::string_view slug);
  // Everything applicants and reviewers need about the cohort's application.
  [[nodiscard]] core::Result<Setup> Load(const cohorts::Cohort& cohort);
  // {waiting, told}: the addresses waiting to be told when the cohort's window opens and those
  // told, from the view the cohorts feature publishes (cohort_window_notices).
  [[nodiscard]] core::Result<std::pair<std::int64_t, std::int64_t>> WindowNoticeCounts(std::int64_t cohort_id);

  // Replace the ordered lists (callers check CheckListsChangeable first).
  [[nodiscard]] core::Result<std::vector<Question>> ReplaceQuestions(std::int64_t cohort_id,
                                                                     const std::vector<std::string>& texts);
  [[nodiscard]] core::Result<std::vector<Criterion>> ReplaceCriteria(std::int64_t cohort_id,
                                                                     const std::vector<std::string>& texts);
  // Writes the cohort's application window (the cohorts table keeps it, for the home page).
  [[nodiscard]] core::Result<void> SetApplicationWindow(std::int64_t cohort_id, std::int64_t opens_at,
                                                        std::int64_t closes_at);
  [[nodiscard]] core::Result<QaSession> AddQaSession(std::int64_t cohort_id, QaSession session);
  // The session removed, or nullopt when the cohort has no such session.
  [[nodiscard]] core::Result<std::optional<QaSession>> RemoveQaSession(std::int64_t cohort_id,
                                                                       std::int64_t session_id);
  // The cohorts row's school year: what its pages and copied text name.
  [[nodiscard]] core::Result<void> SetSchoolYear(std::int64_t cohort_id, const std::string& school_year);
  [[nodiscard]] core::Result<void> SetDates(std::int64_t cohort_id, const core::LocalDate& site_visits_from,
                                            const core::LocalDate& site_visits_to,
                                            const std::optional<core::LocalDate>& notification_week_of);
  // Notes that the cohort's setup was copied from another cohort's (shown on its setup page).
  [[nodiscard]] core::Result<void> NoteCopiedFrom(std::int64_t cohort_id, std::int64_t from_cohort_id);
  // Publishes the next version (1 for the first).
  [[nodiscard]] core::Result<AgreementVersion> PublishAgreement(std::int64_t cohort_id, const std::string& title,
                                                                const std::string& text, std::int64_t now,
                                                                std::int64_t published_by);
  [[nodiscard]] core::Result<std::vector<AgreementVersion>> AgreementVersions(std::int64_t cohort_id);

  // Opens the next cohort from `previous`: its questions, criteria, Q&A sessions, windows and
  // timeline a year later, and its newest agreement as version 1. kConflict naming the address
  // when a cohort with the new number exists.
  [[nodiscard]] core::Result<cohorts::Cohort> CopyCohort(const Setup& previous, const NewCohort& next,
                                                         const core::TimeZone& zone, std::int64_t now,
                                                         std::int64_t by);

 private:
  // The old cohort's timeline a year later, in the new cohort's words, for CreateCohortFor.
  core::Result<std::vector<cohorts::TimelineItem>> CopiedTimeline(const cohorts::Cohort& from,
                                                                  const cohorts::Cohort& to,
                                                                  const core::TimeZone& zone);
  core::Result<std::vector<std::pair<std::int64_t, std::string>>> ReplaceList(
      std::string_view table, std::int64_t cohort_id, const std::vector<std::string>& texts);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::applications
