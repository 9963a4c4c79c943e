// Building a form: the form itself, its questions, and a new version once answers froze the
// current one. Each change runs through the one change helper with its audit entry.
#include <boost/json/serialize.hpp>

#include <set>

#include "core/text.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/kit/change.hpp"
#include "features/surveys/routes/pages.hpp"
#include "features/surveys/routes/series.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;

namespace {

const std::set<std::string> kAudiences = {"team", "principals", "coaches", "staff", "attendees"};

core::Result<std::int64_t> InstantField(const Deps& deps, const Fields& fields, const std::string& name,
                                        const std::string& what) {
  auto local = core::ParseLocalDateTime(core::Trim(Get(fields, name + "_on")), core::Trim(Get(fields, name + "_time")));
  if (!local) {
    return Fail(ErrorCode::kInvalidInput, "Give when the form " + what + " as a date and time, like 2018-09-28 and 17:00.",
                {}, name + "_on");
  }
  auto utc = deps.tenant.zone.ToUtc(*local);
  if (!utc) return Fail(ErrorCode::kInvalidInput, utc.error().message, {}, name + "_on");
  return *utc;
}

// The audience's cohort or learning session, by its address.
core::Result<void> AudienceOf(db::Connection& db, const Deps& deps, const Fields& fields, Form& form) {
  form.audience_kind = std::string(core::Trim(Get(fields, "audience")));
  if (!kAudiences.contains(form.audience_kind)) {
    return Fail(ErrorCode::kInvalidInput, "Choose who the form is for.", {}, "audience");
  }
  if (form.audience_kind == "attendees") {
    auto offerings = SurveysStore(db, deps.tenant.id).Offerings();
    if (!offerings) return std::unexpected(offerings.error());
    const auto slug = core::Trim(Get(fields, "offering"));
    for (const auto& o : *offerings) {
      if (o.slug == slug) form.offering_id = o.id;
    }
    if (!form.offering_id) return Fail(ErrorCode::kInvalidInput, "Choose the learning session whose attendees answer.", {}, "offering");
    return {};
  }
  auto cohort = cohorts::FindCohortRef(db, deps.tenant.id, core::Trim(Get(fields, "cohort")));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(ErrorCode::kInvalidInput, "Choose the cohort whose people answer.", {}, "cohort");
  form.cohort_id = (*cohort)->id;
  return {};
}

// `windowed`: the form's own instants are typed (a single form, or the start of the year);
// a series after each meeting or each quarter takes them from its schedule.
core::Result<Form> FormOf(db::Connection& db, const Deps& deps, const http::Request& request, const Fields& fields,
                          bool windowed) {
  Form form;
  form.title = std::string(core::Trim(Get(fields, "title")));
  if (form.title.empty() || form.title.size() > 200) {
    return Fail(ErrorCode::kInvalidInput, "Give the form a title of up to 200 characters.", {}, "title");
  }
  form.intro = std::string(core::Trim(Get(fields, "intro")));
  form.anonymous = features::Yes(fields, "anonymous");
  form.created_by = Me(request);
  if (auto audience = AudienceOf(db, deps, fields, form); !audience) return std::unexpected(audience.error());
  if (!windowed) return form;
  auto opens = InstantField(deps, fields, "opens", "opens");
  if (!opens) return std::unexpected(opens.error());
  auto closes = InstantField(deps, fields, "closes", "closes");
  if (!closes) return std::unexpected(closes.error());
  if (*closes <= *opens) return Fail(ErrorCode::kInvalidInput, "Close the form after it opens.", {}, "closes_on");
  form.opens_at = *opens;
  form.closes_at = *closes;
  return form;
}

core::Result<Question> QuestionOf(const Fields& fields) {
  Question q;
  auto kind = ParseKind(core::Trim(Get(fields, "kind")));
  if (!kind) return Fail(ErrorCode::kInvalidInput, "Choose the kind of question.", {}, "kind");
  q.kind = *kind;
  q.section = std::string(core::Trim(Get(fields, "section")));
  q.prompt = std::string(core::Trim(Get(fields, "prompt")));
  q.required = features::Yes(fields, "required");
  if (q.kind == Kind::kSingle || q.kind == Kind::kMultiple) q.choices = ChoicesFromLines(Get(fields, "choices"));
  if (q.kind == Kind::kIndicator) q.indicator = std::string(core::Trim(Get(fields, "indicator")));
  if (auto checked = CheckQuestion(q); !checked) return std::unexpected(checked.error());
  return q;
}

auth::AuditEntry FormEntry(std::int64_t form_id, std::string reason) {
  auth::AuditEntry audit;
  audit.record_type = "survey_form";
  audit.record_id = std::to_string(form_id);
  audit.reason = std::move(reason);
  return audit;
}

core::Result<Form> Existing(SurveysStore& store, std::int64_t id) {
  auto form = store.Find(id);
  if (!form) return std::unexpected(form.error());
  if (!*form) return Fail(ErrorCode::kNotFound, "There is no form " + std::to_string(id) + "; open it from the forms list.");
  return **form;
}

// kConflict once the version has answers: its questions are what those answers answered.
core::Result<void> Unfrozen(SurveysStore& store, const Form& form, int version) {
  auto answered = store.ResponsesTo(form.id, version);
  if (!answered) return std::unexpected(answered.error());
  if (*answered > 0) {
    return Fail(ErrorCode::kConflict,
                "Version " + std::to_string(version) + " of this form has " + std::to_string(*answered) +
                    (*answered == 1 ? " answer" : " answers") +
                    ", so its questions are frozen; start a new version to change them.");
  }
  return {};
}

}  // namespace

// The series a new form starts, when its schedule is one ("" or "once": a single form).
core::Result<std::optional<Series>> SeriesOf(const Deps& deps, const Fields& fields) {
  const auto code = core::Trim(Get(fields, "rhythm"));
  if (code.empty() || code == "once") return std::nullopt;
  auto rhythm = ParseRhythm(code);
  if (!rhythm) return Fail(ErrorCode::kInvalidInput, "Choose when the form is asked.", {}, "rhythm");
  Series series;
  series.rhythm = *rhythm;
  if (*rhythm == Rhythm::kPrePost) {
    auto opens = InstantField(deps, fields, "post_opens", "at the end of the year opens");
    if (!opens) return std::unexpected(opens.error());
    auto closes = InstantField(deps, fields, "post_closes", "at the end of the year closes");
    if (!closes) return std::unexpected(closes.error());
    series.post_opens = deps.tenant.zone.ToLocal(*opens);
    series.post_closes = deps.tenant.zone.ToLocal(*closes);
    return series;  // its order against the start of the year is the schedule's (PrePost)
  }
  const auto days = core::ParseInt(core::Trim(Get(fields, "open_days")), 1, kMaxOpenDays);
  if (!days) return Fail(ErrorCode::kInvalidInput, "Give how many days each form of the series stays open, from 1 to " +
                                                       std::to_string(kMaxOpenDays) + ".", {}, "open_days");
  series.open_days = static_cast<int>(*days);
  return series;
}

core::Result<json::object> CreateForm(const Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto series = SeriesOf(deps, fields);
    if (!series) return std::unexpected(series.error());
    const bool windowed = !*series || (*series)->rhythm == Rhythm::kPrePost;
    auto form = FormOf(db, deps, request, fields, windowed);
    if (!form) return std::unexpected(form.error());
    const auto now = deps.clock.NowUtcSeconds();
    if (*series) {
      auto first = StartSeries(db, deps.tenant, **series, *form, now);
      if (!first) return std::unexpected(first.error());
      form = std::move(*first);
    } else {
      auto id = SurveysStore(db, deps.tenant.id).CreateForm(*form, now);
      if (!id) return std::unexpected(id.error());
      form->id = *id;
    }
    const auto id = form->id;
    auto audit = FormEntry(id, "Created the form " + form->title);
    audit.after_json = json::serialize(json::object{{"title", form->title}, {"anonymous", form->anonymous},
                                                    {"audience", form->audience_kind},
                                                    {"series", *series ? std::string(RhythmCode((*series)->rhythm)) : "once"}});
    return Changed<json::object>{json::object{{"id", id}, {"url", "/surveys/" + std::to_string(id)}},
                                 {std::move(audit)}, {}};
  });
}

core::Result<json::object> AddQuestion(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = Existing(store, *id);
    if (!form) return std::unexpected(form.error());
    if (auto open = Unfrozen(store, *form, form->current_version); !open) return std::unexpected(open.error());
    auto question = QuestionOf(fields);
    if (!question) return std::unexpected(question.error());
    auto existing = store.Questions(form->id, form->current_version);
    if (!existing) return std::unexpected(existing.error());
    question->version = form->current_version;
    question->position = static_cast<int>(existing->size()) + 1;
    auto qid = store.AddQuestion(form->id, *question);
    if (!qid) return std::unexpected(qid.error());
    return Changed<json::object>{json::object{{"id", *qid}, {"version", form->current_version}},
                                 {FormEntry(form->id, "Added the question " + question->prompt)}, {}};
  });
}

core::Result<json::object> EditQuestion(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  auto qid = core::ParseInt(request.Param("question"), 1, INT64_MAX);
  if (!qid) return Fail(ErrorCode::kNotFound, "There is no such question on this form.");
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = Existing(store, *id);
    if (!form) return std::unexpected(form.error());
    auto found = store.FindQuestion(form->id, *qid);
    if (!found) return std::unexpected(found.error());
    if (!*found) return Fail(ErrorCode::kNotFound, "There is no such question on this form.");
    if (auto open = Unfrozen(store, *form, (*found)->version); !open) return std::unexpected(open.error());
    if (features::Yes(fields, "remove")) {
      if (auto removed = store.RemoveQuestion(*qid); !removed) return std::unexpected(removed.error());
      return Changed<json::object>{json::object{{"id", *qid}, {"removed", true}},
                                   {FormEntry(form->id, "Removed the question " + (*found)->prompt)}, {}};
    }
    auto question = QuestionOf(fields);
    if (!question) return std::unexpected(question.error());
    question->id = *qid;
    question->version = (*found)->version;
    question->position = (*found)->position;
    if (auto updated = store.UpdateQuestion(*question); !updated) return std::unexpected(updated.error());
    return Changed<json::object>{json::object{{"id", *qid}, {"version", question->version}},
                                 {FormEntry(form->id, "Changed the question " + question->prompt)}, {}};
  });
}

core::Result<json::object> NewVersion(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request);
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "surveys.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SurveysStore store(db, deps.tenant.id);
    auto form = Existing(store, *id);
    if (!form) return std::unexpected(form.error());
    if (Unfrozen(store, *form, form->current_version)) {
      return Fail(ErrorCode::kConflict, "Version " + std::to_string(form->current_version) +
                                            " has no answers yet; change its questions as they are.");
    }
    auto version = store.NewVersion(*form);
    if (!version) return std::unexpected(version.error());
    return Changed<json::object>{json::object{{"id", form->id}, {"version", *version}},
                                 {FormEntry(form->id, "Started version " + std::to_string(*version))}, {}};
  });
}

}  // namespace practica::surveys
