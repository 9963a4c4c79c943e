#include "demo/scale_coaching.hpp"

#include <map>
#include <string>

#include "core/calendar_days.hpp"
#include "features/coaching/domain/entry.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/observations_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

// The school year 2025-26: the first Monday of instruction and the indicators worked on.
constexpr core::LocalDate kFirstWeek{2025, 8, 11};
const char* const kFocus[] = {"1.4.a", "1.4.b", "1.4.c", "1.5.c", "1.3.a", "1.6.b", "cs.p3", "cs.p5"};
const char* const kSamr[] = {"S", "A", "M", "R", "A", "M"};

core::Result<std::vector<std::int64_t>> Coaches(db::Connection& db, std::int64_t district_id) {
  people::PeopleStore people_store(db, district_id);
  std::vector<std::int64_t> coaches;
  auto ramon = people_store.FindByEmail("coach@practica.example");
  if (!ramon) return std::unexpected(ramon.error());
  if (*ramon) coaches.push_back((*ramon)->id);
  for (int n = 1; static_cast<int>(coaches.size()) < kScaleCoaches; ++n) {
    auto person = people_store.Create(
        people::Person{0, "coach" + std::to_string(n) + "@scale.example.org", "Coach " + std::to_string(n), true});
    if (!person) return std::unexpected(person.error());
    coaches.push_back(person->id);
  }
  return coaches;
}

// The teachers of each of these schools.
core::Result<std::map<std::int64_t, std::vector<std::int64_t>>> Teachers(coaching::CoachingStore& store,
                                                                         const std::vector<std::int64_t>& schools) {
  auto staff = store.Staff(schools);
  if (!staff) return std::unexpected(staff.error());
  std::map<std::int64_t, std::vector<std::int64_t>> teachers;
  for (const auto& member : *staff) {
    if (member.role == "teacher") teachers[member.school_id].push_back(member.person_id);
  }
  return teachers;
}

}  // namespace

core::Result<void> AddScaleCoaching(db::Connection& db, std::int64_t district_id,
                                    const std::vector<std::int64_t>& school_ids, std::int64_t now) {
  if (school_ids.empty()) return {};
  auto coaches = Coaches(db, district_id);
  if (!coaches) return std::unexpected(coaches.error());
  coaching::CoachingStore entries(db, district_id);
  coaching::ObservationsStore observations(db, district_id);
  const auto& kinds = coaching::Kinds();
  for (std::size_t c = 0; c < coaches->size(); ++c) {
    const auto coach = (*coaches)[c];
    std::vector<std::int64_t> schools;
    for (int k = 0; k < kScaleCoachSchools; ++k) {
      schools.push_back(school_ids[(c * kScaleCoachSchools + static_cast<std::size_t>(k)) % school_ids.size()]);
    }
    auto teachers = Teachers(entries, schools);
    if (!teachers) return std::unexpected(teachers.error());
    for (int week = 0; week < kScaleEntryWeeks; ++week) {
      for (int j = 0; j < kScaleEntriesPerWeek; ++j) {
        const int n = week * kScaleEntriesPerWeek + j;
        coaching::EntryDraft d;
        d.coach_id = coach;
        d.school_id = schools[static_cast<std::size_t>(n) % schools.size()];
        d.held_on = core::AddDays(kFirstWeek, week * 7 + j);
        d.minutes = 30 + 15 * (n % 5);
        d.kind = std::string(kinds[static_cast<std::size_t>(n) % kinds.size()].code);
        d.focus = kFocus[n % 8];
        const auto& people = (*teachers)[d.school_id];
        for (std::size_t t = 0; t < people.size() && t < static_cast<std::size_t>(1 + n % 2); ++t) {
          d.teacher_ids.push_back(people[(static_cast<std::size_t>(n) + t) % people.size()]);
        }
        d.notes = "Generated entry for the benchmark.";
        d.notes_shared = n % 3 != 0;
        if (week >= kScaleEntryWeeks - 2) {
          d.next_step = "Follow up on the lesson's testing round.";
          d.next_step_due = core::AddDays(d.held_on, 14);
        }
        if (auto added = entries.Add(d, true, now); !added) return std::unexpected(added.error());
      }
    }
    for (std::size_t s = 0; s < schools.size(); ++s) {
      const auto& people = (*teachers)[schools[s]];
      if (people.empty()) continue;
      for (int o = 0; o < kScaleObservationsPerSchool; ++o) {
        coaching::ObservationDraft d;
        d.coach_id = coach;
        d.school_id = schools[s];
        d.teacher_id = people[static_cast<std::size_t>(o) % people.size()];
        d.observed_on = core::AddDays(kFirstWeek, 14 + 35 * o + static_cast<int>(s));
        d.indicator = kFocus[o % 6];
        d.samr = kSamr[o];
        d.look_fors = "Students plan within constraints; prototypes are tested.";
        d.engagement = "Most groups on task.";
        if (auto added = observations.Add(d, true, now); !added) return std::unexpected(added.error());
      }
    }
  }
  return {};
}

}  // namespace practica::demo
