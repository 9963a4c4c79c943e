// How one room names a school, a cohort or a person it shows but does not own: the id, and what
// a page prints for it. One type each for every feature, read from the owners' published views.
#pragma once

#include <cstdint>
#include <string>

namespace practica::core {

struct SchoolRef {
  std::int64_t id = 0;
  std::int64_t local_district_id = 0;  // 0 when the school has none
  std::string slug;
  std::string name;
  std::string local_district_name;  // "East"; "" when the school has none
};

struct CohortRef {
  std::int64_t id = 0;
  std::string slug;         // "ps-3-0"
  std::string number;       // "3.0"
  std::string title;        // "Innovative Designer"
  std::string school_year;  // "2018-2019": once it is over, the participations are history
  std::string ShortName() const { return "PS " + number; }
  // "PS 3.0 · Innovative Designer (2018-2019)"
  std::string Label() const { return ShortName() + " · " + title + " (" + school_year + ")"; }
};

struct PersonRef {
  std::int64_t id = 0;
  std::string name;
  std::string email;
  bool active = true;
};

}  // namespace practica::core
