// A cohort's participation figures, counted over the schools a report covers (a local
// district's director's report: their schools only), and each kind of evidence written as the
// sentence the report sets under a core value. Plain values in, words out: no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "features/dashboard/domain/signals.hpp"

namespace practica::reports {

struct CohortFigures {
  int schools = 0;
  int agreements_active = 0;  // signed, in force (or, for a finished year, took part)
  int teams_confirmed = 0;
  int team_members = 0;
  int coaches_assigned = 0;
  std::int64_t coaching_minutes = 0;
  int commitments = 0;  // the schools' own commitments, summed
  int verified = 0;
  int late = 0;
  int sessions_attended = 0;  // school-sessions: one school's team at one session
  int sessions_partial = 0;
  int sessions_missed = 0;
  int challenges_started = 0;
  int challenges_shared = 0;
  int exemplars_published = 0;
  int exemplars_under_way = 0;
  int forms_sent = 0;
  int forms_most = 0;
  std::int64_t forms_asked = 0;
  std::int64_t forms_answered = 0;
  int plans_approved = 0;
  int plans_submitted = 0;  // submitted, waiting for review
  int certified = 0;
};

CohortFigures Tally(const std::vector<dashboard::SchoolSignals>& schools);

// "62 of 75 commitments are verified across 3 schools; 4 are late." for "commitments", and so on
// for each key of EvidenceKinds(); "" for an unknown key.
std::string EvidenceSentence(std::string_view evidence, const CohortFigures& figures);

// "12.5": minutes as hours with at most one decimal.
std::string Hours(std::int64_t minutes);

// "80%" of part over whole, rounded down; "no" when whole is 0 ("no schools asked").
std::string Percent(std::int64_t part, std::int64_t whole);

}  // namespace practica::reports
