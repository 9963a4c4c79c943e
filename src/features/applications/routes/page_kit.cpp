#include "features/applications/routes/page_kit.hpp"

#include "features/kit/form_answer.hpp"

namespace practica::applications {

http::Response AfterForm(const features::Deps& deps, const http::Request& request,
                         const core::Result<AuditNote>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender) {
  const core::Result<void> outcome = done ? core::Result<void>{} : std::unexpected(done.error());
  return features::AfterForm(deps, request, outcome, next_url, form, typed, rerender);
}

}  // namespace practica::applications
