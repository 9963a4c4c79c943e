#include "demo/scale_year.hpp"

#include <string>

#include "demo/commitments_demo.hpp"
#include "demo/scale.hpp"
#include "auth/grant_store.hpp"
#include "features/applications/store/applications_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::demo {
namespace {

core::Result<std::int64_t> Person(db::Connection& db, std::int64_t district_id, const std::string& email) {
  auto id = db.QueryInt("SELECT id FROM published_people WHERE district_id = $1 AND email = $2", {district_id, email});
  if (!id) return std::unexpected(id.error());
  if (!*id) return core::Fail(core::ErrorCode::kNotFound, "The demo has no person " + email + ".");
  return **id;
}

// Every school holds the template; school n has submitted its first n % 8 items and had every
// other one of those verified, so the grid shows a spread of statuses.
core::Result<void> AddCommitmentYear(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                     std::int64_t director, std::int64_t coach, std::int64_t planned_at) {
  commitments::CommitmentsStore store(db, district_id);
  if (auto saved = store.SaveCalendar(cohort_id, Ps3Calendar(), director, planned_at); !saved) return saved;
  for (const auto& item : Ps3Commitments()) {
    if (auto saved = store.SaveTemplateItem(cohort_id, item, director, planned_at); !saved) {
      return std::unexpected(saved.error());
    }
  }
  if (auto issued = store.Issue(cohort_id, director, planned_at); !issued) return std::unexpected(issued.error());
  std::vector<std::pair<std::int64_t, std::int64_t>> copies;  // {school, copy}
  auto read = db.Execute(
      "SELECT school_id, id FROM published_school_commitments WHERE district_id = $1 AND cohort_id = $2"
      " ORDER BY school_id, id",
      {district_id, cohort_id}, [&](const db::Row& row) { copies.emplace_back(row.Int(0), row.Int(1)); });
  if (!read) return std::unexpected(read.error());
  std::int64_t school = 0;
  int index = 0;
  for (const auto& [school_id, copy_id] : copies) {
    index = school_id == school ? index + 1 : 0;
    school = school_id;
    if (index >= school_id % 8) continue;
    commitments::Event event;
    event.person_id = director;
    event.at = planned_at + 86400 * (30 + index);
    event.evidence.text = "https://drive.example.org/evidence/" + std::to_string(copy_id);
    if (auto added = store.AddEvent(copy_id, event); !added) return std::unexpected(added.error());
    if (index % 2 == 1) continue;
    event.kind = commitments::EventKind::kVerified;
    event.person_id = coach;
    event.at += 86400;
    event.evidence = {};
    if (auto added = store.AddEvent(copy_id, event); !added) return std::unexpected(added.error());
  }
  return {};
}

core::Result<void> AssignCaseload(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                  const std::vector<std::int64_t>& school_ids, std::int64_t at) {
  participations::DirectoryStore directory(db, district_id);
  auto coach = directory.PersonByEmail("coach@practica.example");
  if (!coach) return std::unexpected(coach.error());
  if (!*coach) return core::Fail(core::ErrorCode::kNotFound, "The demo has no coach.");
  participations::CoachStore coaches(db, district_id);
  for (int n = 0; n < kScaleCaseload && n < static_cast<int>(school_ids.size()); ++n) {
    const auto school_id = school_ids[static_cast<std::size_t>(n) * 37 % school_ids.size()];
    auto assigned = coaches.Assign(cohort_id, school_id, **coach, 0, at);
    if (!assigned) return std::unexpected(assigned.error());
    // As assigning a coach on the participation page does: the caseload is what the permission
    // policy reads, so without it the coach could not see these schools' commitments.
    auto in_caseload = coaches.InCaseload((*coach)->id, school_id);
    if (!in_caseload) return std::unexpected(in_caseload.error());
    if (*in_caseload) continue;
    if (auto added = auth::GrantStore(db, district_id).AssignToCaseload((*coach)->id, school_id, at); !added) {
      return added;
    }
  }
  return {};
}

core::Result<void> AddApplications(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                   const std::vector<std::int64_t>& school_ids, std::int64_t person,
                                   std::int64_t at) {
  applications::ApplicationsStore store(db, district_id);
  for (int n = 0; n < kScaleApplications && n < static_cast<int>(school_ids.size()); ++n) {
    applications::SchoolRef school;
    school.id = school_ids[static_cast<std::size_t>(n) * 5 % school_ids.size()];
    auto started = store.Start(cohort_id, school, person, at + n * 600);
    if (!started) return std::unexpected(started.error());
    if (auto submitted = store.SetStatus(started->id, applications::Status::kSubmitted, at + n * 600 + 3600);
        !submitted) {
      return submitted;
    }
  }
  return {};
}

}  // namespace

core::Result<void> AddScaleYear(db::Connection& db, std::int64_t district_id, std::int64_t program_id,
                                const core::TimeZone& zone, const std::vector<std::int64_t>& school_ids) {
  auto director = Person(db, district_id, "sophia.mendoza@lausd.net");
  if (!director) return std::unexpected(director.error());
  auto coach = Person(db, district_id, "coach@practica.example");
  if (!coach) return std::unexpected(coach.error());
  auto year = CreateGeneratedCohort(db, district_id, program_id, zone, "8.0", "Computational Thinker", "1.5", 2023);
  if (!year) return std::unexpected(year.error());
  participations::ParticipationsStore roster(db, district_id);
  for (auto school_id : school_ids) {
    if (auto added = roster.AddSchool(*year, school_id, ""); !added) return std::unexpected(added.error());
  }
  auto planned = zone.ToUtc({{2023, 5, 22}, 9, 0});
  if (!planned) return std::unexpected(planned.error());
  if (auto done = AddCommitmentYear(db, district_id, *year, *director, *coach, *planned); !done) return done;
  if (auto done = AssignCaseload(db, district_id, *year, school_ids, *planned + 86400 * 80); !done) return done;
  auto intake = CreateGeneratedCohort(db, district_id, program_id, zone, "9.0", "Innovative Designer", "1.4", 2024);
  if (!intake) return std::unexpected(intake.error());
  auto opened = zone.ToUtc({{2024, 3, 4}, 9, 0});
  if (!opened) return std::unexpected(opened.error());
  return AddApplications(db, district_id, *intake, school_ids, *director, *opened);
}

}  // namespace practica::demo
