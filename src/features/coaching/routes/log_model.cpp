#include "features/coaching/routes/log_model.hpp"

#include <boost/json/array.hpp>

#include "core/calendar_days.hpp"
#include "features/coaching/routes/viewer.hpp"

namespace practica::coaching {
namespace json = boost::json;

namespace {

std::string KindName(const std::string& code) {
  auto kind = ParseKind(code);
  return kind ? std::string(KindLabel(*kind)) : code;
}

json::object HoursJson(const std::vector<EntryFact>& facts, const std::map<std::int64_t, std::string>& names,
                       const core::LocalDate& as_of) {
  json::array rows;
  int month = 0;
  int year = 0;
  for (const auto& row : HoursBy(facts, as_of)) {
    auto name = names.find(row.school_id);
    rows.push_back(json::object{{"school", name == names.end() ? "" : name->second},
                                {"kind", row.kind},
                                {"kind_label", KindName(row.kind)},
                                {"month_hours", Hours(row.month_minutes)},
                                {"year_hours", Hours(row.year_minutes)}});
    month += row.month_minutes;
    year += row.year_minutes;
  }
  const auto school_year = SchoolYearOf(as_of);
  return json::object{{"as_of", core::FormatIsoDate(as_of)},
                      {"month", core::MonthName(as_of.month) + " " + std::to_string(as_of.year)},
                      {"school_year", school_year.Label()},
                      {"has_rows", !rows.empty()},
                      {"rows", std::move(rows)},
                      {"month_hours", Hours(month)},
                      {"year_hours", Hours(year)}};
}

core::Result<json::array> NotCoachedJson(CoachingStore& store, const CaseloadPeople& caseload,
                                         const core::LocalDate& as_of) {
  auto schools = IndexSchools(caseload.schools);
  auto last = store.LastCoached(schools.ids);
  if (!last) return std::unexpected(last.error());
  std::vector<Coachee> people;
  std::map<std::int64_t, std::string> person_names;
  for (const auto& m : caseload.staff) {
    auto found = last->find(m.person_id);
    people.push_back(Coachee{m.person_id, m.school_id,
                             found == last->end() ? std::nullopt : std::optional<core::LocalDate>(found->second)});
    person_names[m.person_id] = m.name;
  }
  json::array out;
  for (const auto& c : NotCoachedIn30Days(std::move(people), as_of)) {
    out.push_back(json::object{{"person_id", c.person_id},
                               {"name", person_names[c.person_id]},
                               {"school", schools.by_id[c.school_id].name},
                               {"last_coached", c.last_coached ? core::FormatIsoDate(*c.last_coached) : ""},
                               {"never", !c.last_coached.has_value()}});
  }
  return out;
}

}  // namespace

json::object EntryJson(const Entry& e, std::int64_t viewer) {
  json::array people;
  std::string names;
  for (const auto& p : e.people) {
    people.push_back(json::object{{"id", p.id}, {"name", p.name}});
    names += (names.empty() ? "" : ", ") + p.name;
  }
  return json::object{{"id", e.id},
                      {"coach", e.coach_name},
                      {"school", e.school.name},
                      {"school_slug", e.school.slug},
                      {"held_on", core::FormatIsoDate(e.held_on)},
                      {"held_on_text", core::FormatLongDate(e.held_on)},
                      {"minutes", e.minutes},
                      {"kind", e.kind},
                      {"kind_label", KindName(e.kind)},
                      {"focus", e.focus},
                      {"focus_label", e.focus_label.empty() ? e.focus : e.focus_label},
                      {"people", std::move(people)},
                      {"people_names", names},
                      {"notes", VisibleNotes(e, viewer)},
                      {"notes_shared", e.notes_shared},
                      {"next_step", e.next_step},
                      {"next_step_due", e.next_step_due ? core::FormatIsoDate(*e.next_step_due) : ""},
                      {"next_step_done", e.next_step_done},
                      {"illustrative", e.illustrative}};
}

core::Result<CaseloadPeople> ReadCaseloadPeople(CoachingStore& store, std::int64_t coach_id) {
  auto schools = store.Caseload(coach_id);
  if (!schools) return std::unexpected(schools.error());
  auto staff = store.Staff(IndexSchools(*schools).ids);
  if (!staff) return std::unexpected(staff.error());
  return CaseloadPeople{std::move(*schools), std::move(*staff)};
}

core::Result<json::object> CoachView(CoachingStore& store, const CaseloadPeople& caseload, std::int64_t coach_id,
                                     std::int64_t viewer, const core::LocalDate& today, bool every_not_coached) {
  auto facts = store.Facts(coach_id);
  if (!facts) return std::unexpected(facts.error());
  auto names = store.SchoolNames(coach_id);
  if (!names) return std::unexpected(names.error());
  const auto as_of = HoursAsOf(*facts, today);
  auto not_coached = NotCoachedJson(store, caseload, as_of);
  if (!not_coached) return std::unexpected(not_coached.error());
  // The longest waiting first; a coach of a district's 27 schools has some 600 people on the
  // list, which the page shows only when asked.
  const auto not_coached_total = not_coached->size();
  if (!every_not_coached && not_coached->size() > kNotCoachedShown) not_coached->resize(kNotCoachedShown);
  const auto not_coached_more = not_coached_total - not_coached->size();
  auto follow_ups = store.FollowUps(coach_id, core::AddDays(as_of, 7));
  if (!follow_ups) return std::unexpected(follow_ups.error());
  auto entries = store.Entries(EntryFilter{coach_id, 0, 20});
  if (!entries) return std::unexpected(entries.error());
  json::array due;
  for (const auto& e : *follow_ups) due.push_back(EntryJson(e, viewer));
  json::array latest;
  bool illustrative = false;
  for (const auto& e : *entries) {
    latest.push_back(EntryJson(e, viewer));
    illustrative = illustrative || e.illustrative;
  }
  return json::object{{"coach_id", coach_id},
                      {"hours", HoursJson(*facts, *names, as_of)},
                      {"past_year", as_of != today},
                      {"has_not_coached", !not_coached->empty()},
                      {"not_coached", std::move(*not_coached)},
                      {"not_coached_total", not_coached_total},
                      {"not_coached_more", not_coached_more},
                      {"not_coached_all_url", "/coaching?" + (coach_id == viewer ? std::string()
                                                              : "coach=" + std::to_string(coach_id) + "&") +
                                                  "not_coached=all#not-coached"},
                      {"has_follow_ups", !due.empty()},
                      {"follow_ups", std::move(due)},
                      {"has_entries", !latest.empty()},
                      {"entries", std::move(latest)},
                      {"illustrative", illustrative}};
}

core::Result<json::object> DistrictView(CoachingStore& store, const core::LocalDate& today) {
  auto last = store.LastLoggedDay(today);
  if (!last) return std::unexpected(last.error());
  auto coaches = store.Coaches();
  if (!coaches) return std::unexpected(coaches.error());
  const auto as_of = HoursAsOf(*last, today);
  auto totals_read = store.TotalsByCoach(WindowOf(as_of));
  if (!totals_read) return std::unexpected(totals_read.error());
  const auto& totals = *totals_read;
  json::array rows;
  for (const auto& coach : *coaches) {
    auto total = totals.find(coach.id);
    const CoachTotal t = total == totals.end() ? CoachTotal{} : total->second;
    rows.push_back(json::object{{"coach_id", coach.id},
                                {"coach", coach.name},
                                {"url", "/coaching?coach=" + std::to_string(coach.id)},
                                {"month_hours", Hours(t.month_minutes)},
                                {"year_hours", Hours(t.year_minutes)}});
  }
  return json::object{{"as_of", core::FormatIsoDate(as_of)},
                      {"month", core::MonthName(as_of.month) + " " + std::to_string(as_of.year)},
                      {"school_year", SchoolYearOf(as_of).Label()},
                      {"past_year", as_of != today},
                      {"has_coaches", !rows.empty()},
                      {"coaches", std::move(rows)}};
}

}  // namespace practica::coaching
