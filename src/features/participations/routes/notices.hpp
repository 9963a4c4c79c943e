// The e-mails a participation sends: signature requested, reaffirmation needed, retracted.
// Sending never fails a change: a message that cannot be handed over is logged with the
// request id, and the answer says who was not reached.
#pragma once

#include <boost/json/array.hpp>

#include <string>
#include <vector>

#include "features/participations/routes/participation_view.hpp"
#include "http/request.hpp"

namespace practica::participations {

struct Notice {
  PersonRef to;
  std::string kind;  // "signature_requested", "reaffirmation_needed", "retracted"
  std::string subject;
  std::string text;
};

// One notice for each person who holds a slot that is not signed: a reaffirmation when the
// person who signed no longer holds the role, a signature request otherwise.
std::vector<Notice> SignatureNotices(const ParticipationView& view, const std::string& public_url);
// To each of the school's principals.
std::vector<Notice> RetractionNotices(const ParticipationView& view, const std::string& public_url,
                                      const core::TimeZone& zone);

// [{name, email, kind, sent}] in the order given.
boost::json::array SendAll(const features::Deps& deps, const http::Request& request,
                           const std::vector<Notice>& notices);

}  // namespace practica::participations
