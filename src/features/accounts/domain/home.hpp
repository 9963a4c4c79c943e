// What a signed-in person's home page offers, from their roles.
#pragma once

#include <string>
#include <vector>

#include "auth/domain/principal.hpp"

namespace practica::accounts {

struct HomeLink {
  std::string label;
  std::string url;
};

struct HomeSection {
  std::string role;   // "Principal"
  std::string scope;  // "Hope Street ES"
  std::vector<HomeLink> links;
};

// Where a school's pages live, by the school's id; the caller resolves ids to addresses.
struct SchoolAddress {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
};

// One section per active grant, in the order granted. A coach's section lists the caseload.
// `cohort` is the newest cohort's short address ("" when there is none): the program's work
// this year happens there.
std::vector<HomeSection> HomeSections(const auth::Principal& who, const core::LocalDate& today,
                                      const std::vector<SchoolAddress>& schools,
                                      const std::string& local_district_slug_of_grant,
                                      const std::string& cohort = "");

// A safe place to go after signing in: a path on this site, never another host.
std::string SafeNext(std::string_view next);

}  // namespace practica::accounts
