// Effects of one room's change on rooms that own them: handlers registered per event type,
// run inside the transaction of the change that emits the event.
#pragma once

#include <functional>
#include <tuple>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/events.hpp"

namespace practica::features {

// The handler of one event: the owner of the effect makes its change on the caller's
// connection, so the effect commits or rolls back with the change that caused it.
template <typename Event>
using Handler = std::function<core::Result<void>(db::Connection&, const Event&)>;

// One list of handlers per event type, held in a tuple rather than a map from a type index to
// erased handlers: each list keeps its handlers' real type (no casts from void*), and emitting
// or handling an event that is not listed here fails to compile instead of doing nothing at run
// time. The price is one line below for each new event, beside its struct in events.hpp.
class Effects {
 public:
  // Adds `handler` after those already registered for Event: handlers run in this order.
  template <typename Event>
  void On(Handler<Event> handler) {
    std::get<std::vector<Handler<Event>>>(handlers_).push_back(std::move(handler));
  }

  // Runs every handler of Event on `db`, in order, and stops at the first error, which it
  // returns: the caller abandons its transaction, so neither its change nor any earlier
  // handler's effect is kept. No handler: nothing to do.
  template <typename Event>
  [[nodiscard]] core::Result<void> Emit(db::Connection& db, const Event& event) const {
    for (const auto& handler : std::get<std::vector<Handler<Event>>>(handlers_)) {
      if (auto done = handler(db, event); !done) return done;
    }
    return {};
  }

  template <typename Event>
  std::size_t HandlerCount() const {
    return std::get<std::vector<Handler<Event>>>(handlers_).size();
  }

 private:
  std::tuple<std::vector<Handler<AttendanceMet>>, std::vector<Handler<CohortCopied>>,
             std::vector<Handler<ApplicationAccepted>>, std::vector<Handler<AcceptanceUndone>>,
             std::vector<Handler<LeadsDesignated>>, std::vector<Handler<TeamConfirmed>>,
             std::vector<Handler<TeamRegistered>>, std::vector<Handler<PlanApproved>>,
             std::vector<Handler<CertificationVerified>>, std::vector<Handler<CoachingLogged>>,
             std::vector<Handler<PdPlanAgreed>>, std::vector<Handler<PdMajorityReached>>,
             std::vector<Handler<PdSharedBack>>, std::vector<Handler<VisitHeld>>,
             std::vector<Handler<FeedbackAnswered>>>
      handlers_;
};

}  // namespace practica::features
