// Commitment templates, each school's copies and their ledger of events, for one district.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/refs.hpp"
#include "core/school_scope.hpp"
#include "db/connection.hpp"
#include "features/commitments/domain/commitment.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/grid.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

using CohortRef = core::CohortRef;

using SchoolRef = core::SchoolRef;

// The schools a person may see in a list, when they are not district-wide.
using SchoolScope = core::SchoolScope;

struct GridFilter {
  std::string local_district_slug;   // "" for all
  std::optional<SchoolScope> scope;  // none: every school of the cohort
};

class CommitmentsStore {
 public:
  CommitmentsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  // Whether the school is on the cohort's roster.
  [[nodiscard]] core::Result<bool> InCohort(std::int64_t cohort_id, std::int64_t school_id);

  // An empty calendar when none was set, but for the last day of the cohort's school year.
  [[nodiscard]] core::Result<Calendar> LoadCalendar(std::int64_t cohort_id);
  [[nodiscard]] core::Result<void> SaveCalendar(std::int64_t cohort_id, const Calendar& calendar,
                                                std::int64_t person_id, std::int64_t now);

  // In the agreement's order.
  [[nodiscard]] core::Result<std::vector<Commitment>> Template(std::int64_t cohort_id);
  // Adds the item, or replaces the one with the same party and number. Checks it first.
  [[nodiscard]] core::Result<Commitment> SaveTemplateItem(std::int64_t cohort_id, Commitment item,
                                                          std::int64_t person_id, std::int64_t now);
  // Rewrites the issued copies of the item (their history stays); returns how many.
  [[nodiscard]] core::Result<std::int64_t> UpdateIssuedCopies(std::int64_t cohort_id,
                                                              const Commitment& item);
  // Copies every template item to every school of the roster that lacks it; returns how many
  // copies were made. Running it again makes none.
  [[nodiscard]] core::Result<std::int64_t> Issue(std::int64_t cohort_id, std::int64_t person_id,
                                                 std::int64_t now);
  // Schools of the roster that lack at least one template item.
  [[nodiscard]] core::Result<std::int64_t> SchoolsNotIssued(std::int64_t cohort_id);

  // The school's copies in the agreement's order, each with its events in time order.
  [[nodiscard]] core::Result<std::vector<SchoolCommitment>> ForSchool(std::int64_t cohort_id,
                                                                      std::int64_t school_id);
  // The cohorts the school's commitments were issued in, oldest first.
  [[nodiscard]] core::Result<std::vector<std::int64_t>> CohortsIssuedTo(std::int64_t school_id);
  // Takes the copy's row lock for the rest of the transaction (both databases), so two
  // verifiers acting at once see each other's events.
  [[nodiscard]] core::Result<void> Lock(std::int64_t school_commitment_id);
  [[nodiscard]] core::Result<Event> AddEvent(std::int64_t school_commitment_id, Event event);

  // Names of the current coach of the school's participation in the cohort (none or one).
  [[nodiscard]] core::Result<std::vector<std::string>> CoachesOf(std::int64_t cohort_id,
                                                                 std::int64_t school_id);
  [[nodiscard]] core::Result<std::vector<std::pair<std::string, std::string>>> LocalDistrictsIn(
      std::int64_t cohort_id);  // {slug, name}

  // Each school of the cohort under the filter, by name, with what its grid row needs: its
  // copies in the agreement's order, each with only its id, phase, number and due rule
  // (no title, description or evidence: ForSchool reads those), and their events in time order,
  // each with only its id, kind, period and time. The cohort's copies and events are read in
  // one statement and held in a compact form (about 2 MB at 1,000 schools); each school's rows
  // are built as it goes out, and both arguments are reused for the next school, so keep copies
  // of what must outlive the call.
  using SchoolRowFn = std::function<void(const GridSchool&, const std::vector<SchoolCommitment>&)>;
  [[nodiscard]] core::Result<void> ForEachSchool(std::int64_t cohort_id, const GridFilter& filter,
                                                 const SchoolRowFn& on_school);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::commitments
