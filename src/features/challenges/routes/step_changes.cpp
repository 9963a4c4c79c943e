// Action steps, cycles of reflect-and-refine and comments.
#include <algorithm>

#include "core/text.hpp"
#include "features/challenges/routes/change_run.hpp"
#include "features/challenges/routes/changes.hpp"

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

core::Result<int> PathNumber(const Request& request, std::string_view what) {
  auto number = core::ParseInt(request.Param("number"), 1, 10000);
  if (!number) return Fail(ErrorCode::kNotFound, "There is no " + std::string(what) + " " + std::string(request.Param("number")) + ".");
  return static_cast<int>(*number);
}

core::Result<Changed<json::object>> AddStepBody(const Deps& deps, const Request& request, const Fields& fields,
                                                ChallengesStore& store, const Place& place) {
  auto record = ExistingChallenge(store, place, "problem of practice and design challenge");
  if (!record) return std::unexpected(record.error());
  if (record->statement.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write the \"How might we\" statement first: the steps work toward it.", {}, "what");
  }
  ActionStep step;
  step.what = Get(fields, "what");
  step.owner_person_id = core::ParseInt(Get(fields, "owner"), 1, INT64_MAX).value_or(0);
  auto due = core::ParseLocalDate(core::Trim(Get(fields, "due_on")));
  if (!due) return Fail(ErrorCode::kInvalidInput, "Give the day the step is due by, as YYYY-MM-DD.", {}, "due_on");
  step.due_on = *due;
  if (auto status = ParseStepStatus(Get(fields, "status"))) step.status = *status;
  auto team = store.Team(place.cohort.id, place.school.id);
  if (!team) return std::unexpected(team.error());
  auto checked = CheckStep(std::move(step), *team, place.school.name);
  if (!checked) return std::unexpected(checked.error());
  auto added = store.AddStep(record->id, *checked, Who(request), deps.clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  json::object after{{"number", added->number}, {"what", added->what}, {"owner", added->owner_name},
                     {"due_on", core::FormatIsoDate(added->due_on)}};
  return Changed<json::object>{{{"number", added->number}},
                               {ChallengeEntry(place, "challenge_step", std::to_string(added->id), after, "Action step added.")},
                               {}};
}

core::Result<Changed<json::object>> StepStatusBody(const Deps& deps, const Request& request, const Fields& fields,
                                                   ChallengesStore& store, const Place& place) {
  auto number = PathNumber(request, "action step");
  if (!number) return std::unexpected(number.error());
  auto record = ExistingChallenge(store, place, "design challenge");
  if (!record) return std::unexpected(record.error());
  auto step = std::ranges::find(record->steps, *number, &ActionStep::number);
  if (step == record->steps.end()) return Fail(ErrorCode::kNotFound, "There is no action step " + std::to_string(*number) + ".");
  auto status = ParseStepStatus(Get(fields, "status"));
  if (!status) return Fail(ErrorCode::kInvalidInput, "Choose the step's status: not started, in progress or done.", {}, "status");
  Changed<json::object> changed{{{"number", *number}, {"status", StepStatusCode(*status)}}, {}, {}};
  if (*status == step->status) return changed;
  if (auto saved = store.SetStepStatus(step->id, *status, Who(request), deps.clock.NowUtcSeconds()); !saved) {
    return std::unexpected(saved.error());
  }
  changed.audit.push_back(ChallengeEntry(place, "challenge_step", std::to_string(step->id),
                                         {{"status", StepStatusCode(*status)}},
                                         "Action step " + std::to_string(*number) + ": " + std::string(StepStatusLabel(*status)) + "."));
  return changed;
}

core::Result<Changed<json::object>> OpenCycleBody(const Deps& deps, const Request& request, const Fields& fields,
                                                  ChallengesStore& store, const Place& place) {
  auto record = ExistingChallenge(store, place, "problem of practice and design challenge");
  if (!record) return std::unexpected(record.error());
  if (record->steps.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Map the action steps for the year before starting a cycle.", {}, "try");
  }
  if (auto can = CheckCanOpen(record->OpenCycle()); !can) return std::unexpected(can.error());
  Cycle cycle;
  cycle.try_text = Get(fields, "try");
  cycle.prediction = Get(fields, "prediction");
  cycle.evidence_planned = Get(fields, "evidence_planned");
  auto planned = CheckPlan(std::move(cycle));
  if (!planned) return std::unexpected(planned.error());
  auto opened = store.OpenCycle(record->id, *planned, Who(request), deps.clock.NowUtcSeconds());
  if (!opened) return std::unexpected(opened.error());
  json::object after{{"number", opened->number}, {"try", opened->try_text}, {"prediction", opened->prediction}};
  return Changed<json::object>{{{"number", opened->number}},
                               {ChallengeEntry(place, "challenge_cycle", std::to_string(opened->id), after,
                                               "Cycle " + std::to_string(opened->number) + " started.")},
                               {}};
}

core::Result<Changed<json::object>> SaveCycleBody(const Deps& deps, const Request& request, const Fields& fields,
                                                  ChallengesStore& store, const Place& place) {
  auto number = PathNumber(request, "cycle");
  if (!number) return std::unexpected(number.error());
  auto record = ExistingChallenge(store, place, "design challenge");
  if (!record) return std::unexpected(record.error());
  auto found = std::ranges::find(record->cycles, *number, &Cycle::number);
  if (found == record->cycles.end()) return Fail(ErrorCode::kNotFound, "There is no cycle " + std::to_string(*number) + ".");
  Cycle cycle = *found;
  cycle.happened = std::string(core::Trim(Get(fields, "happened")));
  cycle.evidence_links = std::string(core::Trim(Get(fields, "evidence_links")));
  cycle.learned = std::string(core::Trim(Get(fields, "learned")));
  cycle.decision = ParseDecision(Get(fields, "decision"));
  cycle.next_step = std::string(core::Trim(Get(fields, "next_step")));
  const bool close = features::Yes(fields, "close");
  if (found->closed()) return std::unexpected(CheckClose(*found).error());
  if (close) {
    if (auto ready = CheckClose(cycle); !ready) return std::unexpected(ready.error());
  }
  if (auto saved = store.SaveCycle(cycle, close, Who(request), deps.clock.NowUtcSeconds()); !saved) {
    return std::unexpected(saved.error());
  }
  json::object after{{"number", cycle.number}, {"happened", cycle.happened}, {"learned", cycle.learned},
                     {"decision", cycle.decision ? std::string(DecisionCode(*cycle.decision)) : ""},
                     {"closed", close}};
  return Changed<json::object>{{{"number", cycle.number}, {"closed", close}},
                               {ChallengeEntry(place, "challenge_cycle", std::to_string(cycle.id), after,
                                               "Cycle " + std::to_string(cycle.number) + (close ? " closed." : " saved."))},
                               {}};
}

core::Result<Changed<json::object>> CommentBody(const Deps& deps, const Request& request, const Fields& fields,
                                                ChallengesStore& store, const Place& place) {
  auto record = store.Load(place.cohort.id, place.school.id);
  if (!record) return std::unexpected(record.error());
  if (!*record || !(*record)->shared_at) {
    return Fail(ErrorCode::kNotFound, place.school.name + " has not shared its design challenge with " +
                                          place.cohort.ShortName() + " yet; comments open once it does.");
  }
  if (!MayComment(place.reader, true)) {
    return Fail(ErrorCode::kForbidden, "Comments come from the schools of " + place.cohort.ShortName() +
                                           " and their coaches; district staff and directors read them.");
  }
  const std::string body(core::Trim(Get(fields, "body")));
  if (body.empty()) return Fail(ErrorCode::kInvalidInput, "Write your comment before sending it.", {}, "body");
  auto added = store.AddComment((*record)->id, Who(request), body, deps.clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  return Changed<json::object>{{{"id", added->id}},
                               {ChallengeEntry(place, "challenge_comment", std::to_string(added->id), {{"body", body}},
                                               "Comment on " + place.school.name + "'s design challenge.")},
                               {}};
}

}  // namespace

core::Result<json::object> AddStep(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &AddStepBody);
}

core::Result<json::object> SetStepStatus(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &StepStatusBody);
}

core::Result<json::object> OpenCycle(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &OpenCycleBody);
}

core::Result<json::object> SaveCycle(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &SaveCycleBody);
}

core::Result<json::object> AddComment(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.comment", false, &CommentBody);
}

}  // namespace practica::challenges
