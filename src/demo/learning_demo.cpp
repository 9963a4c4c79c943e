#include "demo/learning_demo.hpp"

#include <string>
#include <vector>

#include "core/text.hpp"
#include "features/learning/store/learning_store.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

using learning::Kind;

struct DemoDay {
  std::string date;  // "2018-06-02"
  int start_minute;
  int end_minute;
};

struct DemoOffering {
  Kind kind;
  std::string title;
  std::string description;
  bool cohort;  // PS 3.0's, for its teams; else open to every teacher
  int capacity;
  std::string location;
  std::string join_url;
  int commitment;  // 0: none
  std::string standard;
  std::vector<DemoDay> days;
};

constexpr int kEight = 8 * 60;
constexpr int kThree = 15 * 60;

// PS 3.0's sessions, dated and timed as its agreement (commitments 6 and 15) lists them. The
// agreement names no place or link: those are left for staff to add.
std::vector<DemoOffering> Ps3Sessions(int teams) {
  const std::string tba = "Place to be announced by ITI";
  return {
      {Kind::kWelcomeWebinar, "PS 3.0 Virtual Welcome Webinar",
       "Welcome for the ID Practitioner Teams of accepted schools.", true, teams * 3, "",
       "https://lausd.zoom.us/", 6, "", {{"2018-05-18", kThree, 16 * 60}}},
      {Kind::kOnboarding, "PS 3.0 Onboarding",
       "Face-to-face onboarding for the school's three-member ID Practitioner Team: four days, "
       "registered as one.", true, teams * 3, tba, "", 6, "",
       {{"2018-06-02", kEight, kThree}, {"2018-08-08", kEight, kThree},
        {"2018-08-09", kEight, kThree}, {"2018-08-10", kEight, kThree}}},
      {Kind::kFollowUp, "PS 3.0 Follow-up Learning 2018-2019",
       "The 2018-2019 follow-up learning sessions for the ID Practitioner Team.", true, teams * 3,
       tba, "", 15, "",
       {{"2018-09-28", kEight, kThree}, {"2019-03-22", kEight, kThree},
        {"2019-05-31", kEight, kThree}}},
  };
}

// Sample offerings for the coming months, open to every teacher: one ISTE Standards Suite
// offering per student standard in the 2+1 format, and the Teacher Leader Network.
std::vector<DemoOffering> OpenSessions() {
  const std::vector<std::pair<std::string, std::string>> standards = {
      {"1.1", "Empowered Learner"},     {"1.2", "Digital Citizen"},
      {"1.3", "Knowledge Constructor"}, {"1.4", "Innovative Designer"},
      {"1.5", "Computational Thinker"}, {"1.6", "Creative Communicator"},
      {"1.7", "Global Collaborator"}};
  // Two consecutive Tuesdays and Wednesdays, then the reflection day a week later.
  const std::vector<std::vector<std::string>> dates = {
      {"2027-01-12", "2027-01-13", "2027-01-20"}, {"2027-01-26", "2027-01-27", "2027-02-03"},
      {"2027-02-09", "2027-02-10", "2027-02-17"}, {"2027-02-23", "2027-02-24", "2027-03-03"},
      {"2027-03-09", "2027-03-10", "2027-03-17"}, {"2027-04-13", "2027-04-14", "2027-04-21"},
      {"2027-04-27", "2027-04-28", "2027-05-05"}};
  std::vector<DemoOffering> open;
  for (std::size_t i = 0; i < standards.size(); ++i) {
    const auto& [code, name] = standards[i];
    open.push_back({Kind::kIsteSuite, "ISTE Standards Suite: " + name,
                    "A deep dive into ISTE Student Standard " + code + ", " + name + ".", false, 30,
                    "Place to be announced by ITI", "", 0, code,
                    {{dates[i][0], kEight, kThree},
                     {dates[i][1], kEight, kThree},
                     {dates[i][2], kEight, kThree}}});
  }
  open.push_back({Kind::kTeacherLeaderNetwork, "Teacher Leader Network 2027",
                  "Computational thinking and the K-12 Computer Science Framework for teacher "
                  "leaders.", false, 40, "Place to be announced by ITI", "", 0, "1.5",
                  {{"2027-02-06", 9 * 60, 13 * 60}}});
  return open;
}

core::Result<learning::Offering> Create(learning::LearningStore& store, const DemoOffering& d,
                                        std::optional<std::int64_t> cohort_id,
                                        const core::TimeZone& zone, std::int64_t now) {
  learning::Offering o;
  o.cohort_id = d.cohort ? cohort_id : std::nullopt;
  o.kind = d.kind;
  o.audience = learning::InfoOf(d.kind).audience;
  o.title = d.title;
  o.description = d.description;
  o.team_size = o.audience == learning::Audience::kTeam ? 3 : 1;
  o.capacity = d.capacity;
  o.location = d.location;
  o.join_url = d.join_url;
  if (d.commitment > 0) o.commitment_number = d.commitment;
  o.standard_code = d.standard;
  int number = 0;
  for (const auto& day : d.days) {
    auto date = core::ParseLocalDate(day.date);
    if (!date) return std::unexpected(date.error());
    auto start = zone.ToUtc({*date, day.start_minute / 60, day.start_minute % 60});
    auto end = zone.ToUtc({*date, day.end_minute / 60, day.end_minute % 60});
    if (!start) return std::unexpected(start.error());
    if (!end) return std::unexpected(end.error());
    o.days.push_back({++number, *start, *end});
  }
  o.registration_closes_at = o.StartsAt();
  o.slug = core::Slugify(o.title + " " + d.days.front().date);
  if (auto valid = learning::Validate(o); !valid) return std::unexpected(valid.error());
  return store.Create(std::move(o), 0, now);
}

}  // namespace

core::Result<void> LoadLearningDemo(db::Connection& db, std::int64_t district_id,
                                    const core::TimeZone& zone, std::int64_t now,
                                    const features::Effects& effects) {
  learning::LearningStore store(db, district_id);
  auto cohort = store.FindCohort("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no PS 3.0 cohort.");
  auto roster = store.Roster((*cohort)->id);
  if (!roster) return std::unexpected(roster.error());
  std::vector<learning::Offering> ps3;
  for (const auto& d : Ps3Sessions(static_cast<int>(roster->size()))) {
    auto created = Create(store, d, (*cohort)->id, zone, now);
    if (!created) return std::unexpected(created.error());
    ps3.push_back(std::move(*created));
  }
  for (const auto& d : OpenSessions()) {
    if (auto created = Create(store, d, std::nullopt, zone, now); !created) {
      return std::unexpected(created.error());
    }
  }

  // Garvanza's PS 3.0 team: its principal, a teacher and a support member (a record only).
  auto garvanza = store.FindSchool("garvanza-elementary-technology-and-leadership-magnet");
  if (!garvanza) return std::unexpected(garvanza.error());
  if (!*garvanza) return core::Fail(core::ErrorCode::kInternal, "The demo has no Garvanza.");
  participations::DirectoryStore directory(db, district_id);
  std::vector<participations::PersonRef> members;
  for (std::string email : {"principal@practica.example", "teacher@practica.example"}) {
    auto person = directory.PersonByEmail(email);
    if (!person) return std::unexpected(person.error());
    if (!*person) return core::Fail(core::ErrorCode::kInternal, "The demo has no " + email + ".");
    members.push_back(**person);
  }
  auto support = people::PeopleStore(db, district_id)
                     .Create(people::Person{0, "marisol.vega@practica.example", "Marisol Vega", true});
  if (!support) return std::unexpected(support.error());
  members.push_back({support->id, support->display_name, support->email});
  participations::TeamStore roster_store(db, district_id);
  const participations::MemberKind kinds[] = {participations::MemberKind::kPrincipal,
                                              participations::MemberKind::kTeacher,
                                              participations::MemberKind::kSupport};
  const auto formed = *zone.ToUtc({{2018, 5, 1}, 9, 0});
  std::vector<std::int64_t> team;
  for (std::size_t i = 0; i < members.size(); ++i) {
    auto added = roster_store.Add((*cohort)->id, (*garvanza)->id,
                                  participations::TeamMember{0, members[i], kinds[i], true},
                                  members.front().id, formed);
    if (!added) return std::unexpected(added.error());
    team.push_back(members[i].id);
  }

  // Registered in May 2018; present every day of the webinar and the onboarding, which meets
  // commitment 6. The follow-up days are registered, their attendance not yet taken.
  const auto registered_at = *zone.ToUtc({{2018, 5, 10}, 10, 0});
  auto staff = directory.PersonByEmail("allison.jonas@lausd.net");
  if (!staff || !*staff) return core::Fail(core::ErrorCode::kInternal, "The demo has no staff.");
  std::string note = "Attendance taken: ";
  for (const auto& offering : ps3) {
    auto registration = store.Add(offering.id, (*garvanza)->id, std::nullopt,
                                  learning::State::kRegistered, team, team.front(), registered_at);
    if (!registration) return std::unexpected(registration.error());
    if (offering.commitment_number != 6) continue;
    for (const auto& day : offering.days) {
      for (auto person : team) {
        auto marked = store.Mark(offering.id, day.number, person, true, (*staff)->id, day.ends_at);
        if (!marked) return std::unexpected(marked.error());
      }
    }
    note += (note.ends_with(": ") ? "" : "; ") + offering.title + " attended";
  }
  return effects.Emit(
      db, features::AttendanceMet{(*cohort)->id, (*garvanza)->id, 6, (*staff)->id,
                                  ps3[1].EndsAt(), note + "."});
}

}  // namespace practica::demo
