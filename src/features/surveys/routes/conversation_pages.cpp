// Focus groups and interviews for district staff: /conversations lists them, the latest held
// first, with the form to record one; /conversations/{id} shows one with its notes and files and
// the form to attach another file; the API answers the same, and each kept file downloads.
#include <boost/json/array.hpp>

#include "core/plural.hpp"
#include "features/kit/paragraphs.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/uploads.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/store/conversations_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string Place(const ConversationRecord& r) {
  return r.school_name.empty() ? r.cohort_name + ", the whole cohort" : r.cohort_name + " · " + r.school_name;
}

json::array FilesJson(const ConversationRecord& r) {
  json::array files;
  for (const auto& f : r.files) {
    files.push_back(json::object{{"id", f.id},
                                 {"file_name", f.file_name},
                                 {"size_bytes", f.size_bytes},
                                 {"size", features::DescribeSize(static_cast<std::size_t>(f.size_bytes))},
                                 {"url", "/conversations/" + std::to_string(r.id) + "/files/" + std::to_string(f.id)}});
  }
  return files;
}

json::object SummaryJson(const ConversationRecord& r) {
  return json::object{{"id", r.id},
                      {"files", FilesJson(r)},
                      {"url", "/conversations/" + std::to_string(r.id)},
                      {"kind", std::string(ConversationKindCode(r.conversation.kind))},
                      {"kind_label", std::string(ConversationKindLabel(r.conversation.kind))},
                      {"title", r.conversation.title},
                      {"held_on", core::FormatIsoDate(r.conversation.held_on)},
                      {"held_on_label", core::FormatLongDate(r.conversation.held_on)},
                      {"place", Place(r)},
                      {"who", WhoText(r.conversation.people)},
                      {"people", TotalPeople(r.conversation.people)},
                      {"illustrative", r.illustrative}};
}

// The typed value of a field shown again after a refusal, "" otherwise.
std::string Typed(const json::object& typed, const std::string& field) {
  auto found = typed.find("typed_" + field);
  return found != typed.end() && found->value().is_string() ? std::string(found->value().as_string()) : "";
}

core::Result<json::object> ListModel(const Deps& deps, const json::object& typed) {
  auto db = deps.database.Acquire();
  ConversationsStore store(*db, deps.tenant.id);
  auto all = store.All();
  if (!all) return std::unexpected(all.error());
  auto cohorts = store.Cohorts();
  if (!cohorts) return std::unexpected(cohorts.error());
  auto schools = store.Schools();
  if (!schools) return std::unexpected(schools.error());
  json::array conversations;
  for (const auto& r : *all) conversations.push_back(SummaryJson(r));
  const auto kind = Typed(typed, "kind");
  json::array kinds;
  for (auto k : {ConversationKind::kFocusGroup, ConversationKind::kInterview}) {
    kinds.push_back(json::object{{"code", std::string(ConversationKindCode(k))},
                                 {"label", std::string(ConversationKindLabel(k))},
                                 {"selected", kind == ConversationKindCode(k)}});
  }
  const auto cohort = Typed(typed, "cohort");
  json::array cohort_choices;
  for (const auto& c : *cohorts) cohort_choices.push_back(json::object{{"slug", c.slug}, {"name", c.name}, {"selected", c.slug == cohort}});
  const auto school = Typed(typed, "school");
  json::array school_choices;
  for (const auto& s : *schools) school_choices.push_back(json::object{{"slug", s.slug}, {"name", s.name}, {"selected", s.slug == school}});
  const auto error_field = typed.contains("error_field") ? std::string(typed.at("error_field").as_string()) : "";
  json::array roles;
  for (const auto& role : kParticipantRoles) {
    const std::string field = "count_" + std::string(role.code);
    std::string label(role.many);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    roles.push_back(json::object{{"field", field}, {"label", label}, {"value", Typed(typed, field)}, {"invalid", error_field == field}});
  }
  json::object model{{"conversations", std::move(conversations)},
                     {"has_conversations", !all->empty()},
                     {"count_text", core::Counted(static_cast<std::int64_t>(all->size()), "conversation", "conversations")},
                     {"kinds", std::move(kinds)},
                     {"cohorts", std::move(cohort_choices)},
                     {"schools", std::move(school_choices)},
                     {"roles", std::move(roles)}};
  for (const auto& [k, v] : typed) model[k] = v;
  if (!error_field.empty()) model["error_on_" + error_field] = true;
  return model;
}

// The conversation the path names, read through `store` (a download then reads its file on the
// same connection rather than borrowing a second one).
core::Result<ConversationRecord> Load(ConversationsStore& store, const Request& request) {
  auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no conversation " + std::string(request.Param("id")) +
                                                      "; open it from the list of focus groups and interviews.");
  }
  auto found = store.Find(*id);
  if (!found) return std::unexpected(found.error());
  if (!*found) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no conversation " + std::to_string(*id) +
                                                      "; open it from the list of focus groups and interviews.");
  }
  return std::move(**found);
}

json::object DetailJson(const Deps& deps, const ConversationRecord& r) {
  auto model = SummaryJson(r);
  json::array people;
  for (const auto& role : kParticipantRoles) {
    auto found = r.conversation.people.find(std::string(role.code));
    if (found == r.conversation.people.end()) continue;
    people.push_back(json::object{{"role", std::string(role.code)},
                                  {"label", std::string(found->second == 1 ? role.one : role.many)},
                                  {"count", found->second}});
  }
  model["people_by_role"] = std::move(people);
  model["notes"] = r.conversation.notes;
  model["notes_paragraphs"] = features::Paragraphs(r.conversation.notes);
  model["has_files"] = !r.files.empty();
  model["recorded_by"] = r.recorded_by;
  model["recorded_at"] = LongInstant(deps, r.created_at);
  return model;
}

}  // namespace

Response ConversationsPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = ListModel(deps, typed);
  if (!model) return features::Failure(request, model.error(), deps.views);
  if (request.Query("saved")) (*model)["saved"] = true;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return deps.views.Page(request, "surveys/conversations", "Focus groups and interviews", std::move(*model), "surveys",
                         status);
}

Response ConversationsApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto all = ConversationsStore(*db, deps.tenant.id).All();
  if (!all) return features::Failure(request, all.error(), deps.views);
  json::array conversations;
  for (const auto& r : *all) conversations.push_back(SummaryJson(r));
  return features::Json(json::object{{"conversations", std::move(conversations)}});
}

Response ConversationPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto db = deps.database.Acquire();
  ConversationsStore store(*db, deps.tenant.id);
  auto record = Load(store, request);
  if (!record) return features::Failure(request, record.error(), deps.views);
  auto model = DetailJson(deps, *record);
  for (const auto& [k, v] : typed) model[k] = v;
  if (request.Query("saved")) model["saved"] = true;
  model["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return deps.views.Page(request, "surveys/conversation", record->conversation.title, std::move(model), "surveys", status);
}

Response ConversationApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ConversationsStore store(*db, deps.tenant.id);
  auto record = Load(store, request);
  if (!record) return features::Failure(request, record.error(), deps.views);
  auto model = DetailJson(deps, *record);
  model.erase("notes_paragraphs");
  return features::Json(model);
}

Response ConversationFileDownload(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ConversationsStore store(*db, deps.tenant.id);
  auto record = Load(store, request);
  if (!record) return features::Failure(request, record.error(), deps.views);
  const auto file_id = core::ParseInt(request.Param("file"), 1, INT64_MAX);
  const ConversationFile* file = nullptr;
  for (const auto& f : record->files) {
    if (file_id && f.id == *file_id) file = &f;
  }
  core::Result<std::optional<std::string>> bytes = std::optional<std::string>();
  if (file != nullptr) {
    bytes = store.FileBytes(record->id, file->id);
    if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  }
  if (file == nullptr || !*bytes) {
    return features::Failure(request,
                             core::Error{core::ErrorCode::kNotFound,
                                         "\"" + record->conversation.title +
                                             "\" keeps no such file; go back to its page for the files it keeps."},
                             deps.views);
  }
  return features::FileDownload(file->file_name, file->content_type, std::move(**bytes));
}

}  // namespace practica::surveys
