#include "features/applications/routes/review_changes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "auth/principal_loader.hpp"
#include "core/text.hpp"
#include "features/applications/domain/rubric.hpp"
#include "features/applications/routes/target.hpp"
#include "features/applications/store/reviews_store.hpp"
#include "features/applications/store/setup_store.hpp"

namespace practica::applications {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;

namespace {

core::Result<std::vector<HeldRole>> RolesOf(const Deps& deps, db::Connection& db, std::int64_t person_id) {
  auto grants = auth::LoadGrants(db, deps.tenant.id, person_id);
  if (!grants) return std::unexpected(grants.error());
  return ToHeldRoles(*grants);
}

// Reviews are of submitted applications that wait for a decision.
core::Result<void> CheckUnderReview(const Target& target) {
  const auto status = target.application.status;
  if (status == Status::kSubmitted || status == Status::kWaitlisted) return {};
  return Fail(ErrorCode::kConflict, Name(target) + " is " + core::ToLower(StatusLabel(status)) +
                                        (status == Status::kDraft ? "; review it once the school submits it."
                                                                  : "; it is no longer reviewed."));
}

}  // namespace

ScoreReader ScoresFromForm(const Fields& fields) {
  return [fields](const std::vector<Criterion>& criteria) -> core::Result<std::vector<Score>> {
    std::vector<Score> scores;
    for (const auto& criterion : criteria) {
      const std::string id = std::to_string(criterion.id);
      auto score = ParseScore(Get(fields, "score_" + id), criterion, "score_" + id);
      if (!score) return std::unexpected(score.error());
      if (*score != 0) scores.push_back({criterion.id, *score, std::string(core::Trim(Get(fields, "comment_" + id)))});
    }
    return scores;
  };
}

ScoreReader ScoresFromJson(const json::object& body) {
  return [body](const std::vector<Criterion>&) -> core::Result<std::vector<Score>> {
    const auto* items = body.if_contains("scores");
    if (items == nullptr || !items->is_array()) {
      return Fail(ErrorCode::kInvalidInput, "Send \"scores\": a list of {criterion_id, score, comment}.", {}, "scores");
    }
    std::vector<Score> scores;
    for (const auto& item : items->as_array()) {
      const auto* object = item.if_object();
      const auto* id = object ? object->if_contains("criterion_id") : nullptr;
      const auto* score = object ? object->if_contains("score") : nullptr;
      if (!id || !id->is_int64() || !score || !score->is_int64()) {
        return Fail(ErrorCode::kInvalidInput, "Each score needs a whole-number \"criterion_id\" and \"score\".", {},
                    "scores");
      }
      Score s{id->as_int64(), static_cast<int>(std::clamp<std::int64_t>(score->as_int64(), -1000, 1000)), ""};
      if (const auto* comment = object->if_contains("comment"); comment && comment->is_string()) {
        s.comment = std::string(core::Trim(comment->as_string()));
      }
      scores.push_back(std::move(s));
    }
    return scores;
  };
}

core::Result<AuditNote> AssignReviewer(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string email(core::Trim(Get(fields, "reviewer")));
  if (email.empty()) return Fail(ErrorCode::kInvalidInput, "Give the reviewer's e-mail address.", {}, "reviewer");
  return OnApplication(deps, request, "applications.manage", [&](db::Connection& db, const Target& target)
                                                                 -> core::Result<AuditNote> {
    if (target.application.status == Status::kWithdrawn) return std::unexpected(CheckUnderReview(target).error());
    ReviewsStore store(db, deps.tenant.id);
    auto person = store.FindPerson(email);
    if (!person) return std::unexpected(person.error());
    if (!*person || !(*person)->active) {
      return Fail(ErrorCode::kInvalidInput,
                  "Nobody active in this district has the e-mail address " + email + "; invite them on the People page first.",
                  {}, "reviewer");
    }
    auto roles = RolesOf(deps, db, (*person)->id);
    if (!roles) return std::unexpected(roles.error());
    const auto today = Today(deps);
    if (auto may = CheckMayReview((*person)->name, *roles, today); !may) return std::unexpected(may.error());
    // A teacher on the school's staff list is too close to it to review it, grant or no grant.
    auto staff = store.StaffPlaces((*person)->id);
    if (!staff) return std::unexpected(staff.error());
    roles->insert(roles->end(), staff->begin(), staff->end());
    if (auto free = CheckReviewerFree((*person)->name, target.school.name, *roles, target.school.id,
                                      target.school.local_district_id, today);
        !free) {
      return std::unexpected(free.error());
    }
    auto assigned = store.AssignReviewer(target.application.id, (*person)->id, request.principal->person_id,
                                         deps.clock.NowUtcSeconds());
    if (!assigned) {
      if (assigned.error().code != ErrorCode::kConflict) return std::unexpected(assigned.error());
      return Fail(ErrorCode::kConflict, (*person)->name + " already reviews " + Name(target) + ".", {}, "reviewer");
    }
    return AuditNote{"application", "", 0, {}, {{"reviewer_id", (*person)->id}, {"reviewer", (*person)->email}},
                     "assigned " + (*person)->name + " to review " + Name(target)};
  });
}

core::Result<AuditNote> RemoveReviewer(const Deps& deps, const Request& request, std::int64_t person_id) {
  return OnApplication(deps, request, "applications.manage", [&](db::Connection& db, const Target& target)
                                                                 -> core::Result<AuditNote> {
    auto removed = ReviewsStore(db, deps.tenant.id).RemoveReviewer(target.application.id, person_id);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) return Fail(ErrorCode::kNotFound, "That person does not review " + Name(target) + "; reload the page.");
    return AuditNote{"application", "", 0, {{"reviewer_id", person_id}}, {},
                     "removed a reviewer (and their scores) from " + Name(target)};
  });
}

core::Result<AuditNote> SaveReview(const Deps& deps, const Request& request, const ScoreReader& read) {
  const auto me = request.principal->person_id;
  return OnApplication(deps, request, "applications.review", [&](db::Connection& db, const Target& target)
                                                                 -> core::Result<AuditNote> {
    ReviewsStore store(db, deps.tenant.id);
    auto reviewers = store.Reviewers(target.application.id);
    if (!reviewers) return std::unexpected(reviewers.error());
    const bool assigned = std::any_of(reviewers->begin(), reviewers->end(),
                                      [&](const ReviewerRef& r) { return r.person.id == me; });
    if (!assigned) {
      return Fail(ErrorCode::kForbidden, "You are not assigned to review " + Name(target) +
                                             "; the program office assigns reviewers.");
    }
    auto roles = RolesOf(deps, db, me);
    if (!roles) return std::unexpected(roles.error());
    if (auto free = CheckReviewerFree(request.principal->display_name, target.school.name, *roles, target.school.id,
                                      target.school.local_district_id, Today(deps));
        !free) {
      return std::unexpected(free.error());
    }
    if (auto open = CheckUnderReview(target); !open) return std::unexpected(open.error());
    auto scores = read(target.setup.criteria);
    if (!scores) return std::unexpected(scores.error());
    if (auto checked = CheckScores(target.setup.criteria, *scores); !checked) return std::unexpected(checked.error());
    if (auto saved = store.SaveScores(target.application.id, me, *scores, deps.clock.NowUtcSeconds()); !saved) {
      return std::unexpected(saved.error());
    }
    json::array after;
    for (const auto& s : *scores) {
      after.emplace_back(json::object{{"criterion_id", s.criterion_id}, {"score", s.score}, {"comment", s.comment}});
    }
    return AuditNote{"application", "", 0, {}, {{"reviewer_id", me}, {"scores", std::move(after)}},
                     "reviewed " + Name(target)};
  });
}

core::Result<AuditNote> RecordSiteVisit(const Deps& deps, const Request& request, const Fields& fields) {
  auto day = core::ParseLocalDate(core::Trim(Get(fields, "visited_on")));
  if (!day) return Fail(ErrorCode::kInvalidInput, day.error().message, {}, "visited_on");
  const SiteVisit visit{*day, std::string(core::Trim(Get(fields, "visitors"))), Get(fields, "notes")};
  return OnApplication(deps, request, "applications.manage", [&](db::Connection& db, const Target& target)
                                                                 -> core::Result<AuditNote> {
    if (auto open = CheckUnderReview(target); !open) return std::unexpected(open.error());
    if (auto checked = CheckSiteVisit(visit, target.setup); !checked) return std::unexpected(checked.error());
    ReviewsStore store(db, deps.tenant.id);
    auto before = store.FindSiteVisit(target.application.id);
    if (!before) return std::unexpected(before.error());
    if (auto saved = store.SaveSiteVisit(target.application.id, visit, request.principal->person_id,
                                         deps.clock.NowUtcSeconds());
        !saved) {
      return std::unexpected(saved.error());
    }
    json::object previous;
    if (*before) {
      previous = {{"visited_on", core::FormatIsoDate((*before)->visit.visited_on)}, {"visitors", (*before)->visit.visitors}};
    }
    return AuditNote{"application", "", 0, std::move(previous),
                     {{"visited_on", core::FormatIsoDate(visit.visited_on)}, {"visitors", visit.visitors}},
                     "site visit to " + target.school.name + " on " + core::FormatLongDate(visit.visited_on)};
  });
}

}  // namespace practica::applications
