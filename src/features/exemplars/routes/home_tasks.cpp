#include "features/exemplars/routes/home_tasks.hpp"

#include "auth/domain/policy.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {

namespace {

std::string Count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  ExemplarsStore store(context.connection, context.district_id);
  std::vector<features::HomeTask> tasks;
  auto to_review = store.ToReview(context.who.person_id);
  if (!to_review) return std::unexpected(to_review.error());
  if (!to_review->empty()) {
    tasks.push_back({"Exemplars to review: score the rubric and decide", static_cast<std::int64_t>(to_review->size()),
                     "/exemplars/mine#to-review", false});
  }
  auto authored = store.Authored(context.who.person_id);
  if (!authored) return std::unexpected(authored.error());
  std::size_t sent_back = 0;
  std::size_t waiting = 0;
  for (const auto& line : *authored) {
    if (line.status == Status::kChangesRequested || line.status == Status::kDraft) ++sent_back;
    if (line.status == Status::kInReview) ++waiting;
  }
  if (sent_back > 0) {
    tasks.push_back({"Your exemplars to finish (" + Count(sent_back, "draft or sent back", "drafts or sent back") + ")",
                     static_cast<std::int64_t>(sent_back), "/exemplars/mine#authored", false});
  }
  if (waiting > 0) {
    tasks.push_back({"Your exemplars in review", static_cast<std::int64_t>(waiting), "/exemplars/mine#authored", false});
  }
  if (auth::HoldsDistrictWide(context.who, {auth::Role::kDirector, auth::Role::kCoordinator, auth::Role::kSpecialist},
                              context.today)) {
    auto in_review = store.InReview();
    if (!in_review) return std::unexpected(in_review.error());
    if (!in_review->empty()) {
      tasks.push_back({"Exemplars in review across the district: assign reviewers",
                       static_cast<std::int64_t>(in_review->size()), "/exemplars/mine#in-review", false});
    }
  }
  return tasks;
}

}  // namespace practica::exemplars
