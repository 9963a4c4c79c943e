// The files a school keeps beside its plan (each policy as a document) and its certification
// (the certificate): attaching one (a change audited in its own transaction, checked by its
// content first, as every upload is), listing them for the pages and the API, and downloading.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/form_with_file.hpp"
#include "features/techplans/routes/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::techplans {

// Attaches the posted file under the posted slot (a policy) or as the certificate. The plan's
// policies change only while the team may save the plan (not while it waits for review or once
// approved); kInvalidInput naming "file" or "slot" for a file or slot refused.
[[nodiscard]] core::Result<boost::json::object> AttachPlanFile(const features::Deps& deps, const http::Request& request,
                                                               const features::FormWithFile& sent, bool certificate);

// "file_slots": each policy (or the certificate) with its files, newest first, and "has_files".
[[nodiscard]] core::Result<void> AddFilesJson(const features::Deps& deps, TechPlansStore& store, const Place& place,
                                              bool certificate, boost::json::object& out);

// GET …/technology-plan/files/{file} and …/certification/files/{file}: the file as an attachment.
http::Response PlanFileDownload(const features::Deps& deps, const http::Request& request);

}  // namespace practica::techplans
