#include "app/jobs_wiring.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <cstdio>

#include "app/application.hpp"
#include "app/jobs_planning.hpp"
#include "features/accounts/routes/reset_link_job.hpp"
#include "features/accounts/store/preferences_store.hpp"
#include "features/cohorts/routes/window_notice_job.hpp"
#include "features/reports/routes/report_build.hpp"
#include "features/people/routes/roster_job.hpp"
#include "features/schools/routes/directory_job.hpp"
#include "features/surveys/routes/series.hpp"
#include "jobs/payload.hpp"
#include "jobs/mail_handler.hpp"
#include "jobs/queue.hpp"
#include "jobs/schedule.hpp"

namespace practica::app {
namespace json = boost::json;
namespace {

constexpr std::string_view kRemindersPlan = "reminders.plan";
constexpr std::string_view kDigestPlan = "digest.plan";

// Queues every source's reminders for the day, leaving out people who turned reminders off.
core::Result<void> PlanReminders(PlanContext& context) {
  auto transaction = db::Transaction::Begin(context.connection);
  if (!transaction) return std::unexpected(transaction.error());
  accounts::PreferencesStore preferences(context.connection, context.tenant.id);
  int queued = 0, skipped = 0;
  for (const auto& source : ReminderSources()) {
    auto reminders = source(context);
    if (!reminders) return std::unexpected(reminders.error());
    for (const auto& reminder : *reminders) {
      auto wanted = preferences.For(reminder.person_id);
      if (!wanted) return std::unexpected(wanted.error());
      if (!wanted->reminders_enabled) {
        ++skipped;
        continue;
      }
      auto added = jobs::EnqueueMail(context.connection, context.tenant.id,
                                     {reminder.email, reminder.name, reminder.subject, reminder.text},
                                     reminder.dedupe_key, context.now,
                                     {reminder.person_id, "reminder"});
      if (!added) return std::unexpected(added.error());
      queued += *added ? 1 : 0;
    }
  }
  if (auto committed = transaction->Commit(); !committed) return committed;
  spdlog::info("reminders for {}: {} queued, {} turned off", core::FormatIsoDate(context.today),
               queued, skipped);
  return {};
}

// Plans the day's reminders and the week's digest once per district, however many servers
// wake: the dedupe keys name the day and the week.
core::Result<void> PlanPeriodicJobs(db::Connection& connection, const features::Tenant& tenant,
                                    std::int64_t now) {
  const auto day = jobs::DailySlot(now, tenant.zone, kPlanningHour);
  const auto week = jobs::WeeklySlot(now, tenant.zone, kPlanningHour);
  const std::vector<jobs::NewJob> plans = {
      {std::string(kRemindersPlan), json::serialize(json::object{{"date", day.key}}),
       std::string(kRemindersPlan) + ":" + day.key, day.run_after, 3, now},
      {std::string(kDigestPlan), json::serialize(json::object{{"week", week.key}}),
       std::string(kDigestPlan) + ":" + week.key, week.run_after, 3, now}};
  for (const auto& plan : plans) {
    if (auto added = jobs::Enqueue(connection, tenant.id, plan); !added) {
      return std::unexpected(added.error());
    }
  }
  return {};
}

}  // namespace

std::vector<ReminderSource> ReminderSources() {
  return {&CommitmentReminders, &SessionReminders, &CertificationReminders, &StepReminders, &FollowUpReminders,
          &SurveyReminders};
}

std::unique_ptr<jobs::Runner> MakeJobRunner(db::Database& database, const core::Clock& clock,
                                            const features::Tenant& tenant, mail::Mailer& mailer,
                                            const http::Views& views, const JobSettings& settings) {
  auto runner = std::make_unique<jobs::Runner>(
      database, clock,
      jobs::RunnerOptions{tenant.id, jobs::DefaultWorkerId(), 600, settings.poll_seconds});
  runner->Handle(std::string(jobs::kMailSendKind),
                 jobs::MailSendHandler(mailer, [](db::Connection& connection, std::int64_t district,
                                                  const jobs::MailAudience& audience) -> core::Result<bool> {
                   auto preferences = accounts::PreferencesStore(connection, district).For(audience.person_id);
                   if (!preferences) return std::unexpected(preferences.error());
                   return accounts::Wants(*preferences, audience.topic);
                 }));
  const std::string public_url = settings.public_url;
  runner->Handle(std::string(accounts::kResetLinkJob), accounts::ResetLinkHandler(public_url));
  runner->Handle(std::string(kRemindersPlan), [&tenant, public_url](jobs::JobContext& job) -> core::Result<void> {
    auto date = jobs::PayloadText(job.payload(), "date", "reminders planning");
    if (!date) return std::unexpected(date.error());
    auto today = core::ParseLocalDate(*date);
    if (!today) return std::unexpected(today.error());
    PlanContext context{job.connection(), tenant, public_url, *today, job.clock().NowUtcSeconds(), job};
    return PlanReminders(context);
  });
  runner->Handle(std::string(kDigestPlan), [&tenant, public_url](jobs::JobContext& job) -> core::Result<void> {
    auto week = jobs::PayloadText(job.payload(), "week", "digest planning");
    if (!week) return std::unexpected(week.error());
    const auto now = job.clock().NowUtcSeconds();
    PlanContext context{job.connection(), tenant, public_url, tenant.zone.ToLocal(now).date, now, job};
    auto queued = PlanDigests(context, *week);
    if (!queued) return std::unexpected(queued.error());
    return {};
  });
  runner->Handle(std::string(cohorts::kWindowNoticesJob), cohorts::WindowNoticesHandler(tenant, public_url));
  runner->OnWake([&tenant](db::Connection& connection, std::int64_t now) {
    return PlanPeriodicJobs(connection, tenant, now);
  });
  // Progress reports: built (and printed) off the request, and each month's directors' reports.
  runner->Handle(std::string(reports::kBuildJob),
                 reports::BuildHandler(views, tenant, {{settings.chromium, 120}, public_url}));
  runner->Handle(std::string(reports::kMonthlyPlanJob), reports::MonthlyHandler(tenant));
  runner->Handle(std::string(schools::kImportJob), schools::ImportHandler(tenant));
  runner->Handle(std::string(people::kRosterJob), people::RosterHandler(tenant));
  runner->OnWake([&tenant](db::Connection& connection, std::int64_t now) {
    return reports::PlanMonth(connection, tenant, now, kPlanningHour);
  });
  runner->OnWake([&tenant](db::Connection& connection, std::int64_t now) {
    return cohorts::QueueOpenedWindows(connection, tenant.id, now);
  });
  // A series' forms open on their schedule: made, and their audience invited, when they open.
  runner->OnWake([&tenant, public_url](db::Connection& connection, std::int64_t now) {
    return surveys::OpenScheduledForms(connection, tenant, public_url, now);
  });
  return runner;
}

core::Result<void> RunJobsOnce(const Config& config) {
  core::SystemClock clock;
  auto app = Application::Open(config, clock);
  if (!app) return std::unexpected(app.error());
  auto report = (*app)->jobs().RunDue();
  if (!report) return std::unexpected(report.error());
  std::printf("Jobs: %d done, %d to be tried again, %d failed.\n", report->done, report->retried,
              report->failed);
  return {};
}

}  // namespace practica::app
