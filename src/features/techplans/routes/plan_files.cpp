#include "features/techplans/routes/plan_files.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/uploads.hpp"
#include "features/techplans/domain/plan_files.hpp"
#include "features/techplans/routes/plan_json.hpp"

namespace practica::techplans {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

core::Result<json::object> AttachPlanFile(const features::Deps& deps, const http::Request& request,
                                          const features::FormWithFile& sent, bool certificate) {
  const auto typed = sent.fields.find("slot");
  const std::string_view code = certificate ? std::string_view("certificate")
                                            : typed == sent.fields.end() ? std::string_view() : core::Trim(typed->second);
  auto slot = CheckFileSlot(code, certificate);
  if (!slot) return std::unexpected(slot.error());
  if (!sent.file) return Fail(ErrorCode::kInvalidInput, "Choose the file to attach.", {}, "file");
  auto checked = features::CheckUploadedFile(&*sent.file);
  if (!checked) return std::unexpected(checked.error());
  const auto action = certificate ? "certification.record" : "techplans.write";
  return RunOnPlace(deps, request, action, [&](TechPlansStore& store, const Place& place, db::Connection&)
                        -> core::Result<features::Changed<json::object>> {
    if (!certificate) {
      auto plan = store.LoadPlan(place.cohort.id, place.school.id);
      if (!plan) return std::unexpected(plan.error());
      if (*plan) {
        if (auto ok = MaySave((*plan)->status); !ok) return std::unexpected(ok.error());
      }
    }
    PlanFile file;
    file.slot = std::string(slot->code);
    file.file_name = checked->name;
    file.content_type = checked->content_type;
    auto kept = store.AddFile(place.cohort.id, place.school.id, file, sent.file->data, place.person_id,
                              deps.clock.NowUtcSeconds());
    if (!kept) return std::unexpected(kept.error());
    const auto page = place.base_url + (certificate ? "/certification" : "/technology-plan");
    json::object value{{"id", kept->id}, {"slot", kept->slot}, {"file_name", kept->file_name},
                       {"size_bytes", kept->size_bytes}, {"url", page + "/files/" + std::to_string(kept->id)}};
    auto entry = Entry(place, "techplan_file", value,
                       "Attached " + kept->file_name + " as " + place.school.name + "'s " + std::string(slot->label));
    return features::Changed<json::object>{std::move(value), {std::move(entry)}, {}};
  });
}

core::Result<void> AddFilesJson(const features::Deps& deps, TechPlansStore& store, const Place& place, bool certificate,
                                json::object& out) {
  auto files = store.Files(place.cohort.id, place.school.id);
  if (!files) return std::unexpected(files.error());
  const auto page = place.base_url + (certificate ? "/certification" : "/technology-plan");
  json::array slots;
  bool any = false;
  for (const auto& slot : FileSlots()) {
    if (slot.certificate != certificate) continue;
    json::array kept;
    for (const auto& f : *files) {
      if (f.slot != slot.code) continue;
      kept.push_back(json::object{{"id", f.id}, {"file_name", f.file_name}, {"size", features::DescribeSize(f.size_bytes)},
                                  {"size_bytes", f.size_bytes}, {"uploaded_by", f.uploaded_by_name},
                                  {"uploaded_at", When(deps, f.uploaded_at)},
                                  {"url", page + "/files/" + std::to_string(f.id)}});
    }
    any = any || !kept.empty();
    slots.push_back(json::object{{"code", slot.code}, {"label", slot.label}, {"has_files", !kept.empty()},
                                 {"files", std::move(kept)}});
  }
  out["file_slots"] = std::move(slots);
  out["has_files"] = any;
  return {};
}

http::Response PlanFileDownload(const features::Deps& deps, const http::Request& request) {
  auto db = deps.database.Acquire();
  TechPlansStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  const auto id = core::ParseInt(request.Param("file"), 1, INT64_MAX);
  core::Result<std::optional<PlanFile>> file = std::optional<PlanFile>();
  if (id) file = store.FindFile(place->cohort.id, place->school.id, *id);
  if (!file) return features::Failure(request, file.error(), deps.views);
  core::Result<std::optional<std::string>> bytes = std::optional<std::string>();
  if (*file) {
    bytes = store.FileBytes(place->cohort.id, place->school.id, (*file)->id);
    if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  }
  if (!*file || !*bytes) {
    return features::Failure(
        request,
        core::Error{ErrorCode::kNotFound, place->school.name + " keeps no such file; its files are listed on its technology "
                                                               "plan and certification pages."},
        deps.views);
  }
  return features::FileDownload((*file)->file_name, (*file)->content_type, std::move(**bytes));
}

}  // namespace practica::techplans
