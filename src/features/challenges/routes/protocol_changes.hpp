// Speaking in a round and moving it on, the same in either use of the protocol (a school's cycle,
// a participant's lesson): the rules of domain/protocol judged, the record written by the caller's
// store, the audit entry made by the caller (it knows what the round belongs to).
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>

#include "auth/audit_log.hpp"
#include "features/challenges/domain/protocol.hpp"
#include "features/challenges/store/protocol_record.hpp"
#include "features/kit/change.hpp"
#include "features/kit/fields.hpp"

namespace practica::challenges {

using RoundEntryOf = std::function<auth::AuditEntry(const boost::json::object& after, std::string reason)>;

// kind, body: what the person says now. Fails as CheckItem does, or as `add` does.
[[nodiscard]] core::Result<features::Changed<boost::json::object>> Speak(
    ProtocolStep step, RoundRole role, const features::Fields& fields,
    const std::function<core::Result<RoundItem>(ItemKind, const std::string&)>& add, const RoundEntryOf& entry);

// The round's next step, for whoever runs it. Fails as CheckAdvance does, or as `set` does.
[[nodiscard]] core::Result<features::Changed<boost::json::object>> Advance(
    std::int64_t round_id, ProtocolStep step, bool runs, const std::function<core::Result<void>(ProtocolStep)>& set,
    const RoundEntryOf& entry);

}  // namespace practica::challenges
