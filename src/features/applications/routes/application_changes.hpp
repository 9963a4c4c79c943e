// What a school does with its application, and the extension the program office grants, each
// audited in the same transaction (record type "application", with the school). The path names
// the cohort and the school; each returns kNotFound for an unknown cohort or school, and for a
// missing application where one is needed.
#pragma once

#include <functional>
#include <vector>

#include "features/applications/routes/context.hpp"
#include "http/multipart.hpp"

namespace practica::applications {

struct Draft {
  std::vector<Answer> answers;
  std::vector<Rating> ratings;
};
// Reads a draft from input, given the cohort's setup (for the messages); kInvalidInput.
using DraftReader = std::function<core::Result<Draft>(const Setup&)>;

// kInvalidInput when the window is not open for the school; kConflict when it already applied.
[[nodiscard]] core::Result<AuditNote> StartApplication(const features::Deps& deps, const http::Request& request);
// Never refuses an incomplete draft; kConflict once submitted.
[[nodiscard]] core::Result<AuditNote> SaveDraft(const features::Deps& deps, const http::Request& request,
                                                const DraftReader& read);
// kInvalidInput after the deadline or while incomplete, naming what is missing. E-mails the
// principal that it arrived.
[[nodiscard]] core::Result<AuditNote> Submit(const features::Deps& deps, const http::Request& request);
// fields: reason (optional). kConflict once decided.
[[nodiscard]] core::Result<AuditNote> Withdraw(const features::Deps& deps, const http::Request& request,
                                               const Fields& fields);
// kInvalidInput naming the file when it is not accepted (see features::CheckUploadedFile).
[[nodiscard]] core::Result<AuditNote> Attach(const features::Deps& deps, const http::Request& request,
                                             const http::Part* file);
[[nodiscard]] core::Result<AuditNote> RemoveAttachment(const features::Deps& deps, const http::Request& request,
                                                       std::int64_t attachment_id);
// fields: deadline_on, deadline_time (local), reason.
[[nodiscard]] core::Result<AuditNote> GrantExtension(const features::Deps& deps, const http::Request& request,
                                                     const Fields& fields);

// The draft from a page's form: answer_<question>, rating_<criterion>, evidence_<criterion>.
DraftReader DraftFromForm(const Fields& fields);
// {"answers":[{"question_id","text"}],"ratings":[{"criterion_id","rating","evidence"}]}
DraftReader DraftFromJson(const boost::json::object& body);

}  // namespace practica::applications
