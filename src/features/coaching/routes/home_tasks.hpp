// The coaching room's lines on a home page: for a coach, next steps due within a week, urgent
// when one is already late; for anyone who attended a banked-time session in the last month and
// has not shared back, a line that leads to the session.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::coaching {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::coaching
