#include "features/learning/routes/team_registrations.hpp"

#include <map>
#include <set>
#include <vector>

#include "auth/guard.hpp"
#include "features/learning/domain/attendance.hpp"
#include "features/learning/routes/lookup.hpp"

namespace practica::learning {
namespace json = boost::json;
using features::Deps;
using http::Request;

namespace {

// What the forms show of the person's schools, each kind read once for all of them.
struct SchoolsOnPage {
  const Offering& offering;
  std::string cohort_slug;
  std::string csrf_token;
  bool open = false;
  std::int64_t now = 0;
  std::vector<SchoolRef> schools;
  std::map<std::int64_t, std::vector<PersonRef>> teams;  // by school
  std::map<std::int64_t, Registration> registrations;    // by school
  std::map<std::int64_t, Marks> marks;                   // by registration, once it has ended
};

core::Result<void> ReadSchools(const Deps& deps, LearningStore& store, const Request& request,
                               SchoolsOnPage& page) {
  const auto& offering = page.offering;
  auto mine = store.SchoolsOf(*offering.cohort_id, Me(request),
                              auth::Today(deps.clock, deps.tenant.zone));
  if (!mine) return std::unexpected(mine.error());
  page.schools = std::move(*mine);
  std::vector<std::int64_t> school_ids;
  for (const auto& school : page.schools) school_ids.push_back(school.id);
  auto teams = store.TeamsOf(*offering.cohort_id, school_ids);
  if (!teams) return std::unexpected(teams.error());
  page.teams = std::move(*teams);
  auto registrations = store.ForSchools(offering.id, school_ids);
  if (!registrations) return std::unexpected(registrations.error());
  page.registrations = std::move(*registrations);
  // Before the session ends marks change nothing (RegistrationOutcome), so none are read.
  if (page.now < offering.EndsAt()) return {};
  std::vector<std::int64_t> registration_ids;
  for (const auto& [school, r] : page.registrations) registration_ids.push_back(r.id);
  auto marks = store.MarksOf(registration_ids);
  if (!marks) return std::unexpected(marks.error());
  page.marks = std::move(*marks);
  return {};
}

json::array PeopleJson(const std::vector<PersonRef>& people) {
  json::array out;
  for (const auto& person : people) {
    out.push_back(json::object{{"id", person.id}, {"name", person.name}});
  }
  return out;
}

// The team's members who hold no seat of the registration: whom an attendee may be swapped for.
json::array OthersJson(const Registration& r, const std::vector<PersonRef>& team) {
  std::set<std::int64_t> seated;
  for (const auto& person : r.attendees) seated.insert(person.id);
  std::vector<PersonRef> others;
  for (const auto& person : team) {
    if (!seated.contains(person.id)) others.push_back(person);
  }
  return PeopleJson(others);
}

json::object RegisteredJson(const SchoolsOnPage& page, const SchoolRef& school,
                            const Registration& r, const std::vector<PersonRef>& team,
                            const std::string& school_base) {
  static const Marks kNoMarks;
  const auto& offering = page.offering;
  auto marks = page.marks.find(r.id);
  const auto outcome = RegistrationOutcome(
      offering, r.state, marks == page.marks.end() ? kNoMarks : marks->second, page.now);
  json::array others = OthersJson(r, team);
  const bool may_change = !offering.Cancelled() && page.now < offering.EndsAt() && !others.empty();
  return json::object{{"state", StateCode(r.state)},
                      {"state_label", OutcomeLabel(outcome)},
                      {"outcome", OutcomeCode(outcome)},
                      {"waitlisted", r.state == State::kWaitlisted},
                      {"team_size", offering.team_size},
                      {"attendees", PeopleJson(r.attendees)},
                      {"others", std::move(others)},
                      {"name", school.name},
                      {"slug", school.slug},
                      {"may_change", may_change},
                      {"swap_url", school_base + "/swap"},
                      {"cancel_url", school_base + "/cancel"},
                      {"csrf_token", page.csrf_token}};
}

// The team to choose attendees from, its first team-size members ticked.
json::array TeamChoiceJson(const Offering& offering, const std::vector<PersonRef>& team) {
  json::array members;
  int index = 0;
  for (const auto& person : team) {
    members.push_back(json::object{
        {"id", person.id}, {"name", person.name}, {"checked", index++ < offering.team_size}});
  }
  return members;
}

json::object SchoolJson(const SchoolsOnPage& page, const SchoolRef& school) {
  static const std::vector<PersonRef> kNoTeam;
  const auto& offering = page.offering;
  const std::string school_base =
      "/learning/" + offering.slug + "/schools/" + school.slug + "/registration";
  json::object s{{"slug", school.slug},
                 {"name", school.name},
                 {"team_size", offering.team_size},
                 {"open", page.open},
                 {"register_url", school_base},
                 {"csrf_token", page.csrf_token},
                 {"team_url", "/cohorts/" + page.cohort_slug + "/schools/" + school.slug +
                                  "/participation"}};
  auto team = page.teams.find(school.id);
  const auto& members = team == page.teams.end() ? kNoTeam : team->second;
  auto registration = page.registrations.find(school.id);
  if (registration == page.registrations.end()) {
    s["team"] = TeamChoiceJson(offering, members);
  } else {
    s["registration"] = RegisteredJson(page, school, registration->second, members, school_base);
  }
  return s;
}

}  // namespace

core::Result<json::array> TeamRegistrationsJson(const Deps& deps, LearningStore& store,
                                                const Request& request, const Offering& offering,
                                                const TeamForms& forms) {
  json::array schools;
  if (offering.audience != Audience::kTeam || !offering.cohort_id || !request.principal) {
    return schools;
  }
  SchoolsOnPage page{offering, forms.cohort_slug, CsrfToken(request), forms.open, forms.now};
  if (auto read = ReadSchools(deps, store, request, page); !read) {
    return std::unexpected(read.error());
  }
  for (const auto& school : page.schools) schools.push_back(SchoolJson(page, school));
  return schools;
}

}  // namespace practica::learning
