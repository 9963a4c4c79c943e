// What the rounds' and the inquiry groups' forms share: people chosen by checkbox, grouped by
// school and ticked again after a refusal, read back as ids; and a text read from a view model.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/challenges/domain/round.hpp"

namespace practica::challenges {

// The ids a form sends ("12,40"), without repeats. kInvalidInput naming `field` for anything
// that is not a person's number.
[[nodiscard]] core::Result<std::vector<std::int64_t>> ChosenPeople(std::string_view text, const std::string& field);

// The people as checkboxes grouped by school (in the order given): [{school_id, school_name,
// people: [{person_id, name, checked}]}], ticked where `chosen` (ids as text) names them.
boost::json::array PeopleCheckboxes(const std::vector<RoundPerson>& people, const std::vector<std::string>& chosen);

// The string at `key`, or "" when there is none.
std::string TextOf(const boost::json::object& object, std::string_view key);

}  // namespace practica::challenges
