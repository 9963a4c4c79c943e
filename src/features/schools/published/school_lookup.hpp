// How another room finds the school a spreadsheet cell names (a staff roster's "School" column):
// by its CDS code, its short address, its name or one of its spellings (any case), and, failing
// those, the one school whose name is the same school under the program's reconciliation rule
// (schools/domain/name_key.hpp: "Garvanza ES" is "Garvanza Elementary …"). Loaded once per file,
// so a roster of 100,000 rows asks the database once.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/schools/domain/name_key.hpp"

namespace practica::schools {

struct LookedUpSchool {
  std::int64_t id = 0;
  std::string name;
};

class SchoolLookup {
 public:
  // The district's active schools.
  [[nodiscard]] static core::Result<SchoolLookup> Load(db::Connection& db, std::int64_t district_id);

  // The school `text` names, or nullopt when none does or the rule finds two.
  std::optional<LookedUpSchool> Find(std::string_view text) const;

 private:
  std::vector<LookedUpSchool> schools_;
  std::map<std::string, std::size_t, std::less<>> exact_;  // code, slug, lower-cased name or alias → index
  std::vector<std::pair<NameKey, std::size_t>> keys_;      // each name and alias's key
  // What the rule found for each text asked before: a roster names each school on many rows.
  mutable std::map<std::string, std::optional<std::size_t>, std::less<>> ruled_;
};

}  // namespace practica::schools
