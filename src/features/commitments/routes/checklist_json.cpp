#include "features/commitments/routes/checklist_json.hpp"

#include <boost/json/array.hpp>

#include "features/commitments/routes/item_json.hpp"

namespace practica::commitments {
namespace json = boost::json;

json::object ChecklistJson(const ChecklistModel& model) {
  json::array groups;
  for (const auto& group : model.groups) {
    json::array items;
    items.reserve(group.items.size());
    for (const auto index : group.items) items.emplace_back(ItemObject(model.items[index]));
    json::object head = group.head;
    head["items"] = std::move(items);
    groups.emplace_back(std::move(head));
  }
  json::object data = model.page;
  data["groups"] = std::move(groups);
  return data;
}

json::object ChecklistJson(const Checklist& checklist, const std::optional<FormProblem>& problem) {
  return ChecklistJson(ModelOf(checklist, problem));
}

json::object ItemJson(const Checklist& checklist, const SchoolCommitment& item) {
  return ItemObject(FactsOf(checklist, item, std::nullopt));
}

}  // namespace practica::commitments
