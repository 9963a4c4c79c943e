// Telling visitors when an application window opens: when the public home page offers to, which
// cohorts' openings are announced, the one e-mail each waiting address gets, and the line the
// program office reads on a cohort's setup page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "features/cohorts/domain/cohort.hpp"

namespace practica::cohorts {

// The address as it is stored and compared: trimmed and in lower case, so "Ana.Ruiz@LAUSD.net "
// and "ana.ruiz@lausd.net" are one request. Whether it is an address at all is mail::CheckEmail's
// rule, applied by the route.
std::string NormalizeNoticeEmail(std::string_view typed);

// True while no cohort is taking applications: that is when a visitor has something to wait for.
bool OffersWindowNotice(const std::vector<Cohort>& cohorts, std::int64_t now);

// Whether the cohort's opening is announced at `now`: its window is open. A window that closed
// before anyone planned it is not announced late; one that is announced is announced once
// (the planning job's key names the cohort).
bool AnnouncesWindow(const Cohort& cohort, std::int64_t now);

struct NoticeMail {
  std::string subject;
  std::string text;
};

// The e-mail an address gets when `cohort`'s window opens: the cohort, when the window opened
// and closes (district time), the link to apply and the link that stops these e-mails.
NoticeMail WindowOpenedMail(const Cohort& cohort, const core::TimeZone& zone,
                            std::string_view apply_url, std::string_view stop_url,
                            std::string_view district_name);

// What a visitor reads after leaving an address, whether it was new or already waiting: the
// same words either way, so the page never tells anyone which addresses are on the list.
std::string_view NoticeConfirmation();

// The setup page's line: "3 addresses wait to be told when PS 5.0's applications open." before
// the window opens; "12 addresses were told when PS 5.0's applications opened." after.
std::string NoticeCountLine(const Cohort& cohort, std::int64_t now, std::int64_t waiting,
                            std::int64_t told);

}  // namespace practica::cohorts
