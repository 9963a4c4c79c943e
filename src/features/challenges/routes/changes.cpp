#include "features/challenges/routes/changes.hpp"

#include "core/text.hpp"
#include "features/challenges/routes/change_run.hpp"

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

core::Result<Changed<json::object>> ProblemBody(const Deps& deps, const Request& request, const Fields& fields,
                                                ChallengesStore& store, const Place& place) {
  auto problem = CheckProblem(
      ProblemOfPractice{Get(fields, "problem"), Get(fields, "evidence"), Get(fields, "evidence_links"), Get(fields, "affects")});
  if (!problem) return std::unexpected(problem.error());
  const auto now = deps.clock.NowUtcSeconds();
  auto id = store.Ensure(place.cohort.id, place.school.id, Who(request), now);
  if (!id) return std::unexpected(id.error());
  if (auto saved = store.SaveProblem(*id, *problem, Who(request), now); !saved) return std::unexpected(saved.error());
  json::object after{{"problem", problem->statement}, {"evidence", problem->evidence}, {"affects", problem->affects}};
  return Changed<json::object>{{{"id", *id}}, {ChallengeEntry(place, "challenge", std::to_string(*id), after, "Problem of practice saved.")}, {}};
}

core::Result<Changed<json::object>> StatementBody(const Deps& deps, const Request& request, const Fields& fields,
                                                  ChallengesStore& store, const Place& place) {
  auto record = ExistingChallenge(store, place, "problem of practice");
  if (!record) return std::unexpected(record.error());
  if (record->problem.statement.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write the problem of practice first: the design challenge comes from it.", {}, "statement");
  }
  auto statement = CheckStatement(Get(fields, "statement"));
  if (!statement) return std::unexpected(statement.error());
  auto known = store.StudentIndicators();
  if (!known) return std::unexpected(known.error());
  auto focus = store.FocusStandard(place.cohort.id);
  if (!focus) return std::unexpected(focus.error());
  auto codes = CheckIndicators(SplitCodes(Get(fields, "indicators")), *known, *focus);
  if (!codes) return std::unexpected(codes.error());
  auto practices_known = store.CsPractices();
  if (!practices_known) return std::unexpected(practices_known.error());
  auto practices = CheckPractices(SplitCodes(Get(fields, "cs_practices")), *practices_known);
  if (!practices) return std::unexpected(practices.error());
  if (auto saved = store.SaveStatement(record->id, *statement, *codes, *practices, Who(request), deps.clock.NowUtcSeconds());
      !saved) {
    return std::unexpected(saved.error());
  }
  json::object after{{"statement", *statement}, {"indicators", JoinCodes(*codes)}, {"cs_practices", JoinCodes(*practices)}};
  return Changed<json::object>{{{"id", record->id}, {"statement", *statement}},
                               {ChallengeEntry(place, "challenge", std::to_string(record->id), after, "Design challenge saved.")}, {}};
}

core::Result<Changed<json::object>> ShareBody(const Deps& deps, const Request& request, const Fields&,
                                              ChallengesStore& store, const Place& place) {
  auto record = ExistingChallenge(store, place, "problem of practice and design challenge");
  if (!record) return std::unexpected(record.error());
  if (record->statement.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write the \"How might we\" statement before sharing it with the cohort.", {}, "share");
  }
  auto shared = store.Share(record->id, Who(request), deps.clock.NowUtcSeconds());
  if (!shared) return std::unexpected(shared.error());
  Changed<json::object> changed{{{"id", record->id}, {"shared", true}}, {}, {}};
  if (*shared) {
    changed.audit.push_back(ChallengeEntry(place, "challenge", std::to_string(record->id), {{"shared", true}},
                                  "Shared with the schools of " + place.cohort.ShortName() + "."));
  }
  return changed;
}

}  // namespace

core::Result<json::object> SaveProblem(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &ProblemBody);
}

core::Result<json::object> SaveStatement(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &StatementBody);
}

core::Result<json::object> ShareChallenge(const Deps& deps, const Request& request, const Fields& fields) {
  return RunOnPlace(deps, request, fields, "challenges.change", true, &ShareBody);
}

}  // namespace practica::challenges
