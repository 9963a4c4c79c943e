// The changes district staff make to people, each audited in the same transaction. The pages
// and the API both call these.
#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <string>

#include "features/kit/deps.hpp"
#include "http/request.hpp"

namespace practica::people {

// Input as text, from a form or a JSON body.
using Fields = std::map<std::string, std::string>;

// Creates the person and e-mails an invitation link. kConflict when the address is taken.
[[nodiscard]] core::Result<boost::json::object> Invite(const features::Deps& deps,
                                                       const http::Request& request,
                                                       const Fields& fields);
// fields: role, scope (a school's or local district's short address; empty for district-wide
// and caseload roles), starts_on, ends_on.
[[nodiscard]] core::Result<boost::json::object> GrantRole(const features::Deps& deps,
                                                          const http::Request& request,
                                                          std::int64_t person_id,
                                                          const Fields& fields);
[[nodiscard]] core::Result<boost::json::object> EndRole(const features::Deps& deps,
                                                        const http::Request& request,
                                                        std::int64_t person_id,
                                                        std::int64_t grant_id);
// Deactivates and signs the person out everywhere.
[[nodiscard]] core::Result<boost::json::object> Deactivate(const features::Deps& deps,
                                                           const http::Request& request,
                                                           std::int64_t person_id);

// The person with current roles, for the page and the API. kNotFound when unknown.
[[nodiscard]] core::Result<boost::json::object> PersonJson(const features::Deps& deps,
                                                           std::int64_t person_id);

}  // namespace practica::people
