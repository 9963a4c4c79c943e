// Where an exemplar may come from: the school's design-challenge cycles and coaching cycles,
// read through what the challenges and coaching rooms publish.
#include "core/time_zone.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {

core::Result<std::vector<Source>> ExemplarsStore::SourcesFor(const SchoolRef& school, const CohortRef& cohort) {
  std::vector<Source> sources;
  const std::string challenge = "/cohorts/" + cohort.slug + "/schools/" + school.slug + "/challenge";
  auto cycles = db_.Execute(
      "SELECT id, number, try_text FROM published_challenge_cycles WHERE district_id = $1 AND school_id = $2"
      " AND cohort_id = $3 ORDER BY number",
      {district_id_, school.id, cohort.id}, [&](const db::Row& row) {
        sources.push_back({"challenge_cycle:" + row.String(0),
                           "Design challenge, cycle " + row.String(1) + ": " + row.String(2), challenge});
      });
  if (!cycles) return std::unexpected(cycles.error());
  auto coaching = db_.Execute(
      "SELECT id, started_on FROM published_coaching_cycles WHERE district_id = $1 AND school_id = $2"
      " ORDER BY started_on, id",
      {district_id_, school.id}, [&](const db::Row& row) {
        const auto day = core::ParseLocalDate(row.Text(1));
        sources.push_back({"coaching_cycle:" + row.String(0),
                           "A coaching cycle at the school, begun " + (day ? core::FormatLongDate(*day) : row.String(1)),
                           ""});
      });
  if (!coaching) return std::unexpected(coaching.error());
  return sources;
}

}  // namespace practica::exemplars
