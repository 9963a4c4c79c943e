#include "features/applications/routes/application_changes.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/applications/routes/notify.hpp"
#include "features/applications/store/reviews_store.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/kit/uploads.hpp"

namespace practica::applications {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;

namespace {

constexpr std::string_view kApply = "applications.apply";

// The cohort, school, setup, application and extension the path names, read inside the change.
struct Target {
  Setup setup;
  SchoolRef school;
  std::optional<Application> application;
  std::optional<Extension> extension;

  const cohorts::Cohort& cohort() const { return setup.cohort; }
};

core::Result<Target> LoadTarget(const Deps& deps, db::Connection& db, const Request& request) {
  auto cohort = LoadCohort(deps, db, request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  auto school = LoadSchool(deps, db, request.Param("school"));
  if (!school) return std::unexpected(school.error());
  auto setup = SetupStore(db, deps.tenant.id).Load(*cohort);
  if (!setup) return std::unexpected(setup.error());
  ApplicationsStore store(db, deps.tenant.id);
  auto application = store.Find(cohort->id, *school);
  if (!application) return std::unexpected(application.error());
  auto extension = store.CurrentExtension(cohort->id, school->id);
  if (!extension) return std::unexpected(extension.error());
  return Target{std::move(*setup), *school, std::move(*application), *extension};
}

// A change to an existing application: kNotFound when the school has none.
core::Result<AuditNote> OnApplication(
    const Deps& deps, const Request& request, std::string_view action,
    const std::function<core::Result<AuditNote>(db::Connection&, const Target&, const Application&)>& change) {
  return Audited(deps, request, action, [&](db::Connection& db) -> core::Result<AuditNote> {
    auto target = LoadTarget(deps, db, request);
    if (!target) return std::unexpected(target.error());
    if (!target->application) return std::unexpected(NoApplication(target->school, target->cohort()));
    auto note = change(db, *target, *target->application);
    if (note) {
      note->record_id = std::to_string(target->application->id);
      note->school_id = target->school.id;
    }
    return note;
  });
}

// The e-mail that tells the principal the application arrived and what comes next.
std::string ReceivedText(const Deps& deps, const Target& target, std::int64_t now) {
  std::string text = "Practica received " + ApplicationName(target.school.name, target.cohort()) + " on " +
                     core::FormatLongDateTime(deps.tenant.zone.ToLocal(now)) + ".\n\n";
  if (target.setup.site_visits_from && target.setup.site_visits_to) {
    text += "The program office visits the schools that applied " +
            DescribeDays(*target.setup.site_visits_from, *target.setup.site_visits_to) + ". ";
  }
  if (target.setup.notification_week_of) {
    const auto week = DescribeWeek(*target.setup.notification_week_of);
    text += "Schools hear about their application in the w" + week.substr(1) + ".";
  }
  return text + "\n\nThe application: " + deps.auth.public_url + ApplicationUrl(target.cohort(), target.school) + "\n";
}

json::object State(const Application& application) {
  return json::object{{"id", application.id}, {"status", StatusCode(application.status)}};
}

}  // namespace

core::Result<AuditNote> StartApplication(const Deps& deps, const Request& request) {
  const auto now = deps.clock.NowUtcSeconds();
  return Audited(deps, request, kApply, [&](db::Connection& db) -> core::Result<AuditNote> {
    auto target = LoadTarget(deps, db, request);
    if (!target) return std::unexpected(target.error());
    const auto name = ApplicationName(target->school.name, target->cohort());
    if (target->application) {
      return Fail(ErrorCode::kConflict,
                  target->school.name + " already applied to " + cohorts::ShortName(target->cohort()) +
                      " (" + core::ToLower(StatusLabel(target->application->status)) +
                      "); a school applies once, so continue with that application.");
    }
    if (auto open = CheckWindowOpen(target->cohort(), target->extension, target->school.name, now, deps.tenant.zone);
        !open) {
      return std::unexpected(open.error());
    }
    auto started = ApplicationsStore(db, deps.tenant.id)
                       .Start(target->cohort().id, target->school, request.principal->person_id, now);
    if (!started) return std::unexpected(started.error());
    return AuditNote{"application", std::to_string(started->id), target->school.id, {}, State(*started),
                     "started " + name};
  });
}

core::Result<AuditNote> SaveDraft(const Deps& deps, const Request& request, const DraftReader& read) {
  return OnApplication(deps, request, kApply,
                       [&](db::Connection& db, const Target& target, const Application& application)
                           -> core::Result<AuditNote> {
    if (auto editable = CheckEditable(application, target.cohort(), deps.tenant.zone); !editable) {
      return std::unexpected(editable.error());
    }
    auto draft = read(target.setup);
    if (!draft) return std::unexpected(draft.error());
    if (auto checked = CheckDraft(target.setup, draft->answers, draft->ratings); !checked) {
      return std::unexpected(checked.error());
    }
    auto saved = ApplicationsStore(db, deps.tenant.id)
                     .SaveDraft(application.id, draft->answers, draft->ratings, deps.clock.NowUtcSeconds());
    if (!saved) return std::unexpected(saved.error());
    json::array answers;
    for (const auto& a : draft->answers) answers.emplace_back(json::object{{"question_id", a.question_id}, {"text", a.text}});
    json::array ratings;
    for (const auto& r : draft->ratings) {
      ratings.emplace_back(json::object{{"criterion_id", r.criterion_id}, {"rating", r.score}, {"evidence", r.evidence}});
    }
    return AuditNote{"application", "", 0, {}, {{"answers", std::move(answers)}, {"ratings", std::move(ratings)}},
                     "saved the draft of " + ApplicationName(target.school.name, target.cohort())};
  });
}

core::Result<AuditNote> Submit(const Deps& deps, const Request& request) {
  const auto now = deps.clock.NowUtcSeconds();
  return OnApplication(deps, request, kApply,
                       [&](db::Connection& db, const Target& target, const Application& application)
                           -> core::Result<AuditNote> {
    if (auto checked = CheckSubmit(target.setup, application, target.extension, now, deps.tenant.zone); !checked) {
      return std::unexpected(checked.error());
    }
    if (auto set = ApplicationsStore(db, deps.tenant.id).SetStatus(application.id, Status::kSubmitted, now); !set) {
      return std::unexpected(set.error());
    }
    auto mail = PrincipalMails(deps, db, request, target.school,
                               cohorts::ShortName(target.cohort()) + " application received: " + target.school.name,
                               ReceivedText(deps, target, now));
    if (!mail) return std::unexpected(mail.error());
    return AuditNote{"application", "", 0, State(application),
                     {{"id", application.id}, {"status", "submitted"}, {"submitted_at", deps.tenant.zone.FormatIso(now)}},
                     "submitted " + ApplicationName(target.school.name, target.cohort()), std::move(*mail)};
  });
}

core::Result<AuditNote> Withdraw(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string reason(core::Trim(Get(fields, "reason")));
  return OnApplication(deps, request, kApply,
                       [&](db::Connection& db, const Target& target, const Application& application)
                           -> core::Result<AuditNote> {
    if (auto checked = CheckWithdraw(application, target.cohort()); !checked) return std::unexpected(checked.error());
    const auto now = deps.clock.NowUtcSeconds();
    if (auto set = ApplicationsStore(db, deps.tenant.id).SetStatus(application.id, Status::kWithdrawn, now); !set) {
      return std::unexpected(set.error());
    }
    auto noted = ReviewsStore(db, deps.tenant.id)
                     .AddDecision(application.id, "withdrawn", reason, request.principal->person_id, now);
    if (!noted) return std::unexpected(noted.error());
    return AuditNote{"application", "", 0, State(application), {{"id", application.id}, {"status", "withdrawn"}},
                     "withdrew " + ApplicationName(target.school.name, target.cohort()) +
                         (reason.empty() ? "" : ": " + reason)};
  });
}

core::Result<AuditNote> Attach(const Deps& deps, const Request& request, const http::Part* file) {
  // Checked before the transaction: libmagic needs no database.
  auto checked = features::CheckUploadedFile(file);
  if (!checked) return std::unexpected(checked.error());
  const std::string& name = checked->name;
  const std::string& type = checked->content_type;
  return OnApplication(deps, request, kApply,
                       [&](db::Connection& db, const Target& target, const Application& application)
                           -> core::Result<AuditNote> {
    if (auto editable = CheckEditable(application, target.cohort(), deps.tenant.zone); !editable) {
      return std::unexpected(editable.error());
    }
    if (application.attachments.size() >= kMaxAttachments) {
      return Fail(ErrorCode::kConflict,
                  ApplicationName(target.school.name, target.cohort()) + " already carries " +
                      std::to_string(kMaxAttachments) + " files; remove one before attaching " + name + ".",
                  {}, "file");
    }
    AttachmentInfo info{0, name, type, 0, deps.clock.NowUtcSeconds()};
    auto saved = ApplicationsStore(db, deps.tenant.id)
                     .AddAttachment(application.id, info, file->data, request.principal->person_id);
    if (!saved) return std::unexpected(saved.error());
    return AuditNote{"application", "", 0, {},
                     {{"attachment_id", saved->id}, {"file_name", name}, {"content_type", type},
                      {"size_bytes", saved->size_bytes}},
                     "attached " + name + " (" + features::DescribeSize(checked->size_bytes) + ")"};
  });
}

core::Result<AuditNote> RemoveAttachment(const Deps& deps, const Request& request, std::int64_t attachment_id) {
  return OnApplication(deps, request, kApply,
                       [&](db::Connection& db, const Target& target, const Application& application)
                           -> core::Result<AuditNote> {
    if (auto editable = CheckEditable(application, target.cohort(), deps.tenant.zone); !editable) {
      return std::unexpected(editable.error());
    }
    auto removed = ApplicationsStore(db, deps.tenant.id).RemoveAttachment(application.id, attachment_id);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) {
      return Fail(ErrorCode::kNotFound, ApplicationName(target.school.name, target.cohort()) +
                                            " has no such attachment; reload the page.");
    }
    return AuditNote{"application", "", 0, {{"attachment_id", attachment_id}, {"file_name", (*removed)->file_name}}, {},
                     "removed " + (*removed)->file_name};
  });
}

core::Result<AuditNote> GrantExtension(const Deps& deps, const Request& request, const Fields& fields) {
  auto local = ParseLocalDateTime(Get(fields, "deadline_on"), Get(fields, "deadline_time"), "deadline_on");
  if (!local) return std::unexpected(local.error());
  auto deadline = deps.tenant.zone.ToUtc(*local);
  if (!deadline) return Fail(ErrorCode::kInvalidInput, deadline.error().message, {}, "deadline_time");
  const auto now = deps.clock.NowUtcSeconds();
  const Extension extension{*deadline, std::string(core::Trim(Get(fields, "reason"))), now};
  return Audited(deps, request, "applications.manage", [&](db::Connection& db) -> core::Result<AuditNote> {
    auto target = LoadTarget(deps, db, request);
    if (!target) return std::unexpected(target.error());
    if (auto checked = CheckExtension(target->cohort(), extension, now, deps.tenant.zone); !checked) {
      return std::unexpected(checked.error());
    }
    if (target->application && target->application->status != Status::kDraft) {
      return Fail(ErrorCode::kConflict, ApplicationName(target->school.name, target->cohort()) + " is already " +
                                            core::ToLower(StatusLabel(target->application->status)) +
                                            "; an extension no longer changes anything.");
    }
    auto added = ApplicationsStore(db, deps.tenant.id)
                     .AddExtension(target->cohort().id, target->school.id, extension, request.principal->person_id);
    if (!added) return std::unexpected(added.error());
    const auto when = core::FormatLongDateTime(deps.tenant.zone.ToLocal(*deadline));
    return AuditNote{"application",
                     target->application ? std::to_string(target->application->id)
                                         : target->cohort().slug + "/" + target->school.slug,
                     target->school.id, {},
                     {{"deadline_at", deps.tenant.zone.FormatIso(*deadline)}, {"reason", extension.reason}},
                     "extended the deadline of " + target->school.name + " for " +
                         cohorts::ShortName(target->cohort()) + " to " + when + ": " + extension.reason};
  });
}

}  // namespace practica::applications
