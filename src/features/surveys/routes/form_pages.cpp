// The forms list (what was sent to the person; for district staff every form and the new-form
// form), one form's builder page with its audience and invitations, and the preview.
#include <boost/json/array.hpp>

#include <tuple>

#include "core/plural.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/kit/respond.hpp"
#include "features/standards/domain/standard.hpp"
#include "features/surveys/routes/form_model.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/routes/series.hpp"

namespace practica::surveys {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// The forms sent to the person, open ones first. Signed in, the person answers at the form's own
// address; the personal /answer/{token} link is for the e-mail, which may be opened signed out.
core::Result<json::array> MineJson(const Deps& deps, SurveysStore& store, std::int64_t person) {
  auto invitations = store.InvitationsFor(person);
  if (!invitations) return std::unexpected(invitations.error());
  json::array mine;
  for (const auto& i : *invitations) {
    auto form = store.Find(i.form_id);
    if (!form) return std::unexpected(form.error());
    if (!*form) continue;
    auto item = FormJson(deps, **form);
    item["answered"] = i.answered;
    item["answer_url"] = "/surveys/" + std::to_string(i.form_id) + "/answer";
    mine.push_back(std::move(item));
  }
  return mine;
}

core::Result<json::object> ListModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  SurveysStore store(*db, deps.tenant.id);
  auto mine = MineJson(deps, store, Me(request));
  if (!mine) return std::unexpected(mine.error());
  json::object model{{"has_mine", !mine->empty()}, {"mine", std::move(*mine)}, {"manage", MayManage(deps, request)}};
  if (!MayManage(deps, request)) return model;
  auto forms = store.Forms();
  if (!forms) return std::unexpected(forms.error());
  json::array all;
  for (const auto& f : *forms) {
    auto item = FormJson(deps, f);
    auto answers = store.ResponsesTo(f.id, std::nullopt);
    if (!answers) return std::unexpected(answers.error());
    item["answers"] = *answers;
    item["answers_text"] = core::Counted(*answers, "answer", "answers");
    all.push_back(std::move(item));
  }
  auto cohorts = cohorts::AllCohortRefs(*db, deps.tenant.id);
  if (!cohorts) return std::unexpected(cohorts.error());
  json::array cohort_choices;
  for (const auto& c : *cohorts) cohort_choices.push_back(json::object{{"slug", c.slug}, {"label", c.Label()}});
  auto offerings = store.Offerings();
  if (!offerings) return std::unexpected(offerings.error());
  json::array offering_choices;
  for (const auto& o : *offerings) offering_choices.push_back(json::object{{"slug", o.slug}, {"title", o.title}});
  json::array audiences;
  for (const auto* kind : {"team", "principals", "coaches", "staff", "attendees"}) {
    audiences.push_back(json::object{{"code", kind}, {"label", AudienceLabel(kind)}});
  }
  json::array rhythms{json::object{{"code", "once"}, {"label", "Once, between the instants below"}}};
  for (auto r : {Rhythm::kPrePost, Rhythm::kAfterEachMeeting, Rhythm::kEachQuarter}) {
    rhythms.push_back(json::object{{"code", std::string(RhythmCode(r))}, {"label", std::string(RhythmName(r))}});
  }
  model["rhythms"] = std::move(rhythms);
  model["forms"] = std::move(all);
  model["has_forms"] = !model["forms"].as_array().empty();
  model["cohorts"] = std::move(cohort_choices);
  model["offerings"] = std::move(offering_choices);
  model["audiences"] = std::move(audiences);
  return model;
}

json::array IndicatorChoices() {
  json::array list;
  for (const auto& s : standards::IsteStudentStandards()) {
    for (const auto& i : s.indicators) list.push_back(json::object{{"code", i.code}, {"label", i.code + " " + i.text}});
  }
  return list;
}

// The form's series: each place with its window, the form made for it or when it will be.
core::Result<json::object> SeriesJson(const Deps& deps, db::Connection& db, const Form& form) {
  auto series = SeriesStore(db, deps.tenant.id).Find(*form.series_id);
  if (!series) return std::unexpected(series.error());
  if (!*series) return json::object{};
  auto forms = SurveysStore(db, deps.tenant.id).FormsOfSeries(*form.series_id);
  if (!forms) return std::unexpected(forms.error());
  if (forms->empty()) return json::object{};
  auto windows = WindowsOf(db, deps.tenant, **series, forms->front());
  if (!windows) return std::unexpected(windows.error());
  const auto now = deps.clock.NowUtcSeconds();
  json::array places;
  for (const auto& w : *windows) {
    json::object place{{"position", w.position}, {"label", w.label},
                       {"opens_text", core::FormatLongDateTime(w.opens)}, {"closes_text", core::FormatLongDateTime(w.closes)},
                       {"is_this", w.position == form.series_position},
                       {"url", ""}};  // set when made; never the page's own url by the template's lookup
    std::string state;
    for (const auto& f : *forms) {
      if (f.series_position == w.position) {
        place["url"] = "/surveys/" + std::to_string(f.id);
        state = now < f.opens_at ? "made; it invites its audience when it opens" : now < f.closes_at ? "open" : "closed";
      }
    }
    if (state.empty()) {
      auto closes = deps.tenant.zone.ToUtc(w.closes);
      state = w.position < forms->front().series_position || (closes && *closes <= now)
                  ? "not made: its window had passed"
                  : "made when it opens, with the questions of the form before";
    }
    place["state"] = state;
    places.push_back(std::move(place));
  }
  return json::object{{"rhythm", std::string(RhythmCode((*series)->rhythm))},
                      {"rhythm_name", std::string(RhythmName((*series)->rhythm))},
                      {"paired", (*series)->rhythm == Rhythm::kPrePost},
                      {"key_forgotten", (*series)->pairing_key.empty()},
                      {"places", std::move(places)}};
}

core::Result<json::object> FormModel(const Deps& deps, const Request& request) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  auto db = deps.database.Acquire();
  SurveysStore store(*db, deps.tenant.id);
  auto form = store.Find(*id);
  if (!form) return std::unexpected(form.error());
  if (!*form) return core::Fail(core::ErrorCode::kNotFound, "There is no form " + std::to_string(*id) + "; open it from the forms list.");
  auto questions = store.Questions(*id, (*form)->current_version);
  if (!questions) return std::unexpected(questions.error());
  auto answered = store.ResponsesTo(*id, (*form)->current_version);
  if (!answered) return std::unexpected(answered.error());
  auto invitations = store.Invitations(*id);
  if (!invitations) return std::unexpected(invitations.error());
  int done = 0;
  for (const auto& i : *invitations) done += i.answered ? 1 : 0;
  json::array kinds;
  for (auto k : AllKinds()) kinds.push_back(json::object{{"code", std::string(KindCode(k))}, {"name", std::string(KindName(k))}});
  auto model = FormJson(deps, **form);
  model["form_id"] = *id;
  model["sections"] = SectionsJson(*questions, {});
  model["has_questions"] = !questions->empty();
  model["frozen"] = *answered > 0;
  model["version_answers"] = *answered;
  model["invited"] = invitations->size();
  model["answered"] = done;
  model["waiting"] = static_cast<int>(invitations->size()) - done;
  model["kinds"] = std::move(kinds);
  model["indicators"] = IndicatorChoices();
  if ((*form)->series_id) {
    auto series = SeriesJson(deps, *db, **form);
    if (!series) return std::unexpected(series.error());
    model["series"] = std::move(*series);
  }
  return model;
}

}  // namespace

Response ListPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = ListModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [k, v] : typed) (*model)[k] = v;
  // A refused form comes back with each choice as it was made.
  for (const auto& [list, field, key] : {std::tuple{"audiences", "typed_audience", "code"},
                                        {"cohorts", "typed_cohort", "slug"}, {"offerings", "typed_offering", "slug"},
                                        {"rhythms", "typed_rhythm", "code"}}) {
    const auto* picked = typed.if_contains(field);
    auto* options = model->if_contains(list);
    if (picked == nullptr || !picked->is_string() || options == nullptr || !options->is_array()) continue;
    for (auto& o : options->as_array()) o.as_object()["selected"] = o.as_object().at(key) == *picked;
  }
  if (request.Query("saved")) (*model)["saved"] = true;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return deps.views.Page(request, "surveys/list", "Feedback forms", std::move(*model), "surveys", status);
}

Response ListApi(const Deps& deps, const Request& request) {
  auto model = ListModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

Response FormPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = FormModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [k, v] : typed) (*model)[k] = v;
  if (request.Query("saved")) (*model)["saved"] = true;
  (*model)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title((*model)["title"].as_string());
  return deps.views.Page(request, "surveys/form", title, std::move(*model), "surveys", status);
}

Response FormApi(const Deps& deps, const Request& request) {
  auto model = FormModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

Response PreviewPage(const Deps& deps, const Request& request) {
  auto model = FormModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  (*model)["preview"] = true;
  (*model)["show_questions"] = true;
  const std::string title((*model)["title"].as_string());
  return deps.views.Page(request, "surveys/answer", "Preview: " + title, std::move(*model), "surveys");
}

}  // namespace practica::surveys
