// The surveys pages and API answers, and the changes their forms and API posts run.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::surveys {

using PageFn = http::Response (*)(const features::Deps&, const http::Request&, const boost::json::object&, int);
using ChangeFn = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                       const features::Fields&);

std::int64_t Me(const http::Request& request);
// The path's {id} (or {token}'s form); kNotFound when it is not a number.
[[nodiscard]] core::Result<std::int64_t> PathId(const http::Request& request);
// "Friday, September 28, 2018 at 5:00 PM" in the district's zone.
std::string LongInstant(const features::Deps& deps, std::int64_t utc_seconds);
bool MayManage(const features::Deps& deps, const http::Request& request);

// /surveys: the forms sent to the person; for district staff every form and the new-form form.
http::Response ListPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                        int status);
http::Response ListApi(const features::Deps& deps, const http::Request& request);
// /surveys/{id}: the form's questions by section, the question form, the audience and invitations.
http::Response FormPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                        int status);
http::Response FormApi(const features::Deps& deps, const http::Request& request);
// /surveys/{id}/preview: the current version as people will see it, nothing sent.
http::Response PreviewPage(const features::Deps& deps, const http::Request& request);
// /surveys/{id}/answer (signed in) and /answer/{token} (the person's own link).
http::Response AnswerPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                          int status);
http::Response LinkPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                        int status);
// /surveys/{id}/results, its API and its CSV and XLSX exports: filtered by ?group=, under the privacy floor.
http::Response ResultsPage(const features::Deps& deps, const http::Request& request);
http::Response ResultsApi(const features::Deps& deps, const http::Request& request);
http::Response ResultsCsv(const features::Deps& deps, const http::Request& request);
http::Response ResultsXlsx(const features::Deps& deps, const http::Request& request);

// /conversations: focus groups and interviews, the latest first, and the form to record one;
// /conversations/{id}: one with its notes and files; each file's download (conversation_pages).
http::Response ConversationsPage(const features::Deps& deps, const http::Request& request,
                                 const boost::json::object& typed, int status);
http::Response ConversationsApi(const features::Deps& deps, const http::Request& request);
http::Response ConversationPage(const features::Deps& deps, const http::Request& request,
                                const boost::json::object& typed, int status);
http::Response ConversationApi(const features::Deps& deps, const http::Request& request);
http::Response ConversationFileDownload(const features::Deps& deps, const http::Request& request);
// A file attached to a conversation: the page's multipart form and the API's (conversation_changes).
http::Response ConversationFilePost(const features::Deps& deps, const http::Request& request);
http::Response ConversationFileApiPost(const features::Deps& deps, const http::Request& request);
core::Result<boost::json::object> RecordConversation(const features::Deps&, const http::Request&, const features::Fields&);

core::Result<boost::json::object> CreateForm(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> AddQuestion(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> EditQuestion(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> NewVersion(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> SendInvitations(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> SendReminders(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> AnswerForm(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> AnswerByLink(const features::Deps&, const http::Request&, const features::Fields&);

}  // namespace practica::surveys
