#include "demo/loader.hpp"
#include "demo/try.hpp"

#include <map>

#include "demo/application_demo.hpp"
#include "demo/challenges_demo.hpp"
#include "demo/techplans_demo.hpp"
#include "demo/visits_demo.hpp"
#include "demo/coaching_demo.hpp"
#include "demo/surveys_demo.hpp"
#include "demo/exemplars_demo.hpp"
#include "demo/commitments_demo.hpp"
#include "demo/history.hpp"
#include "demo/imports_demo.hpp"
#include "demo/learning_demo.hpp"
#include "demo/participation_demo.hpp"
#include "demo/people.hpp"
#include "demo/program_setup.hpp"
#include "demo/scale.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/schools/domain/reconciler.hpp"
#include "features/schools/store/schools_store.hpp"
#include "features/standards/store/standards_store.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::demo {
namespace {

core::Result<std::int64_t> ToUtc(const core::TimeZone& zone, const std::string& date, int minute) {
  auto day = core::ParseLocalDate(date);
  if (!day) return std::unexpected(day.error());
  const int m = minute < 0 ? 0 : minute;
  return zone.ToUtc(core::LocalDateTime{*day, m / 60, m % 60});
}

// "2018-04-06 16:00" in the district's zone.
core::Result<std::optional<std::int64_t>> ParseInstant(const core::TimeZone& zone,
                                                       const std::string& text) {
  if (text.empty()) return std::optional<std::int64_t>{};
  const int minute = std::stoi(text.substr(11, 2)) * 60 + std::stoi(text.substr(14, 2));
  auto utc = ToUtc(zone, text.substr(0, 10), minute);
  if (!utc) return std::unexpected(utc.error());
  return std::optional<std::int64_t>{*utc};
}

core::Result<cohorts::Cohort> ToCohort(const HistoricCohort& h, std::int64_t program_id,
                                       const core::TimeZone& zone) {
  cohorts::Cohort cohort;
  cohort.program_id = program_id;
  cohort.slug = h.slug;
  cohort.number = h.number;
  cohort.title = h.title;
  cohort.focus_standard_code = h.focus_standard_code;
  cohort.school_year = h.school_year;
  cohort.summary = h.summary;
  cohort.announced_on = h.announced_on;
  cohort.goals = h.goals;
  auto open = ParseInstant(zone, h.applications_open);
  if (!open) return std::unexpected(open.error());
  auto close = ParseInstant(zone, h.applications_close);
  if (!close) return std::unexpected(close.error());
  cohort.applications_open_at = *open;
  cohort.applications_close_at = *close;
  for (const auto& entry : h.timeline) {
    cohorts::TimelineItem item;
    item.title = entry.title;
    auto start = ToUtc(zone, entry.date, entry.start_minute);
    if (!start) return std::unexpected(start.error());
    item.starts_at = *start;
    item.precision = entry.week ? cohorts::Precision::kWeek
                     : entry.start_minute >= 0 ? cohorts::Precision::kTime
                                               : cohorts::Precision::kDay;
    if (!entry.end_date.empty()) {
      auto end = ToUtc(zone, entry.end_date, 0);
      if (!end) return std::unexpected(end.error());
      item.ends_at = *end;
    } else if (entry.end_minute >= 0) {
      auto end = ToUtc(zone, entry.date, entry.end_minute);
      if (!end) return std::unexpected(end.error());
      item.ends_at = *end;
    }
    cohort.timeline.push_back(std::move(item));
  }
  return cohort;
}

// LAUSD itself, or a copy of its history under another short name ("valley": "VALLEY, a copy
// of the LAUSD demo"), so nobody mistakes the copy for a real district.
districts::District DemoDistrict(const std::string& slug) {
  if (slug == "lausd") {
    return {0, "lausd", "Los Angeles Unified School District", "LAUSD", "America/Los_Angeles"};
  }
  std::string upper = slug;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return {0, slug, upper + ", a copy of the LAUSD demo", upper, "America/Los_Angeles"};
}

}  // namespace

core::Result<DemoReport> Load(db::Database& database, Scale scale, std::int64_t now,
                              const EffectsFor& effects_for, const std::string& slug) {
  auto lease = database.Acquire();
  db::Connection& db = *lease;
  DemoReport report;
  districts::DistrictsStore district_store(db);
  auto existing = district_store.FindBySlug(slug);
  if (!existing) return std::unexpected(existing.error());
  if (*existing) {
    report.already_loaded = true;
    return report;
  }
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());

  auto zone = core::TimeZone::Locate("America/Los_Angeles");
  if (!zone) return std::unexpected(zone.error());
  auto district = district_store.Create(DemoDistrict(slug));
  if (!district) return std::unexpected(district.error());
  const auto district_id = district->id;

  std::map<std::string, std::int64_t> local_ids;
  for (const auto& name : districts::LausdLocalDistrictNames()) {
    auto local = district_store.AddLocalDistrict(district_id, name);
    if (!local) return std::unexpected(local.error());
    local_ids[name] = local->id;
  }
  PRACTICA_TRY(standards::StandardsStore(db, district_id).SeedReferenceData());

  cohorts::CohortsStore cohort_store(db, district_id);
  // The contact every announcement names (PS 3.0's and PS 4.0's overviews).
  auto program = cohort_store.CreateProgram(cohorts::Program{0, "practitioner-schools", "Practitioner Schools",
                                                             ProgramSummary(), "Sophia Mendoza",
                                                             "Instructional Technology Director",
                                                             "sophia.mendoza@lausd.net", "http://achieve.lausd.net/iti"});
  if (!program) return std::unexpected(program.error());

  // One school per real school: the newest list's spelling names it, the others are aliases.
  schools::Reconciler reconciler;
  std::vector<std::vector<std::size_t>> listed;
  for (const auto& h : HistoricCohorts()) listed.push_back(reconciler.AddList(h.schools));
  schools::SchoolsStore school_store(db, district_id);
  std::vector<std::int64_t> school_ids;
  std::map<std::string, std::int64_t> ids_by_name;
  for (const auto& r : reconciler.schools()) {
    schools::School school;
    school.name = r.name;
    school.aliases = r.aliases;
    school.type = r.level.value_or(schools::SchoolType::kOther);
    school.grade_span = std::string(schools::TypicalGradeSpan(school.type));
    const auto local = LocalDistrictOf(r.name);
    school.local_district_id = local.empty() ? 0 : local_ids[local];
    auto created = school_store.Create(std::move(school));
    if (!created) return std::unexpected(created.error());
    school_ids.push_back(created->id);
    ids_by_name[created->name] = created->id;
  }
  for (std::size_t c = 0; c < HistoricCohorts().size(); ++c) {
    const auto& h = HistoricCohorts()[c];
    auto cohort = ToCohort(h, program->id, *zone);
    if (!cohort) return std::unexpected(cohort.error());
    auto saved = cohort_store.CreateCohort(std::move(*cohort));
    if (!saved) return std::unexpected(saved.error());
    for (std::size_t i = 0; i < h.schools.size(); ++i) {
      PRACTICA_TRY(participations::ParticipationsStore(db, district_id).AddSchool(saved->id, school_ids[listed[c][i]], h.schools[i]));
    }
    ++report.cohorts;
  }
  PRACTICA_TRY(AddProgramSetup(db, district_id, *zone));
  report.schools = static_cast<int>(school_ids.size());
  auto people = AddDemoPeople(db, district_id, ids_by_name, local_ids, now);
  if (!people) return std::unexpected(people.error());
  report.people = *people;
  PRACTICA_TRY(LoadCommitmentsDemo(db, district_id, *zone, now));
  PRACTICA_TRY(AddParticipationDemo(db, district_id));
  PRACTICA_TRY(AddApplicationDemo(db, district_id));
  PRACTICA_TRY(LoadLearningDemo(db, district_id, *zone, now, effects_for(district_id)));
  PRACTICA_TRY(LoadTechPlansDemo(db, district_id, *zone));
  PRACTICA_TRY(LoadCoachingDemo(db, district_id, ids_by_name, *zone, now, effects_for(district_id)));
  // After the coaching demo, which adds Hope Street's teachers: they are the round's critical friends.
  PRACTICA_TRY(LoadChallengesDemo(db, district_id, *zone));
  PRACTICA_TRY(LoadCoachingStepsDemo(db, district_id, ids_by_name, *zone, now, effects_for(district_id)));
  PRACTICA_TRY(LoadSurveysDemo(db, district_id, *zone, effects_for(district_id)));
  PRACTICA_TRY(LoadExemplarsDemo(db, district_id));
  PRACTICA_TRY(LoadVisitsDemo(db, district_id, *zone, effects_for(district_id)));
  PRACTICA_TRY(LoadImportsDemo(db, district_id, now));

  if (scale == Scale::kDistrict) {
    auto grown = GrowToDistrictScale(db, district_id, program->id, local_ids, *zone, school_ids);
    if (!grown) return std::unexpected(grown.error());
    report.schools += grown->schools;
    report.cohorts += grown->cohorts;
    report.people += grown->people;
  }
  PRACTICA_TRY(tx->Commit());
  // Fresh statistics, so the planner knows the tables' real sizes from the first request.
  PRACTICA_TRY(db.ExecuteScript("ANALYZE"));
  return report;
}

}  // namespace practica::demo
