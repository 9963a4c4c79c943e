// One event of a school's commitment as JSON (the API's and the checklist page's), with the
// file given as evidence and where to download it.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

// `base` is the item's address (…/commitments/{number}); a file downloads from base/files/{id}.
boost::json::object EventJson(const Event& event, const std::vector<Occurrence>& occurrences,
                              const Commitment& commitment, const core::TimeZone& zone, const std::string& base);

// What the team reads first on a returned item: the verifier's note, who wrote it and when.
// null unless the item stands returned.
boost::json::value ReturnedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                                const std::vector<Event>& events, const Commitment& commitment,
                                const core::TimeZone& zone, const std::string& base);

// The evidence a verifier accepted, kept in view on a verified item: the latest occurrence's.
// null unless the item stands verified.
boost::json::value VerifiedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                                const std::vector<Event>& events, const Commitment& commitment,
                                const core::TimeZone& zone, const std::string& base);

}  // namespace practica::commitments
