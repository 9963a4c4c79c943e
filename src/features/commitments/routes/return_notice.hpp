// The e-mail a school's team gets when a verifier returns its evidence: the verifier's note and
// a link to the item, queued in the transaction that records the return.
#pragma once

#include "db/connection.hpp"
#include "features/commitments/routes/context.hpp"

namespace practica::commitments {

// Queues one e-mail to each of the school's principal and practitioner team (who get its
// commitment reminders) about `returned`, the return event just saved. Errors as the store
// and the queue report them; nothing is queued twice for one return.
[[nodiscard]] core::Result<void> QueueReturnNotice(const features::Deps& deps, db::Connection& db,
                                                   const SchoolPlace& place,
                                                   const SchoolCommitment& item,
                                                   const std::vector<Occurrence>& occurrences,
                                                   const Event& returned);

}  // namespace practica::commitments
