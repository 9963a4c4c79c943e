#include "features/applications/routes/notify.hpp"

#include <spdlog/spdlog.h>

#include "features/applications/store/reviews_store.hpp"
#include "core/text.hpp"

namespace practica::applications {

core::Result<std::vector<features::ChangeMail>> PrincipalMails(const features::Deps& deps, db::Connection& db,
                                                               const http::Request& request, const SchoolRef& school,
                                                               const std::string& subject, const std::string& text) {
  auto principals = ReviewsStore(db, deps.tenant.id).PrincipalsOf(school.id, Today(deps));
  if (!principals) return std::unexpected(principals.error());
  if (principals->empty()) spdlog::warn("request {}: {} has no principal to e-mail", request.request_id, school.name);
  std::vector<features::ChangeMail> mails;
  for (const auto& principal : *principals) {
    // Not deduplicated: each decision, and each correction of one, is its own e-mail.
    mails.push_back({mail::Message{principal.email, principal.name, subject,
                                   core::Greeting(principal.name) + "\n\n" + text},
                     {}, jobs::MailAudience{principal.id, ""}});
  }
  return mails;
}

}  // namespace practica::applications
