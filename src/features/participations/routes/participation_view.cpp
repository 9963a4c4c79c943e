#include "features/participations/routes/participation_view.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "auth/guard.hpp"
#include "auth/secrets.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/cohort_rows.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::participations {
namespace json = boost::json;

namespace {

json::object When(std::int64_t at, const core::TimeZone& zone) {
  return json::object{{"at", zone.FormatIso(at)}, {"label", core::FormatLongDateTime(zone.ToLocal(at))}};
}

json::value OrNull(const std::optional<PersonRef>& person) {
  return person ? json::value(PersonJson(*person)) : json::value(nullptr);
}

json::array Strings(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

json::array SlotsJson(const ParticipationView& view, const core::TimeZone& zone) {
  json::array slots;
  for (const auto& slot : view.status.slots) {
    json::array holders;
    for (const auto& p : view.leaders.Holders(slot.slot)) holders.emplace_back(PersonJson(p));
    json::object item{{"role", SlotCode(slot.slot)},
                      {"role_label", SlotLabel(slot.slot)},
                      {"signed", slot.state == SlotState::kSigned},
                      {"needs_reaffirmation", slot.state == SlotState::kNeedsReaffirmation},
                      {"holders", std::move(holders)},
                      {"missing", slot.missing}};
    if (slot.state == SlotState::kSigned && slot.signature) {
      item["signed_by"] = slot.signature->name;
      item["signed_at"] = When(slot.signature->signed_at, zone);
      item["version"] = slot.signature->version;
    }
    slots.emplace_back(std::move(item));
  }
  return slots;
}

json::array SignaturesJson(const ParticipationView& view, const core::TimeZone& zone) {
  json::array items;
  for (const auto& s : view.signatures) {
    items.emplace_back(json::object{{"role", SlotCode(s.slot)},     {"role_label", SlotLabel(s.slot)},
                                    {"person_id", s.person_id},     {"name", s.name},
                                    {"version", s.version},         {"text_sha256", s.text_sha256},
                                    {"signed_at", When(s.signed_at, zone)}});
  }
  return items;
}

json::object TeamJson(const ParticipationView& view, const core::TimeZone& zone) {
  json::array members;
  int attending = 0;
  for (const auto& m : view.team) {
    attending += m.attends ? 1 : 0;
    members.emplace_back(json::object{{"number", m.id},
                                      {"person", PersonJson(m.person)},
                                      {"kind", MemberKindCode(m.kind)},
                                      {"kind_label", MemberKindLabel(m.kind)},
                                      {"attends", m.attends}});
  }
  const auto& confirmed = view.details.team_confirmed_at;
  return json::object{{"members", std::move(members)},
                      {"attending", attending},
                      {"confirmed", confirmed.has_value()},
                      {"confirmed_at", confirmed ? json::value(When(*confirmed, zone)) : json::value(nullptr)},
                      {"missing", Strings(MissingFromTeam(view.team))}};
}

json::value CoachJson(const std::optional<CoachAssignment>& a, const core::TimeZone& zone) {
  if (!a) return nullptr;
  return json::object{{"person", PersonJson(a->coach)},
                      {"assigned_at", When(a->assigned_at, zone)},
                      {"ended_at", a->ended_at ? json::value(When(*a->ended_at, zone)) : json::value(nullptr)}};
}

}  // namespace

core::Result<CohortRef> FindCohort(db::Connection& db, const features::Deps& deps, std::string_view slug) {
  auto cohort = DirectoryStore(db, deps.tenant.id).FindCohort(slug);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no cohort \"" + std::string(slug) + "\"; the cohorts are listed on the home page.");
  }
  return **cohort;
}

core::Result<ParticipationView> LoadParticipation(db::Connection& db, const features::Deps& deps,
                                                  std::string_view cohort_slug, std::string_view school_slug) {
  auto cohort = FindCohort(db, deps, cohort_slug);
  if (!cohort) return std::unexpected(cohort.error());
  auto school = DirectoryStore(db, deps.tenant.id).FindSchool(school_slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no school \"" + std::string(school_slug) +
                                                      "\"; search for it on the schools page.");
  }
  auto listed = ParticipationsStore(db, deps.tenant.id).Find(*cohort, **school);
  if (!listed) return std::unexpected(listed.error());
  if (!*listed) {
    return core::Fail(core::ErrorCode::kNotFound, NotPartOf({(*school)->name, cohort->ShortName()}));
  }
  return LoadListed(db, deps, **listed);
}

core::Result<ParticipationView> LoadListed(db::Connection& db, const features::Deps& deps, const Listed& listed) {
  auto views = LoadListedAll(db, deps, {listed});
  if (!views) return std::unexpected(views.error());
  return std::move(views->front());
}

core::Result<std::vector<ParticipationView>> LoadListedAll(db::Connection& db, const features::Deps& deps,
                                                           const std::vector<Listed>& listed) {
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  std::vector<ParticipationView> views;
  views.reserve(listed.size());
  // The rows' places by cohort, in the order the cohorts first appear.
  std::vector<std::pair<std::int64_t, std::vector<std::size_t>>> cohorts;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    views.push_back(ParticipationView{listed[i], {}, {}, {}, {}, {}, {}, {}, {}, {}, false});
    const auto cohort_id = listed[i].cohort.id;
    auto group = std::find_if(cohorts.begin(), cohorts.end(), [&](const auto& g) { return g.first == cohort_id; });
    if (group == cohorts.end()) group = cohorts.insert(cohorts.end(), {cohort_id, {}});
    group->second.push_back(i);
  }
  for (const auto& [cohort_id, places] : cohorts) {
    const auto& cohort = listed[places.front()].cohort;
    std::vector<SchoolRef> schools;
    for (const auto i : places) schools.push_back(listed[i].school);
    auto rows = ReadCohortRows(db, deps.tenant.id, cohort, schools, today);
    if (!rows) return std::unexpected(rows.error());
    const bool year_over = YearFinished(cohort.school_year, today);
    for (const auto i : places) {
      auto& view = views[i];
      const auto school_id = view.listed.school.id;
      view.year_over = year_over;
      view.agreement = rows->agreement;
      // Copied, not moved: a list that named one participation twice gets it whole twice.
      view.leaders = rows->leaders[school_id];
      view.signatures = rows->signatures[school_id];
      view.details = rows->details[school_id];
      view.team = rows->teams[school_id];
      view.coach_history = rows->histories[school_id];
      for (const auto& a : view.coach_history) {
        if (!a.ended_at) view.coach = a;
      }
      view.status = ComputeAgreement(view.CurrentVersion(), view.signatures, view.leaders,
                                     view.details.retraction.has_value());
      if (!view.year_over) {
        view.missing = WhatIsMissing(view.status, view.team, view.details.team_confirmed_at.has_value(),
                                     view.details.leads, view.coach.has_value());
      }
    }
  }
  return views;
}

json::object PersonJson(const PersonRef& person) {
  return json::object{{"id", person.id}, {"name", person.name}, {"email", person.email}};
}

json::object SummaryJson(const ParticipationView& view, const core::TimeZone& zone) {
  const auto& school = view.listed.school;
  json::array team;
  for (const auto& m : view.team) {
    team.emplace_back(json::object{{"name", m.person.name}, {"kind_label", MemberKindLabel(m.kind)},
                                   {"attends", m.attends}});
  }
  return json::object{
      {"cohort", json::object{{"slug", view.listed.cohort.slug}, {"name", view.listed.cohort.ShortName()},
                              {"title", view.listed.cohort.title}, {"school_year", view.listed.cohort.school_year},
                              {"school_year_over", view.year_over}}},
      {"school", json::object{{"slug", school.slug}, {"name", school.name}, {"local_district", school.local_district_name}}},
      {"listed_name", view.listed.listed_name},
      // A finished year reads as it ended: "Never signed", not "Awaiting signatures".
      {"state", view.year_over ? FinishedStateCode(view.status.state) : StateCode(view.status.state)},
      {"state_label", view.year_over ? FinishedStateLabel(view.status.state) : StateLabel(view.status.state)},
      {"missing", Strings(view.missing)},
      {"team", std::move(team)},
      {"team_confirmed", view.details.team_confirmed_at.has_value()},
      {"coach", CoachJson(view.coach, zone)},
      {"url", view.Path()},
  };
}

json::object ParticipationJson(const ParticipationView& view, const core::TimeZone& zone) {
  auto data = SummaryJson(view, zone);
  data["agreement_missing"] = Strings(view.status.missing);
  if (view.agreement) {
    data["agreement"] = json::object{{"version", view.agreement->version},
                                     {"title", view.agreement->title},
                                     {"text", view.agreement->text},
                                     {"text_sha256", auth::HashToken(view.agreement->text)},
                                     {"published_at", When(view.agreement->published_at, zone)}};
  } else {
    data["agreement"] = nullptr;
  }
  data["slots"] = SlotsJson(view, zone);
  data["signatures"] = SignaturesJson(view, zone);
  data["team"] = TeamJson(view, zone);
  const auto& leads = view.details.leads;
  data["leads"] = json::object{
      {"technology_support", OrNull(leads.technology_support)},
      {"technology_support_classification",
       leads.classification ? json::value(ClassificationCode(*leads.classification)) : json::value(nullptr)},
      {"sso", OrNull(leads.sso)}};
  json::array history;
  for (const auto& a : view.coach_history) history.emplace_back(CoachJson(a, zone));
  data["coach_history"] = std::move(history);
  const auto& retraction = view.details.retraction;
  data["retraction"] = retraction ? json::value(json::object{{"reason", retraction->reason},
                                                             {"by", PersonJson(retraction->by)},
                                                             {"at", When(retraction->at, zone)}})
                                  : json::value(nullptr);
  const auto& asked = view.details.signatures_requested_at;
  data["signatures_requested_at"] = asked ? json::value(When(*asked, zone)) : json::value(nullptr);
  return data;
}

}  // namespace practica::participations
