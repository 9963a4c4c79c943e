#include "features/techplans/domain/reminder_mail.hpp"

namespace practica::techplans {

CertReminderMail CertificationReminder(const std::string& name, const std::string& school, const core::LocalDate& due,
                                       int days_before, const std::string& url, const std::string& account_url,
                                       const std::string& district) {
  const std::string in = days_before == 1 ? "tomorrow" : "in " + std::to_string(days_before) + " days";
  CertReminderMail mail;
  mail.subject = "Digital citizenship certification due " + in + " (" + school + ")";
  mail.text = "Hello " + name + ",\n\n" + school +
              "'s Common Sense Digital Citizenship certification is due by " + core::FormatLongDate(due) + ", " + in +
              ". Record its status, the educators certified and the certificate's link here:\n" + url +
              "\n\nDistrict staff verify it once it is recorded as certified.\n\nTo stop reminders, change your e-mail "
              "settings: " + account_url + "\n\n" + district + "\n";
  return mail;
}

}  // namespace practica::techplans
