#include "features/districts/store/districts_store.hpp"

#include "core/text.hpp"

namespace practica::districts {

core::Result<District> DistrictsStore::Create(District district) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  district.id = *id;
  auto inserted = db_.Exec(
      "INSERT INTO districts (id, slug, name, short_name, time_zone) VALUES ($1, $2, $3, $4, $5)",
      {district.id, district.slug, district.name, district.short_name, district.time_zone});
  if (!inserted) {
    auto error = inserted.error();
    if (error.code == core::ErrorCode::kConflict) {
      error.message = "A district with the short address \"" + district.slug + "\" already exists.";
      error.field = "slug";
    }
    return std::unexpected(error);
  }
  return district;
}

namespace {
District ReadDistrict(const db::Row& row) {
  return District{row.Int(0), row.String(1), row.String(2), row.String(3), row.String(4)};
}
}  // namespace

core::Result<std::optional<District>> DistrictsStore::FindBySlug(std::string_view slug) {
  std::optional<District> found;
  auto done = db_.Execute(
      "SELECT id, slug, name, short_name, time_zone FROM districts WHERE slug = $1",
      {std::string(slug)}, [&](const db::Row& row) { found = ReadDistrict(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<District>> DistrictsStore::List() {
  std::vector<District> all;
  auto done = db_.Execute("SELECT id, slug, name, short_name, time_zone FROM districts ORDER BY name",
                          {}, [&](const db::Row& row) { all.push_back(ReadDistrict(row)); });
  if (!done) return std::unexpected(done.error());
  return all;
}

core::Result<LocalDistrict> DistrictsStore::AddLocalDistrict(std::int64_t district_id,
                                                             std::string name) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  LocalDistrict local{*id, core::Slugify(name), std::move(name)};
  auto inserted = db_.Exec(
      "INSERT INTO local_districts (district_id, id, slug, name) VALUES ($1, $2, $3, $4)",
      {district_id, local.id, local.slug, local.name});
  if (!inserted) return std::unexpected(inserted.error());
  return local;
}

core::Result<std::vector<LocalDistrict>> DistrictsStore::LocalDistricts(std::int64_t district_id) {
  std::vector<LocalDistrict> all;
  auto done = db_.Execute(
      "SELECT id, slug, name FROM local_districts WHERE district_id = $1 ORDER BY name",
      {district_id},
      [&](const db::Row& row) { all.push_back({row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return all;
}

}  // namespace practica::districts
