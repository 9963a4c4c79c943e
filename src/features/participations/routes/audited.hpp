// How every change to a participation runs: through features::RunChange, loading the
// participation inside the transaction, changing it, then its audit entries and e-mails; all
// land, or none.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "auth/audit_log.hpp"
#include "features/kit/change.hpp"
#include "features/participations/routes/participation_view.hpp"
#include "http/request.hpp"

namespace practica::participations {

using Edit = std::function<core::Result<std::vector<auth::AuditEntry>>(db::Connection&, const ParticipationView&)>;
// A change that also e-mails people: its entries and the e-mails queued with them.
using MailingEdit = std::function<core::Result<features::Changed<>>(db::Connection&, const ParticipationView&)>;

// The participation the request's path names, as it is after the change. The entries get the
// person, the action, the request and the school filled in. Fails as loading or `edit` fails,
// and refuses a change to a finished school year.
[[nodiscard]] core::Result<ParticipationView> Audited(const features::Deps& deps, const http::Request& request,
                                                      std::string_view action, const Edit& edit);
[[nodiscard]] core::Result<ParticipationView> AuditedWithMail(const features::Deps& deps,
                                                              const http::Request& request,
                                                              std::string_view action, const MailingEdit& edit);

// An entry about the participation (record_type "participation").
auth::AuditEntry ParticipationEntry(const ParticipationView& view, std::string before_json,
                                    std::string after_json, std::string reason);

}  // namespace practica::participations
