// A district (the tenant) and its local districts: the top of every record's address.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace practica::districts {

struct District {
  std::int64_t id = 0;
  std::string slug;        // "lausd"
  std::string name;        // "Los Angeles Unified School District"
  std::string short_name;  // "LAUSD"
  std::string time_zone;   // IANA name: "America/Los_Angeles"
};

struct LocalDistrict {
  std::int64_t id = 0;
  std::string slug;  // "northeast"
  std::string name;  // "Northeast"
};

// Los Angeles Unified's six local districts since 2014, in the order the district lists them.
const std::vector<std::string>& LausdLocalDistrictNames();

}  // namespace practica::districts
