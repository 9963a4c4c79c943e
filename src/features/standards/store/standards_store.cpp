#include "features/standards/store/standards_store.hpp"

#include <map>

namespace practica::standards {

// ON CONFLICT DO NOTHING: seeding again adds only the codes a district lacks (a family added
// since it was seeded) and keeps the district's own wording of those it has.
core::Result<void> StandardsStore::SeedStandards(const std::vector<Standard>& standards) {
  for (const auto& standard : standards) {
    auto saved = db_.Exec(
        "INSERT INTO standards (district_id, code, family, name, summary)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        {district_id_, standard.code, standard.family, standard.name, standard.summary});
    if (!saved) return std::unexpected(saved.error());
    for (const auto& indicator : standard.indicators) {
      auto added = db_.Exec(
          "INSERT INTO standard_indicators (district_id, code, standard_code, text)"
          " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
          {district_id_, indicator.code, standard.code, indicator.text});
      if (!added) return std::unexpected(added.error());
    }
  }
  return {};
}

core::Result<void> StandardsStore::SeedReferenceData() {
  for (const auto* family : {&IsteStudentStandards(), &IsteEducatorStandards(), &IsteLeaderStandards()}) {
    if (auto seeded = SeedStandards(*family); !seeded) return seeded;
  }
  std::int64_t position = 0;
  for (const auto& level : SamrLevels()) {
    auto saved = db_.Exec(
        "INSERT INTO samr_levels (district_id, code, position, name, summary)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        {district_id_, level.code, ++position, level.name, level.summary});
    if (!saved) return std::unexpected(saved.error());
  }
  std::int64_t term_position = 0;
  for (const auto& term : TaggingTerms()) {
    auto saved = db_.Exec(
        "INSERT INTO tagging_terms (district_id, kind, code, position, name, summary)"
        " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        {district_id_, term.kind, term.code, ++term_position, term.name, term.summary});
    if (!saved) return std::unexpected(saved.error());
  }
  return {};
}

core::Result<std::vector<TaggingTerm>> StandardsStore::Terms() {
  std::vector<TaggingTerm> all;
  auto done = db_.Execute(
      "SELECT kind, code, name, summary FROM tagging_terms WHERE district_id = $1 ORDER BY kind, position",
      {district_id_}, [&](const db::Row& row) {
        all.push_back({row.String(0), row.String(1), row.String(2), row.String(3)});
      });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<std::vector<Standard>> StandardsStore::Standards() {
  std::vector<Standard> all;
  std::map<std::string, std::size_t> index;
  auto done = db_.Execute(
      "SELECT code, family, name, summary FROM standards WHERE district_id = $1 ORDER BY code",
      {district_id_}, [&](const db::Row& row) {
        index[row.String(0)] = all.size();
        all.push_back(Standard{row.String(0), row.String(1), row.String(2), row.String(3), {}});
      });
  if (!done) return std::unexpected(done.error());
  auto indicators = db_.Execute(
      "SELECT code, standard_code, text FROM standard_indicators WHERE district_id = $1"
      " ORDER BY code",
      {district_id_}, [&](const db::Row& row) {
        const auto it = index.find(row.String(1));
        if (it != index.end()) all[it->second].indicators.push_back({row.String(0), row.String(2)});
      });
  if (!indicators) return std::unexpected(indicators.error());
  return all;
}

core::Result<std::vector<SamrLevel>> StandardsStore::Samr() {
  std::vector<SamrLevel> all;
  auto done = db_.Execute(
      "SELECT code, name, summary FROM samr_levels WHERE district_id = $1 ORDER BY position",
      {district_id_},
      [&](const db::Row& row) { all.push_back({row.String(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return all;
}

}  // namespace practica::standards
