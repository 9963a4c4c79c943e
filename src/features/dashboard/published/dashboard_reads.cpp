#include "features/dashboard/published/dashboard_reads.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "features/challenges/published/school_stages.hpp"
#include "features/coaching/published/school_minutes.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/commitments/published/school_progress.hpp"
#include "features/exemplars/published/school_exemplars.hpp"
#include "features/learning/published/school_attendance.hpp"
#include "features/participations/published/standings.hpp"
#include "features/schools/domain/school.hpp"
#include "features/surveys/published/school_feedback.hpp"
#include "features/techplans/published/school_plans.hpp"

namespace practica::dashboard {
namespace {

struct Directory {
  std::string school_type;
  std::string local_district_slug;
};

// The school type and local district address of every school of the cohort, for the filters.
core::Result<std::map<std::int64_t, Directory>> ReadDirectory(db::Connection& db, std::int64_t district_id,
                                                              std::int64_t cohort_id) {
  std::map<std::int64_t, Directory> found;
  auto done = db.Execute(
      "SELECT s.id, COALESCE(s.school_type, ''), COALESCE(l.slug, '') FROM published_participations p"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2",
      {district_id, cohort_id}, [&](const db::Row& row) { found[row.Int(0)] = Directory{row.String(1), row.String(2)}; });
  if (!done) return std::unexpected(done.error());
  return found;
}

}  // namespace

core::Result<DashboardData> ReadDashboard(db::Connection& db, std::int64_t district_id, std::string_view cohort_slug,
                                          const core::SchoolScope& scope, const ReadAt& at) {
  auto cohort = cohorts::FindCohortRef(db, district_id, cohort_slug);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no cohort \"" + std::string(cohort_slug) + "\"; the cohorts page lists them.");
  }
  DashboardData data{**cohort, {}, {}, {}, {}};
  auto standings = participations::CohortStandings(db, district_id, data.cohort, scope, at.today);
  if (!standings) return std::unexpected(standings.error());
  if (standings->empty()) return data;
  std::vector<std::int64_t> ids;
  for (const auto& s : *standings) ids.push_back(s.school.id);

  auto directory = ReadDirectory(db, district_id, data.cohort.id);
  if (!directory) return std::unexpected(directory.error());
  auto progress = commitments::CohortProgress(db, district_id, data.cohort.id, scope, at.zone, at.now);
  if (!progress) return std::unexpected(progress.error());
  auto attendance = learning::CohortAttendance(db, district_id, data.cohort.id, ids, at.now);
  if (!attendance) return std::unexpected(attendance.error());
  for (const auto& session : attendance->sessions) {
    data.sessions.push_back(SessionLabel{session.title, at.zone.ToLocal(session.starts_at).date});
  }
  auto stages = challenges::CohortStages(db, district_id, data.cohort.id);
  if (!stages) return std::unexpected(stages.error());
  auto plans = techplans::CohortPlans(db, district_id, data.cohort.id, at.today);
  if (!plans) return std::unexpected(plans.error());
  auto exemplars = exemplars::CohortExemplars(db, district_id, data.cohort.id);
  if (!exemplars) return std::unexpected(exemplars.error());
  auto feedback = surveys::CohortFeedback(db, district_id, data.cohort.id, at.now);
  if (!feedback) return std::unexpected(feedback.error());
  // Coaching counts over the cohort's school year: July 1 to June 30.
  std::map<std::int64_t, std::int64_t> minutes;
  if (const auto last = cohorts::SchoolYearLastDay(data.cohort.school_year)) {
    auto read = coaching::MinutesBySchool(db, district_id, core::LocalDate{last->year - 1, 7, 1}, *last);
    if (!read) return std::unexpected(read.error());
    minutes = std::move(*read);
  }

  std::set<std::pair<std::string, std::string>> local_districts;
  std::set<std::pair<std::string, std::string>> types;
  for (auto& standing : *standings) {
    SchoolSignals s;
    const auto id = standing.school.id;
    s.id = id;
    s.slug = standing.school.slug;
    s.name = standing.school.name;
    s.local_district = standing.school.local_district_name;
    if (auto d = directory->find(id); d != directory->end()) {
      s.school_type = d->second.school_type;
      const auto type = schools::ParseSchoolType(s.school_type);
      s.school_type_label = type ? std::string(schools::SchoolTypeLabel(*type)) : s.school_type;
      s.local_district_slug = d->second.local_district_slug;
    }
    s.agreement_state = standing.state;
    s.agreement_label = standing.state_label;
    s.team_members = standing.team_members;
    s.team_confirmed = standing.team_confirmed;
    if (standing.coach) s.coach = standing.coach->name;
    s.still_needed = static_cast<int>(standing.missing.size());
    if (auto p = progress->find(id); p != progress->end()) {
      s.issued = p->second.issued;
      s.verified = p->second.verified;
      s.commitments = p->second.total;
      s.late = p->second.late;
      s.due_soon = p->second.due_soon;
      s.months = std::move(p->second.months);
    }
    if (auto marks = attendance->marks.find(id); marks != attendance->marks.end()) s.session_marks = marks->second;
    if (auto a = attendance->records.find(id); a != attendance->records.end()) {
      s.sessions_held = a->second.held;
      s.sessions_attended = a->second.attended;
      s.sessions_partial = a->second.partial;
      s.sessions_missed = a->second.missed;
    }
    if (auto m = minutes.find(id); m != minutes.end()) s.coaching_minutes = m->second;
    if (auto c = stages->find(id); c != stages->end()) {
      s.challenge_started = c->second.started;
      s.challenge_stage = std::string(challenges::StageCode(c->second.stage.kind));
      s.challenge_label = c->second.stage.Label();
      s.challenge_shared = c->second.shared;
    }
    if (auto e = exemplars->find(id); e != exemplars->end()) {
      s.exemplars_published = e->second.published;
      s.exemplars_under_way = e->second.under_way;
    }
    if (auto f = feedback->find(id); f != feedback->end()) {
      s.forms_sent = f->second.forms;
      s.forms_most = f->second.most;
      s.forms_closed_short = f->second.closed_short;
      s.forms_asked = f->second.asked;
      s.forms_answered = f->second.answered;
    }
    if (auto p = plans->find(id); p != plans->end()) {
      if (p->second.plan) {
        s.plan_status = std::string(techplans::StatusCode(*p->second.plan));
        s.plan_label = std::string(techplans::StatusLabel(*p->second.plan));
      }
      if (p->second.certification) {
        s.certification_status = std::string(techplans::CertStatusCode(*p->second.certification));
        s.certification_label = std::string(techplans::CertStatusLabel(*p->second.certification));
      }
      s.certification_verified = p->second.verified;
    }
    if (!s.local_district_slug.empty()) local_districts.emplace(s.local_district_slug, s.local_district);
    if (!s.school_type.empty()) types.emplace(s.school_type, s.school_type_label);
    data.schools.push_back(std::move(s));
  }
  data.local_districts.assign(local_districts.begin(), local_districts.end());
  std::ranges::sort(data.local_districts, [](const auto& a, const auto& b) { return a.second < b.second; });
  data.school_types.assign(types.begin(), types.end());
  return data;
}

}  // namespace practica::dashboard
