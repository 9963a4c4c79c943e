// Answering a form, signed in or through one's own link: the server refuses an answer from
// outside the recorded audience, a second answer, and an answer outside the open window. On an
// anonymous form nothing written (the answer, its audit entry) links the answer to the person.
// The answer that brings a school's staff who answered past half of those asked is evidence for
// the school's monthly feedback commitment (19), in the same transaction.
#include <boost/json/parse.hpp>

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/kit/change.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;

namespace {

// The values typed, from the page's fields named q<id> (repeated for multiple choice) or from
// the API's {"answers": {"<id>": "value" or ["value", …]}}.
core::Result<Typed> TypedOf(const http::Request& request) {
  Typed typed;
  if (!request.IsApi()) {
    for (const auto& [key, value] : request.Form()) {
      if (!key.starts_with("q")) continue;
      auto id = core::ParseInt(std::string_view(key).substr(1), 1, INT64_MAX);
      if (id) typed[*id].push_back(value);
    }
    return typed;
  }
  boost::system::error_code ec;
  auto body = json::parse(request.body, ec);
  const json::object* answers = nullptr;
  if (!ec && body.is_object()) {
    const auto* given = body.as_object().if_contains("answers");
    if (given != nullptr && given->is_object()) answers = &given->as_object();
  }
  if (answers == nullptr) {
    return Fail(ErrorCode::kInvalidInput, "Send {\"answers\": {\"<question id>\": \"value\"}} as the body.", {}, "answers");
  }
  for (const auto& [key, value] : *answers) {
    auto id = core::ParseInt(std::string_view(key), 1, INT64_MAX);
    if (!id) continue;
    if (value.is_string()) typed[*id].emplace_back(value.as_string());
    if (value.is_int64()) typed[*id].push_back(std::to_string(value.as_int64()));
    if (!value.is_array()) continue;
    for (const auto& item : value.as_array()) {
      if (item.is_string()) typed[*id].emplace_back(item.as_string());
    }
  }
  return typed;
}

core::Result<json::object> Answer(const Deps& deps, const http::Request& request, std::int64_t form_id,
                                  std::optional<Invitation> invitation) {
  auto typed = TypedOf(request);
  if (!typed) return std::unexpected(typed.error());
  return features::RunChange(deps, request, "surveys.answer", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = store.Find(form_id);
    if (!form) return std::unexpected(form.error());
    if (!*form) return Fail(ErrorCode::kNotFound, "There is no form " + std::to_string(form_id) + ".");
    if (!invitation) {
      auto mine = store.InvitationOf(form_id, Me(request));
      if (!mine) return std::unexpected(mine.error());
      invitation = *mine;
    }
    const AnswerContext context{(*form)->opens_at, (*form)->closes_at, deps.clock.NowUtcSeconds(),
                                invitation.has_value(), invitation && invitation->answered,
                                LongInstant(deps, (*form)->closes_at), LongInstant(deps, (*form)->opens_at)};
    if (auto may = CheckMayAnswer(context); !may) return std::unexpected(may.error());
    auto questions = store.Questions(form_id, (*form)->current_version);
    if (!questions) return std::unexpected(questions.error());
    auto values = CheckAnswers(*questions, *typed);
    if (!values) return std::unexpected(values.error());
    auto answered = store.RecordAnswer(**form, *invitation, *values, context.now, deps.tenant.zone);
    if (!answered) return std::unexpected(answered.error());
    if (answered->evidence) {
      if (auto verified = features::Emit(deps, db, *answered->evidence); !verified) return std::unexpected(verified.error());
    }
    // The entry names the form only: on an anonymous form the response's number would tie the
    // answer to the person the audit log records.
    auth::AuditEntry audit;
    audit.record_type = "survey_form";
    audit.record_id = std::to_string(form_id);
    audit.reason = "Answered " + (*form)->title;
    json::object value{{"form", form_id}, {"version", (*form)->current_version}, {"anonymous", (*form)->anonymous}};
    if (!(*form)->anonymous) value["response"] = answered->response_id;
    return Changed<json::object>{std::move(value), {std::move(audit)}, {}};
  });
}

}  // namespace

core::Result<json::object> AnswerForm(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  return Answer(deps, request, *id, std::nullopt);
}

core::Result<json::object> AnswerByLink(const Deps& deps, const http::Request& request, const Fields&) {
  std::optional<Invitation> invitation;
  {
    auto db = deps.database.Acquire();
    auto found = SurveysStore(*db, deps.tenant.id).ByToken(std::string(request.Param("token")));
    if (!found) return std::unexpected(found.error());
    invitation = *found;
  }
  if (!invitation) {
    return Fail(ErrorCode::kNotFound, "This link does not open any form; use the link in your latest e-mail.");
  }
  return Answer(deps, request, invitation->form_id, invitation);
}

}  // namespace practica::surveys
