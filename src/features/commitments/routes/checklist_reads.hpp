// What a school's checklist is drawn from, read in one snapshot: the page and the API both
// start here.
#pragma once

#include <string>
#include <vector>

#include "features/commitments/routes/checklist.hpp"

namespace practica::commitments {

struct ChecklistReads {
  SchoolPlace place;
  Calendar calendar;
  std::vector<SchoolCommitment> items;
  std::vector<std::string> coaches;
  Viewer viewer;
  std::int64_t now = 0;
  const core::TimeZone* zone = nullptr;

  // Refers to these reads, which must outlive it.
  Checklist AsChecklist() const { return Checklist{place, calendar, items, coaches, viewer, now, *zone}; }
};

// The cohort and school the path names; kNotFound when either does not exist.
[[nodiscard]] core::Result<ChecklistReads> ReadChecklist(const features::Deps& deps, const http::Request& request);

}  // namespace practica::commitments
