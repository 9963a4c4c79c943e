#include "features/applications/routes/notify.hpp"

#include <spdlog/spdlog.h>

#include "features/applications/store/reviews_store.hpp"

namespace practica::applications {

int NotifyPrincipals(const features::Deps& deps, const http::Request& request, const SchoolRef& school,
                     const std::string& subject, const std::string& text) {
  std::vector<PersonRef> principals;
  {
    auto db = deps.database.Acquire();
    auto found = ReviewsStore(*db, deps.tenant.id).PrincipalsOf(school.id, Today(deps));
    if (!found) {
      spdlog::warn("request {}: no e-mail to {}: {}", request.request_id, school.name, found.error().detail);
      return 0;
    }
    principals = std::move(*found);
  }
  if (principals.empty()) spdlog::warn("request {}: {} has no principal to e-mail", request.request_id, school.name);
  int sent = 0;
  for (const auto& principal : principals) {
    auto done = deps.mailer.Send(mail::Message{principal.email, principal.name, subject,
                                               "Hello " + principal.name + ",\n\n" + text});
    if (done) {
      ++sent;
    } else {
      spdlog::warn("request {}: e-mail to {} not sent: {} {}", request.request_id, principal.email,
                   done.error().message, done.error().detail);
    }
  }
  return sent;
}

}  // namespace practica::applications
