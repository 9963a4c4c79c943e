#include "features/cohorts/domain/window_notice.hpp"

#include "core/text.hpp"

namespace practica::cohorts {
namespace {

std::string Addresses(std::int64_t count) {
  return std::to_string(count) + (count == 1 ? " address" : " addresses");
}

}  // namespace

std::string NormalizeNoticeEmail(std::string_view typed) { return core::ToLower(core::Trim(typed)); }

bool OffersWindowNotice(const std::vector<Cohort>& cohorts, std::int64_t now) {
  for (const auto& cohort : cohorts) {
    if (ApplicationWindow(cohort, now) == WindowState::kOpen) return false;
  }
  return true;
}

bool AnnouncesWindow(const Cohort& cohort, std::int64_t now) {
  return ApplicationWindow(cohort, now) == WindowState::kOpen;
}

NoticeMail WindowOpenedMail(const Cohort& cohort, const core::TimeZone& zone,
                            std::string_view apply_url, std::string_view stop_url,
                            std::string_view district_name) {
  // Only a cohort with both ends of its window is announced (AnnouncesWindow).
  const auto opened = zone.ToLocal(cohort.applications_open_at.value_or(0));
  const auto closes_at = cohort.applications_close_at.value_or(0);
  const auto closes = zone.ToLocal(closes_at);
  NoticeMail mail;
  mail.subject = "Applications for " + ShortName(cohort) + " are open until " +
                 core::FormatLongDate(closes.date);
  mail.text = core::Greeting("") + "\n\nApplications for " + FullName(cohort) + " (the " + cohort.school_year +
              " school year) opened on " + core::FormatLongDateTime(opened) + ". They close on " +
              core::FormatLongDateTime(closes) + " (" + zone.Abbreviation(closes_at) + ").\n\n" +
              "Read about the cohort and how to apply:\n" + std::string(apply_url) + "\n\n" +
              "You receive this because this address asked to be told when an application window "
              "opens. Each window is announced once. Stop these e-mails with one click:\n" +
              std::string(stop_url) + "\n\nPractica, " + std::string(district_name) + "\n";
  return mail;
}

std::string_view NoticeConfirmation() {
  return "Thank you. That address will be told by e-mail when the next application window "
         "opens, with the link to apply. Leaving it again changes nothing: each window is "
         "announced once.";
}

std::string NoticeCountLine(const Cohort& cohort, std::int64_t now, std::int64_t waiting,
                            std::int64_t told) {
  const std::string name = ShortName(cohort);
  const auto state = ApplicationWindow(cohort, now);
  if (state == WindowState::kNotScheduled || state == WindowState::kNotYetOpen) {
    return Addresses(waiting) + (waiting == 1 ? " waits" : " wait") + " to be told when " + name +
           "'s applications open.";
  }
  return Addresses(told) + (told == 1 ? " was" : " were") + " told when " + name +
         "'s applications opened.";
}

}  // namespace practica::cohorts
