// Offerings, their days, registrations with their attendees, and attendance, for one district.
// Registration changes run inside a transaction that first calls Lock(offering), so seats are
// counted and given under the offering's row lock on both databases.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/learning/domain/attendance.hpp"
#include "features/learning/domain/offering.hpp"
#include "features/learning/domain/seating.hpp"
#include "features/learning/store/registration.hpp"

namespace practica::learning {

struct OfferingFilter {
  std::optional<std::int64_t> cohort_id;
  bool with_open = true;  // offerings open to every teacher (no cohort)
  std::int64_t ends_after = 0;  // 0: past offerings too
};

class LearningStore {
 public:
  LearningStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Offerings by first day, each with its days.
  [[nodiscard]] core::Result<std::vector<Offering>> List(const OfferingFilter& filter);
  [[nodiscard]] core::Result<std::optional<Offering>> Find(std::string_view slug);
  // Stores a checked offering with a fresh id; kConflict when the slug is taken.
  [[nodiscard]] core::Result<Offering> Create(Offering offering, std::int64_t by, std::int64_t now);

  // Writes an edited offering over `before` (its id and slug stay): title, description, seats,
  // registration closing, place, join link, commitment and days, each day kept by its number.
  [[nodiscard]] core::Result<void> Update(const Offering& before, const Offering& after);
  // Marks the offering cancelled with its reason; false when it was cancelled already.
  [[nodiscard]] core::Result<bool> CancelOffering(std::int64_t offering_id,
                                                  const std::string& reason, std::int64_t by,
                                                  std::int64_t now);
  // How many changes the offering has seen (each Lock counts one): a key for one edit's e-mails.
  [[nodiscard]] core::Result<std::int64_t> Revision(std::int64_t offering_id);
  // The day numbers whose attendance has been taken.
  [[nodiscard]] core::Result<std::set<int>> MarkedDays(std::int64_t offering_id);
  // Everyone who holds or waits for a seat (team attendees and enrolled teachers), once each.
  [[nodiscard]] core::Result<std::vector<PersonRef>> PeopleOf(std::int64_t offering_id);

  // Seats held and waiting, per offering (registered seats, waiting registrations).
  [[nodiscard]] core::Result<Seats> SeatsOf(const Offering& offering);

  // Takes the offering's row lock for the rest of the transaction.
  [[nodiscard]] core::Result<void> Lock(std::int64_t offering_id);
  [[nodiscard]] core::Result<std::vector<Claim>> Claims(std::int64_t offering_id);
  [[nodiscard]] core::Result<Registration> Add(std::int64_t offering_id,
                                               std::optional<std::int64_t> school_id,
                                               std::optional<std::int64_t> teacher_id, State state,
                                               const std::vector<std::int64_t>& attendees,
                                               std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> Promote(std::int64_t registration_id, std::int64_t now);
  [[nodiscard]] core::Result<void> Cancel(std::int64_t registration_id, std::int64_t by,
                                          std::int64_t now);
  // kNotFound when `out` holds no seat of the registration; kConflict when `in` already does.
  [[nodiscard]] core::Result<void> Swap(std::int64_t registration_id, std::int64_t out,
                                        std::int64_t in, std::int64_t by, std::int64_t now);

  // Every live (registered or waiting) registration of the offering, in line order.
  [[nodiscard]] core::Result<std::vector<Registration>> Registrations(std::int64_t offering_id);
  [[nodiscard]] core::Result<std::optional<Registration>> Get(std::int64_t registration_id);
  // The live registration of a school, or of a teacher, for the offering.
  [[nodiscard]] core::Result<std::optional<Registration>> ForSchool(std::int64_t offering_id,
                                                                    std::int64_t school_id);
  [[nodiscard]] core::Result<std::optional<Registration>> ForTeacher(std::int64_t offering_id,
                                                                     std::int64_t person_id);
  // The live registrations of several schools for the offering, by school id (as ForSchool).
  [[nodiscard]] core::Result<std::map<std::int64_t, Registration>> ForSchools(
      std::int64_t offering_id, const std::vector<std::int64_t>& school_ids);

  // The school's current practitioner team in the offering's cohort (ids, by when added), and
  // the members who attend sessions first.
  [[nodiscard]] core::Result<std::vector<PersonRef>> TeamOf(std::int64_t cohort_id,
                                                            std::int64_t school_id);
  // The current teams of several schools at once, as TeamOf orders each, by school id: one
  // query for an offering's page however many schools it lists.
  [[nodiscard]] core::Result<std::map<std::int64_t, std::vector<PersonRef>>> TeamsOf(
      std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  // Schools where the person is principal (a grant that holds today) or on the practitioner
  // team of the cohort.
  [[nodiscard]] core::Result<std::vector<SchoolRef>> SchoolsOf(std::int64_t cohort_id, std::int64_t person_id,
                                                               const core::LocalDate& today);
  [[nodiscard]] core::Result<std::vector<SchoolRef>> Roster(std::int64_t cohort_id);
  // Cohorts, newest first; one by slug or id.
  [[nodiscard]] core::Result<std::vector<CohortRef>> Cohorts();
  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<CohortRef>> CohortById(std::int64_t id);

  [[nodiscard]] core::Result<void> Mark(std::int64_t offering_id, int day, std::int64_t person_id,
                                        bool present, std::int64_t by, std::int64_t now);
  // Marks of everyone who ever held a seat of the registration.
  [[nodiscard]] core::Result<Marks> MarksOf(std::int64_t registration_id);
  // The marks of several registrations at once, by registration (as MarksOf each).
  [[nodiscard]] core::Result<std::map<std::int64_t, Marks>> MarksOf(
      const std::vector<std::int64_t>& registration_ids);
  // The marks of every registration of the offering at once, by registration: for a cohort's
  // grid, where one query per school would not do at a thousand schools.
  [[nodiscard]] core::Result<std::map<std::int64_t, Marks>> MarksByRegistration(
      std::int64_t offering_id);
  // Marks of one day, by person.
  [[nodiscard]] core::Result<std::map<std::int64_t, bool>> DayMarks(std::int64_t offering_id,
                                                                     int day);

 private:
  [[nodiscard]] core::Result<void> LoadDays(std::vector<Offering>& offerings);
  [[nodiscard]] core::Result<void> LoadAttendees(std::vector<Registration>& registrations);
  [[nodiscard]] core::Result<std::vector<Registration>> Select(std::string_view where,
                                                               const db::Params& params);
  [[nodiscard]] core::Result<std::optional<Registration>> SelectOne(std::string_view where,
                                                                    const db::Params& params);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::learning
