// Recording a focus group or an interview, and attaching a file to one: each a change with its
// audit entry in its own transaction. The file is checked by its content before the
// transaction, as every upload is (features/kit/uploads.hpp).
#include <boost/json/serialize.hpp>

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/kit/change.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/form_with_file.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/uploads.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/store/conversations_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;
using http::Response;

core::Result<json::object> RecordConversation(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string kind = Get(fields, "kind");
  const std::string title = Get(fields, "title");
  const std::string held_on = Get(fields, "held_on");
  const std::string notes = Get(fields, "notes");
  ConversationText text{kind, title, held_on, {}, notes};
  for (const auto& role : kParticipantRoles) {
    text.counts[std::string(role.code)] = Get(fields, "count_" + std::string(role.code));
  }
  auto checked = CheckConversation(text, auth::Today(deps.clock, deps.tenant.zone));
  if (!checked) return std::unexpected(checked.error());
  return features::RunChange(deps, request, "conversation.record", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ConversationsStore store(db, deps.tenant.id);
    const std::string cohort_slug(core::Trim(Get(fields, "cohort")));
    auto cohort = store.CohortBySlug(cohort_slug);
    if (!cohort) return std::unexpected(cohort.error());
    if (!*cohort) return Fail(ErrorCode::kInvalidInput, "Choose the cohort the conversation was part of.", {}, "cohort");
    std::optional<PlaceChoice> school;
    const std::string school_slug(core::Trim(Get(fields, "school")));
    if (!school_slug.empty()) {
      auto found = store.SchoolOfCohort((*cohort)->id, school_slug);
      if (!found) return std::unexpected(found.error());
      if (!*found) {
        return Fail(ErrorCode::kInvalidInput,
                    "That school is not in " + (*cohort)->name + "; choose one of its schools, or the whole cohort.", {},
                    "school");
      }
      school = **found;
    }
    const auto now = deps.clock.NowUtcSeconds();
    auto id = store.Add(*checked, (*cohort)->id, school ? std::optional<std::int64_t>(school->id) : std::nullopt, Me(request), now);
    if (!id) return std::unexpected(id.error());
    auth::AuditEntry audit;
    audit.record_type = "survey_conversation";
    audit.record_id = std::to_string(*id);
    audit.school_id = school ? school->id : 0;
    audit.reason = "Recorded " + std::string(ConversationKindLabel(checked->kind)) + " \"" + checked->title + "\" (" +
                   WhoText(checked->people) + ")";
    json::object value{{"id", *id}, {"url", "/conversations/" + std::to_string(*id)}};
    audit.after_json = json::serialize(json::object{{"kind", std::string(ConversationKindCode(checked->kind))},
                                                    {"title", checked->title},
                                                    {"held_on", core::FormatIsoDate(checked->held_on)},
                                                    {"cohort", (*cohort)->slug},
                                                    {"school", school ? school->slug : ""},
                                                    {"people", TotalPeople(checked->people)}});
    return Changed<json::object>{std::move(value), {std::move(audit)}, {}};
  });
}

namespace {

core::Result<json::object> AttachFile(const Deps& deps, const Request& request, const features::FormWithFile& sent) {
  auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) return Fail(ErrorCode::kNotFound, "There is no such conversation; open it from the list.");
  if (!sent.file) return Fail(ErrorCode::kInvalidInput, "Choose the file to attach.", {}, "file");
  auto checked = features::CheckUploadedFile(&*sent.file);
  if (!checked) return std::unexpected(checked.error());
  return features::RunChange(deps, request, "conversation.file", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ConversationsStore store(db, deps.tenant.id);
    auto record = store.Find(*id);
    if (!record) return std::unexpected(record.error());
    if (!*record) return Fail(ErrorCode::kNotFound, "There is no conversation " + std::to_string(*id) + "; open it from the list.");
    ConversationFile file;
    file.file_name = checked->name;
    file.content_type = checked->content_type;
    auto kept = store.AddFile(*id, file, sent.file->data, Me(request), deps.clock.NowUtcSeconds());
    if (!kept) return std::unexpected(kept.error());
    auth::AuditEntry audit;
    audit.record_type = "survey_conversation";
    audit.record_id = std::to_string(*id);
    audit.school_id = (*record)->school_id.value_or(0);
    audit.reason = "Attached " + kept->file_name + " to \"" + (*record)->conversation.title + "\"";
    json::object value{{"id", kept->id}, {"file_name", kept->file_name}, {"size_bytes", kept->size_bytes},
                       {"url", "/conversations/" + std::to_string(*id) + "/files/" + std::to_string(kept->id)}};
    audit.after_json = json::serialize(value);
    return Changed<json::object>{std::move(value), {std::move(audit)}, {}};
  });
}

}  // namespace

Response ConversationFilePost(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, false);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = AttachFile(deps, request, *sent);
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome,
                             "/conversations/" + std::string(request.Param("id")) + "?saved=1#files", "file",
                             sent->fields, [&](json::object extra, int status) {
                               return ConversationPage(deps, request, extra, status);
                             });
}

Response ConversationFileApiPost(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, true);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = AttachFile(deps, request, *sent);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, 201);
}

}  // namespace practica::surveys
