// E-mails to a school's principals about its application. Sent after the change is committed;
// a failure is logged and never undoes the change.
#pragma once

#include <string>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

// To every person with an active principal grant at the school; `text` follows "Hello <name>,".
// Returns how many were handed over.
int NotifyPrincipals(const features::Deps& deps, const http::Request& request, const SchoolRef& school,
                     const std::string& subject, const std::string& text);

}  // namespace practica::applications
