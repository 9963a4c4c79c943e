// The cohort's inquiry groups with the form to start one, and a group's page: who is in it, its
// meetings newest first with attendance, artifacts and what each school takes back, and the form
// to record the next meeting.
#include <algorithm>

#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/challenges/routes/inquiry.hpp"
#include "features/challenges/routes/model_page.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/kit/respond.hpp"

namespace practica::challenges {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

// The artifacts, one a line: an address becomes a link, anything else stays words.
json::array Artifacts(const std::string& text) {
  json::array out;
  std::string line;
  for (char c : text + "\n") {
    if (c != '\n' && c != '\r') {
      line += c;
      continue;
    }
    const std::string trimmed(core::Trim(line));
    line.clear();
    if (trimmed.empty()) continue;
    const bool link = trimmed.starts_with("https://") || trimmed.starts_with("http://");
    out.push_back(json::object{{"text", trimmed}, {"link", link}});
  }
  return out;
}

json::object CohortJson(const CohortView& view) {
  return json::object{{"slug", view.cohort.slug}, {"short_name", view.cohort.ShortName()}, {"label", view.cohort.Label()}};
}

core::Result<json::object> GroupsModel(const Deps& deps, const Request& request, const json::object& typed) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto view = FindCohortView(deps, store, request);
  if (!view) return std::unexpected(view.error());
  auto groups = store.Inquiry().OfCohort(view->cohort.id);
  if (!groups) return std::unexpected(groups.error());
  json::array lines;
  for (const auto& group : *groups) {
    if (ReadsGroup(*view, group)) lines.push_back(GroupLineJson(group));
  }
  json::object out{{"cohort", CohortJson(*view)},
                   {"gallery_url", "/cohorts/" + view->cohort.slug + "/challenges"},
                   {"has_groups", !lines.empty()},
                   {"count_text", core::Counted(static_cast<std::int64_t>(lines.size()), "group", "groups")},
                   {"groups", std::move(lines)}};
  // District staff and the people and coaches of the cohort's schools start groups.
  const bool may_start = view->district_staff || !view->own_school_ids.empty();
  out["may_start"] = may_start;
  if (!may_start) return out;
  const std::string kind = TextOf(typed, "typed_kind");
  json::array kinds;
  for (const auto& info : GroupKinds()) {
    kinds.push_back(json::object{{"code", info.code}, {"name", info.name}, {"about", info.about},
                                 {"selected", info.code == kind}});
  }
  out["kind_options"] = std::move(kinds);
  auto people = store.Rounds().CohortPeople(view->cohort.id);
  if (!people) return std::unexpected(people.error());
  out["people_groups"] = PeopleCheckboxes(*people, SplitCodes(TextOf(typed, "typed_members")));
  return out;
}

json::array MeetingsJson(const GroupPlace& found, const core::TimeZone& zone, const json::object& typed) {
  const auto& group = found.group;
  json::array schools_for_takeaway;
  for (const auto& school : group.schools) {
    if (found.view.district_staff || Contains(found.speaks_for, school.id)) {
      schools_for_takeaway.push_back(json::object{{"slug", school.slug}, {"name", school.name},
                                                  {"selected", TextOf(typed, "typed_school") == school.slug}});
    }
  }
  const std::string typed_meeting = TextOf(typed, "typed_meeting");
  json::array meetings;
  for (const auto& meeting : group.meetings) {
    json::array attendees;
    std::string names;
    for (const auto& a : meeting.attendees) {
      attendees.push_back(json::object{{"name", a.name}, {"school_name", a.school_name}});
      names += (names.empty() ? "" : "; ") + a.name + " (" + a.school_name + ")";
    }
    json::array takeaways;
    for (const auto& t : meeting.takeaways) {
      takeaways.push_back(json::object{{"school_name", t.school_name}, {"body", t.body}, {"person_name", t.person_name},
                                       {"at_label", core::FormatLongDate(zone.ToLocal(t.at).date)}});
    }
    const bool typed_here = typed_meeting == std::to_string(meeting.id);
    meetings.push_back(json::object{
        {"id", meeting.id},
        {"held_on", core::FormatIsoDate(meeting.held_on)},
        {"held_on_label", core::FormatLongDate(meeting.held_on)},
        {"agenda", meeting.agenda},
        {"notes", meeting.notes},
        {"artifacts", Artifacts(meeting.links)},
        {"has_artifacts", !Artifacts(meeting.links).empty()},
        {"attendees", std::move(attendees)},
        {"attendee_names", names},
        {"attendance_text", std::to_string(meeting.attendees.size()) + " of " +
                                core::Counted(static_cast<std::int64_t>(group.members.size()), "member", "members") +
                                " attended"},
        {"has_takeaways", !meeting.takeaways.empty()},
        {"takeaways", std::move(takeaways)},
        {"may_take_away", !schools_for_takeaway.empty()},
        {"school_options", schools_for_takeaway},
        {"typed_body", typed_here ? TextOf(typed, "typed_body") : ""}});
  }
  return meetings;
}

TitledModel GroupModel(const Deps& deps, const Request& request,
                                                              const json::object& typed) {
  auto db = deps.database.Acquire();
  ChallengesStore store(*db, deps.tenant.id);
  auto found = FindGroup(deps, store, request);
  if (!found) return std::unexpected(found.error());
  const auto& group = found->group;
  auto out = GroupLineJson(group);
  out["cohort"] = CohortJson(found->view);
  out["list_url"] = "/cohorts/" + found->view.cohort.slug + "/inquiry";
  out["gallery_url"] = "/cohorts/" + found->view.cohort.slug + "/challenges";
  out["kind_about"] = InfoOf(group.kind).about;
  out["group_id"] = group.id;  // read inside each meeting, whose own "id" is the meeting's
  json::array by_school;
  for (const auto& school : group.schools) {
    json::array members;
    for (const auto& m : group.members) {
      if (m.school_id == school.id) members.push_back(json::object{{"person_id", m.person_id}, {"name", m.name}});
    }
    by_school.push_back(json::object{
        {"name", school.name}, {"slug", school.slug},
        {"challenge_url", "/cohorts/" + found->view.cohort.slug + "/schools/" + school.slug + "/challenge"},
        {"members", std::move(members)}});
  }
  out["member_schools"] = std::move(by_school);
  auto meetings = MeetingsJson(*found, deps.tenant.zone, typed);
  out["has_meetings"] = !meetings.empty();
  out["meetings"] = std::move(meetings);
  out["member"] = found->member;
  out["may_record"] = found->may_record;
  if (found->may_record) {
    const auto chosen = SplitCodes(TextOf(typed, "typed_attendees"));
    out["attendee_options"] = PeopleCheckboxes(group.members, chosen);
  }
  return std::pair{std::move(out), std::string(InfoOf(group.kind).name) + " · " + group.name};
}

}  // namespace

bool ReadsGroup(const CohortView& view, const InquiryGroup& group) {
  return view.everything || std::ranges::any_of(group.schools, [&](const GroupSchool& s) {
           return Contains(view.local_district_ids, s.local_district_id);
         });
}

json::object GroupLineJson(const InquiryGroup& group) {
  json::array schools;
  std::string names;
  for (const auto& s : group.schools) {
    schools.push_back(json::object{{"id", s.id}, {"slug", s.slug}, {"name", s.name}});
    names += (names.empty() ? "" : ", ") + s.name;
  }
  return json::object{{"id", group.id},
                       {"url", "/inquiry/" + std::to_string(group.id)},
                       {"kind", InfoOf(group.kind).code},
                       {"kind_name", InfoOf(group.kind).name},
                       {"partnership", group.kind == GroupKind::kPartnership},
                       {"name", group.name},
                       {"focus", group.focus},
                       {"statement", group.statement},
                       {"illustrative", group.illustrative},
                       {"schools", std::move(schools)},
                       {"school_names", names},
                       {"member_count", group.members.size()},
                       {"meeting_count", group.meeting_count},
                       {"meetings_text", core::Counted(group.meeting_count, "meeting", "meetings")}};
}

Response GroupsPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  auto model = GroupsModel(deps, request, extra);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : extra) (*model)[key] = value;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  if (auto saved = request.Query("saved")) (*model)["saved_" + std::string(*saved)] = true;
  const std::string title = "Inquiry groups and partnerships of " + TextOf((*model)["cohort"].as_object(), "short_name");
  return deps.views.Page(request, "challenges/inquiry_groups", title, std::move(*model), "cohorts", status);
}

Response GroupsApi(const Deps& deps, const Request& request) {
  auto model = GroupsModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto* key : {"kind_options", "people_groups"}) model->erase(key);
  return features::Json(*model);
}

Response GroupPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  return ModelPage(deps, request, GroupModel(deps, request, extra), extra, "challenges/inquiry_group", "cohorts", status);
}

Response GroupApi(const Deps& deps, const Request& request) {
  auto model = GroupModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  model->first.erase("attendee_options");
  return features::Json(model->first);
}

}  // namespace practica::challenges
