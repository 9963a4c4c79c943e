#include "demo/scale.hpp"

#include <algorithm>
#include <array>
#include <random>

#include "demo/scale_coaching.hpp"
#include "demo/scale_exemplars.hpp"
#include "demo/scale_surveys.hpp"
#include "demo/scale_year.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::demo {
namespace {

constexpr std::array<const char*, 40> kPlaces = {
    "Alder", "Birch", "Cedar", "Dover", "Elm", "Fairview", "Glen", "Harbor", "Ivy", "Juniper",
    "Kester", "Laurel", "Maple", "Norwood", "Oak", "Pico", "Quincy", "Ridge", "Sierra", "Tamarind",
    "Union", "Valley", "Willow", "Yucca", "Arroyo", "Bonita", "Canyon", "Dahlia", "Encino",
    "Figueroa", "Grove", "Hillside", "Iris", "Jasmine", "Kenwood", "Lemon", "Mesa", "Navarro",
    "Olive", "Palm"};
constexpr std::array<const char*, 25> kStreets = {
    "Avenue", "Street", "Park", "Heights", "Vista", "Gardens", "Terrace", "Crest", "Meadow",
    "Hills", "Way", "Road", "Plaza", "Point", "Ranch", "Springs", "Grove", "Lane", "Canyon",
    "Woods", "Boulevard", "Square", "Court", "Trail", "Village"};
constexpr std::array<const char*, 20> kFirst = {
    "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hector", "Iris", "Jamal",
    "Kim", "Luis", "Maya", "Nora", "Omar", "Priya", "Rosa", "Sam", "Tara", "Victor"};
constexpr std::array<const char*, 20> kLast = {
    "Alvarez", "Brooks", "Chen", "Diaz", "Evans", "Flores", "Garcia", "Huang", "Ibarra", "Jones",
    "Kim", "Lopez", "Martinez", "Nguyen", "Ortiz", "Patel", "Ramirez", "Smith", "Torres", "Wong"};

struct Kind {
  schools::SchoolType type;
  const char* suffix;
  int weight;  // out of 100
};
constexpr std::array<Kind, 5> kKinds = {{{schools::SchoolType::kElementary, "Elementary", 62},
                                         {schools::SchoolType::kMiddle, "Middle School", 18},
                                         {schools::SchoolType::kHigh, "High School", 15},
                                         {schools::SchoolType::kSpan, "Span School", 3},
                                         {schools::SchoolType::kSpecialEducation,
                                          "Special Education Center", 2}}};

struct GeneratedCohort {
  const char* number;
  const char* title;
  const char* standard;
  int year;
};
constexpr std::array<GeneratedCohort, 3> kCohorts = {{{"5.0", "Creative Communicator", "1.6", 2020},
                                                      {"6.0", "Knowledge Constructor", "1.3", 2021},
                                                      {"7.0", "Digital Citizen", "1.2", 2022}}};

}  // namespace

core::Result<std::int64_t> CreateGeneratedCohort(db::Connection& db, std::int64_t district_id,
                                                 std::int64_t program_id, const core::TimeZone& zone,
                                                 std::string_view number, std::string_view title,
                                                 std::string_view standard, int year) {
  cohorts::Cohort cohort;
  cohort.program_id = program_id;
  cohort.number = std::string(number);
  cohort.slug = "ps-" + std::string(number).replace(1, 1, "-");
  cohort.title = std::string(title);
  cohort.focus_standard_code = std::string(standard);
  cohort.school_year = std::to_string(year) + "-" + std::to_string(year + 1);
  cohort.announced_on = std::to_string(year) + "-03-01";
  cohort.summary = "A generated cohort for load testing.";
  cohort.goals = {"Generated goal for load testing."};
  auto open = zone.ToUtc({{year, 3, 1}, 8, 0});
  auto close = zone.ToUtc({{year, 4, 5}, 16, 0});
  if (!open || !close) return std::unexpected(open ? close.error() : open.error());
  cohort.applications_open_at = *open;
  cohort.applications_close_at = *close;
  cohort.timeline.push_back({0, "Deadline to apply", *close, std::nullopt, cohorts::Precision::kTime});
  auto saved = cohorts::CohortsStore(db, district_id).CreateCohort(std::move(cohort));
  if (!saved) return std::unexpected(saved.error());
  return saved->id;
}

core::Result<Growth> GrowToDistrictScale(db::Connection& db, std::int64_t district_id,
                                         std::int64_t program_id,
                                         const std::map<std::string, std::int64_t>& local_ids,
                                         const core::TimeZone& zone,
                                         std::vector<std::int64_t> school_ids) {
  Growth growth;
  std::mt19937 random(20181);
  std::vector<std::int64_t> locals;
  for (const auto& [name, id] : local_ids) locals.push_back(id);

  schools::SchoolsStore school_store(db, district_id);
  for (int n = 0; static_cast<int>(school_ids.size()) < kDistrictSchools; ++n) {
    int pick = static_cast<int>(random() % 100);
    const Kind* kind = &kKinds.back();
    for (const auto& k : kKinds) {
      if (pick < k.weight) { kind = &k; break; }
      pick -= k.weight;
    }
    schools::School school;
    school.name = std::string(kPlaces[n % kPlaces.size()]) + " " +
                  kStreets[(n / kPlaces.size()) % kStreets.size()] + " " + kind->suffix;
    school.type = kind->type;
    school.grade_span = std::string(schools::TypicalGradeSpan(kind->type));
    school.cds_code = "1964733" + std::to_string(6000000 + n);
    school.local_district_id = locals[random() % locals.size()];
    auto created = school_store.Create(std::move(school));
    if (!created) return std::unexpected(created.error());
    school_ids.push_back(created->id);
    ++growth.schools;
  }

  people::PeopleStore people_store(db, district_id);
  const auto add_person = [&](int n, const std::string& role_word, std::int64_t school_id,
                              people::StaffRole role) -> core::Result<void> {
    auto person = people_store.Create(people::Person{
        0, role_word + std::to_string(n) + "@scale.example.org",
        std::string(kFirst[n % kFirst.size()]) + " " + kLast[(n / kFirst.size()) % kLast.size()],
        true});
    if (!person) return std::unexpected(person.error());
    ++growth.people;
    return people_store.AddToSchool(school_id, person->id, role);
  };
  for (std::size_t i = 0; i < school_ids.size(); ++i) {
    if (auto added = add_person(static_cast<int>(i), "principal", school_ids[i],
                                people::StaffRole::kPrincipal);
        !added) {
      return std::unexpected(added.error());
    }
  }
  for (int t = 0; t < kDistrictTeachers; ++t) {
    if (auto added = add_person(t, "teacher", school_ids[t % school_ids.size()],
                                people::StaffRole::kTeacher);
        !added) {
      return std::unexpected(added.error());
    }
  }

  participations::ParticipationsStore roster(db, district_id);
  for (const auto& g : kCohorts) {
    auto saved = CreateGeneratedCohort(db, district_id, program_id, zone, g.number, g.title, g.standard, g.year);
    if (!saved) return std::unexpected(saved.error());
    ++growth.cohorts;
    std::vector<std::int64_t> members = school_ids;
    std::shuffle(members.begin(), members.end(), random);
    members.resize(250);
    for (auto school_id : members) {
      if (auto added = roster.AddSchool(*saved, school_id, ""); !added) {
        return std::unexpected(added.error());
      }
    }
  }
  if (auto year = AddScaleYear(db, district_id, program_id, zone, school_ids); !year) {
    return std::unexpected(year.error());
  }
  // The coaches' 2025-26 year, written as if logged by the end of that June.
  auto logged = zone.ToUtc({{2026, 6, 30}, 17, 0});
  if (!logged) return std::unexpected(logged.error());
  if (auto coached = AddScaleCoaching(db, district_id, school_ids, *logged); !coached) {
    return std::unexpected(coached.error());
  }
  if (auto surveyed = AddScaleSurveys(db, district_id, zone); !surveyed) return std::unexpected(surveyed.error());
  if (auto packaged = AddScaleExemplars(db, district_id); !packaged) return std::unexpected(packaged.error());
  growth.cohorts += 2;
  return growth;
}

}  // namespace practica::demo
