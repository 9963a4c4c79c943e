#include "features/commitments/routes/register.hpp"

namespace practica::commitments {

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps) {
  if (auto added = RegisterSchoolRoutes(router, deps); !added) return added;
  if (auto added = RegisterGridRoutes(router, deps); !added) return added;
  return RegisterTemplateRoutes(router, deps);
}

}  // namespace practica::commitments
