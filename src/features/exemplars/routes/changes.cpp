#include "features/exemplars/routes/changes.hpp"

#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "features/challenges/domain/challenge.hpp"
#include "features/exemplars/routes/context.hpp"
#include "features/kit/change.hpp"
#include "features/kit/uploads.hpp"

namespace practica::exemplars {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using http::Request;

namespace {

auth::AuditEntry Entry(const ExemplarRecord& record, const json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "exemplar";
  entry.record_id = std::to_string(record.id);
  entry.school_id = record.school.id;
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

std::int64_t Who(const Request& request) { return request.principal ? request.principal->person_id : 0; }

Package PackageOf(const Fields& fields) {
  const auto get = [&](const char* name) { return features::Get(fields, name); };
  return Package{get("title"), get("summary"), get("grade_band"), get("subject"), get("samr"),
                 challenges::SplitCodes(get("indicators")), challenges::SplitCodes(get("cs_concepts")),
                 challenges::SplitCodes(get("cs_practices")), get("tools"), get("lesson_plan"), get("licence"),
                 get("source"), challenges::SplitCodes(get("educator_indicators")),
                 challenges::SplitCodes(get("leader_indicators"))};
}

std::vector<features::ChangeMail> ToAuthors(const Deps& deps, const ExemplarRecord& record, const std::string& subject,
                                            const std::string& text, const std::string& key) {
  std::vector<features::ChangeMail> told;
  for (const auto& author : record.authors) {
    told.push_back({mail::Message{author.email, author.name, subject,
                                  text + "\n\n" + deps.auth.public_url + "/exemplars/" + std::to_string(record.id) + "\n"},
                    key + ":" + std::to_string(author.id), jobs::MailAudience{author.id, ""}});
  }
  return told;
}

// The vocabulary a package of this school and cohort is checked against, its cycles included.
core::Result<Vocabulary> VocabularyFor(ExemplarsStore& store, const SchoolRef& school, const CohortRef& cohort) {
  auto vocabulary = store.LoadVocabulary();
  auto sources = store.SourcesFor(school, cohort);
  if (!vocabulary || !sources) return std::unexpected(vocabulary ? sources.error() : vocabulary.error());
  for (const auto& source : *sources) vocabulary->sources.push_back(source.code);
  return vocabulary;
}

using Body = core::Result<Changed<json::object>> (*)(const Deps&, const Request&, const Fields&, db::Connection&,
                                                      ExemplarsStore&, Found&);

// Finds the exemplar, refuses whoever may not act, runs `body` in one transaction.
core::Result<json::object> OnExemplar(const Deps& deps, const Request& request, const Fields& fields,
                                      std::string_view action, bool needs_edit, bool needs_staff, Body body) {
  return features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ExemplarsStore store(db, deps.tenant.id);
    auto found = FindExemplar(deps, store, request);
    if (!found) return std::unexpected(found.error());
    if (needs_edit && !found->viewer.may_edit) {
      return Fail(ErrorCode::kForbidden, "Only " + found->record.school.name +
                                             "'s teachers, practitioner team and coach change its exemplars.");
    }
    if (needs_staff && !found->viewer.staff) {
      return Fail(ErrorCode::kForbidden, "Only district program staff assign reviewers and retire exemplars.");
    }
    return body(deps, request, fields, db, store, *found);
  });
}

std::optional<Artifact> ArtifactOf(const Found& found, const Request& request) {
  const auto id = core::ParseInt(request.Param("artifact"), 1, INT64_MAX);
  for (const auto& a : found.record.artifacts) {
    if (id && a.id == *id) return a;
  }
  return std::nullopt;
}

}  // namespace

Fields PackageFields(const Request& request, Fields fields) {
  for (const char* list : {"indicators", "cs_concepts", "cs_practices", "educator_indicators", "leader_indicators"}) {
    std::string joined;
    for (const auto& [name, value] : request.Form()) {
      if (name == list) joined += (joined.empty() ? "" : ",") + value;
    }
    if (!joined.empty()) fields[list] = joined;
  }
  return fields;
}

core::Result<json::object> CreateExemplar(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "exemplars.package", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ExemplarsStore store(db, deps.tenant.id);
    auto cohort = store.FindCohort(request.Param("slug"));
    if (!cohort) return std::unexpected(cohort.error());
    auto school = store.FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*cohort || !*school) return Fail(ErrorCode::kNotFound, "There is no such cohort or school; start from the school's page.");
    auto in = store.InCohort((*cohort)->id, (*school)->id);
    if (!in) return std::unexpected(in.error());
    if (!*in) {
      return Fail(ErrorCode::kNotFound, (*school)->name + " is not part of " + (*cohort)->ShortName() +
                                            "; package the exemplar in a cohort the school took part in.");
    }
    auto vocabulary = VocabularyFor(store, **school, **cohort);
    if (!vocabulary) return std::unexpected(vocabulary.error());
    auto package = CheckPackage(PackageOf(fields), *vocabulary);
    if (!package) return std::unexpected(package.error());
    auto id = store.Create(**school, **cohort, *package, {Who(request)}, deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    json::object after{{"id", *id}, {"title", package->title}, {"status", "draft"}};
    auth::AuditEntry entry;
    entry.record_type = "exemplar";
    entry.record_id = std::to_string(*id);
    entry.school_id = (*school)->id;
    entry.after_json = json::serialize(after);
    entry.reason = "packaged the exemplar \"" + package->title + "\" as a draft";
    after["url"] = "/exemplars/" + std::to_string(*id);
    return Changed<json::object>{std::move(after), {std::move(entry)}, {}};
  });
}

core::Result<json::object> EditExemplar(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.edit", true, false,
                    [](const Deps& deps, const Request&, const Fields& fields, db::Connection&, ExemplarsStore& store,
                       Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    auto target = EditTarget(r.status, r.next, r.package.title);
    if (!target) return std::unexpected(target.error());
    auto vocabulary = VocabularyFor(store, r.school, r.cohort);
    if (!vocabulary) return std::unexpected(vocabulary.error());
    auto package = CheckPackage(PackageOf(fields), *vocabulary);
    if (!package) return std::unexpected(package.error());
    const auto now = deps.clock.NowUtcSeconds();
    // A published exemplar's new version is saved aside: the library keeps the published one.
    auto saved = *target == Target::kNextVersion ? store.SaveNextPackage(r, *package, now) : store.Update(r, *package, now);
    if (!saved) return std::unexpected(saved.error());
    const int version = VersionAt(*target, r.version);
    json::object after{{"id", r.id}, {"title", package->title}, {"version", version}};
    if (*target == Target::kNextVersion) after["url"] = "/exemplars/" + std::to_string(r.id) + "?version=next&saved=package#submit";
    return Changed<json::object>{
        after, {Entry(r, after, "edited version " + std::to_string(version) + " of the exemplar \"" + package->title + "\"")},
        {}};
  });
}

core::Result<json::object> SubmitExemplar(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.edit", true, false,
                    [](const Deps& deps, const Request&, const Fields&, db::Connection&, ExemplarsStore& store,
                       Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    auto target = EditTarget(r.status, r.next, r.package.title);
    if (!target) return std::unexpected(target.error());
    const auto now = deps.clock.NowUtcSeconds();
    auto set = *target == Target::kNextVersion ? store.SetNextStatus(r, NextStatus::kInReview, now)
                                               : store.SetStatus(r, Status::kInReview, now);
    if (!set) return std::unexpected(set.error());
    const int version = VersionAt(*target, r.version);
    json::object after{{"id", r.id}, {"status", "in_review"}, {"round", r.round + 1}, {"version", version}};
    if (*target == Target::kNextVersion) after["url"] = "/exemplars/" + std::to_string(r.id) + "?version=next&saved=submit#submit";
    return Changed<json::object>{
        after, {Entry(r, after, "sent version " + std::to_string(version) + " of \"" + r.package.title + "\" to review")}, {}};
  });
}

core::Result<json::object> StartVersion(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.edit", true, false,
                    [](const Deps& deps, const Request& request, const Fields&, db::Connection&, ExemplarsStore& store,
                       Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    if (auto ok = CheckStartVersion(r.status, r.next, r.package.title); !ok) return std::unexpected(ok.error());
    if (auto started = store.StartVersion(r, Who(request), deps.clock.NowUtcSeconds()); !started) {
      return std::unexpected(started.error());
    }
    const int version = r.version + 1;
    json::object after{{"id", r.id}, {"version", version}, {"next_status", "draft"},
                       {"url", "/exemplars/" + std::to_string(r.id) + "/edit"}};
    return Changed<json::object>{
        after,
        {Entry(r, after, "started version " + std::to_string(version) + " of \"" + r.package.title +
                             "\"; the library keeps version " + std::to_string(r.version) + " until it is approved")},
        {}};
  });
}

core::Result<json::object> AssignReviewer(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.curate", false, true,
                    [](const Deps& deps, const Request& request, const Fields& fields, db::Connection&,
                       ExemplarsStore& store, Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    const auto under = UnderReview(r.status, r.next);
    if (!under) {
      return Fail(ErrorCode::kConflict, "\"" + r.package.title + "\" is " + std::string(StatusLabel(r.status)) +
                                            "; reviewers are assigned while it, or its new version, is in review.", {},
                  "reviewer");
    }
    const std::string email(core::Trim(features::Get(fields, "reviewer")));
    auto person = store.FindPerson(email);
    if (!person) return std::unexpected(person.error());
    if (!*person) {
      return Fail(ErrorCode::kInvalidInput, "No one in the district has the e-mail \"" + email +
                                                "\"; type the reviewer's district e-mail.", {}, "reviewer");
    }
    auto standing = store.Standing((*person)->id, r.school.id, TodayText(deps));
    if (!standing) return std::unexpected(standing.error());
    ReviewerStanding s = standing->value_or(ReviewerStanding{(*person)->name});
    s.is_author = r.IsAuthor((*person)->id);
    if (auto ok = CheckReviewer(s, r.school.name); !ok) return std::unexpected(ok.error());
    const int version = VersionAt(*under, r.version);
    auto review = store.AssignReviewer(r, version, (*person)->id, Who(request), deps.clock.NowUtcSeconds());
    if (!review) return std::unexpected(review.error());
    json::object after{{"review_id", review->id}, {"round", r.round}, {"version", version}, {"reviewer", (*person)->name}};
    std::vector<features::ChangeMail> told{
        {mail::Message{(*person)->email, (*person)->name, "Please review the exemplar \"" + r.package.title + "\"",
                       "You are asked to review version " + std::to_string(version) + " of \"" + r.package.title +
                           "\" from " + r.school.name +
                           ": score its rubric and decide.\n\n" + deps.auth.public_url + "/exemplars/" +
                           std::to_string(r.id) + (*under == Target::kNextVersion ? "?version=next" : "") + "\n"},
         "exemplars.review:" + std::to_string(review->id), jobs::MailAudience{(*person)->id, ""}}};
    return Changed<json::object>{after, {Entry(r, after, "asked " + (*person)->name + " to review \"" + r.package.title + "\"")},
                                 std::move(told)};
  });
}

core::Result<json::object> ReviewExemplar(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.review", false, false,
                    [](const Deps& deps, const Request& request, const Fields& fields, db::Connection&,
                       ExemplarsStore& store, Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    const auto review_id = core::ParseInt(request.Param("review"), 1, INT64_MAX);
    const ReviewRecord* review = nullptr;
    for (const auto& candidate : found.reviews) {
      if (review_id && candidate.id == *review_id) review = &candidate;
    }
    if (review == nullptr || review->reviewer.id != Who(request)) {
      return Fail(ErrorCode::kForbidden, "Only the reviewer assigned to this review scores and decides it.");
    }
    if (review->round != r.round || review->decision || !UnderReview(r.status, r.next)) {
      return Fail(ErrorCode::kConflict, "This review belongs to an earlier round or is decided already; "
                                        "the current round's review is on the exemplar's page.");
    }
    auto rubric = store.Rubric();
    if (!rubric) return std::unexpected(rubric.error());
    std::vector<int> scores;
    std::vector<std::pair<std::string, int>> scored;
    for (const auto& criterion : *rubric) {
      scores.push_back(static_cast<int>(core::ParseInt(features::Get(fields, "score_" + criterion.code), 0, 9).value_or(0)));
      scored.emplace_back(criterion.code, scores.back());
    }
    const std::string comment(core::Trim(features::Get(fields, "comment")));
    if (auto ok = CheckScores(*rubric, scores, comment); !ok) return std::unexpected(ok.error());
    const auto decision = ParseDecision(features::Get(fields, "decision"));
    if (!decision) {
      return Fail(ErrorCode::kInvalidInput, "Choose a decision: changes requested, approved or declined.", {}, "decision");
    }
    const auto under = UnderReview(r.status, r.next);
    auto next = under == Target::kNextVersion ? core::Result<Status>(r.status)
                                              : AfterDecision(r.status, *decision, r.package.title);
    if (!next) return std::unexpected(next.error());
    const auto now = deps.clock.NowUtcSeconds();
    if (auto saved = store.SaveReview(review->id, scored, comment, *decision, now); !saved) return std::unexpected(saved.error());
    // A new version's decision moves only the new version: the published one stays up until
    // an approval puts the new one in its place.
    const bool new_version = under == Target::kNextVersion;
    const bool published = new_version ? *decision == Decision::kApproved : *next == Status::kPublished;
    auto set = !new_version                        ? store.SetStatus(r, *next, now)
               : *decision == Decision::kApproved ? store.PublishNext(r, now)
                                                   : store.SetNextStatus(r, NextAfterDecision(*decision), now);
    if (!set) return std::unexpected(set.error());
    const std::string title = new_version && r.next_package ? r.next_package->title : r.package.title;
    const std::string version = std::to_string(review->version);
    json::object after{{"review_id", review->id}, {"decision", std::string(DecisionCode(*decision))},
                       {"version", review->version},
                       {"status", std::string(StatusCode(*next))}};
    if (new_version) after["next_status"] = std::string(NextStatusCode(NextAfterDecision(*decision)));
    const std::string label(DecisionLabel(*decision));
    return Changed<json::object>{
        after, {Entry(r, after, label + ": the review of version " + version + " of \"" + title + "\"")},
        ToAuthors(deps, r, label + ": " + title,
                  "The review of version " + version + " of \"" + title + "\" is in: " + label +
                      (published ? ". It is now published in the district's library." : ".") +
                      (new_version && !published ? " The library keeps showing the published version." : "") +
                      "\n\nComment: " + comment,
                  "exemplars.decided:" + std::to_string(review->id))};
  });
}

core::Result<json::object> RetireExemplar(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.curate", false, true,
                    [](const Deps& deps, const Request&, const Fields& fields, db::Connection&, ExemplarsStore& store,
                       Found& found) -> core::Result<Changed<json::object>> {
    const auto& r = found.record;
    const std::string reason(core::Trim(features::Get(fields, "reason")));
    if (auto ok = CheckRetire(r.status, reason, r.package.title); !ok) return std::unexpected(ok.error());
    if (auto set = store.SetStatus(r, Status::kRetired, deps.clock.NowUtcSeconds(), reason); !set) {
      return std::unexpected(set.error());
    }
    // A retired exemplar gets no new version: one being written or reviewed ends with it.
    if (r.next != NextStatus::kNone) {
      if (auto dropped = store.SetNextStatus(r, NextStatus::kNone, deps.clock.NowUtcSeconds()); !dropped) {
        return std::unexpected(dropped.error());
      }
    }
    json::object after{{"id", r.id}, {"status", "retired"}, {"reason", reason}};
    return Changed<json::object>{after, {Entry(r, after, "retired \"" + r.package.title + "\": " + reason)},
                                 ToAuthors(deps, r, "Retired: " + r.package.title,
                                           "\"" + r.package.title + "\" was taken out of the library: " + reason,
                                           "exemplars.retired:" + std::to_string(r.id))};
  });
}

core::Result<json::object> RecordConsent(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.edit", true, false,
                    [](const Deps& deps, const Request& request, const Fields& fields, db::Connection&,
                       ExemplarsStore& store, Found& found) -> core::Result<Changed<json::object>> {
    const auto artifact = ArtifactOf(found, request);
    if (!artifact) return Fail(ErrorCode::kNotFound, "There is no such piece of student work on this exemplar.");
    const std::string note(core::Trim(features::Get(fields, "consent_note")));
    if (auto ok = CheckConsent(*artifact, note); !ok) return std::unexpected(ok.error());
    if (auto saved = store.RecordConsent(artifact->id, note, Who(request), deps.clock.NowUtcSeconds()); !saved) {
      return std::unexpected(saved.error());
    }
    json::object after{{"artifact_id", artifact->id}, {"consent_note", note}};
    return Changed<json::object>{after, {Entry(found.record, after, "recorded consent for " + artifact->file_name)}, {}};
  });
}

core::Result<json::object> WithdrawConsent(const Deps& deps, const Request& request, const Fields& fields) {
  return OnExemplar(deps, request, fields, "exemplars.edit", true, false,
                    [](const Deps& deps, const Request& request, const Fields&, db::Connection&, ExemplarsStore& store,
                       Found& found) -> core::Result<Changed<json::object>> {
    const auto artifact = ArtifactOf(found, request);
    if (!artifact) return Fail(ErrorCode::kNotFound, "There is no such piece of student work on this exemplar.");
    if (artifact->withdrawn_at) return Fail(ErrorCode::kConflict, "The consent for " + artifact->file_name + " is withdrawn already.");
    if (auto saved = store.WithdrawConsent(artifact->id, Who(request), deps.clock.NowUtcSeconds()); !saved) {
      return std::unexpected(saved.error());
    }
    json::object after{{"artifact_id", artifact->id}, {"withdrawn", true}};
    return Changed<json::object>{
        after, {Entry(found.record, after, "withdrew consent for " + artifact->file_name + ": taken down")}, {}};
  });
}

core::Result<json::object> AttachArtifact(const Deps& deps, const Request& request, const http::Part* file) {
  // Checked before the transaction: reading a file's type needs no database.
  auto checked = features::CheckUploadedFile(file);
  if (!checked) return std::unexpected(checked.error());
  return features::RunChange(deps, request, "exemplars.edit", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ExemplarsStore store(db, deps.tenant.id);
    auto found = FindExemplar(deps, store, request);
    if (!found) return std::unexpected(found.error());
    if (!found->viewer.may_edit) {
      return Fail(ErrorCode::kForbidden, "Only " + found->record.school.name +
                                             "'s teachers, practitioner team and coach attach student work.");
    }
    Artifact artifact;
    artifact.file_name = checked->name;
    artifact.content_type = checked->content_type;
    auto saved = store.AddArtifact(found->record.id, artifact, file->data, Who(request), deps.clock.NowUtcSeconds());
    if (!saved) return std::unexpected(saved.error());
    json::object after{{"artifact_id", saved->id}, {"file_name", saved->file_name}, {"size_bytes", saved->size_bytes}};
    return Changed<json::object>{after,
                                 {Entry(found->record, after, "attached " + saved->file_name + " (no consent yet: not public)")},
                                 {}};
  });
}

}  // namespace practica::exemplars
