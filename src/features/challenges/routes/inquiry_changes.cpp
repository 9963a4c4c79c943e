// Starting a group, recording its meetings and what each school takes back: the rules of
// features/challenges/domain/inquiry judged in the transaction, each change audited.
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdint>

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/challenges/routes/change_run.hpp"
#include "features/challenges/routes/inquiry.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/kit/change.hpp"

namespace practica::challenges {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;

namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

std::optional<std::int64_t> Number(std::string_view text) { return core::ParseInt(core::Trim(text), 1, INT64_MAX); }

auth::AuditEntry GroupEntry(std::int64_t group_id, std::int64_t school_id, const json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "inquiry_group";
  entry.record_id = std::to_string(group_id);
  entry.school_id = school_id;
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

// One audit entry for each of the group's schools, so each school's history shows it.
std::vector<auth::AuditEntry> GroupEntries(std::int64_t group_id, const std::vector<std::int64_t>& school_ids,
                                           const json::object& after, const std::string& reason) {
  std::vector<auth::AuditEntry> entries;
  for (auto school : school_ids) entries.push_back(GroupEntry(group_id, school, after, reason));
  return entries;
}

}  // namespace

core::Result<GroupPlace> FindGroup(const Deps& deps, ChallengesStore& store, const Request& request) {
  auto id = Number(request.Param("id"));
  auto group = id ? store.Inquiry().Load(*id) : core::Result<std::optional<InquiryGroup>>(std::nullopt);
  if (!group) return std::unexpected(group.error());
  if (!*group) {
    return Fail(ErrorCode::kNotFound,
                "There is no such inquiry group; the cohort's groups are listed from its design challenges page.");
  }
  auto view = FindCohortViewOf(deps, store, request, (*group)->cohort_slug);
  if (!view) return std::unexpected(view.error());
  GroupPlace place{std::move(**group), std::move(*view), false, {}, false};
  if (!ReadsGroup(place.view, place.group)) {
    return Fail(ErrorCode::kForbidden,
                "You do not have access to this inquiry group: it is read by the cohort's schools and coaches, "
                "district staff and the instructional directors of its schools.");
  }
  const std::int64_t me = Who(request);
  place.member = Contains(place.group.MemberIds(), me);
  for (const auto& school : place.group.schools) {
    if (Contains(place.view.own_school_ids, school.id)) place.speaks_for.push_back(school.id);
  }
  place.may_record = place.view.district_staff || place.member || !place.speaks_for.empty();
  return place;
}

core::Result<json::object> StartGroup(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "inquiry.start", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto view = FindCohortView(deps, store, request);
    if (!view) return std::unexpected(view.error());
    GroupPlan plan;
    auto kind = ParseGroupKind(Get(fields, "kind"));
    if (!kind) {
      return Fail(ErrorCode::kInvalidInput,
                  "Choose what kind of group it is: lesson study, action research, text-based discussion or a "
                  "partnership.",
                  {}, "kind");
    }
    plan.kind = *kind;
    plan.name = std::string(Get(fields, "name"));
    plan.focus = std::string(Get(fields, "focus"));
    plan.statement = std::string(Get(fields, "statement"));
    auto members = ChosenPeople(Get(fields, "members"), "members");
    if (!members) return std::unexpected(members.error());
    plan.member_ids = std::move(*members);
    auto people = store.Rounds().CohortPeople(view->cohort.id);
    if (!people) return std::unexpected(people.error());
    auto checked = CheckGroup(std::move(plan), *people);
    if (!checked) return std::unexpected(checked.error());
    if (auto starter = CheckStarter(view->district_staff, view->own_school_ids, checked->school_ids); !starter) {
      return std::unexpected(starter.error());
    }
    auto id = store.Inquiry().Add(NewGroup{view->cohort.id, *checked, false}, Who(request), deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    const auto& p = checked->plan;
    json::object after{{"kind", InfoOf(p.kind).code}, {"name", p.name}, {"focus", p.focus},
                       {"statement", p.statement}, {"members", p.member_ids.size()},
                       {"schools", checked->school_ids.size()}};
    return Changed<json::object>{{{"id", *id}, {"url", "/inquiry/" + std::to_string(*id)}},
                                 GroupEntries(*id, checked->school_ids, after,
                                              std::string(InfoOf(p.kind).name) + " started: " + p.name + "."),
                                 {}};
  });
}

core::Result<json::object> RecordMeeting(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "inquiry.record", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindGroup(deps, store, request);
    if (!found) return std::unexpected(found.error());
    if (!found->may_record) {
      return Fail(ErrorCode::kForbidden, "The group's members and the people and coaches of its schools record its meetings.");
    }
    auto day = core::ParseLocalDate(core::Trim(Get(fields, "held_on")));
    if (!day) return Fail(ErrorCode::kInvalidInput, "Give the meeting's day as a date, for example 2019-02-06.", {}, "held_on");
    MeetingPlan meeting{std::string(Get(fields, "agenda")), std::string(Get(fields, "notes")),
                        std::string(Get(fields, "links")), {}};
    auto attendees = ChosenPeople(Get(fields, "attendees"), "attendees");
    if (!attendees) return std::unexpected(attendees.error());
    meeting.attendee_ids = std::move(*attendees);
    auto checked = CheckMeeting(std::move(meeting), found->group.MemberIds());
    if (!checked) return std::unexpected(checked.error());
    auto id = store.Inquiry().AddMeeting(found->group.id, *day, *checked, Who(request), deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    json::object after{{"meeting", *id}, {"held_on", core::FormatIsoDate(*day)}, {"agenda", checked->agenda},
                       {"attendees", checked->attendee_ids.size()}};
    return Changed<json::object>{{{"id", *id}, {"group", found->group.id}},
                                 GroupEntries(found->group.id, found->group.SchoolIds(), after,
                                              "Meeting of " + core::FormatIsoDate(*day) + " recorded."),
                                 {}};
  });
}

core::Result<json::object> AddTakeaway(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "inquiry.record", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindGroup(deps, store, request);
    if (!found) return std::unexpected(found.error());
    auto meeting_id = Number(Get(fields, "meeting"));
    const auto& meetings = found->group.meetings;
    if (!meeting_id || std::ranges::find(meetings, *meeting_id, &Meeting::id) == meetings.end()) {
      return Fail(ErrorCode::kInvalidInput, "Choose one of the group's meetings.", {}, "meeting");
    }
    const std::string slug(core::Trim(Get(fields, "school")));
    auto school = std::ranges::find(found->group.schools, slug, &GroupSchool::slug);
    const std::int64_t school_id = school == found->group.schools.end() ? 0 : school->id;
    auto body = CheckTakeaway(school_id, Get(fields, "body"), found->group.SchoolIds(), found->speaks_for,
                              found->view.district_staff);
    if (!body) return std::unexpected(body.error());
    auto id = store.Inquiry().AddTakeaway(*meeting_id, school_id, *body, Who(request), deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    json::object after{{"meeting", *meeting_id}, {"body", *body}};
    return Changed<json::object>{{{"id", *id}, {"group", found->group.id}},
                                 {GroupEntry(found->group.id, school_id, after, school->name + " takes back: " + *body)},
                                 {}};
  });
}

}  // namespace practica::challenges
