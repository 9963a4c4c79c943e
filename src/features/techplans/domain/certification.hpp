// A school's Common Sense Digital Citizenship certification: what the school records, who may
// verify it (district staff only, never the school itself), and the reminders before the
// cohort's deadline.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::techplans {

enum class CertStatus { kNotStarted, kInProgress, kCertified, kExpired };
std::string_view CertStatusCode(CertStatus status);   // "not_started", "in_progress", …
std::string_view CertStatusLabel(CertStatus status);  // "Not started", "In progress", …
std::optional<CertStatus> ParseCertStatus(std::string_view code);
const std::vector<CertStatus>& AllCertStatuses();

// What the school records.
struct CertRecord {
  CertStatus status = CertStatus::kNotStarted;
  int educators_certified = 0;
  std::string certificate;  // the certificate's link (https://…)
  std::optional<core::LocalDate> certified_on;
};

// A Common Sense School badge holds for the school year it was earned in and the next: Common
// Sense's criteria for 2018-2019 say a badge earned then "expires in June 2020", and schools
// certified in 2017-2018 "do not need to reapply until 2019-2020". School years start on July 1,
// so Garvanza's certification of November 19, 2018 (2018-2019) holds until June 30, 2020, and
// one of June 30, 2019 (still 2018-2019) holds until the same day.
core::LocalDate HoldsUntil(const core::LocalDate& certified_on);

// The status as it stands on `today`: a certification recorded as certified reads expired from
// the day after HoldsUntil, without anyone changing it; every other status as recorded.
CertStatus StatusOn(const CertRecord& record, const core::LocalDate& today);

// The record as typed, checked. kInvalidInput naming the field: an unknown status; educators
// not a whole number from 0 to 500; a certificate that is not an http(s) link; "certified"
// without the certificate or its date; a date after `today`.
[[nodiscard]] core::Result<CertRecord> CheckRecord(std::string_view status, std::string_view educators,
                                                   std::string_view certificate, std::string_view certified_on,
                                                   const core::LocalDate& today);

// kForbidden unless district staff, and always for the school's own people (a principal who is
// also staff somewhere still cannot verify their own school); kConflict unless recorded as
// certified (a badge that has lapsed since still verifies: the certificate held on its day), or
// when verified already.
[[nodiscard]] core::Result<void> MayVerify(const CertRecord& record, bool verified, bool district_staff,
                                           bool school_person, std::string_view school_name);

// The days before the deadline on which the school's team is reminded.
inline constexpr std::array<int, 3> kReminderDaysBefore = {28, 7, 1};

// The days before `deadline` that `today` is, when it is a reminder day and the school is not
// certified yet; nullopt otherwise.
std::optional<int> ReminderDay(const core::LocalDate& deadline, const core::LocalDate& today, CertStatus status,
                               bool verified);

// The district's count across a cohort's schools, by the status on the day counted (StatusOn):
// `certified` holds a badge that day, `expired` held one that has lapsed.
struct CertCounts {
  int schools = 0;
  int not_started = 0;
  int in_progress = 0;
  int certified = 0;
  int expired = 0;
  int verified = 0;
  int educators = 0;
};
void Count(CertCounts& counts, CertStatus status, bool verified, int educators);

}  // namespace practica::techplans
