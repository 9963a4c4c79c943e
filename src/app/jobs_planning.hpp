// What the planning jobs share: the day being planned and the reminder sources that features
// offer (commitments due, learning sessions coming, certifications, action steps and coaching
// follow-ups due, feedback forms closing), each turned into queued e-mails.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "jobs/runner.hpp"

namespace practica::app {

struct PlanContext {
  db::Connection& connection;
  const features::Tenant& tenant;
  const std::string& public_url;
  core::LocalDate today;  // the district's date the plan is for
  std::int64_t now;
  jobs::JobContext& job;  // for progress
};

// One e-mail to one person; the dedupe key makes planning the same day twice send it once.
struct Reminder {
  std::int64_t person_id = 0;
  std::string email;
  std::string name;
  std::string dedupe_key;
  std::string subject;
  std::string text;
};

// A feature's reminders due on ctx.today. Sources are listed in ReminderSources().
using ReminderSource = std::function<core::Result<std::vector<Reminder>>(PlanContext&)>;
std::vector<ReminderSource> ReminderSources();

core::Result<std::vector<Reminder>> CommitmentReminders(PlanContext& context);
core::Result<std::vector<Reminder>> SessionReminders(PlanContext& context);
core::Result<std::vector<Reminder>> CertificationReminders(PlanContext& context);
core::Result<std::vector<Reminder>> StepReminders(PlanContext& context);
core::Result<std::vector<Reminder>> FollowUpReminders(PlanContext& context);
core::Result<std::vector<Reminder>> SurveyReminders(PlanContext& context);

// Queues each coach's weekly digest for the ISO week `week` ("2018-W47"); returns how many.
core::Result<int> PlanDigests(PlanContext& context, const std::string& week);

}  // namespace practica::app
