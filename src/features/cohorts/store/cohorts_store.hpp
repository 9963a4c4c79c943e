// The program, its cohorts, their timelines and which schools took part, for one district.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/schools/domain/school.hpp"

namespace practica::cohorts {

// A school as one cohort lists it.
struct CohortSchool {
  std::string slug;
  std::string name;
  std::string listed_name;  // the spelling in this cohort's list
  schools::SchoolType type = schools::SchoolType::kOther;
  std::string local_district_name;
  std::string local_district_slug;
};

struct CohortSchoolFilter {
  std::string local_district_slug;  // "" for all
  std::optional<schools::SchoolType> type;
};

class CohortsStore {
 public:
  CohortsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<Program> CreateProgram(Program program);
  [[nodiscard]] core::Result<std::optional<Program>> FindProgram(std::string_view slug);
  // Saves the cohort with its goals and timeline. kConflict when the slug is taken.
  [[nodiscard]] core::Result<Cohort> CreateCohort(Cohort cohort);

  // In order.
  [[nodiscard]] core::Result<std::vector<std::string>> Goals(std::int64_t cohort_id);
  // Appends goals after the cohort's last one, in order.
  [[nodiscard]] core::Result<void> AddGoals(std::int64_t cohort_id, const std::vector<std::string>& goals);

  // The goals and timeline as staff edit them (plan_changes.cpp). Replaces every goal, in order.
  [[nodiscard]] core::Result<void> ReplaceGoals(std::int64_t cohort_id, const std::vector<std::string>& goals);
  // The item with its new id.
  [[nodiscard]] core::Result<TimelineItem> AddTimelineItem(std::int64_t cohort_id, TimelineItem item);
  // False when the cohort has no item with that id.
  [[nodiscard]] core::Result<bool> UpdateTimelineItem(std::int64_t cohort_id, const TimelineItem& item);
  [[nodiscard]] core::Result<bool> DeleteTimelineItem(std::int64_t cohort_id, std::int64_t item_id);

  // Newest first, with school counts; goals and timeline not loaded.
  [[nodiscard]] core::Result<std::vector<Cohort>> List();
  // With goals and timeline.
  [[nodiscard]] core::Result<std::optional<Cohort>> FindBySlug(std::string_view slug);
  [[nodiscard]] core::Result<std::vector<CohortSchool>> Schools(std::int64_t cohort_id,
                                                                const CohortSchoolFilter& filter);
  // The local districts that have schools in the cohort, for its filter.
  [[nodiscard]] core::Result<std::vector<std::pair<std::string, std::string>>> LocalDistrictsIn(
      std::int64_t cohort_id);  // {slug, name}

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::cohorts
