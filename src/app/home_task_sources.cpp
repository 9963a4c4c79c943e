#include "app/home_task_sources.hpp"

#include "features/applications/routes/home_tasks.hpp"
#include "features/challenges/routes/home_tasks.hpp"
#include "features/coaching/routes/home_tasks.hpp"
#include "features/commitments/routes/home_tasks.hpp"
#include "features/exemplars/routes/home_tasks.hpp"
#include "features/jobs/routes/home_tasks.hpp"
#include "features/learning/routes/home_tasks.hpp"
#include "features/participations/routes/home_tasks.hpp"
#include "features/surveys/routes/home_tasks.hpp"
#include "features/techplans/routes/home_tasks.hpp"
#include "features/visits/routes/home_tasks.hpp"

namespace practica::app {

const std::vector<features::HomeTaskSource>& HomeTaskSources() {
  static const std::vector<features::HomeTaskSource> kSources = {
      &applications::HomeTasks, &participations::HomeTasks, &commitments::HomeTasks, &learning::HomeTasks, &jobs_page::HomeTasks,
      &challenges::HomeTasks, &coaching::HomeTasks, &surveys::HomeTasks, &exemplars::HomeTasks,
      &techplans::HomeTasks, &visits::HomeTasks};
  return kSources;
}

}  // namespace practica::app
