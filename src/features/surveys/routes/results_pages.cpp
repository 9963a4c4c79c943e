// A form's results: per version, each question's distribution (a table a chart is drawn from)
// and text answers, over the group chosen (the whole form, a cohort, a school), and the response
// rate per school and cohort; the CSV and XLSX exports. Figures of an anonymous form pass through the one
// privacy rule (domain/privacy.hpp via ResultsFor and ExportRows) on every one of these routes.
#include <boost/json/array.hpp>

#include "core/plural.hpp"
#include "features/kit/csv.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/xlsx_sheet.hpp"
#include "features/surveys/routes/form_model.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/store/series_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct Loaded {
  Form form;
  std::vector<Question> questions;
  std::vector<ResponseFact> facts;
  std::vector<AnswerRow> answers;
  std::vector<InvitedFact> invited;
  std::map<std::string, std::string> names;
  std::string group;
  // An end-of-year form: how each scaled question moved since the start-of-year form.
  std::optional<Form> start;
  std::vector<Change> changes;
  ResultsInput Input() const { return ResultsInput{questions, facts, answers, form.anonymous}; }
};

// On the end-of-year form of a start-and-end series, the change of each person who answered both
// (under their pseudonyms; see domain/pairing.hpp), over the whole form whatever the filter.
core::Result<void> LoadChanges(SurveysStore& store, Loaded& l) {
  if (!l.form.series_id || l.form.series_position < 2) return {};
  auto series = SeriesStore(store.Connection(), store.DistrictId()).Find(*l.form.series_id);
  if (!series) return std::unexpected(series.error());
  if (!*series || (*series)->rhythm != Rhythm::kPrePost) return {};
  auto forms = store.FormsOfSeries(*l.form.series_id);
  if (!forms) return std::unexpected(forms.error());
  if (forms->empty() || forms->front().id == l.form.id) return {};
  l.start = forms->front();
  auto before_questions = store.AllQuestions(l.start->id);
  if (!before_questions) return std::unexpected(before_questions.error());
  auto before = store.PairedValues(l.start->id);
  if (!before) return std::unexpected(before.error());
  auto after = store.PairedValues(l.form.id);
  if (!after) return std::unexpected(after.error());
  l.changes = PairedChanges(*before_questions, *before, l.questions, *after);
  return {};
}

// `for_export`: the CSV and XLSX, which name the people of a named form.
core::Result<Loaded> Load(const Deps& deps, const Request& request, bool for_export) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  auto db = deps.database.Acquire();
  SurveysStore store(*db, deps.tenant.id);
  auto form = store.Find(*id);
  if (!form) return std::unexpected(form.error());
  if (!*form) return core::Fail(core::ErrorCode::kNotFound, "There is no form " + std::to_string(*id) + "; open it from the forms list.");
  auto questions = store.AllQuestions(*id);
  if (!questions) return std::unexpected(questions.error());
  auto facts = store.Responses(*id);
  if (!facts) return std::unexpected(facts.error());
  auto answers = store.Answers(*id);
  if (!answers) return std::unexpected(answers.error());
  // The response rates are the page's and the API's; the exports list answers, not invitations.
  auto invited = for_export ? core::Result<std::vector<InvitedFact>>{} : store.InvitedFacts(*id);
  if (!invited) return std::unexpected(invited.error());
  auto names = store.Names(*id, for_export && !(*form)->anonymous);
  if (!names) return std::unexpected(names.error());
  Loaded loaded{**form, std::move(*questions), std::move(*facts), std::move(*answers), std::move(*invited),
                std::move(*names), std::string(request.Query("group").value_or(std::string(kWholeForm)))};
  if (auto paired = LoadChanges(store, loaded); !paired) return std::unexpected(paired.error());
  bool known = loaded.group == kWholeForm;
  for (const auto& g : GroupsOf(loaded.facts)) known = known || g.key == loaded.group;
  if (!known) {
    return core::Fail(core::ErrorCode::kInvalidInput, "There is no group \"" + loaded.group +
                                                          "\" among this form's answers; pick one from the list.", {}, "group");
  }
  return loaded;
}

std::string NameOf(const Loaded& l, const std::string& key) {
  if (key == kWholeForm) return "Everyone";
  auto found = l.names.find(key);
  return found == l.names.end() ? key : found->second;
}

json::array VersionsJson(const Loaded& l) {
  json::array versions;
  for (const auto& v : ResultsFor(l.Input(), l.group)) {
    json::array questions;
    for (const auto& q : v.questions) {
      json::array tallies;
      for (const auto& t : q.tallies) {
        const int percent = q.answered == 0 ? 0 : (t.count * 100 + q.answered / 2) / q.answered;
        tallies.push_back(json::object{{"value", t.value}, {"label", t.label}, {"count", t.count}, {"percent", percent}});
      }
      questions.push_back(json::object{{"id", q.question.id}, {"prompt", q.question.prompt},
                                       {"kind_name", std::string(KindName(q.question.kind))},
                                       {"indicator", q.question.indicator}, {"answered", q.answered},
                                       {"has_tallies", !tallies.empty()}, {"tallies", std::move(tallies)},
                                       {"has_texts", !q.texts.empty()}, {"texts", json::array(q.texts.begin(), q.texts.end())}});
    }
    versions.push_back(json::object{{"version", v.version}, {"shown", v.shown}, {"responses", v.responses},
                                    {"questions", std::move(questions)}});
  }
  return versions;
}

// Invited and answered per school and per cohort: completions, which every form records.
json::array RatesJson(const Loaded& l, bool by_school) {
  std::map<std::string, std::pair<int, int>> rates;
  for (const auto& i : l.invited) {
    auto& r = rates[by_school ? SchoolKey(i.school_id) : CohortKey(i.cohort_id)];
    r.first++;
    r.second += i.answered ? 1 : 0;
  }
  json::array list;
  for (const auto& [key, r] : rates) {
    list.push_back(json::object{{"group", key}, {"name", NameOf(l, key)}, {"invited", r.first}, {"answered", r.second},
                                {"percent", r.first == 0 ? 0 : (r.second * 100 + r.first / 2) / r.first}});
  }
  return list;
}

json::object Model(const Deps& deps, const Loaded& l) {
  json::array groups;
  for (const auto& g : GroupsOf(l.facts)) {
    groups.push_back(json::object{{"key", g.key}, {"label", (g.key.starts_with("school:") ? "School: " : g.key.starts_with("cohort:") ? "Cohort: " : "") + NameOf(l, g.key)},
                                  {"selected", g.key == l.group}});
  }
  auto model = FormJson(deps, l.form);
  model["group"] = l.group;
  model["group_name"] = NameOf(l, l.group);
  model["groups"] = std::move(groups);
  model["minimum"] = kMinimumAnswers;
  model["responses"] = l.facts.size();
  model["responses_text"] = core::Counted(static_cast<std::int64_t>(l.facts.size()), "answer", "answers");
  model["versions"] = VersionsJson(l);
  model["by_school"] = RatesJson(l, true);
  model["by_cohort"] = RatesJson(l, false);
  json::array changes;
  for (const auto& c : l.changes) {
    changes.push_back(json::object{{"prompt", c.prompt}, {"pairs", c.pairs}, {"shown", c.shown},
                                   {"before", c.shown ? MeanText(c.before) : ""}, {"after", c.shown ? MeanText(c.after) : ""},
                                   {"rose", c.rose}, {"same", c.same}, {"fell", c.fell},
                                   {"scale", c.kind == Kind::kAgreement ? "1 to 5" : "1 to 4"}});
  }
  model["paired"] = l.start.has_value();
  if (l.start) {
    model["start_title"] = l.start->title;
    model["start_url"] = "/surveys/" + std::to_string(l.start->id) + "/results";
  }
  model["has_changes"] = !changes.empty();
  model["changes"] = std::move(changes);
  model["csv_url"] = "/surveys/" + std::to_string(l.form.id) + "/results.csv?group=" + l.group;
  model["xlsx_url"] = "/surveys/" + std::to_string(l.form.id) + "/results.xlsx?group=" + l.group;
  return model;
}

}  // namespace

Response ResultsPage(const Deps& deps, const Request& request) {
  auto loaded = Load(deps, request, false);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  return deps.views.Page(request, "surveys/results", "Results: " + loaded->form.title, Model(deps, *loaded), "surveys");
}

Response ResultsApi(const Deps& deps, const Request& request) {
  auto loaded = Load(deps, request, false);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  return features::Json(Model(deps, *loaded));
}

Response ResultsCsv(const Deps& deps, const Request& request) {
  auto loaded = Load(deps, request, true);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  std::string csv;
  for (const auto& row : ExportRows(loaded->Input(), loaded->group, loaded->names)) csv += features::CsvLine(row);
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(csv);
  response.Header("Content-Disposition", "attachment; filename=\"practica-form-" + std::to_string(loaded->form.id) + ".csv\"");
  return response;
}

// The same rows as the CSV (each version's header, then its answers), as a workbook.
Response ResultsXlsx(const Deps& deps, const Request& request) {
  auto loaded = Load(deps, request, true);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  auto workbook = features::XlsxOf("Answers", ExportRows(loaded->Input(), loaded->group, loaded->names));
  if (!workbook) return features::Failure(request, workbook.error(), deps.views);
  Response response;
  response.content_type = std::string(features::kXlsxType);
  response.body = std::move(*workbook);
  response.Header("Content-Disposition", "attachment; filename=\"practica-form-" + std::to_string(loaded->form.id) + ".xlsx\"");
  return response;
}

}  // namespace practica::surveys
