#include "demo/people.hpp"

#include <vector>

#include "auth/account_store.hpp"
#include "auth/grant_store.hpp"
#include "auth/secrets.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

struct DemoGrant {
  auth::Role role;
  std::string where;  // a school or local district name; "" for district-wide and caseload
};

struct DemoPerson {
  std::string name;
  std::string email;
  std::vector<DemoGrant> grants;
  std::vector<std::string> caseload;  // schools, for a coach
  std::string staff_of;               // the school whose staff list names them
  people::StaffRole staff_role = people::StaffRole::kTeacher;
};

// The program's director, coordinator and specialist are named in the program's own writing;
// everyone else is invented for the demo.
std::vector<DemoPerson> DemoPeople() {
  using auth::Role;
  return {
      {"Sophia Mendoza", "sophia.mendoza@lausd.net", {{Role::kDirector, ""}}, {}, "", {}},
      {"Allison Jonas", "allison.jonas@lausd.net", {{Role::kCoordinator, ""}}, {}, "", {}},
      {"Dominic Caguioa", "dominic.caguioa@lausd.net", {{Role::kSpecialist, ""}, {Role::kReviewer, ""}}, {}, "", {}},
      {"Ramon Castillo", "coach@practica.example", {{Role::kCoach, ""}},
       {"Garvanza Elementary Technology and Leadership Magnet", "Hope Street ES", "Telfair Avenue ES"}, "", {}},
      {"Marcus Lee", "director.northeast@practica.example", {{Role::kInstructionalDirector, "Northeast"}}, {}, "", {}},
      {"Elena Ortiz", "principal@practica.example",
       {{Role::kPrincipal, "Garvanza Elementary Technology and Leadership Magnet"}}, {},
       "Garvanza Elementary Technology and Leadership Magnet", people::StaffRole::kPrincipal},
      {"Priya Shah", "teacher@practica.example",
       {{Role::kTeacher, "Garvanza Elementary Technology and Leadership Magnet"},
        {Role::kTeamMember, "Garvanza Elementary Technology and Leadership Magnet"}}, {},
       "Garvanza Elementary Technology and Leadership Magnet", people::StaffRole::kTeacher},
      {"Hannah Kim", "principal.hope@practica.example", {{Role::kPrincipal, "Hope Street ES"}}, {},
       "Hope Street ES", people::StaffRole::kPrincipal},
  };
}

}  // namespace

core::Result<int> AddDemoPeople(db::Connection& db, std::int64_t district_id,
                                const std::map<std::string, std::int64_t>& school_ids,
                                const std::map<std::string, std::int64_t>& local_ids,
                                std::int64_t now) {
  auto hash = auth::HashPassword(kDemoPassword);
  if (!hash) return std::unexpected(hash.error());
  people::PeopleStore people_store(db, district_id);
  auth::GrantStore grants(db, district_id);
  auth::AccountStore accounts(db, district_id);
  int added = 0;
  for (const auto& demo : DemoPeople()) {
    auto person = people_store.Create(people::Person{0, demo.email, demo.name, true});
    if (!person) return std::unexpected(person.error());
    if (auto set = accounts.SetPassword(person->id, *hash, now); !set) return std::unexpected(set.error());
    for (const auto& g : demo.grants) {
      auth::NewGrant grant{person->id, g.role, auth::NaturalScope(g.role), 0, {2019, 5, 20}, std::nullopt};
      if (grant.scope == auth::ScopeKind::kSchool) grant.scope_id = school_ids.at(g.where);
      if (grant.scope == auth::ScopeKind::kLocalDistrict) grant.scope_id = local_ids.at(g.where);
      if (auto saved = grants.Add(grant, 0, now); !saved) return std::unexpected(saved.error());
    }
    for (const auto& school : demo.caseload) {
      if (auto assigned = grants.AssignToCaseload(person->id, school_ids.at(school), now); !assigned) {
        return std::unexpected(assigned.error());
      }
    }
    if (!demo.staff_of.empty()) {
      auto staff = people_store.AddToSchool(school_ids.at(demo.staff_of), person->id, demo.staff_role);
      if (!staff) return std::unexpected(staff.error());
    }
    ++added;
  }
  return added;
}

}  // namespace practica::demo
