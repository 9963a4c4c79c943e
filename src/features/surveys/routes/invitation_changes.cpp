// Invitations and reminders: the audience is resolved from what Practica knows when the
// invitations go out and recorded with each person's own link; reminders go only to those who
// have not answered. Every e-mail is queued as a job in the change's transaction.
#include "features/kit/change.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/routes/series.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;

namespace {

core::Result<Form> OpenForm(SurveysStore& store, const Deps& deps, std::int64_t id) {
  auto form = store.Find(id);
  if (!form) return std::unexpected(form.error());
  if (!*form) return Fail(ErrorCode::kNotFound, "There is no form " + std::to_string(id) + "; open it from the forms list.");
  if (deps.clock.NowUtcSeconds() >= (*form)->closes_at) {
    return Fail(ErrorCode::kConflict, "This form closed on " + LongInstant(deps, (*form)->closes_at) +
                                          "; nothing more is sent for it.");
  }
  return **form;
}

auth::AuditEntry SentEntry(const Form& form, std::string reason, int count) {
  auth::AuditEntry audit;
  audit.record_type = "survey_form";
  audit.record_id = std::to_string(form.id);
  audit.reason = std::move(reason);
  audit.after_json = "{\"sent\":" + std::to_string(count) + "}";
  return audit;
}

}  // namespace

core::Result<json::object> SendInvitations(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = OpenForm(store, deps, *id);
    if (!form) return std::unexpected(form.error());
    auto questions = store.Questions(form->id, form->current_version);
    if (!questions) return std::unexpected(questions.error());
    if (questions->empty()) return Fail(ErrorCode::kConflict, "Add at least one question before sending the form.");
    auto audience = store.ResolveAudience(*form);
    if (!audience) return std::unexpected(audience.error());
    if (audience->empty()) {
      return Fail(ErrorCode::kConflict, "The audience chosen holds nobody yet; choose another or add its people first.");
    }
    Changed<json::object> changed;
    auto mail = InviteNew(store, deps.tenant, deps.auth.public_url, *form, deps.clock.NowUtcSeconds());
    if (!mail) return std::unexpected(mail.error());
    changed.mail = std::move(*mail);
    const int sent = static_cast<int>(changed.mail.size());
    changed.audit.push_back(SentEntry(*form, "Invited " + std::to_string(sent) + " people", sent));
    changed.value = json::object{{"id", form->id}, {"invited", sent}, {"audience", audience->size()}};
    return changed;
  });
}

core::Result<json::object> SendReminders(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = OpenForm(store, deps, *id);
    if (!form) return std::unexpected(form.error());
    auto invitations = store.Invitations(form->id);
    if (!invitations) return std::unexpected(invitations.error());
    Changed<json::object> changed;
    for (const auto& invitation : *invitations) {
      if (invitation.answered) continue;
      if (auto marked = store.MarkReminded(form->id, invitation.invitee.person_id, deps.clock.NowUtcSeconds()); !marked) {
        return std::unexpected(marked.error());
      }
      changed.mail.push_back(InvitationMail(deps.tenant, deps.auth.public_url, *form, invitation.invitee,
                                            invitation.token, true, deps.clock.NowUtcSeconds()));
    }
    const int sent = static_cast<int>(changed.mail.size());
    changed.audit.push_back(SentEntry(*form, "Reminded " + std::to_string(sent) + " people", sent));
    changed.value = json::object{{"id", form->id}, {"reminded", sent}};
    return changed;
  });
}

}  // namespace practica::surveys
