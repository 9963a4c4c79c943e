// The coaching pages and API answers, and the changes their forms and API posts run.
#pragma once

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::coaching {

// A page that can be shown again with a refused form's problem (`typed`) and status.
using PageFn = http::Response (*)(const features::Deps&, const http::Request&, const boost::json::object&, int);
// A change: what it answers the API with, or the refusal.
using ChangeFn = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                       const features::Fields&);

// /coaching: the log (a coach's own, with the quick entry form) or every coach's hours.
http::Response LogPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                       int status);
http::Response LogApi(const features::Deps& deps, const http::Request& request);
// /coaching/mine: the entries naming the person (notes only where shared) and their observations.
http::Response MinePage(const features::Deps& deps, const http::Request& request);
http::Response MineApi(const features::Deps& deps, const http::Request& request);
// /coaching/observations: the coach's observations and the look-for form.
http::Response ObservationsPage(const features::Deps& deps, const http::Request& request,
                                const boost::json::object& typed, int status);
// /observations/{id}: one record, to its teacher and coach only.
http::Response ObservationPage(const features::Deps& deps, const http::Request& request,
                               const boost::json::object& typed, int status);
http::Response ObservationApi(const features::Deps& deps, const http::Request& request);
// /observations/counts: counts across the person's schools, over at least five observations.
http::Response CountsPage(const features::Deps& deps, const http::Request& request);
http::Response CountsApi(const features::Deps& deps, const http::Request& request);

// /coaching/cycles: the person's coaching cycles (coaching and coached) and the coach's start
// form; /cycles/{id}: one cycle, to its teacher and coach only.
http::Response CyclesPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                          int status);
http::Response CyclesApi(const features::Deps& deps, const http::Request& request);
http::Response CyclePage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                         int status);
http::Response CycleApi(const features::Deps& deps, const http::Request& request);

core::Result<boost::json::object> LogEntry(const features::Deps& deps, const http::Request& request,
                                           const features::Fields& fields);
core::Result<boost::json::object> MarkFollowUpDone(const features::Deps& deps, const http::Request& request,
                                                   const features::Fields& fields);
core::Result<boost::json::object> RecordObservation(const features::Deps& deps, const http::Request& request,
                                                    const features::Fields& fields);
core::Result<boost::json::object> AddReflection(const features::Deps& deps, const http::Request& request,
                                                const features::Fields& fields);
core::Result<boost::json::object> StartCycle(const features::Deps& deps, const http::Request& request,
                                             const features::Fields& fields);
core::Result<boost::json::object> RecordCycleStep(const features::Deps& deps, const http::Request& request,
                                                  const features::Fields& fields);
core::Result<boost::json::object> WriteCycleNote(const features::Deps& deps, const http::Request& request,
                                                 const features::Fields& fields);

}  // namespace practica::coaching
