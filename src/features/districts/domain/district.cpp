#include "features/districts/domain/district.hpp"

namespace practica::districts {

const std::vector<std::string>& LausdLocalDistrictNames() {
  static const std::vector<std::string> kNames = {"Central",   "East",  "Northeast",
                                                  "Northwest", "South", "West"};
  return kNames;
}

}  // namespace practica::districts
