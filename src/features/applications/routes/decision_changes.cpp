#include "features/applications/routes/decision_changes.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/applications/domain/decision.hpp"
#include "features/applications/routes/notify.hpp"
#include "features/applications/routes/target.hpp"
#include "features/applications/store/reviews_store.hpp"

namespace practica::applications {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;

namespace {

core::Result<Decision> ChosenDecision(const Fields& fields) {
  const auto decision = ParseDecision(core::Trim(Get(fields, "decision")));
  if (decision) return *decision;
  return Fail(ErrorCode::kInvalidInput,
              "Choose a decision (accept, waitlist or decline); nothing was recorded and the school was not e-mailed.",
              {}, "decision");
}

std::set<std::string, std::less<>> Confirmed(const Fields& fields) {
  std::set<std::string, std::less<>> confirmed;
  for (auto field : {kConfirmDecision, kConfirmWindowOpen, kConfirmNoSiteVisit}) {
    if (core::Trim(Get(fields, std::string(field))) == "yes") confirmed.emplace(field);
  }
  return confirmed;
}

std::vector<Confirmation> Needed(const Deps& deps, db::Connection& db, const Target& target, Decision decision) {
  auto visit = ReviewsStore(db, deps.tenant.id).FindSiteVisit(target.application.id);
  // A visit that cannot be read counts as missing: the person is asked once more, never less.
  const bool visited = visit && visit->has_value();
  return DecisionConfirmations(target.application, decision, target.setup, visited, deps.clock.NowUtcSeconds(),
                               deps.tenant.zone);
}

std::string DecisionText(const Target& target, Decision decision) {
  const auto full = cohorts::FullName(target.setup.cohort);
  switch (decision) {
    case Decision::kAccepted:
      return target.school.name + " is accepted into " + full +
             ". Congratulations! Next, you and your local district's instructional director sign the "
             "Intent to Participate in Practica.";
    case Decision::kWaitlisted:
      return target.school.name + " is on the waiting list for " + full +
             ". The program office writes again as soon as a place opens.";
    case Decision::kDeclined:
      return target.school.name + " was not selected for " + full +
             " this year. Thank you for applying; the program office welcomes your application next year.";
  }
  return {};
}

// The decision's e-mail to the school's principals, queued with the decision.
core::Result<std::vector<features::ChangeMail>> Tell(const Deps& deps, db::Connection& db, const Request& request,
                                                     const Target& target, Decision decision, const Fields& fields) {
  const auto before = target.application.status;
  const bool correction = IsDecided(before);
  std::string text;
  if (correction) {
    text = "The program office changed its decision on " + Name(target) + ": it was " +
           core::ToLower(StatusLabel(before)) + " and is now " + std::string(DecisionCode(decision)) +
           ". This replaces the earlier e-mail.\n\n";
  }
  text += DecisionText(target, decision);
  if (const std::string reason(core::Trim(Get(fields, "reason"))); correction && !reason.empty()) {
    text += "\n\nWhy it changed: " + reason;
  }
  if (const std::string note(core::Trim(Get(fields, "note"))); !note.empty()) {
    text += "\n\nA note from the program office: " + note;
  }
  text += "\n\nThe application: " + deps.auth.public_url + ApplicationUrl(target.setup.cohort, target.school) + "\n";
  const std::string subject = cohorts::ShortName(target.setup.cohort) + " application: " +
                              (correction ? "decision changed to " : "") + std::string(DecisionCode(decision));
  return PrincipalMails(deps, db, request, target.school, subject, text);
}

// Correcting an acceptance takes the school off the roster the acceptance put it on, unless its
// participation already holds something; accepting (again) puts it back. The roster is the
// participations room's: it makes both changes, through the effects, in this transaction.
core::Result<void> KeepRosterInStep(const Deps& deps, db::Connection& db, const Request& request,
                                    const Target& target, Decision decision) {
  const auto cohort_id = target.setup.cohort.id;
  if (decision == Decision::kAccepted) {
    return features::Emit(deps, db,
                          features::ApplicationAccepted{cohort_id, target.school.id, target.school.name,
                                                        request.principal->person_id, deps.clock.NowUtcSeconds()});
  }
  if (target.application.status != Status::kAccepted) return {};
  auto holds = ReviewsStore(db, deps.tenant.id).ParticipationHolds(cohort_id, target.school.id);
  if (!holds) return std::unexpected(holds.error());
  if (auto allowed = CheckCorrection(target.application, decision, target.setup.cohort, *holds); !allowed) {
    return allowed;
  }
  return features::Emit(deps, db, features::AcceptanceUndone{cohort_id, target.school.id});
}

// Inside the decision's transaction: every check again, then the roster, the status and the
// history, and what the audit entry says.
core::Result<AuditNote> Record(const Deps& deps, const Request& request, db::Connection& db, const Target& target,
                               Decision decision, const Fields& fields) {
  if (auto checked = CheckDecision(target.application, decision, target.setup.cohort); !checked) {
    return std::unexpected(checked.error());
  }
  const std::string current(StatusCode(target.application.status));
  if (const auto was = core::Trim(Get(fields, "was")); !was.empty() && was != current) {
    return Fail(ErrorCode::kConflict,
                Name(target) + " became " + current + " while you were confirming; nothing was recorded. Look at "
                "its history and decide again.", {}, "decision");
  }
  if (auto confirmed = CheckConfirmed(Needed(deps, db, target, decision), Confirmed(fields)); !confirmed) {
    return std::unexpected(confirmed.error());
  }
  if (auto roster = KeepRosterInStep(deps, db, request, target, decision); !roster) {
    return std::unexpected(roster.error());
  }
  const auto now = deps.clock.NowUtcSeconds();
  const auto status = StatusAfter(decision);
  if (auto set = ApplicationsStore(db, deps.tenant.id).SetStatus(target.application.id, status, now); !set) {
    return std::unexpected(set.error());
  }
  const bool correction = IsDecided(target.application.status);
  const std::string note(core::Trim(Get(fields, "note")));
  const std::string reason = correction ? std::string(core::Trim(Get(fields, "reason"))) : "";
  if (auto noted = ReviewsStore(db, deps.tenant.id)
                       .AddDecision(target.application.id, StatusCode(status), note, request.principal->person_id,
                                    now, reason);
      !noted) {
    return std::unexpected(noted.error());
  }
  json::object after{{"status", StatusCode(status)}, {"note", note}};
  if (correction) after["reason"] = reason;
  return AuditNote{"application", "", 0, {{"status", current}}, std::move(after),
                   correction ? "changed the decision on " + Name(target) + " from " + current + " to " +
                                    std::string(StatusCode(status)) + (reason.empty() ? "" : ": " + reason)
                              : core::ToLower(StatusLabel(status)) + " " + Name(target)};
}

}  // namespace

core::Result<AuditNote> Decide(const Deps& deps, const Request& request, const Fields& fields) {
  const auto decision = ChosenDecision(fields);
  if (!decision) return std::unexpected(decision.error());
  return OnApplication(deps, request, "applications.decide",
                       [&](db::Connection& db, const Target& target) -> core::Result<AuditNote> {
    auto note = Record(deps, request, db, target, *decision, fields);
    if (!note) return note;
    auto mail = Tell(deps, db, request, target, *decision, fields);
    if (!mail) return std::unexpected(mail.error());
    note->mail = std::move(*mail);
    return note;
  });
}

core::Result<std::optional<json::object>> DecisionPreview(const Deps& deps, const Request& request,
                                                          const Fields& fields) {
  const auto decision = ChosenDecision(fields);
  if (!decision) return std::nullopt;
  auto db = deps.database.Acquire();
  auto target = LoadTarget(deps, *db, request);
  if (!target) return std::unexpected(target.error());
  if (!CheckDecision(target->application, *decision, target->setup.cohort)) return std::nullopt;
  const auto needed = Needed(deps, *db, *target, *decision);
  const auto confirmed = Confirmed(fields);
  if (CheckConfirmed(needed, confirmed)) return std::nullopt;
  json::array statements;
  for (std::size_t i = 1; i < needed.size(); ++i) {
    statements.emplace_back(json::object{{"field", needed[i].field}, {"text", needed[i].text}});
  }
  const std::string& first = needed.front().text;
  const bool correction = IsDecided(target->application.status);
  json::object confirm{
      {"heading", first.substr(0, first.size() - 1) + "?"},
      {"statements", std::move(statements)},
      {"has_statements", needed.size() > 1},
      {"decision", DecisionCode(*decision)},
      {"note", std::string(core::Trim(Get(fields, "note")))},
      {"reason", std::string(core::Trim(Get(fields, "reason")))},
      {"was", StatusCode(target->application.status)},
      {"button", correction ? "Yes, change it to " + std::string(DecisionCode(*decision))
                            : "Yes, " + core::ToLower(DecisionVerb(*decision)) + " " + target->school.name},
  };
  if (confirmed.contains(kConfirmDecision)) {
    confirm["error"] = "Tick each statement to go ahead; nothing was recorded and the school was not e-mailed.";
  }
  return confirm;
}

}  // namespace practica::applications
