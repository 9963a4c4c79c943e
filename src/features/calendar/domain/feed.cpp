#include "features/calendar/domain/feed.hpp"

#include <algorithm>
#include <tuple>

namespace practica::calendar {
namespace {

std::string UidHost(const Site& site) { return "@" + site.district_slug + ".practica"; }

std::string OfferingUrl(const learning::Offering& offering, const Site& site) {
  return site.base_url + "/learning/" + offering.slug;
}

// What a reader of the event needs besides its time and place: what the session is, and how
// to join a virtual one.
std::string SessionDescription(const learning::Offering& offering, const Site& site) {
  std::string text = offering.description;
  if (!offering.join_url.empty()) {
    text += (text.empty() ? "" : "\n\n") + std::string("Join online: ") + offering.join_url;
  }
  text += (text.empty() ? "" : "\n\n") + std::string("Registration and details: ") +
          OfferingUrl(offering, site);
  return text;
}

std::string ChecklistUrl(const DueItem& item, const Site& site) {
  return site.base_url + "/cohorts/" + item.cohort_slug + "/schools/" + item.school_slug +
         "/commitments#commitment-" + commitments::Code(item.commitment);
}

}  // namespace

std::vector<Event> SessionEvents(const learning::Offering& offering, const Site& site) {
  std::vector<Event> events;
  const auto count = offering.days.size();
  for (const auto& day : offering.days) {
    Event event;
    event.uid = "offering-" + std::to_string(offering.id) + "-day-" + std::to_string(day.number) +
                UidHost(site);
    event.summary = offering.title;
    if (count > 1) {
      event.summary += " (day " + std::to_string(day.number) + " of " + std::to_string(count) + ")";
    }
    event.description = SessionDescription(offering, site);
    event.location = offering.location.empty() ? "Online" : offering.location;
    event.url = OfferingUrl(offering, site);
    event.starts_at = day.starts_at;
    event.ends_at = day.ends_at;
    event.sequence = offering.revision;
    if (offering.Cancelled()) {
      event.cancelled = true;
      event.summary = "Cancelled: " + event.summary;
      event.description = "Cancelled: " + offering.cancel_reason + "\n\n" + event.description;
    }
    events.push_back(std::move(event));
  }
  return events;
}

std::vector<Event> DueEvents(const DueItem& item, const core::TimeZone& zone, const Site& site) {
  std::vector<Event> events;
  const auto& commitment = item.commitment;
  for (const auto& occurrence : commitments::Schedule(commitment.due, item.calendar, zone)) {
    if (!occurrence.due_on) continue;
    Event event;
    event.uid = "commitment-" + std::to_string(item.school_commitment_id) +
                (occurrence.period.empty() ? "" : "-" + occurrence.period) + UidHost(site);
    event.summary = "Due: " + commitment.title +
                    (occurrence.label.empty() ? "" : ", " + occurrence.label) + " (" +
                    item.school_name + ")";
    event.description = commitments::CapitalName(commitment) + " of " + item.cohort_name + " at " +
                        item.school_name + ". " + commitments::DescribeDue(commitment.due, item.calendar) +
                        ".\n\n" + commitment.description + "\n\nEvidence: " +
                        commitment.evidence.label + "\n" + ChecklistUrl(item, site);
    event.url = ChecklistUrl(item, site);
    event.all_day = true;
    event.date = *occurrence.due_on;
    event.starts_at = commitments::StartOfDay(event.date, zone);
    event.ends_at = occurrence.due_at;
    events.push_back(std::move(event));
  }
  return events;
}

Event StepEvent(const StepItem& item, const core::TimeZone& zone, const Site& site) {
  Event event;
  event.uid = "action-step-" + std::to_string(item.step_id) + UidHost(site);
  event.summary = "Action step: " + item.what + " (" + item.school_name + ")";
  event.url = site.base_url + "/cohorts/" + item.cohort_slug + "/schools/" + item.school_slug + "/challenge#steps";
  event.description = "An action step of " + item.school_name + "'s " + item.cohort_name + " design challenge, owned by " +
                      item.owner_name + ".\n" + event.url;
  event.all_day = true;
  event.date = item.due_on;
  event.starts_at = commitments::StartOfDay(event.date, zone);
  event.ends_at = event.starts_at + 86400;
  return event;
}

std::vector<std::int64_t> DueDateSchools(const auth::Principal& who, const core::LocalDate& today) {
  std::vector<std::int64_t> schools;
  bool coach = false;
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    if (grant.role == auth::Role::kCoach) coach = true;
    const bool school_role = grant.role == auth::Role::kPrincipal || grant.role == auth::Role::kTeamMember;
    if (school_role && grant.scope == auth::ScopeKind::kSchool) schools.push_back(grant.scope_id);
  }
  if (coach) schools.insert(schools.end(), who.caseload_school_ids.begin(), who.caseload_school_ids.end());
  std::sort(schools.begin(), schools.end());
  schools.erase(std::unique(schools.begin(), schools.end()), schools.end());
  return schools;
}

void SortEvents(std::vector<Event>& events) {
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.starts_at, a.uid) < std::tie(b.starts_at, b.uid);
  });
}

std::string FeedName(std::string_view person_name) {
  return "Practitioner Schools · " + std::string(person_name);
}

std::string FileName(const learning::Offering& offering) { return offering.slug + ".ics"; }

}  // namespace practica::calendar
