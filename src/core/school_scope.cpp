#include "core/school_scope.hpp"

#include <algorithm>

namespace practica::core {

bool SchoolScope::Includes(std::int64_t school_id, std::int64_t local_district_id) const {
  return everything || std::ranges::find(school_ids, school_id) != school_ids.end() ||
         std::ranges::find(local_district_ids, local_district_id) != local_district_ids.end();
}

}  // namespace practica::core
