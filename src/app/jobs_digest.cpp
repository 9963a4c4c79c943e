// The coach's weekly digest: their caseload's late and due-soon commitments, one e-mail each,
// with a link that turns the digest off without signing in.
#include <spdlog/spdlog.h>

#include "app/jobs_planning.hpp"
#include "auth/secrets.hpp"
#include "features/accounts/store/preferences_store.hpp"
#include "features/commitments/domain/reminder_mail.hpp"
#include "features/commitments/domain/reminders.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/reminders_store.hpp"
#include "jobs/queue.hpp"
#include "core/text.hpp"

namespace practica::app {
namespace {

// An unsubscribe link stays usable this long after the digest that carries it.
constexpr std::int64_t kUnsubscribeLinkSeconds = 90 * 24 * 3600;

// The caseload's late and due-soon lines, most urgent first.
core::Result<std::vector<commitments::DigestLine>> CaseloadLines(PlanContext& context,
                                                                 std::int64_t coach_id) {
  commitments::RemindersStore store(context.connection, context.tenant.id);
  commitments::CommitmentsStore commitments_store(context.connection, context.tenant.id);
  auto schools = store.Caseload(coach_id);
  if (!schools) return std::unexpected(schools.error());
  std::vector<commitments::DigestLine> lines;
  for (const auto& school : *schools) {
    auto calendar = commitments_store.LoadCalendar(school.cohort_id);
    auto items = calendar ? commitments_store.ForSchool(school.cohort_id, school.school_id)
                          : std::unexpected(calendar.error());
    if (!items) return std::unexpected(items.error());
    const std::string url = context.public_url + "/cohorts/" + school.cohort_slug + "/schools/" +
                            school.school_slug + "/commitments";
    for (const auto& item : *items) {
      if (item.commitment.phase == commitments::Phase::kDistrict) continue;
      const auto schedule = commitments::Schedule(item.commitment.due, *calendar, context.tenant.zone);
      const auto standing = commitments::Assess(schedule, item.events, context.now,
                                                commitments::SchoolYearEndsAt(*calendar, context.tenant.zone));
      const auto& occurrence = schedule[standing.current];
      lines.push_back({school.school_name,
                       std::to_string(item.commitment.number) + ". " + item.commitment.title,
                       standing.status, occurrence.due_at,
                       occurrence.due_on ? core::FormatLongDate(*occurrence.due_on) : "",
                       url, standing.past_due});
    }
  }
  return commitments::DigestOrder(std::move(lines));
}

}  // namespace

core::Result<int> PlanDigests(PlanContext& context, const std::string& week) {
  auto coaches = commitments::RemindersStore(context.connection, context.tenant.id).Coaches();
  if (!coaches) return std::unexpected(coaches.error());
  accounts::PreferencesStore preferences(context.connection, context.tenant.id);
  int queued = 0;
  std::int64_t done = 0;
  for (const auto& coach : *coaches) {
    context.job.Progress(done++, static_cast<std::int64_t>(coaches->size()));
    auto wanted = preferences.For(coach.person_id);
    if (!wanted) return std::unexpected(wanted.error());
    if (!wanted->digest_enabled) continue;
    auto lines = CaseloadLines(context, coach.person_id);
    if (!lines) return std::unexpected(lines.error());
    if (lines->empty()) continue;  // nothing late or due soon: no e-mail
    auto transaction = db::Transaction::Begin(context.connection);
    if (!transaction) return std::unexpected(transaction.error());
    const std::string token = auth::RandomToken();
    const std::string key = "digest:" + std::to_string(coach.person_id) + ":" + week;
    const auto digest = commitments::DigestMail(coach.name, *lines,
                                                context.public_url + "/unsubscribe/" + token,
                                                {context.public_url + "/account", context.tenant.name});
    const mail::Message message{coach.email, coach.name, digest.subject, digest.text};
    auto added = jobs::EnqueueMail(context.connection, context.tenant.id, message, key,
                                   context.now, {coach.person_id, "digest"});
    if (!added) return std::unexpected(added.error());
    if (*added) {
      auto linked = preferences.AddUnsubscribeLink(auth::HashToken(token), coach.person_id,
                                                   "digest", context.now,
                                                   context.now + kUnsubscribeLinkSeconds);
      if (!linked) return std::unexpected(linked.error());
      ++queued;
    }
    if (auto committed = transaction->Commit(); !committed) return std::unexpected(committed.error());
  }
  context.job.Progress(done, done);
  spdlog::info("digests for {}: {} queued", week, queued);
  return queued;
}

}  // namespace practica::app
