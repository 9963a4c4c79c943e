#include "features/surveys/routes/series.hpp"

#include <spdlog/spdlog.h>

#include "auth/audit_log.hpp"
#include "auth/secrets.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "jobs/queue.hpp"

namespace practica::surveys {
using core::ErrorCode;
using core::Fail;

namespace {

std::string Long(const features::Tenant& tenant, std::int64_t utc) {
  return core::FormatLongDateTime(tenant.zone.ToLocal(utc));
}

auth::AuditEntry ScheduleEntry(const Form& form, std::string reason) {
  auth::AuditEntry audit;
  audit.action = "surveys.schedule";
  audit.record_type = "survey_form";
  audit.record_id = std::to_string(form.id);
  audit.reason = std::move(reason);
  return audit;
}

core::Result<void> Queue(db::Connection& db, const features::Tenant& tenant, const features::ChangeMail& mail,
                         std::int64_t now) {
  auto queued = jobs::EnqueueMail(db, tenant.id, mail.message, mail.dedupe_key, now, mail.audience);
  if (!queued) return std::unexpected(queued.error());
  return {};
}

}  // namespace

core::Result<Form> MakeNextForm(db::Connection& db, const features::Tenant& tenant, const Series& series,
                            const Form& before, const Window& window, std::int64_t now) {
  auto opens = tenant.zone.ToUtc(window.opens);
  auto closes = tenant.zone.ToUtc(window.closes);
  if (!opens || !closes) return std::unexpected(opens ? closes.error() : opens.error());
  Form next = before;
  next.id = 0;
  next.title = series.title + " · " + window.label;
  next.series_position = window.position;
  next.series_label = window.label;
  next.day_numbers = DayNumbersText(window.day_numbers);
  next.opens_at = *opens;
  next.closes_at = *closes;
  next.current_version = 1;
  SurveysStore store(db, tenant.id);
  auto id = store.CreateForm(next, now);
  if (!id) return std::unexpected(id.error());
  next.id = *id;
  auto questions = store.Questions(before.id, before.current_version);
  if (!questions) return std::unexpected(questions.error());
  for (auto q : *questions) {
    q.version = 1;
    if (auto added = store.AddQuestion(next.id, q); !added) return std::unexpected(added.error());
  }
  return next;
}

core::Result<std::vector<Window>> WindowsOf(db::Connection& db, const features::Tenant& tenant, const Series& series,
                                            const Form& first) {
  switch (series.rhythm) {
    case Rhythm::kAfterEachMeeting: {
      if (!first.offering_id) return std::vector<Window>{};
      auto days = SeriesStore(db, tenant.id).SessionDays(*first.offering_id, tenant.zone);
      if (!days) return std::unexpected(days.error());
      return AfterEachMeeting(*days, series.open_days);
    }
    case Rhythm::kEachQuarter: {
      if (!first.cohort_id) return std::vector<Window>{};
      auto cohort = cohorts::CohortRefById(db, tenant.id, *first.cohort_id);
      if (!cohort) return std::unexpected(cohort.error());
      if (!*cohort) return std::vector<Window>{};
      return EachQuarter((*cohort)->school_year, series.open_days);
    }
    case Rhythm::kPrePost: {
      if (!series.post_opens || !series.post_closes) return std::vector<Window>{};
      return PrePost(tenant.zone.ToLocal(first.opens_at), tenant.zone.ToLocal(first.closes_at), *series.post_opens,
                     *series.post_closes);
    }
  }
  return std::vector<Window>{};
}

core::Result<Form> StartSeries(db::Connection& db, const features::Tenant& tenant, Series series, Form form,
                               std::int64_t now) {
  if (series.rhythm == Rhythm::kAfterEachMeeting && form.audience_kind != "attendees") {
    return Fail(ErrorCode::kInvalidInput, "A form after each meeting asks a learning session's attendees: choose them.",
                {}, "audience");
  }
  if (series.rhythm == Rhythm::kEachQuarter && form.audience_kind == "attendees") {
    return Fail(ErrorCode::kInvalidInput, "A form each quarter asks a cohort's people: choose them, not a session's.",
                {}, "audience");
  }
  if (series.rhythm != Rhythm::kPrePost) {
    if (auto days = CheckOpenDays(series.open_days); !days) return std::unexpected(days.error());
  }
  auto windows = WindowsOf(db, tenant, series, form);
  if (!windows) return std::unexpected(windows.error());
  const Window* first = nullptr;
  for (const auto& w : *windows) {
    auto closes = tenant.zone.ToUtc(w.closes);
    if (!closes) return std::unexpected(closes.error());
    if (*closes > now) {
      first = &w;
      break;
    }
  }
  if (first == nullptr) {
    const bool meetings = series.rhythm == Rhythm::kAfterEachMeeting;
    return Fail(ErrorCode::kInvalidInput,
                meetings ? "Every meeting of this session is past (or it has no days); choose a session still to come."
                         : "Every quarter of this cohort's school year is past; choose a cohort whose year is to come.",
                {}, meetings ? "offering" : "cohort");
  }
  if (series.rhythm == Rhythm::kPrePost && first->position != 1) {
    return Fail(ErrorCode::kInvalidInput,
                "The start-of-year form would already be closed, so nobody's answers could be paired; close it later.",
                {}, "closes_on");
  }
  auto last_closes = tenant.zone.ToUtc(windows->back().closes);
  auto opens = tenant.zone.ToUtc(first->opens);
  auto closes = tenant.zone.ToUtc(first->closes);
  if (!last_closes || !opens || !closes) return Fail(ErrorCode::kInvalidInput, "A form's window falls in a clock change; move it.");
  series.title = form.title;
  series.ends_at = *last_closes;
  series.opened_position = first->position;
  auto id = SeriesStore(db, tenant.id).Create(series, now);
  if (!id) return std::unexpected(id.error());
  form.series_id = *id;
  form.series_position = first->position;
  form.series_label = first->label;
  form.day_numbers = DayNumbersText(first->day_numbers);
  form.title = series.title + " · " + first->label;
  form.opens_at = *opens;
  form.closes_at = *closes;
  auto form_id = SurveysStore(db, tenant.id).CreateForm(form, now);
  if (!form_id) return std::unexpected(form_id.error());
  form.id = *form_id;
  return form;
}

features::ChangeMail InvitationMail(const features::Tenant& tenant, const std::string& public_url, const Form& form,
                                    const Invitee& who, const std::string& token, bool reminder, std::int64_t now) {
  features::ChangeMail mail;
  mail.message.to = who.email;
  mail.message.to_name = who.name;
  mail.message.subject = (reminder ? "Reminder: " : "") + form.title;
  mail.message.text = "Hello " + who.name + ",\n\n" +
                      (reminder ? "You have not yet answered \"" + form.title + "\"; it closes on "
                                : "Please answer \"" + form.title + "\" by ") +
                      Long(tenant, form.closes_at) + ".\n" + (form.anonymous ? "Your answers are anonymous.\n" : "") +
                      "\nYour own link (it works on a phone):\n" + public_url + "/answer/" + token + "\n\n" +
                      tenant.name + "\n";
  mail.dedupe_key = std::string(reminder ? "surveys.remind:" : "surveys.invite:") + std::to_string(form.id) + ":" +
                    std::to_string(who.person_id) + (reminder ? ":" + std::to_string(now / 86400) : "");
  mail.audience = jobs::MailAudience{who.person_id, reminder ? "reminder" : ""};
  return mail;
}

core::Result<std::vector<features::ChangeMail>> InviteNew(SurveysStore& store, const features::Tenant& tenant,
                                                          const std::string& public_url, const Form& form,
                                                          std::int64_t now) {
  auto audience = store.ResolveAudience(form);
  if (!audience) return std::unexpected(audience.error());
  std::vector<features::ChangeMail> mail;
  for (const auto& who : *audience) {
    auto invited = store.InvitationOf(form.id, who.person_id);
    if (!invited) return std::unexpected(invited.error());
    if (*invited) continue;  // invited before: the audience is recorded once per person
    const auto token = auth::RandomToken(24);
    if (auto added = store.Invite(form.id, who, token, now); !added) return std::unexpected(added.error());
    mail.push_back(InvitationMail(tenant, public_url, form, who, token, false, now));
  }
  return mail;
}

core::Result<void> OpenScheduledForms(db::Connection& db, const features::Tenant& tenant, const std::string& public_url,
                                      std::int64_t now) {
  auto watch = SeriesStore(db, tenant.id).AnyToWatch(now);
  if (!watch) return std::unexpected(watch.error());
  if (!*watch) return {};
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());
  SeriesStore series_store(db, tenant.id);
  SurveysStore store(db, tenant.id);
  if (auto forgotten = series_store.ForgetEndedKeys(now); !forgotten) return std::unexpected(forgotten.error());
  auto running = series_store.Running(now);
  if (!running) return std::unexpected(running.error());
  for (const auto& series : *running) {
    auto forms = store.FormsOfSeries(series.id);
    if (!forms) return std::unexpected(forms.error());
    if (forms->empty()) continue;
    auto windows = WindowsOf(db, tenant, series, forms->front());
    if (!windows) return std::unexpected(windows.error());
    // The latest window open now past the last form made; windows that closed unseen stay unmade.
    const Window* due = nullptr;
    for (const auto& w : *windows) {
      if (w.position <= forms->back().series_position) continue;
      auto opens = tenant.zone.ToUtc(w.opens);
      auto closes = tenant.zone.ToUtc(w.closes);
      if (opens && closes && *opens <= now && now < *closes) due = &w;
    }
    if (due == nullptr) continue;
    auto took = series_store.TakePosition(series.id, due->position);
    if (!took) return std::unexpected(took.error());
    if (!*took) continue;
    auto next = MakeNextForm(db, tenant, series, forms->back(), *due, now);
    if (!next) return std::unexpected(next.error());
    if (auto audited = auth::WriteAudit(db, tenant.id, now, ScheduleEntry(*next, "Opened by its series: " + due->label));
        !audited) {
      return audited;
    }
  }
  auto due = series_store.DueToInvite(now);
  if (!due) return std::unexpected(due.error());
  for (const auto form_id : *due) {
    auto form = store.Find(form_id);
    if (!form) return std::unexpected(form.error());
    if (!*form) continue;
    auto questions = store.Questions(form_id, (*form)->current_version);
    if (!questions) return std::unexpected(questions.error());
    if (questions->empty()) continue;  // nothing to ask yet: it waits for its questions
    auto took = series_store.TakeInvitations(form_id, now);
    if (!took) return std::unexpected(took.error());
    if (!*took) continue;
    auto mail = InviteNew(store, tenant, public_url, **form, now);
    if (!mail) return std::unexpected(mail.error());
    for (const auto& m : *mail) {
      if (auto queued = Queue(db, tenant, m, now); !queued) return queued;
    }
    auto entry = ScheduleEntry(**form, "Invited " + std::to_string(mail->size()) + " people when the form opened");
    entry.after_json = "{\"sent\":" + std::to_string(mail->size()) + "}";
    if (auto audited = auth::WriteAudit(db, tenant.id, now, entry); !audited) return audited;
    spdlog::info("survey form {} opened: {} invited", form_id, mail->size());
  }
  return tx->Commit();
}

}  // namespace practica::surveys
