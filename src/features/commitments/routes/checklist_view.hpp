// The checklist page's model as views the renderer asks by name (http/mustache_view.hpp),
// read from the checklist's facts. A school's checklist is some twenty items of fifty names
// each; built as JSON for every request, the model cost the server more than the page's
// statements. The API's JSON (checklist_json) is read from the same facts.
#pragma once

#include <memory>

#include "features/commitments/routes/checklist_model.hpp"
#include "http/mustache_view.hpp"

namespace practica::commitments {

// Draws `model`, which must outlive it.
class ChecklistView final : public http::mustache::View {
 public:
  explicit ChecklistView(const ChecklistModel& model);
  ~ChecklistView() override;
  ChecklistView(const ChecklistView&) = delete;
  ChecklistView& operator=(const ChecklistView&) = delete;

  http::mustache::Value Get(std::string_view name) const override;

 private:
  struct Parts;
  const ChecklistModel& model_;
  std::unique_ptr<const Parts> parts_;  // the groups' and the items' views
};

}  // namespace practica::commitments
