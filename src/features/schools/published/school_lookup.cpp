#include "features/schools/published/school_lookup.hpp"

#include "core/text.hpp"

namespace practica::schools {

core::Result<SchoolLookup> SchoolLookup::Load(db::Connection& db, std::int64_t district_id) {
  SchoolLookup lookup;
  std::map<std::int64_t, std::size_t> at;
  auto remember = [&](const std::string& text, std::size_t index) {
    if (!text.empty()) lookup.exact_.emplace(core::ToLower(text), index);
  };
  auto done = db.Execute(
      "SELECT id, name, slug, COALESCE(cds_code, '') FROM schools WHERE district_id = $1 AND inactive_since IS NULL"
      " ORDER BY id",
      {district_id}, [&](const db::Row& row) {
        const auto index = lookup.schools_.size();
        at[row.Int(0)] = index;
        lookup.schools_.push_back({row.Int(0), row.String(1)});
        remember(row.String(3), index);
        remember(row.String(2), index);
        remember(row.String(1), index);
        lookup.keys_.emplace_back(KeyOf(row.Text(1)), index);
      });
  if (!done) return std::unexpected(done.error());
  auto aliases = db.Execute("SELECT school_id, alias FROM school_aliases WHERE district_id = $1", {district_id},
                            [&](const db::Row& row) {
                              auto found = at.find(row.Int(0));
                              if (found == at.end()) return;
                              remember(row.String(1), found->second);
                              lookup.keys_.emplace_back(KeyOf(row.Text(1)), found->second);
                            });
  if (!aliases) return std::unexpected(aliases.error());
  return lookup;
}

std::optional<LookedUpSchool> SchoolLookup::Find(std::string_view text) const {
  if (auto exact = exact_.find(core::ToLower(core::Trim(text))); exact != exact_.end()) return schools_[exact->second];
  auto ruled = ruled_.find(text);
  if (ruled == ruled_.end()) {
    const auto key = KeyOf(text);
    std::optional<std::size_t> match;
    for (const auto& [other, index] : keys_) {
      if (!SameSchool(key, other)) continue;
      if (match && *match != index) {  // two schools: the cell must say which
        match.reset();
        break;
      }
      match = index;
    }
    ruled = ruled_.emplace(std::string(text), match).first;
  }
  if (!ruled->second) return std::nullopt;
  return schools_[*ruled->second];
}

}  // namespace practica::schools
