// How much of a school's staff answered a form, counted from the invitations (which keep the
// completion even when the answer keeps no link to the person).
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {

core::Result<void> SurveysStore::LockForm(std::int64_t form_id) {
  // An update that changes nothing takes the row lock on PostgreSQL; SQLite writes one at a time.
  auto locked = db_.Exec("UPDATE survey_forms SET current_version = current_version WHERE district_id = $1 AND id = $2",
                         {district_id_, form_id});
  if (!locked) return std::unexpected(locked.error());
  return {};
}

core::Result<Completion> SurveysStore::CompletionAt(std::int64_t form_id, std::int64_t school_id) {
  Completion completion;
  auto done = db_.Execute(
      "SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM survey_invitations"
      " WHERE district_id = $1 AND form_id = $2 AND school_id = $3",
      {district_id_, form_id, school_id}, [&](const db::Row& row) {
        completion.asked = row.Int(0);
        completion.answered = row.Int(1);
      });
  if (!done) return std::unexpected(done.error());
  return completion;
}

bool SurveysStore::SpeaksForStaff(const Form& form, const Invitation& invitation) {
  return CountsForStaff(form.audience_kind) && invitation.invitee.school_id && invitation.invitee.cohort_id;
}

core::Result<std::optional<features::FeedbackAnswered>> SurveysStore::EvidenceOfAnswer(const Form& form,
                                                                                       const Invitation& invitation,
                                                                                       const core::LocalDate& day,
                                                                                       std::int64_t now) {
  if (!SpeaksForStaff(form, invitation)) return std::nullopt;
  const auto school_id = *invitation.invitee.school_id;
  auto completion = CompletionAt(form.id, school_id);
  if (!completion) return std::unexpected(completion.error());
  if (!JustReachedMost(*completion)) return std::nullopt;
  const auto by = form.anonymous ? form.created_by : invitation.invitee.person_id;
  return features::FeedbackAnswered{*invitation.invitee.cohort_id, school_id, day,
                                    CompletionText(*completion, form.title), by, now};
}

core::Result<SurveysStore::Answered> SurveysStore::RecordAnswer(const Form& form, const Invitation& invitation,
                                                                const std::vector<Value>& values, std::int64_t now,
                                                                const core::TimeZone& zone, bool illustrative) {
  if (SpeaksForStaff(form, invitation)) {
    if (auto locked = LockForm(form.id); !locked) return std::unexpected(locked.error());
  }
  auto saved = SaveResponse(form, form.current_version, invitation, values, now, illustrative);
  if (!saved) return std::unexpected(saved.error());
  auto evidence = EvidenceOfAnswer(form, invitation, zone.ToLocal(now).date, now);
  if (!evidence) return std::unexpected(evidence.error());
  return Answered{*saved, std::move(*evidence)};
}

}  // namespace practica::surveys
