#include "demo/visits_demo.hpp"
#include "demo/try.hpp"

#include <map>
#include <string>

#include "features/kit/events.hpp"
#include "features/people/store/people_store.hpp"
#include "features/visits/store/visits_store.hpp"

namespace practica::demo {
namespace {

constexpr const char* kElena = "principal@practica.example";
constexpr const char* kHannah = "principal.hope@practica.example";
constexpr const char* kRosa = "rosa.delgado@practica.example";  // a Hope Street teacher (coaching demo)
constexpr const char* kMarcus = "director.northeast@practica.example";

core::Result<std::map<std::string, std::int64_t>> People(db::Connection& db, std::int64_t district_id) {
  std::map<std::string, std::int64_t> ids;
  people::PeopleStore people(db, district_id);
  for (const char* email : {kElena, kHannah, kRosa, kMarcus}) {
    auto found = people.FindByEmail(email);
    if (!found) return std::unexpected(found.error());
    if (!*found) return core::Fail(core::ErrorCode::kNotFound, std::string("The demo has no ") + email + ".");
    ids[email] = (*found)->id;
  }
  return ids;
}

visits::VisitPlan Plan(core::LocalDate day, std::string purpose, std::string look_fors, int capacity) {
  return visits::VisitPlan{day, 8 * 60 + 30, 11 * 60, std::move(purpose), std::move(look_fors), capacity, true};
}

}  // namespace

core::Result<void> LoadVisitsDemo(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone,
                                  const features::Effects& effects) {
  visits::VisitsStore store(db, district_id);
  auto garvanza = store.FindSchool("garvanza-elementary-technology-and-leadership-magnet");
  if (!garvanza) return std::unexpected(garvanza.error());
  if (!*garvanza) return core::Fail(core::ErrorCode::kNotFound, "The demo has no Garvanza.");
  auto people = People(db, district_id);
  if (!people) return std::unexpected(people.error());
  auto& ids = *people;

  // Thursday, February 7, 2019: a release day for Hope Street's principal and one teacher.
  const core::LocalDate held_on{2019, 2, 7};
  auto offered_at = zone.ToUtc({{2019, 1, 14}, 9, 0});
  auto taken_at = zone.ToUtc({{2019, 2, 7}, 15, 0});
  auto reflected_at = zone.ToUtc({{2019, 2, 8}, 16, 0});
  if (!offered_at || !taken_at || !reflected_at) return core::Fail(core::ErrorCode::kInternal, "The demo's visit times.");
  auto held = store.Add((*garvanza)->id,
                        Plan(held_on, "See how grade 3 and 4 launch a design challenge with empathy interviews.",
                             "Rooms 12 (grade 3) and 18 (grade 4): students interviewing a user, the design process on "
                             "the wall, talk about constraints.",
                             6),
                        ids[kElena], *offered_at, true);
  if (!held) return std::unexpected(held.error());
  for (const char* visitor : {kHannah, kRosa}) PRACTICA_TRY(store.SignUp(*held, ids[visitor], *offered_at + 86400));
  PRACTICA_TRY(store.TakeAttendance(*held, {ids[kHannah], ids[kRosa]}, ids[kElena], *taken_at));
  PRACTICA_TRY(store.Reflect(*held, ids[kHannah],
                                {"Students led the empathy interviews themselves; the teacher only timed the rounds.",
                                 "Start our grade 3 design unit with interviews of the office staff as users."},
                                *reflected_at));
  PRACTICA_TRY(store.Reflect(*held, ids[kRosa],
                                {"The constraints chart stayed up all week and students pointed to it when they argued.",
                                 "A constraints chart for the playground redesign in my room."},
                                *reflected_at));
  PRACTICA_TRY(effects.Emit(db, features::VisitHeld{(*garvanza)->id, (*garvanza)->name, held_on, 2, *held,
                                                       ids[kElena], *taken_at}));

  // Thursday, March 4, 2027: open for sign-ups; the Northeast's instructional director has a seat.
  auto opened_at = zone.ToUtc({{2026, 11, 16}, 9, 0});
  if (!opened_at) return std::unexpected(opened_at.error());
  auto coming = store.Add((*garvanza)->id,
                          Plan({2027, 3, 4}, "See student-designed prototypes tested with real users, grades 2 to 5.",
                               "Rooms 7, 12 and 18: prototype testing with users, feedback protocols, revision notes.", 8),
                          ids[kElena], *opened_at, true);
  if (!coming) return std::unexpected(coming.error());
  return store.SignUp(*coming, ids[kMarcus], *opened_at + 3600);
}

}  // namespace practica::demo
