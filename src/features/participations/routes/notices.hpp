// The e-mails a participation sends: signature requested, reaffirmation needed, retracted.
// Each is queued as a job in the transaction of the change that sends it, so it goes exactly
// when the change lands and the request never waits on the mail server.
#pragma once

#include <boost/json/array.hpp>

#include <string>
#include <vector>

#include "features/kit/change.hpp"
#include "features/participations/routes/participation_view.hpp"

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

// The notices as e-mails for features::RunChange to queue. Asking again sends again, so none
// carries a dedupe key.
std::vector<features::ChangeMail> Mails(const std::vector<Notice>& notices);
// [{name, email, kind, sent}] in the order given; `sent` is true, as each e-mail was queued with
// the change that answers.
boost::json::array Report(const std::vector<Notice>& notices);

}  // namespace practica::participations
