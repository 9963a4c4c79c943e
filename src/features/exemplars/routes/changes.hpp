// The changes to exemplars, each one transaction with its audit entry and e-mails: package,
// edit, send to review, assign a reviewer, review, retire, attach student work, record and
// withdraw consent. Pages and the API call the same functions with the fields they were sent.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/multipart.hpp"
#include "http/request.hpp"

namespace practica::exemplars {

using Change = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                     const features::Fields&);

// {slug}/{school}: a new draft; kInvalidInput naming the field; kNotFound when the school is
// not in the cohort.
[[nodiscard]] core::Result<boost::json::object> CreateExemplar(const features::Deps&, const http::Request&,
                                                               const features::Fields&);
// {id}: the rest act on the exemplar of the path; kNotFound when the person may not see it,
// kForbidden when they may see but not do it, kConflict when its status does not allow it.
[[nodiscard]] core::Result<boost::json::object> EditExemplar(const features::Deps&, const http::Request&,
                                                             const features::Fields&);
[[nodiscard]] core::Result<boost::json::object> SubmitExemplar(const features::Deps&, const http::Request&,
                                                               const features::Fields&);
// A published exemplar's next version, as a draft copy of the published one (kConflict while
// one is being written or reviewed).
[[nodiscard]] core::Result<boost::json::object> StartVersion(const features::Deps&, const http::Request&,
                                                             const features::Fields&);
[[nodiscard]] core::Result<boost::json::object> AssignReviewer(const features::Deps&, const http::Request&,
                                                               const features::Fields&);
[[nodiscard]] core::Result<boost::json::object> ReviewExemplar(const features::Deps&, const http::Request&,
                                                               const features::Fields&);
[[nodiscard]] core::Result<boost::json::object> RetireExemplar(const features::Deps&, const http::Request&,
                                                               const features::Fields&);
// {id}/artifacts/{artifact}
[[nodiscard]] core::Result<boost::json::object> RecordConsent(const features::Deps&, const http::Request&,
                                                              const features::Fields&);
[[nodiscard]] core::Result<boost::json::object> WithdrawConsent(const features::Deps&, const http::Request&,
                                                                const features::Fields&);
// {id}: the uploaded file, checked by its content.
[[nodiscard]] core::Result<boost::json::object> AttachArtifact(const features::Deps&, const http::Request&,
                                                               const http::Part* file);

// The package's fields as the form posts them (ticked boxes repeated) or the API sends them
// (codes separated by commas).
features::Fields PackageFields(const http::Request& request, features::Fields fields);

}  // namespace practica::exemplars
