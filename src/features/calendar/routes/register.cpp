#include "features/calendar/routes/register.hpp"

namespace practica::calendar {

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps) {
  if (auto added = RegisterFeedRoutes(router, deps); !added) return added;
  return RegisterSessionRoutes(router, deps);
}

}  // namespace practica::calendar
