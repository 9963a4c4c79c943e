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

  // Writes the ISTE student standards, SAMR levels and tagging terms; existing codes are left untouched.
  [[nodiscard]] core::Result<void> SeedReferenceData();
  [[nodiscard]] core::Result<std::vector<Standard>> Standards();
  [[nodiscard]] core::Result<std::vector<SamrLevel>> Samr();
  // The CS Framework concepts and practices, grade bands and subjects, each kind in its order.
  [[nodiscard]] core::Result<std::vector<TaggingTerm>> Terms();

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::standards
