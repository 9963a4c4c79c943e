#include "features/applications/routes/register.hpp"

namespace practica::applications {

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps) {
  for (auto* registrar : {&RegisterSetupRoutes, &RegisterApplicationRoutes, &RegisterReviewRoutes,
                          &RegisterListRoutes, &RegisterAgreementPage}) {
    if (auto added = registrar(router, deps); !added) return added;
  }
  return {};
}

}  // namespace practica::applications
