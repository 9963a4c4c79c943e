// A school's commitments as JSON: the API's answer and the checklist page's view model.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/routes/context.hpp"

namespace practica::commitments {

// A refused form, shown again on the item it was about with what was typed.
struct FormProblem {
  std::string code;  // the commitment's code
  std::string message;
  std::string field;
  Fields typed;
};

struct Checklist {
  const SchoolPlace& place;
  const Calendar& calendar;
  const std::vector<SchoolCommitment>& items;
  const std::vector<std::string>& coaches;
  const Viewer& viewer;
  std::int64_t now = 0;
  const core::TimeZone& zone;
};

boost::json::object ChecklistJson(const Checklist& checklist,
                                  const std::optional<FormProblem>& problem = std::nullopt);

// One item, as the API answers a change to it.
boost::json::object ItemJson(const Checklist& checklist, const SchoolCommitment& item);

std::string ChecklistUrl(const SchoolPlace& place);

}  // namespace practica::commitments
