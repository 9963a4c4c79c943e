// The changes program staff make to a cohort's application setup, each audited in the same
// transaction. Pages and the API both call these with fields named as the page's form names
// them. Each returns kNotFound for an unknown cohort and kInvalidInput naming the field.
#pragma once

#include <string>
#include <vector>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

// kConflict once schools have started applying (answers refer to the questions).
[[nodiscard]] core::Result<AuditNote> SetQuestions(const features::Deps& deps, const http::Request& request,
                                                   const std::vector<std::string>& lines);
[[nodiscard]] core::Result<AuditNote> SetCriteria(const features::Deps& deps, const http::Request& request,
                                                  const std::vector<std::string>& lines);
// fields: opens_on, opens_time, closes_on, closes_time (local).
[[nodiscard]] core::Result<AuditNote> SetWindow(const features::Deps& deps, const http::Request& request,
                                                const Fields& fields);
// fields: starts_on, starts_time, ends_on (empty: the same day), ends_time, details.
[[nodiscard]] core::Result<AuditNote> AddQaSession(const features::Deps& deps, const http::Request& request,
                                                   const Fields& fields);
[[nodiscard]] core::Result<AuditNote> RemoveQaSession(const features::Deps& deps, const http::Request& request,
                                                      std::int64_t session_id);
// fields: site_visits_from, site_visits_to, notification_week_of (optional).
[[nodiscard]] core::Result<AuditNote> SetDates(const features::Deps& deps, const http::Request& request,
                                               const Fields& fields);
// fields: cohort_school_year ("2020-2021").
[[nodiscard]] core::Result<AuditNote> SetSchoolYear(const features::Deps& deps, const http::Request& request,
                                                    const Fields& fields);
// fields: title, text. Publishes the next version.
[[nodiscard]] core::Result<AuditNote> PublishAgreement(const features::Deps& deps, const http::Request& request,
                                                       const Fields& fields);
// fields: number, title, focus_standard (optional), school_year (optional: the next one). after["slug"] names the new cohort.
[[nodiscard]] core::Result<AuditNote> CopyCohort(const features::Deps& deps, const http::Request& request,
                                                 const Fields& fields);

// Splits "2018-04-06T16:00" into the date and time fields `prefix`_on and `prefix`_time.
void SplitLocal(const std::string& value, const std::string& prefix, Fields& fields);
// The lines of a textarea.
std::vector<std::string> Lines(const std::string& text);

}  // namespace practica::applications
