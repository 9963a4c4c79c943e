#include "features/participations/routes/register.hpp"

namespace practica::participations {

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps) {
  if (auto added = RegisterParticipationRoutes(router, deps); !added) return added;
  return RegisterListRoutes(router, deps);
}

}  // namespace practica::participations
