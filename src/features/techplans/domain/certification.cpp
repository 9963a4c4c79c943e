#include "features/techplans/domain/certification.hpp"

#include <array>

#include "core/calendar_days.hpp"
#include "core/text.hpp"

namespace practica::techplans {
namespace {

using core::ErrorCode;
using core::Fail;

struct CertName {
  CertStatus status;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<CertName, 4> kNames = {{
    {CertStatus::kNotStarted, "not_started", "Not started"},
    {CertStatus::kInProgress, "in_progress", "In progress"},
    {CertStatus::kCertified, "certified", "Certified"},
    {CertStatus::kExpired, "expired", "Expired"},
}};

}  // namespace

std::string_view CertStatusCode(CertStatus status) {
  for (const auto& n : kNames) {
    if (n.status == status) return n.code;
  }
  return {};
}

std::string_view CertStatusLabel(CertStatus status) {
  for (const auto& n : kNames) {
    if (n.status == status) return n.label;
  }
  return {};
}

std::optional<CertStatus> ParseCertStatus(std::string_view code) {
  for (const auto& n : kNames) {
    if (n.code == code) return n.status;
  }
  return std::nullopt;
}

const std::vector<CertStatus>& AllCertStatuses() {
  static const std::vector<CertStatus> kAll = {CertStatus::kNotStarted, CertStatus::kInProgress,
                                               CertStatus::kCertified, CertStatus::kExpired};
  return kAll;
}

core::Result<CertRecord> CheckRecord(std::string_view status, std::string_view educators,
                                     std::string_view certificate, std::string_view certified_on,
                                     const core::LocalDate& today) {
  CertRecord record;
  const auto parsed = ParseCertStatus(core::Trim(status));
  if (!parsed) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose the certification's status: not started, in progress, certified or expired.", {}, "status");
  }
  record.status = *parsed;
  const auto count_text = core::Trim(educators);
  const auto count = count_text.empty() ? std::optional<std::int64_t>{0} : core::ParseInt(count_text, 0, 500);
  if (!count) {
    return Fail(ErrorCode::kInvalidInput,
                "Educators certified must be a whole number from 0 to 500; got \"" + std::string(count_text) + "\".",
                {}, "educators_certified");
  }
  record.educators_certified = static_cast<int>(*count);
  record.certificate = std::string(core::Trim(certificate));
  if (!record.certificate.empty() && !record.certificate.starts_with("https://") &&
      !record.certificate.starts_with("http://")) {
    return Fail(ErrorCode::kInvalidInput,
                "The certificate must be a link starting with https:// (Common Sense's recognition page, or a shared file).",
                {}, "certificate");
  }
  const auto day_text = core::Trim(certified_on);
  if (!day_text.empty()) {
    auto day = core::ParseLocalDate(day_text);
    if (!day) {
      return Fail(ErrorCode::kInvalidInput, "The certification date must be a day such as 2018-11-16.", {},
                  "certified_on");
    }
    if (*day > today) {
      return Fail(ErrorCode::kInvalidInput, "The certification date is in the future; give the day on the certificate.",
                  {}, "certified_on");
    }
    record.certified_on = *day;
  }
  if (record.status == CertStatus::kCertified && record.certificate.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give the link to the certificate so district staff can verify it.", {},
                "certificate");
  }
  if (record.status == CertStatus::kCertified && !record.certified_on) {
    return Fail(ErrorCode::kInvalidInput, "Give the day the school was certified.", {}, "certified_on");
  }
  return record;
}

core::LocalDate HoldsUntil(const core::LocalDate& certified_on) {
  const int school_year_starts = certified_on.month >= 7 ? certified_on.year : certified_on.year - 1;
  return core::LocalDate{school_year_starts + 2, 6, 30};
}

CertStatus StatusOn(const CertRecord& record, const core::LocalDate& today) {
  if (record.status == CertStatus::kCertified && record.certified_on && today > HoldsUntil(*record.certified_on)) {
    return CertStatus::kExpired;
  }
  return record.status;
}

core::Result<void> MayVerify(const CertRecord& record, bool verified, bool district_staff, bool school_person,
                             std::string_view school_name) {
  if (school_person || !district_staff) {
    return Fail(ErrorCode::kForbidden, std::string(school_name) +
                                           "'s certification is verified by district staff, not by the school itself.");
  }
  if (verified) return Fail(ErrorCode::kConflict, "This certification is verified already.");
  if (record.status != CertStatus::kCertified) {
    return Fail(ErrorCode::kConflict, "Only a certification the school records as certified can be verified; it is " +
                                          std::string(CertStatusLabel(record.status)) + ".");
  }
  return {};
}

std::optional<int> ReminderDay(const core::LocalDate& deadline, const core::LocalDate& today, CertStatus status,
                               bool verified) {
  if (verified || status == CertStatus::kCertified) return std::nullopt;
  for (int days : kReminderDaysBefore) {
    if (core::AddDays(today, days) == deadline) return days;
  }
  return std::nullopt;
}

void Count(CertCounts& counts, CertStatus status, bool verified, int educators) {
  ++counts.schools;
  switch (status) {
    case CertStatus::kNotStarted: ++counts.not_started; break;
    case CertStatus::kInProgress: ++counts.in_progress; break;
    case CertStatus::kCertified: ++counts.certified; break;
    case CertStatus::kExpired: ++counts.expired; break;
  }
  if (verified) ++counts.verified;
  counts.educators += educators;
}

}  // namespace practica::techplans
