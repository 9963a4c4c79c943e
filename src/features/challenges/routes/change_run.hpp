// How the challenge changes run: find the place, refuse whoever may not change it, run the body
// in one transaction with its audit entries.
#pragma once

#include <boost/json/object.hpp>

#include <functional>

#include "features/challenges/routes/context.hpp"
#include "features/kit/change.hpp"
#include "features/kit/fields.hpp"

namespace practica::challenges {

// A function, or a lambda holding what else the change needs (a cycle's uploaded file).
using ChangeBody = std::function<core::Result<features::Changed<boost::json::object>>(
    const features::Deps&, const http::Request&, const features::Fields&, ChallengesStore&, const Place&)>;

// The audit entry of a change to the school's challenge (its school filled in).
auth::AuditEntry ChallengeEntry(const Place& place, std::string record_type, std::string record_id,
                                const boost::json::object& after, std::string reason);

// The person asking (0 for nobody).
std::int64_t Who(const http::Request& request);

// Runs `body` under `action`; when `needs_change`, kForbidden unless the person is the school's
// team or its coach. Fails as finding the place or the body does.
[[nodiscard]] core::Result<boost::json::object> RunOnPlace(const features::Deps& deps, const http::Request& request,
                                                           const features::Fields& fields, std::string_view action,
                                                           bool needs_change, const ChangeBody& body);

// The school's challenge; kInvalidInput saying to write `first` when there is none yet.
[[nodiscard]] core::Result<ChallengeRecord> ExistingChallenge(ChallengesStore& store, const Place& place,
                                                              std::string_view first);

}  // namespace practica::challenges
