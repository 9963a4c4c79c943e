#include "features/challenges/routes/people_choice.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "features/challenges/domain/challenge.hpp"

namespace practica::challenges {
namespace json = boost::json;

core::Result<std::vector<std::int64_t>> ChosenPeople(std::string_view text, const std::string& field) {
  std::vector<std::int64_t> ids;
  for (const auto& part : SplitCodes(text)) {
    if (core::Trim(part).empty()) continue;
    auto id = core::ParseInt(core::Trim(part), 1, INT64_MAX);
    if (!id) {
      return core::Fail(core::ErrorCode::kInvalidInput, "\"" + part + "\" is not a person; choose people from the list.",
                        {}, field);
    }
    if (std::ranges::find(ids, *id) == ids.end()) ids.push_back(*id);
  }
  return ids;
}

json::array PeopleCheckboxes(const std::vector<RoundPerson>& people, const std::vector<std::string>& chosen) {
  json::array groups;
  for (const auto& p : people) {
    if (groups.empty() || groups.back().as_object().at("school_id").as_int64() != p.school_id) {
      groups.push_back(json::object{{"school_id", p.school_id}, {"school_name", p.school_name}, {"people", json::array{}}});
    }
    groups.back().as_object()["people"].as_array().push_back(json::object{
        {"person_id", p.person_id}, {"name", p.name},
        {"checked", std::ranges::find(chosen, std::to_string(p.person_id)) != chosen.end()}});
  }
  return groups;
}

std::string TextOf(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

}  // namespace practica::challenges
