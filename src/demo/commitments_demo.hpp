// The PS 3.0 commitments: the agreement's 21 school commitments and the district's three, with
// their real dates, issued to the cohort's 25 schools, and an invented 2018–2019 of evidence and
// verifications at a few schools so the cohort grid shows a mix.
#pragma once

#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/commitments/domain/due.hpp"

namespace practica::demo {

// The Intent to Participate's commitments as a template (titles shortened; the agreement's
// wording is each one's description).
std::vector<commitments::Commitment> Ps3Commitments();
// Coach starts Wednesday, August 8, 2018 (the first onboarding day); instruction starts
// Tuesday, August 14, 2018 (LAUSD's first day of 2018-19); direct support ends Friday,
// June 7, 2019 (the agreement's date).
commitments::Calendar Ps3Calendar();

// Needs the PS 3.0 cohort, its schools and the demo people loaded first.
[[nodiscard]] core::Result<void> LoadCommitmentsDemo(db::Connection& db, std::int64_t district_id,
                                                     const core::TimeZone& zone, std::int64_t now);

}  // namespace practica::demo
