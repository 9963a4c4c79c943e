// The changes people make to a participation. The pages and the API both call these; each
// reads the cohort and school from the path ({slug}, {school}, and {number} for a member),
// checks the program's rules, and is audited in the same transaction. Each returns the
// participation as it is afterwards, or the rule's error.
#pragma once

#include <boost/json/object.hpp>

#include "features/participations/routes/audited.hpp"
#include "features/participations/routes/fields.hpp"
#include "features/participations/routes/participation_view.hpp"
#include "http/request.hpp"

namespace practica::participations {

using Change = core::Result<boost::json::object> (*)(const features::Deps& deps, const http::Request& request,
                                                    const Fields& fields);

// fields: version (the one read). The signer's slot follows from their grants.
[[nodiscard]] core::Result<boost::json::object> Sign(const features::Deps&, const http::Request&, const Fields&);
// E-mails whoever still has to sign (or reaffirm); staff.
[[nodiscard]] core::Result<boost::json::object> RequestSignatures(const features::Deps&, const http::Request&,
                                                                  const Fields&);
// fields: reason. Ends the coach and e-mails the principals; nothing is deleted.
[[nodiscard]] core::Result<boost::json::object> Retract(const features::Deps&, const http::Request&, const Fields&);

// fields: email, kind (principal, teacher, support), attends.
[[nodiscard]] core::Result<boost::json::object> AddMember(const features::Deps&, const http::Request&, const Fields&);
[[nodiscard]] core::Result<boost::json::object> RemoveMember(const features::Deps&, const http::Request&,
                                                             const Fields&);
// fields: attends.
[[nodiscard]] core::Result<boost::json::object> SetAttendance(const features::Deps&, const http::Request&,
                                                              const Fields&);
[[nodiscard]] core::Result<boost::json::object> ConfirmTeam(const features::Deps&, const http::Request&,
                                                            const Fields&);
// fields: tech_lead_email, tech_lead_classification, sso_lead_email (empty: nobody yet).
[[nodiscard]] core::Result<boost::json::object> SetLeads(const features::Deps&, const http::Request&, const Fields&);

// fields: email (of a person holding the coach role).
[[nodiscard]] core::Result<boost::json::object> AssignCoach(const features::Deps&, const http::Request&,
                                                            const Fields&);
[[nodiscard]] core::Result<boost::json::object> EndCoach(const features::Deps&, const http::Request&, const Fields&);

// Ends the participation's current coach and, unless the coach still coaches the school in
// another cohort, the school's place in their caseload. The audit entry, or none when there
// was no coach.
[[nodiscard]] core::Result<std::optional<auth::AuditEntry>> EndCurrentCoach(db::Connection& db,
                                                                             const features::Deps& deps,
                                                                             const ParticipationView& view,
                                                                             std::int64_t by);

}  // namespace practica::participations
