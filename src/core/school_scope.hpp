// Which schools a person's list may show: every school of the district, or the schools and
// local districts their grants cover (a coach's caseload counts as schools). One type for every
// feature's lists; db::ScopeCondition turns it into SQL.
#pragma once

#include <cstdint>
#include <vector>

namespace practica::core {

struct SchoolScope {
  bool everything = false;
  std::vector<std::int64_t> school_ids;
  std::vector<std::int64_t> local_district_ids;

  // True for a school of the listed schools or of a listed local district.
  bool Includes(std::int64_t school_id, std::int64_t local_district_id) const;
  // True when the list shows no school at all.
  bool CoversNothing() const { return !everything && school_ids.empty() && local_district_ids.empty(); }
};

}  // namespace practica::core
