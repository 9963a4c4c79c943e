// The short line of an exemplar every list shows (the library, a person's own, the review
// queue, a collection): one SELECT list and one reader, so the lists cannot drift apart.
#pragma once

#include <string_view>

#include "db/connection.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {

// Exemplars `e` joined to their school `s` and cohort `c`; a caller adds WHERE and ORDER BY.
inline constexpr std::string_view kLineColumns =
    "SELECT e.id, e.title, e.summary, s.name, c.number, e.grade_band, e.subject, e.samr, e.status, e.illustrative,"
    " e.published_at, e.next_status FROM exemplars e"
    " JOIN published_schools s ON s.district_id = e.district_id AND s.id = e.school_id"
    " JOIN published_cohorts c ON c.district_id = e.district_id AND c.id = e.cohort_id";

ExemplarLine ReadLine(const db::Row& row);

}  // namespace practica::exemplars
