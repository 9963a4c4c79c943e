#include "features/cohorts/routes/home_page.hpp"

#include "auth/guard.hpp"
#include "features/cohorts/domain/window_notice.hpp"
#include "features/cohorts/routes/cohort_json.hpp"
#include "features/kit/respond.hpp"

namespace practica::cohorts {
namespace json = boost::json;

namespace {

constexpr std::string_view kProgramSlug = "practitioner-schools";

}  // namespace

http::Response HomePage(const features::Deps& deps, const http::Request& request, json::object notice,
                        int status) {
  auto db = deps.database.Acquire();
  CohortsStore store(*db, deps.tenant.id);
  auto program = store.FindProgram(kProgramSlug);
  auto cohorts = program ? store.List() : std::unexpected(program.error());
  if (!cohorts) return features::Failure(request, cohorts.error(), deps.views);
  const auto now = deps.clock.NowUtcSeconds();
  json::array cards;
  for (const auto& cohort : *cohorts) cards.emplace_back(CohortSummaryJson(cohort, now, deps.tenant.zone));
  json::object data{{"district_name", deps.tenant.name}, {"cohorts", std::move(cards)}};
  if (*program) {
    const auto& p = **program;
    data["program"] = json::object{{"name", p.name}, {"summary", p.summary}};
    if (!p.contact_email.empty()) {
      data["contact"] = json::object{
          {"name", p.contact_name}, {"title", p.contact_title}, {"email", p.contact_email}, {"info_url", p.info_url}};
    }
  }
  // The newest cohort that published an application window tells applicants where things stand;
  // once it has closed, visitors learn that the next one is not announced yet.
  for (const auto& cohort : *cohorts) {
    if (cohort.applications_close_at) {
      data["window_closed"] = ApplicationWindow(cohort, now) == WindowState::kClosed;
      data["latest"] = CohortSummaryJson(cohort, now, deps.tenant.zone);
      break;
    }
  }
  http::Response cookie_holder;
  if (OffersWindowNotice(*cohorts, now)) {
    // A visitor's form carries the double-submit token; someone signed in posts with their session's.
    notice["csrf_token"] = request.principal ? request.principal->csrf_token
                                             : auth::AnonymousFormToken(request, cookie_holder, deps.auth.secure_cookies);
    notice["asked"] = request.Query("notice").value_or("") == "asked";
    if (notice["asked"].as_bool()) notice["confirmation"] = NoticeConfirmation();
    data["notice"] = std::move(notice);
  }
  auto page = deps.views.Page(request, "cohorts/home", "Practitioner Schools", std::move(data), "home", status);
  for (auto& header : cookie_holder.headers) page.headers.push_back(header);
  return page;
}

}  // namespace practica::cohorts
