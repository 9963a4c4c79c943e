// The list of features that put lines on home pages ("3 applications to decide in PS 5.0"):
// one entry per feature that knows of such work, in the order the lines appear.
#pragma once

#include <vector>

#include "features/kit/home_tasks.hpp"

namespace practica::app {

const std::vector<features::HomeTaskSource>& HomeTaskSources();

}  // namespace practica::app
