#include "features/accounts/routes/session_start.hpp"

#include "auth/audit_log.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "features/accounts/domain/home.hpp"
#include "features/kit/respond.hpp"

namespace practica::accounts {

http::Response FormPage(const features::Deps& deps, const http::Request& request,
                        std::string_view name, std::string_view title, boost::json::object data,
                        int status) {
  http::Response holder;
  data["form_token"] = auth::AnonymousFormToken(request, holder, deps.auth.secure_cookies);
  auto page = deps.views.Page(request, name, title, std::move(data), "account", status);
  for (auto& header : holder.headers) page.headers.push_back(header);
  return page;
}

std::string Field(const http::Pairs& form, std::string_view name) {
  for (const auto& [key, value] : form) {
    if (key == name) return value;
  }
  return {};
}

http::Response StartSession(const features::Deps& deps, const http::Request& request,
                            std::int64_t person_id, const std::string& how,
                            const std::string& next) {
  auto db = deps.database.Acquire();
  const auto now = deps.clock.NowUtcSeconds();
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return features::Failure(request, tx.error(), deps.views);
  auto session = auth::SessionStore(*db, deps.tenant.id).Create(person_id, now, deps.auth.sessions, how);
  if (!session) return features::Failure(request, session.error(), deps.views);
  auth::AuditEntry entry;
  entry.person_id = person_id;
  entry.action = "account.sign_in";
  entry.record_type = "session";
  entry.record_id = std::to_string(person_id);
  entry.reason = "signed in with " + how;  // "password", "oidc", "reset link", "invitation"
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  if (auto audited = auth::WriteAudit(*db, deps.tenant.id, now, entry); !audited) {
    return features::Failure(request, audited.error(), deps.views);
  }
  if (auto committed = tx->Commit(); !committed) {
    return features::Failure(request, committed.error(), deps.views);
  }
  auto response = http::Redirect(SafeNext(next));
  response.Header("Set-Cookie", auth::SessionCookie(session->token, deps.auth.sessions,
                                                    deps.auth.secure_cookies));
  return response;
}

}  // namespace practica::accounts
