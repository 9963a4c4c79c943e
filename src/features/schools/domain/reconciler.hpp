// Builds one school record per real school from cohort lists that spell names differently.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "features/schools/domain/name_key.hpp"

namespace practica::schools {

struct ReconciledSchool {
  std::string name;                  // the first spelling seen: feed the newest list first
  std::vector<std::string> aliases;  // every other spelling, in the order seen
  std::optional<SchoolType> level;   // from whichever spelling names it
  std::vector<NameKey> keys;         // one per spelling
};

// Why a name did not join an existing school though it looked like one or more.
struct ReconcileNote {
  std::string name;
  std::vector<std::string> candidates;
};

class Reconciler {
 public:
  // Adds one cohort's list. Names in one list are different schools, so a school matched by one
  // name of the list is not offered to the next. A name joins a school only when exactly one
  // school matches it; otherwise it becomes a new school (and an ambiguous match is noted).
  // Returns, for each name, the index of its school in schools().
  std::vector<std::size_t> AddList(const std::vector<std::string>& names);

  const std::vector<ReconciledSchool>& schools() const { return schools_; }
  const std::vector<ReconcileNote>& notes() const { return notes_; }

 private:
  std::vector<ReconciledSchool> schools_;
  std::vector<ReconcileNote> notes_;
};

}  // namespace practica::schools
