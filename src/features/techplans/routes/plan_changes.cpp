#include "features/techplans/routes/plan_changes.hpp"

#include "core/text.hpp"
#include "features/kit/events.hpp"
#include "features/techplans/domain/decision_mail.hpp"
#include "features/techplans/routes/context.hpp"

namespace practica::techplans {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Fields;
using features::Get;

namespace {

json::object Answer(const Place& place, std::string_view status, int version) {
  return json::object{{"school", place.school.slug}, {"cohort", place.cohort.slug},
                      {"status", status}, {"version", version}};
}

core::Result<PlanRecord> Existing(TechPlansStore& store, const Place& place) {
  auto plan = store.LoadPlan(place.cohort.id, place.school.id);
  if (!plan) return std::unexpected(plan.error());
  if (!*plan || (*plan)->versions.empty()) {
    return Fail(ErrorCode::kConflict, place.school.name + " has not saved a technology plan yet.");
  }
  return std::move(**plan);
}

// One step of the review: the note, the new status and the audit entry.
core::Result<Changed<json::object>> Step(TechPlansStore& store, const Place& place, const PlanRecord& plan,
                                         PlanStatus status, std::string kind, std::string body, std::int64_t now) {
  const int version = plan.versions.back().number;
  if (auto set = store.SetStatus(plan.id, status, place.person_id, now); !set) return std::unexpected(set.error());
  if (auto noted = store.AddNote(plan.id, Note{version, kind, place.person_id, {}, body, now}); !noted) {
    return std::unexpected(noted.error());
  }
  auto answer = Answer(place, StatusCode(status), version);
  Changed<json::object> changed{answer, {Entry(place, "tech_plan", answer, body)}, {}};
  return changed;
}

// The e-mails telling the school's principal and team that district staff returned or approved
// the plan's latest version, queued with the decision (not a reminder one can turn off).
core::Result<std::vector<features::ChangeMail>> DecisionMails(const features::Deps& deps, const http::Request& request,
                                                              TechPlansStore& store, const Place& place,
                                                              const PlanRecord& plan, PlanStatus status,
                                                              std::string comment, std::int64_t now) {
  auto team = store.PlanTeam(place.cohort.id, place.school.id, place.today);
  if (!team) return std::unexpected(team.error());
  // The decider is the person signed in: their name came with the sign-in, no query needed.
  const Decision decision{status, place.school.name, place.cohort.ShortName(), request.principal->display_name,
                          plan.versions.back().number, std::move(comment),
                          deps.auth.public_url + place.base_url + "/technology-plan", deps.tenant.name};
  std::vector<features::ChangeMail> mails;
  for (const auto& person : *team) {
    mails.push_back(features::ChangeMail{
        mail::Message{person.email, person.name, DecisionSubject(decision), DecisionText(decision, person.name)},
        "techplan." + std::string(StatusCode(status)) + ":" + std::to_string(plan.id) + ":" + std::to_string(now) +
            ":" + std::to_string(person.person_id),
        jobs::MailAudience{person.person_id, ""}});
  }
  return mails;
}

}  // namespace

PlanContent ContentFromFields(const Fields& f) {
  PlanContent c{Get(f, "vision"), {}, Get(f, "personalized_learning"), Get(f, "digital_citizenship"),
                Get(f, "change_management"), Get(f, "responsible_use"), Get(f, "parent_acknowledgement"),
                Get(f, "social_media_educators"), Get(f, "social_media_students")};
  for (std::size_t n = 1; n <= kMaxGoals + 1; ++n) {
    const auto i = std::to_string(n);
    c.goals.push_back(Goal{Get(f, "goal_" + i), Get(f, "strategies_" + i), Get(f, "indicators_" + i), Get(f, "tools_" + i)});
  }
  return c;
}

core::Result<json::object> SavePlan(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, "techplans.write", [&](TechPlansStore& store, const Place& place, db::Connection&)
                        -> core::Result<Changed<json::object>> {
    auto content = CheckContent(ContentFromFields(fields));
    if (!content) return std::unexpected(content.error());
    auto plan = store.LoadPlan(place.cohort.id, place.school.id);
    if (!plan) return std::unexpected(plan.error());
    if (*plan) {
      if (auto ok = MaySave((*plan)->status); !ok) return std::unexpected(ok.error());
    }
    const auto now = deps.clock.NowUtcSeconds();
    auto id = store.EnsurePlan(place.cohort.id, place.school.id, place.person_id, now, false);
    if (!id) return std::unexpected(id.error());
    auto number = store.AddVersion(*id, *content, place.person_id, now);
    if (!number) return std::unexpected(number.error());
    const auto status = *plan ? (*plan)->status : PlanStatus::kDraft;
    auto answer = Answer(place, StatusCode(status), *number);
    return Changed<json::object>{answer, {Entry(place, "tech_plan_version", answer)}, {}};
  });
}

core::Result<json::object> SubmitPlan(const features::Deps& deps, const http::Request& request, const Fields&) {
  return RunOnPlace(deps, request, "techplans.write", [&](TechPlansStore& store, const Place& place, db::Connection&)
                        -> core::Result<Changed<json::object>> {
    auto on_team = store.OnTeam(place.cohort.id, place.school.id, place.person_id, place.today);
    if (!on_team) return std::unexpected(on_team.error());
    auto plan = store.LoadPlan(place.cohort.id, place.school.id);
    if (!plan) return std::unexpected(plan.error());
    const PlanContent* latest = *plan && !(*plan)->versions.empty() ? &(*plan)->versions.back().content : nullptr;
    const auto status = *plan ? std::optional<PlanStatus>((*plan)->status) : std::nullopt;
    if (auto ok = MaySubmit(status, latest, *on_team, place.school.name); !ok) return std::unexpected(ok.error());
    return Step(store, place, **plan, PlanStatus::kSubmitted, "submitted", "", deps.clock.NowUtcSeconds());
  });
}

core::Result<json::object> CommentOnPlan(const features::Deps& deps, const http::Request& request,
                                         const Fields& fields) {
  return RunOnPlace(deps, request, "techplans.comment", [&](TechPlansStore& store, const Place& place, db::Connection&)
                        -> core::Result<Changed<json::object>> {
    if (!place.reader.coach) {
      return Fail(ErrorCode::kForbidden, "Only " + place.school.name + "'s coach comments on its technology plan.");
    }
    auto body = CheckComment(Get(fields, "comment"));
    if (!body) return std::unexpected(body.error());
    auto plan = Existing(store, place);
    if (!plan) return std::unexpected(plan.error());
    const int version = plan->versions.back().number;
    if (auto noted = store.AddNote(plan->id, Note{version, "comment", place.person_id, {}, *body, deps.clock.NowUtcSeconds()});
        !noted) {
      return std::unexpected(noted.error());
    }
    auto answer = Answer(place, StatusCode(plan->status), version);
    answer["comment"] = *body;
    return Changed<json::object>{answer, {Entry(place, "tech_plan_comment", answer)}, {}};
  });
}

core::Result<json::object> ReturnPlan(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, "techplans.review", [&](TechPlansStore& store, const Place& place, db::Connection&)
                        -> core::Result<Changed<json::object>> {
    auto plan = Existing(store, place);
    if (!plan) return std::unexpected(plan.error());
    const auto comment = Get(fields, "comment");
    if (auto ok = MayReturn(plan->status, comment); !ok) return std::unexpected(ok.error());
    auto body = CheckComment(comment);
    if (!body) return std::unexpected(body.error());
    const auto now = deps.clock.NowUtcSeconds();
    auto changed = Step(store, place, *plan, PlanStatus::kReturned, "returned", *body, now);
    if (!changed) return changed;
    auto mails = DecisionMails(deps, request, store, place, *plan, PlanStatus::kReturned, *body, now);
    if (!mails) return std::unexpected(mails.error());
    changed->mail = std::move(*mails);
    return changed;
  });
}

core::Result<json::object> ApprovePlan(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, "techplans.review", [&](TechPlansStore& store, const Place& place,
                                                           db::Connection& db) -> core::Result<Changed<json::object>> {
    auto plan = Existing(store, place);
    if (!plan) return std::unexpected(plan.error());
    if (auto ok = MayApprove(plan->status, place.person_id, plan->Authors()); !ok) return std::unexpected(ok.error());
    const auto now = deps.clock.NowUtcSeconds();
    const std::string comment(core::Trim(Get(fields, "comment")));
    auto changed = Step(store, place, *plan, PlanStatus::kApproved, "approved", comment, now);
    if (!changed) return changed;
    auto mails = DecisionMails(deps, request, store, place, *plan, PlanStatus::kApproved, comment, now);
    if (!mails) return std::unexpected(mails.error());
    changed->mail = std::move(*mails);
    const features::PlanApproved approved{place.cohort.id, place.school.id, deps.tenant.zone.ToLocal(now).date,
                                          plan->versions.back().number, place.person_id, now};
    if (auto emitted = features::Emit(deps, db, approved); !emitted) return std::unexpected(emitted.error());
    return changed;
  });
}

}  // namespace practica::techplans
