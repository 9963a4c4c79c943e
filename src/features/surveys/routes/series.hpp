// Series of forms at work: starting one (its first form), the windows of its later forms, the
// invitations a form sends (by hand or when it opens), and the wake-up that makes each later
// form when its window opens and invites its audience. Every form made and every invitation
// sent by the schedule is audited and its e-mails queued in one transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/change.hpp"
#include "features/kit/deps.hpp"
#include "features/surveys/store/series_store.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {

// Every window of the series whose first form is `first`: the session's meetings, the cohort's
// quarters, or the start and end of the year. Empty when the session has no days or the
// cohort's school year is not "YYYY-YYYY+1".
[[nodiscard]] core::Result<std::vector<Window>> WindowsOf(db::Connection& db, const features::Tenant& tenant,
                                                          const Series& series, const Form& first);

// Makes the series and its first form: the first window that has not closed by `now` (an earlier
// one is past and never made). `form` holds what was typed (title, audience, anonymity); the
// window fills its instants, label and days. kInvalidInput naming the field when the audience does
// not fit the rhythm or no window is left.
[[nodiscard]] core::Result<Form> StartSeries(db::Connection& db, const features::Tenant& tenant, Series series,
                                             Form form, std::int64_t now);

// The next form of a series, made from the one before: its audience and anonymity, its questions
// (the current version's, as version 1), and the window's instants and label. No invitation.
[[nodiscard]] core::Result<Form> MakeNextForm(db::Connection& db, const features::Tenant& tenant, const Series& series,
                                              const Form& before, const Window& window, std::int64_t now);

// The e-mail with a person's own link, or the reminder that they have not answered.
features::ChangeMail InvitationMail(const features::Tenant& tenant, const std::string& public_url, const Form& form,
                                    const Invitee& who, const std::string& token, bool reminder, std::int64_t now);

// Invites everyone in the form's audience today not invited yet, each with a fresh link; their
// e-mails (queued by the caller in the same transaction).
[[nodiscard]] core::Result<std::vector<features::ChangeMail>> InviteNew(SurveysStore& store,
                                                                        const features::Tenant& tenant,
                                                                        const std::string& public_url,
                                                                        const Form& form, std::int64_t now);

// Run on each wake of a job runner, in one transaction: forgets the pairing keys of ended
// series, makes each series' form whose window has opened (its questions copied from the form
// before), and sends the invitations of every series form that has opened and not sent them.
[[nodiscard]] core::Result<void> OpenScheduledForms(db::Connection& db, const features::Tenant& tenant,
                                                    const std::string& public_url, std::int64_t now);

}  // namespace practica::surveys
