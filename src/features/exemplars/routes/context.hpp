// What every exemplar route finds first: the exemplar of the path and who is asking in its
// terms (staff, an author or the school's team and coach, an assigned reviewer, anyone else).
#pragma once

#include <cstdint>

#include "features/exemplars/store/exemplars_store.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/router.hpp"

namespace practica::exemplars {

struct Viewer {
  std::int64_t person_id = 0;
  bool staff = false;     // district program staff: curate, read everything
  bool may_edit = false;  // an author, or the school's teacher, team or coach
  bool author = false;
  bool reviewer = false;  // assigned in some round

  // Who sees an exemplar that is not published, and who sees reviews at all.
  bool Insider() const { return staff || may_edit || reviewer; }
  bool SeesReviews() const { return staff || author || reviewer; }
};

struct Found {
  ExemplarRecord record;
  std::vector<ReviewRecord> reviews;
  Viewer viewer;
};

// The school of the path ({school}) for the policy: who may package an exemplar there.
http::ResourceResolver SchoolResolver(const features::Deps& deps);

// The exemplar {id} and the person as its viewer. kNotFound for an unknown id and, so that
// nothing about it leaks, for one not published that the person may not see.
[[nodiscard]] core::Result<Found> FindExemplar(const features::Deps& deps, ExemplarsStore& store,
                                               const http::Request& request);

// Today in the district's calendar, as YYYY-MM-DD.
std::string TodayText(const features::Deps& deps);

}  // namespace practica::exemplars
