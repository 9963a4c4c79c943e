#include "features/challenges/domain/access.hpp"

namespace practica::challenges {

Access ReadAccess(const Reader& reader) {
  if (reader.own_school || reader.own_coach || reader.may_change || reader.district_staff || reader.local_director) {
    return Access::kEverything;
  }
  if (reader.in_cohort) return Access::kSharedOnly;
  return Access::kNone;
}

bool MayComment(const Reader& reader, bool shared) {
  if (!shared) return false;
  return reader.own_school || reader.own_coach || reader.may_change || reader.in_cohort;
}

}  // namespace practica::challenges
