#include "features/applications/store/setup_store.hpp"

#include "features/cohorts/published/cohort_writes.hpp"

namespace practica::applications {
namespace {

}  // namespace

core::Result<std::optional<cohorts::Cohort>> SetupStore::FindCohort(std::string_view slug) {
  std::optional<cohorts::Cohort> found;
  auto done = db_.Execute(
      "SELECT id, program_id, slug, number, title, focus_standard_code, school_year, summary,"
      " announced_on, applications_open_at, applications_close_at FROM published_cohorts"
      " WHERE district_id = $1 AND slug = $2",
      {district_id_, std::string(slug)}, [&](const db::Row& row) {
        cohorts::Cohort cohort;
        cohort.id = row.Int(0);
        cohort.program_id = row.Int(1);
        cohort.slug = row.String(2);
        cohort.number = row.String(3);
        cohort.title = row.String(4);
        cohort.focus_standard_code = row.String(5);
        cohort.school_year = row.String(6);
        cohort.summary = row.String(7);
        cohort.announced_on = row.String(8);
        cohort.applications_open_at = row.OptionalInt(9);
        cohort.applications_close_at = row.OptionalInt(10);
        found = std::move(cohort);
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::pair<std::int64_t, std::int64_t>> SetupStore::WindowNoticeCounts(std::int64_t cohort_id) {
  std::pair<std::int64_t, std::int64_t> counts{0, 0};
  auto done = db_.Execute("SELECT waiting, told FROM cohort_window_notices WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) { counts = {row.Int(0), row.Int(1)}; });
  if (!done) return std::unexpected(done.error());
  return counts;
}

core::Result<Setup> SetupStore::Load(const cohorts::Cohort& cohort) {
  Setup setup;
  setup.cohort = cohort;
  const db::Params key{district_id_, cohort.id};
  auto questions = db_.Execute(
      "SELECT id, position, text FROM application_questions WHERE district_id = $1 AND cohort_id = $2"
      " ORDER BY position",
      key, [&](const db::Row& row) {
        setup.questions.push_back({row.Int(0), static_cast<int>(row.Int(1)), row.String(2)});
      });
  if (!questions) return std::unexpected(questions.error());
  auto criteria = db_.Execute(
      "SELECT id, position, text FROM selection_criteria WHERE district_id = $1 AND cohort_id = $2"
      " ORDER BY position",
      key, [&](const db::Row& row) {
        setup.criteria.push_back({row.Int(0), static_cast<int>(row.Int(1)), row.String(2)});
      });
  if (!criteria) return std::unexpected(criteria.error());
  auto sessions = db_.Execute(
      "SELECT id, starts_at, ends_at, details FROM qa_sessions WHERE district_id = $1 AND cohort_id = $2"
      " ORDER BY starts_at, id",
      key, [&](const db::Row& row) {
        setup.qa_sessions.push_back({row.Int(0), row.Int(1), row.Int(2), row.String(3)});
      });
  if (!sessions) return std::unexpected(sessions.error());
  auto dates = db_.Execute(
      "SELECT s.site_visits_from, s.site_visits_to, s.notification_week_of, COALESCE(c.number, ''),"
      " COALESCE(c.title, ''), COALESCE(c.school_year, '')"
      " FROM cohort_setups s LEFT JOIN published_cohorts c ON c.district_id = s.district_id"
      " AND c.id = s.copied_from_cohort_id WHERE s.district_id = $1 AND s.cohort_id = $2",
      key, [&](const db::Row& row) {
        setup.site_visits_from = row.OptionalDate(0);
        setup.site_visits_to = row.OptionalDate(1);
        setup.notification_week_of = row.OptionalDate(2);
        if (!row.Text(3).empty()) setup.copied_from = "PS " + row.String(3);
        setup.copied_number = row.String(3);
        setup.copied_title = row.String(4);
        setup.copied_school_year = row.String(5);
      });
  if (!dates) return std::unexpected(dates.error());
  // The timeline and goals are the cohorts feature's; read here for what still names the old cohort.
  auto timeline = db_.Execute(
      "SELECT title FROM published_timeline_items WHERE district_id = $1 AND cohort_id = $2 ORDER BY starts_at, id", key,
      [&](const db::Row& row) { setup.timeline_titles.push_back(row.String(0)); });
  if (!timeline) return std::unexpected(timeline.error());
  auto goals = db_.Execute(
      "SELECT text FROM published_cohort_goals WHERE district_id = $1 AND cohort_id = $2 ORDER BY position", key,
      [&](const db::Row& row) { setup.goals.push_back(row.String(0)); });
  if (!goals) return std::unexpected(goals.error());
  auto agreement = db_.Execute(
      "SELECT version, title, text, published_at FROM agreement_versions"
      " WHERE district_id = $1 AND cohort_id = $2 ORDER BY version DESC LIMIT 1",
      key, [&](const db::Row& row) {
        setup.agreement = AgreementVersion{static_cast<int>(row.Int(0)), row.String(1), row.String(2), row.Int(3)};
      });
  if (!agreement) return std::unexpected(agreement.error());
  auto count = db_.QueryInt("SELECT COUNT(*) FROM applications WHERE district_id = $1 AND cohort_id = $2", key);
  if (!count) return std::unexpected(count.error());
  setup.application_count = static_cast<int>(count->value_or(0));
  return setup;
}

core::Result<std::vector<std::pair<std::int64_t, std::string>>> SetupStore::ReplaceList(
    std::string_view table, std::int64_t cohort_id, const std::vector<std::string>& texts) {
  const std::string name(table);
  auto removed = db_.Exec("DELETE FROM " + name + " WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id});
  if (!removed) return std::unexpected(removed.error());
  std::vector<std::pair<std::int64_t, std::string>> saved;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto id = db_.NextId();
    if (!id) return std::unexpected(id.error());
    auto inserted = db_.Exec("INSERT INTO " + name +
                                 " (district_id, id, cohort_id, position, text) VALUES ($1, $2, $3, $4, $5)",
                             {district_id_, *id, cohort_id, static_cast<std::int64_t>(i + 1), texts[i]});
    if (!inserted) return std::unexpected(inserted.error());
    saved.emplace_back(*id, texts[i]);
  }
  return saved;
}

core::Result<std::vector<Question>> SetupStore::ReplaceQuestions(std::int64_t cohort_id,
                                                                 const std::vector<std::string>& texts) {
  auto saved = ReplaceList("application_questions", cohort_id, texts);
  if (!saved) return std::unexpected(saved.error());
  std::vector<Question> questions;
  for (const auto& [id, text] : *saved) questions.push_back({id, static_cast<int>(questions.size() + 1), text});
  return questions;
}

core::Result<std::vector<Criterion>> SetupStore::ReplaceCriteria(std::int64_t cohort_id,
                                                                 const std::vector<std::string>& texts) {
  auto saved = ReplaceList("selection_criteria", cohort_id, texts);
  if (!saved) return std::unexpected(saved.error());
  std::vector<Criterion> criteria;
  for (const auto& [id, text] : *saved) criteria.push_back({id, static_cast<int>(criteria.size() + 1), text});
  return criteria;
}

core::Result<void> SetupStore::SetApplicationWindow(std::int64_t cohort_id, std::int64_t opens_at,
                                                    std::int64_t closes_at) {
  return cohorts::SetApplicationWindow(db_, district_id_, cohort_id, opens_at, closes_at);
}

core::Result<QaSession> SetupStore::AddQaSession(std::int64_t cohort_id, QaSession session) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  session.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO qa_sessions (district_id, id, cohort_id, starts_at, ends_at, details)"
      " VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, session.id, cohort_id, session.starts_at, session.ends_at, session.details});
  if (!inserted) return std::unexpected(inserted.error());
  return session;
}

core::Result<std::optional<QaSession>> SetupStore::RemoveQaSession(std::int64_t cohort_id,
                                                                   std::int64_t session_id) {
  std::optional<QaSession> found;
  auto read = db_.Execute(
      "SELECT id, starts_at, ends_at, details FROM qa_sessions"
      " WHERE district_id = $1 AND cohort_id = $2 AND id = $3",
      {district_id_, cohort_id, session_id},
      [&](const db::Row& row) { found = QaSession{row.Int(0), row.Int(1), row.Int(2), row.String(3)}; });
  if (!read) return std::unexpected(read.error());
  if (!found) return found;
  auto removed = db_.Exec("DELETE FROM qa_sessions WHERE district_id = $1 AND id = $2",
                          {district_id_, session_id});
  if (!removed) return std::unexpected(removed.error());
  return found;
}

core::Result<void> SetupStore::SetDates(std::int64_t cohort_id, const core::LocalDate& site_visits_from,
                                        const core::LocalDate& site_visits_to,
                                        const std::optional<core::LocalDate>& notification_week_of) {
  auto saved = db_.Exec(
      "INSERT INTO cohort_setups (district_id, cohort_id, site_visits_from, site_visits_to,"
      " notification_week_of) VALUES ($1, $2, $3, $4, $5)"
      " ON CONFLICT (district_id, cohort_id) DO UPDATE SET site_visits_from = excluded.site_visits_from,"
      " site_visits_to = excluded.site_visits_to, notification_week_of = excluded.notification_week_of",
      {district_id_, cohort_id, core::FormatIsoDate(site_visits_from), core::FormatIsoDate(site_visits_to),
       db::Nullable(notification_week_of)});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<void> SetupStore::SetSchoolYear(std::int64_t cohort_id, const std::string& school_year) {
  return cohorts::SetSchoolYear(db_, district_id_, cohort_id, school_year);
}

core::Result<void> SetupStore::NoteCopiedFrom(std::int64_t cohort_id, std::int64_t from_cohort_id) {
  auto saved = db_.Exec(
      "INSERT INTO cohort_setups (district_id, cohort_id, copied_from_cohort_id) VALUES ($1, $2, $3)"
      " ON CONFLICT (district_id, cohort_id) DO UPDATE SET copied_from_cohort_id = excluded.copied_from_cohort_id",
      {district_id_, cohort_id, from_cohort_id});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<AgreementVersion> SetupStore::PublishAgreement(std::int64_t cohort_id, const std::string& title,
                                                            const std::string& text, std::int64_t now,
                                                            std::int64_t published_by) {
  auto newest = db_.QueryInt(
      "SELECT COALESCE(MAX(version), 0) FROM agreement_versions WHERE district_id = $1 AND cohort_id = $2",
      {district_id_, cohort_id});
  if (!newest) return std::unexpected(newest.error());
  AgreementVersion version{static_cast<int>(newest->value_or(0) + 1), title, text, now};
  auto inserted = db_.Exec(
      "INSERT INTO agreement_versions (district_id, cohort_id, version, title, text, published_at,"
      " published_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, cohort_id, std::int64_t{version.version}, title, text, now,
       published_by == 0 ? db::Value{nullptr} : db::Value{published_by}});
  if (!inserted) return std::unexpected(inserted.error());
  return version;
}

core::Result<std::vector<AgreementVersion>> SetupStore::AgreementVersions(std::int64_t cohort_id) {
  std::vector<AgreementVersion> versions;
  auto done = db_.Execute(
      "SELECT version, title, text, published_at FROM agreement_versions"
      " WHERE district_id = $1 AND cohort_id = $2 ORDER BY version DESC",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        versions.push_back({static_cast<int>(row.Int(0)), row.String(1), row.String(2), row.Int(3)});
      });
  if (!done) return std::unexpected(done.error());
  return versions;
}

}  // namespace practica::applications
