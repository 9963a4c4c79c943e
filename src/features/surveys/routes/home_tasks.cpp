#include "features/surveys/routes/home_tasks.hpp"

#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  SurveysStore store(context.connection, context.district_id);
  auto invitations = store.InvitationsFor(context.who.person_id);
  if (!invitations) return std::unexpected(invitations.error());
  std::int64_t open = 0;
  std::string url = "/surveys";
  for (const auto& i : *invitations) {
    if (i.answered) continue;
    auto form = store.Find(i.form_id);
    if (!form) return std::unexpected(form.error());
    if (!*form || context.now < (*form)->opens_at || context.now >= (*form)->closes_at) continue;
    // One form waiting: straight to it, through the person's own link.
    url = ++open == 1 ? "/answer/" + i.token : "/surveys";
  }
  if (open > 0) tasks.push_back(features::HomeTask{"Feedback forms to answer", open, url, false});
  return tasks;
}

}  // namespace practica::surveys
