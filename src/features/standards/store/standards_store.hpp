// Reference frameworks of one district in the database.
#pragma once

#include <optional>
#include <vector>

#include "db/connection.hpp"
#include "features/standards/domain/standard.hpp"
#include "features/standards/domain/tagging_terms.hpp"

namespace practica::standards {

class StandardsStore {
 public:
  StandardsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Writes the ISTE Standards for Students, Educators and Education Leaders, the SAMR levels and
  // the tagging terms; existing codes are left untouched. kUnavailable/kInternal from the database.
  [[nodiscard]] core::Result<void> SeedReferenceData();
  // Every family's standards in code order ("1.1" … "3.5"), each with its indicators.
  [[nodiscard]] core::Result<std::vector<Standard>> Standards();
  [[nodiscard]] core::Result<std::vector<SamrLevel>> Samr();
  // The CS Framework concepts and practices, grade bands and subjects, each kind in its order.
  [[nodiscard]] core::Result<std::vector<TaggingTerm>> Terms();

 private:
  [[nodiscard]] core::Result<void> SeedStandards(const std::vector<Standard>& standards);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::standards
