// E-mails to a school's principals about its application. They are queued with the change that
// sends them (through AuditNote::mail), so they go exactly when it commits and never hold up
// the request.
#pragma once

#include <string>
#include <vector>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

// One e-mail to each person with an active principal grant at the school; `text` follows the
// greeting. None, with a warning in the log, when the school has no principal. Fails as
// reading the grants fails.
[[nodiscard]] core::Result<std::vector<features::ChangeMail>> PrincipalMails(
    const features::Deps& deps, db::Connection& db, const http::Request& request, const SchoolRef& school,
    const std::string& subject, const std::string& text);

}  // namespace practica::applications
