#include "features/schools/published/school_refs.hpp"

#include <string>

namespace practica::schools {

core::Result<std::optional<core::SchoolRef>> FindSchoolRef(db::Connection& db, std::int64_t district_id,
                                                           std::string_view slug) {
  std::optional<core::SchoolRef> found;
  auto done = db.Execute(
      "SELECT s.id, COALESCE(s.local_district_id, 0), s.slug, s.name, COALESCE(l.name, '')"
      " FROM published_schools s LEFT JOIN published_local_districts l ON l.district_id = s.district_id"
      " AND l.id = s.local_district_id WHERE s.district_id = $1 AND s.slug = $2",
      {district_id, std::string(slug)}, [&](const db::Row& row) {
        found = core::SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3), row.String(4)};
      });
  if (!done) return std::unexpected(done.error());
  return found;
}

}  // namespace practica::schools
