// Action steps, cycles of reflect-and-refine and comments.
#include <algorithm>

#include "core/text.hpp"
#include "features/kit/uploads.hpp"
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

// `file` is the upload already checked by its content, with its bytes, or null.
core::Result<Changed<json::object>> SaveCycleBody(const Deps& deps, const Request& request, const Fields& fields,
                                                  ChallengesStore& store, const Place& place,
                                                  const features::CheckedFile* file, std::string_view bytes) {
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
  // A closed cycle keeps its evidence as it was recorded: nothing is added to it afterwards.
  if (found->closed()) return std::unexpected(CheckClose(*found).error());
  EvidenceFile added;
  if (file != nullptr) {
    added.file_name = file->name;
    added.content_type = file->content_type;
    cycle.files.push_back(added);  // counts as evidence when the cycle closes
  }
  if (close) {
    if (auto ready = CheckClose(cycle); !ready) return std::unexpected(ready.error());
  }
  const auto now = deps.clock.NowUtcSeconds();
  if (auto saved = store.SaveCycle(cycle, close, Who(request), now); !saved) return std::unexpected(saved.error());
  json::object after{{"number", cycle.number}, {"happened", cycle.happened}, {"learned", cycle.learned},
                     {"decision", cycle.decision ? std::string(DecisionCode(*cycle.decision)) : ""},
                     {"closed", close}};
  std::string reason = "Cycle " + std::to_string(cycle.number) + (close ? " closed" : " saved");
  if (file != nullptr) {
    auto kept = store.AddCycleFile(record->id, cycle.id, added, bytes, Who(request), now);
    if (!kept) return std::unexpected(kept.error());
    after["file"] = json::object{{"id", kept->id}, {"file_name", kept->file_name}, {"size_bytes", kept->size_bytes}};
    reason += ", with " + kept->file_name + " attached as evidence";
  }
  return Changed<json::object>{{{"number", cycle.number}, {"closed", close}},
                               {ChallengeEntry(place, "challenge_cycle", std::to_string(cycle.id), after, reason + ".")},
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

core::Result<json::object> SaveCycle(const Deps& deps, const Request& request, const features::FormWithFile& sent) {
  // Checked before the transaction: reading a file's type needs no database.
  std::optional<features::CheckedFile> checked;
  if (sent.file) {
    auto file = features::CheckUploadedFile(&*sent.file);
    if (!file) return std::unexpected(file.error());
    checked = std::move(*file);
  }
  return RunOnPlace(deps, request, sent.fields, "challenges.change", true,
                    [&](const Deps& d, const Request& r, const Fields& f, ChallengesStore& store, const Place& place) {
                      return SaveCycleBody(d, r, f, store, place, checked ? &*checked : nullptr,
                                           sent.file ? std::string_view(sent.file->data) : std::string_view());
                    });
}

core::Result<json::object> AddComment(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.comment", false, &CommentBody);
}

}  // namespace practica::challenges
