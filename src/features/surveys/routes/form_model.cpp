#include "features/surveys/routes/form_model.hpp"

#include "features/surveys/routes/pages.hpp"

namespace practica::surveys {
namespace json = boost::json;

std::string AudienceLabel(std::string_view kind) {
  if (kind == "team") return "The cohort's practitioner teams";
  if (kind == "principals") return "The cohort's principals";
  if (kind == "coaches") return "The cohort's coaches";
  if (kind == "staff") return "The staff of the cohort's schools";
  if (kind == "attendees") return "The attendees of a learning session";
  return std::string(kind);
}

json::object FormJson(const features::Deps& deps, const Form& f) {
  const auto now = deps.clock.NowUtcSeconds();
  const std::string state = now < f.opens_at ? "not open yet" : now < f.closes_at ? "open" : "closed";
  return json::object{{"id", f.id},
                      {"url", "/surveys/" + std::to_string(f.id)},
                      {"title", f.title},
                      {"intro", f.intro},
                      {"anonymous", f.anonymous},
                      {"audience", f.audience_kind},
                      {"audience_label", AudienceLabel(f.audience_kind)},
                      {"opens_at", deps.tenant.zone.FormatIso(f.opens_at)},
                      {"closes_at", deps.tenant.zone.FormatIso(f.closes_at)},
                      {"opens_text", LongInstant(deps, f.opens_at)},
                      {"closes_text", LongInstant(deps, f.closes_at)},
                      {"state", state},
                      {"is_open", state == "open"},
                      {"version", f.current_version},
                      {"illustrative", f.illustrative},
                      {"in_series", f.series_id.has_value()},
                      {"series_id", f.series_id ? json::value(*f.series_id) : json::value(nullptr)},
                      {"series_position", f.series_position},
                      {"series_label", f.series_label}};
}

namespace {

json::object QuestionJson(const Question& q, const json::object& typed) {
  const auto field = "q" + std::to_string(q.id);
  const auto* given = typed.if_contains("typed_" + field);
  const std::string picked = given && given->is_string() ? std::string(given->as_string()) : "";
  json::array options;
  int n = 0;
  for (const auto& o : OptionsOf(q)) {
    options.push_back(json::object{{"value", o.value}, {"label", o.label}, {"input_id", field + "-" + std::to_string(++n)},
                                   {"checked", !picked.empty() && picked == o.value}});
  }
  return json::object{{"id", q.id},
                      {"field", field},
                      {"prompt", q.prompt},
                      {"required", q.required},
                      {"kind", std::string(KindCode(q.kind))},
                      {"kind_name", std::string(KindName(q.kind))},
                      {"is_radio", q.kind != Kind::kMultiple && !IsText(q.kind)},
                      {"is_multiple", q.kind == Kind::kMultiple},
                      {"is_short", q.kind == Kind::kShortText},
                      {"is_long", q.kind == Kind::kLongText},
                      {"indicator", q.indicator},
                      {"choices_lines", ChoicesToLines(q.choices)},
                      {"section", q.section},
                      {"typed", picked},
                      {"invalid", typed.contains("error_on_" + field)},
                      {"options", std::move(options)}};
}

}  // namespace

json::array SectionsJson(const std::vector<Question>& questions, const json::object& typed) {
  json::array sections;
  for (const auto& q : questions) {
    if (sections.empty() || std::string_view(sections.back().as_object().at("title").as_string()) != q.section) {
      sections.push_back(json::object{{"title", q.section}, {"questions", json::array{}}});
    }
    sections.back().as_object()["questions"].as_array().push_back(QuestionJson(q, typed));
  }
  return sections;
}

}  // namespace practica::surveys
