// What people do to sessions, shared by the pages and the API: each takes the request (its path
// names the offering and, for a team, the school) and its fields, runs through
// features::RunChange (one transaction with its audit entry and e-mails), and answers the
// registration or offering as JSON.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "auth/audit_log.hpp"
#include "features/kit/change.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/learning/store/learning_store.hpp"
#include "http/request.hpp"

namespace practica::learning {

using Change = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                      const features::Fields&);

// A school's team takes seats (or joins the waiting list): fields "attendee" (repeated in a
// form, an "attendees" array in JSON) name the team members who will attend.
core::Result<boost::json::object> RegisterTeam(const features::Deps&, const http::Request&,
                                               const features::Fields&);
// Swaps one attendee for another team member: fields "out" and "in" (person ids).
core::Result<boost::json::object> SwapAttendee(const features::Deps&, const http::Request&,
                                               const features::Fields&);
// Gives the school's seats back; waiting teams are promoted in order and told by e-mail.
core::Result<boost::json::object> CancelTeam(const features::Deps&, const http::Request&,
                                             const features::Fields&);
// The signed-in teacher takes one seat of an offering open to teachers, or gives it back.
core::Result<boost::json::object> Enrol(const features::Deps&, const http::Request&,
                                        const features::Fields&);
core::Result<boost::json::object> Unenrol(const features::Deps&, const http::Request&,
                                          const features::Fields&);
// Marks each seat holder of the day present ("present" repeated, or a "present" array) or
// absent, then tells the commitments whose sessions a team has now fully attended.
core::Result<boost::json::object> TakeAttendance(const features::Deps&, const http::Request&,
                                                 const features::Fields&);
// A new offering from the planning form or the API.
core::Result<boost::json::object> CreateOffering(const features::Deps&, const http::Request&,
                                                 const features::Fields&);

// The waiting registrations moved up, and the e-mail to each of their attendees.
struct Promotion {
  int count = 0;
  std::vector<features::ChangeMail> mail;
};

// A team that now holds its seats at one of its cohort's offerings (registered at once or moved
// up from the waiting list): rooms that count the registration as evidence (a Planning Cohort's,
// commitment 13 of PS 3.0) act on it in the caller's transaction on `db`.
core::Result<void> TellTeamSeated(const features::Deps& deps, db::Connection& db, const Offering& offering,
                                  std::int64_t school_id, std::int64_t by);

// Promotes the waiting registrations that now fit `offering` (as it is now), in line order,
// inside the caller's change, which queues the e-mails with it (features::RunChange): they go
// only if the promotion commits. A team moved up now holds its seats, so the rooms that count a
// registration as evidence hear of it on `db`, as they do of a registration that found seats at
// once; `by` is the person whose change freed the seats. Fails as the store fails.
core::Result<Promotion> PromoteWaiting(const features::Deps& deps, db::Connection& db, LearningStore& store,
                                       const Offering& offering, std::int64_t by);

// The audit entry of a change to a session's seats or attendance: about the session, and the
// school when a team's registration changed. `after` is left "{}" when null.
auth::AuditEntry SessionEntry(const Offering& offering, std::int64_t school_id, std::string reason,
                              const boost::json::value& after = nullptr);

// The person ids a form repeats under `name` ("attendee=1&attendee=2") or a JSON body lists
// under `json_name`; kInvalidInput naming the field when one is not a whole number.
core::Result<std::vector<std::int64_t>> PersonIds(const http::Request& request,
                                                  const std::string& name,
                                                  const std::string& json_name);

}  // namespace practica::learning
