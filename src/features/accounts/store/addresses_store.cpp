#include "features/accounts/store/addresses_store.hpp"

namespace practica::accounts {

core::Result<std::vector<SchoolAddress>> AddressesStore::Schools(const std::vector<std::int64_t>& ids) {
  std::vector<SchoolAddress> found;
  for (auto id : ids) {
    auto done = db_.Execute("SELECT id, slug, name FROM published_schools WHERE district_id = $1 AND id = $2",
                            {district_id_, id}, [&](const db::Row& row) {
                              found.push_back({row.Int(0), row.String(1), row.String(2)});
                            });
    if (!done) return std::unexpected(done.error());
  }
  return found;
}

core::Result<std::string> AddressesStore::LocalDistrictSlug(std::int64_t id) {
  std::string slug;
  auto done = db_.Execute("SELECT slug FROM published_local_districts WHERE district_id = $1 AND id = $2",
                          {district_id_, id}, [&](const db::Row& row) { slug = row.String(0); });
  if (!done) return std::unexpected(done.error());
  return slug;
}

core::Result<std::string> AddressesStore::NewestCohortSlug() {
  std::string slug;
  auto done = db_.Execute(
      "SELECT slug FROM published_cohorts WHERE district_id = $1 ORDER BY school_year DESC, number DESC LIMIT 1",
      {district_id_}, [&](const db::Row& row) { slug = row.String(0); });
  if (!done) return std::unexpected(done.error());
  return slug;
}

}  // namespace practica::accounts
