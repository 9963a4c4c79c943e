// The e-mail that reminds a school's team of its certification deadline.
#pragma once

#include <string>

#include "core/time_zone.hpp"

namespace practica::techplans {

struct CertReminderMail {
  std::string subject;
  std::string text;
};

// "Digital citizenship certification due in 7 days (Hope Street ES)", and a text naming the day,
// where to record it, and how to stop reminders.
CertReminderMail CertificationReminder(const std::string& name, const std::string& school, const core::LocalDate& due,
                                       int days_before, const std::string& url, const std::string& account_url,
                                       const std::string& district);

}  // namespace practica::techplans
