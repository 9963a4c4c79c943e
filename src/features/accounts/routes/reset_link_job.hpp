// The "account.reset_link" job: a password reset asked for on the "Forgot your password?" page.
// The page only queues it, the same one insert whether or not the address has an account, so
// the answer's timing cannot tell anyone which addresses have accounts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "jobs/runner.hpp"

namespace practica::accounts {

inline constexpr std::string_view kResetLinkJob = "account.reset_link";

// Queues the request on `connection` (the caller commits). kInvalidInput when the address is
// empty; database errors as Enqueue reports them.
[[nodiscard]] core::Result<void> QueueResetLink(db::Connection& connection, std::int64_t district_id,
                                                const std::string& email, std::int64_t now);

// Finds the account; when it exists and is active, issues a one-hour link and queues its
// e-mail, in one transaction. An unknown or inactive address does nothing, and the job is done.
jobs::Handler ResetLinkHandler(std::string public_url);

}  // namespace practica::accounts
