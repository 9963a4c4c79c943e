// How every state-changing route runs its change: one transaction holds the change, its audit
// entries and the e-mails it sends (queued as "mail.send" jobs), so all of them land together
// or none does, and no request waits on a mail server.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "auth/audit_log.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "jobs/queue.hpp"
#include "mail/message.hpp"

namespace practica::features {

// An e-mail a change sends. The job runner hands it to the mail server once the change commits.
struct ChangeMail {
  mail::Message message;
  // "learning.promoted:12:7": a second e-mail with the same key is not queued; empty: never
  // deduplicated.
  std::string dedupe_key;
  jobs::MailAudience audience;  // whose preference decides at sending time; none by default
};

// What a change did: `value` for the route's answer, the audit entries saying what changed (the
// helper fills in the person, action, request and time; none when nothing changed), and the
// e-mails to queue.
template <typename T = std::monostate>
struct Changed {
  T value{};
  std::vector<auth::AuditEntry> audit;
  std::vector<ChangeMail> mail;
};

// Writes `audit` and queues `mail` on `db`, inside the caller's transaction. A change that found
// nothing to do returns no entry and writes none. Fails as writing an entry or queueing a job fails.
[[nodiscard]] core::Result<void> RecordChange(const Deps& deps, db::Connection& db, const http::Request& request,
                                              std::string_view action, std::vector<auth::AuditEntry> audit,
                                              const std::vector<ChangeMail>& mail);

// What RunChange answers for a change callable: the value of the Changed<T> it returns, or
// void for Changed<> (a change with nothing to answer).
template <typename F>
using ChangeValue = std::remove_cvref_t<decltype(std::declval<std::invoke_result_t<F&, db::Connection&>>()->value)>;
template <typename F>
using ChangeAnswer = std::conditional_t<std::is_same_v<ChangeValue<F>, std::monostate>, void, ChangeValue<F>>;

// Borrows a connection, begins the transaction, runs `change` (a callable taking db::Connection&
// and returning core::Result<Changed<T>>), writes its audit entries under `action`, queues its
// e-mails, commits, and answers the change's value. Any failure (the change's own, the audit's,
// a job's, the commit's) rolls everything back and is answered as it is.
template <typename F>
[[nodiscard]] core::Result<ChangeAnswer<F>> RunChange(const Deps& deps, const http::Request& request,
                                                      std::string_view action, F&& change) {
  auto db = deps.database.Acquire();
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  auto changed = change(*db);
  if (!changed) return std::unexpected(changed.error());
  if (auto recorded = RecordChange(deps, *db, request, action, std::move(changed->audit), changed->mail);
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto committed = tx->Commit(); !committed) return std::unexpected(committed.error());
  if constexpr (std::is_void_v<ChangeAnswer<F>>) {
    return {};
  } else {
    return std::move(changed->value);
  }
}

}  // namespace practica::features
