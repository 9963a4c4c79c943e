// The reminder source for feedback forms: everyone invited who has not answered, the day before
// the form closes (a form closing on Friday, October 5, 2018 reminds on Thursday the 4th), with
// their own link again. The same e-mail as the form page's "Remind" button, keyed by the day, so
// a reminder sent by hand that day is not sent twice.
#include "app/jobs_planning.hpp"
#include "core/calendar_days.hpp"
#include "features/surveys/routes/series.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::app {

core::Result<std::vector<Reminder>> SurveyReminders(PlanContext& context) {
  const auto& zone = context.tenant.zone;
  const auto from = core::StartOfDay(core::AddDays(context.today, 1), zone);
  const auto until = core::StartOfDay(core::AddDays(context.today, 2), zone);
  surveys::SurveysStore store(context.connection, context.tenant.id);
  auto due = store.UnansweredClosing(from, until);
  if (!due) return std::unexpected(due.error());
  std::vector<Reminder> reminders;
  for (const auto& [form, invitation] : *due) {
    if (context.now < form.opens_at) continue;
    auto mail = surveys::InvitationMail(context.tenant, context.public_url, form, invitation.invitee, invitation.token,
                                        true, context.now);
    if (auto marked = store.MarkReminded(form.id, invitation.invitee.person_id, context.now); !marked) {
      return std::unexpected(marked.error());
    }
    reminders.push_back({invitation.invitee.person_id, invitation.invitee.email, invitation.invitee.name,
                         std::move(mail.dedupe_key), std::move(mail.message.subject), std::move(mail.message.text)});
  }
  return reminders;
}

}  // namespace practica::app
