// The cohort's overview of technology plans and certifications, with the district's counts.
#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "features/kit/access.hpp"
#include "features/kit/rows_html.hpp"
#include "features/techplans/routes/certification_changes.hpp"

namespace practica::techplans {
namespace json = boost::json;

namespace {

// One school's row of the page's table, as the template drew it from the JSON list (names and
// labels escaped, as in every other page).
void WriteRow(const SchoolRow& r, const CertRecord& cert, const std::string& base, features::RowsHtml& out) {
  out.Raw("<tr><th scope=\"row\">").Text(r.school.name);
  if (r.illustrative) out.Raw(" <span class=\"tag\">illustrative</span>");
  out.Raw("</th>\n    <td><a href=\"").Text(base).Raw("/technology-plan\">");
  out.Text(r.plan ? StatusLabel(*r.plan) : "Not started").Raw("</a></td>\n    <td><a href=\"");
  out.Text(base).Raw("/certification\">").Text(CertStatusLabel(cert.status));
  if (r.verified) out.Raw(", verified");
  out.Raw("</a></td>\n    <td>").Raw(std::to_string(cert.educators_certified)).Raw("</td></tr>");
  out.EndRow();
}

}  // namespace

core::Result<json::object> OverviewJson(const features::Deps& deps, TechPlansStore& store, const http::Request& request,
                                        features::RowsHtml* rows_html) {
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto rows = store.Overview(cohort->id);
  if (!rows) return std::unexpected(rows.error());
  auto deadline = store.Deadline(cohort->id);
  if (!deadline) return std::unexpected(deadline.error());
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  CertCounts counts;
  int plans_approved = 0;
  int plans_submitted = 0;
  json::array schools;
  for (const auto& r : *rows) {
    auto cert = r.certification.value_or(CertRecord{});
    cert.status = StatusOn(cert, today);
    Count(counts, cert.status, r.verified, cert.educators_certified);
    if (r.plan == PlanStatus::kApproved) ++plans_approved;
    if (r.plan == PlanStatus::kSubmitted) ++plans_submitted;
    const std::string base = "/cohorts/" + cohort->slug + "/schools/" + r.school.slug;
    if (rows_html != nullptr) {
      WriteRow(r, cert, base, *rows_html);
      continue;
    }
    schools.push_back(json::object{
        {"slug", r.school.slug},
        {"name", r.school.name},
        {"plan_status", r.plan ? StatusCode(*r.plan) : "none"},
        {"plan_label", r.plan ? StatusLabel(*r.plan) : "Not started"},
        {"plan_url", base + "/technology-plan"},
        {"certification_status", CertStatusCode(cert.status)},
        {"certification_label", CertStatusLabel(cert.status)},
        {"certification_url", base + "/certification"},
        {"educators_certified", cert.educators_certified},
        {"verified", r.verified},
        {"illustrative", r.illustrative}});
  }
  const bool staff = DistrictStaff(deps, request);
  return json::object{
      {"cohort", json::object{{"slug", cohort->slug}, {"short_name", cohort->ShortName()}, {"label", cohort->Label()}}},
      {"deadline", *deadline ? json::value(core::FormatIsoDate(**deadline)) : json::value(nullptr)},
      {"deadline_label", *deadline ? core::FormatLongDate(**deadline) : ""},
      {"counts", json::object{{"schools", counts.schools}, {"not_started", counts.not_started},
                              {"in_progress", counts.in_progress}, {"certified", counts.certified},
                              {"expired", counts.expired}, {"verified", counts.verified},
                              {"educators_certified", counts.educators},
                              {"plans_approved", plans_approved}, {"plans_submitted", plans_submitted}}},
      {"schools", std::move(schools)},
      {"may_set_deadline", staff && request.principal &&
                               features::Allows(deps, *request.principal, "certification.manage", auth::Resource{0, 0, 0, true})}};
}

}  // namespace practica::techplans
