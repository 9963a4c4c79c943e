// In-process benchmarks: what a request costs once HTTP is taken away. See bench/README.md.
//
//   PRACTICA_BENCH_DB=scale.db practica_microbench --benchmark_min_time=0.2
//
// BM_Render*  the cohort page's template with a made-up view model of N schools (no database).
// BM_Query*   the queries behind the pages, on the database PRACTICA_BENCH_DB names (a SQLite
//             file or a postgresql:// URL) loaded with `practica demo --scale district`.
// BM_Route*   a whole route handler (queries, view model, template, layout) for the URLs that
//             bench/run.sh loads with wrk: the server's figure minus HTTP and the thread hops.
// Without PRACTICA_BENCH_DB only BM_Render* run.
#include <benchmark/benchmark.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "app/config.hpp"
#include "app/embedded.hpp"
#include "core/clock.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "core/time_zone.hpp"
#include "features/cohorts/routes/cohort_json.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/schools/domain/school.hpp"
#include "features/schools/store/schools_store.hpp"
#include "http/request.hpp"
#include "http/static_files.hpp"
#include "http/views.hpp"

namespace {

using namespace practica;
namespace json = boost::json;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "practica_microbench: %s\n", what.c_str());
  std::exit(1);
}

// --- rendering: the server's templates and site info, no database -------------------------------

const core::TimeZone& LosAngeles() {
  static const core::TimeZone zone = [] {
    auto located = core::TimeZone::Locate("America/Los_Angeles");
    if (!located) Die("America/Los_Angeles: " + located.error().message);
    return *located;
  }();
  return zone;
}

const http::Views& TheViews() {
  static const http::Views views = [] {
    std::vector<http::NamedText> statics;
    for (auto& [name, text] : generated::EmbeddedStatic()) statics.push_back({name, text});
    const http::StaticFiles static_files(statics);
    std::vector<http::NamedText> templates;
    for (auto& [name, text] : generated::EmbeddedTemplates()) templates.push_back({name, text});
    auto loaded = http::Views::Load(
        templates, http::SiteInfo{"Los Angeles Unified School District",
                                  static_files.VersionedUrl("app.css"),
                                  static_files.VersionedUrl("app.js"),
                                  static_files.VersionedUrl("htmx.min.js")});
    if (!loaded) Die("templates: " + loaded.error().message);
    return std::move(*loaded);
  }();
  return views;
}

constexpr std::int64_t kNow = 1'700'000'000;  // fixed, so every run renders the same page

const std::vector<std::string>& LocalDistrictNames() {
  static const std::vector<std::string> names{"Central", "East", "North", "Northeast",
                                              "Northwest", "South", "West"};
  return names;
}

cohorts::Cohort SampleCohort(int school_count) {
  cohorts::Cohort cohort;
  cohort.id = 1;
  cohort.slug = "ps-9-0";
  cohort.number = "9.0";
  cohort.title = "Computational Thinker";
  cohort.focus_standard_code = "1.5";
  cohort.school_year = "2024-2025";
  cohort.summary =
      "Schools that build problem-solving with data, abstraction and algorithms into every "
      "grade, with coaching and a shared showcase in the spring.";
  cohort.announced_on = "2024-03-04";
  cohort.applications_open_at = kNow - 40 * 86400;
  cohort.applications_close_at = kNow - 10 * 86400;
  cohort.goals = {"Plan one computational-thinking unit per grade level.",
                  "Hold two lesson studies with a partner school.",
                  "Show student work at the spring showcase."};
  const char* titles[] = {"Applications open", "Applications close", "Orientation",
                          "Lesson study window", "Spring showcase"};
  for (int i = 0; i < 5; ++i) {
    cohort.timeline.push_back(cohorts::TimelineItem{
        i + 1, titles[i], kNow + i * 21 * 86400,
        i == 3 ? std::optional<std::int64_t>(kNow + (3 * 21 + 14) * 86400) : std::nullopt,
        i == 2 ? cohorts::Precision::kTime : cohorts::Precision::kDay});
  }
  cohort.school_count = school_count;
  return cohort;
}

std::vector<cohorts::CohortSchool> SampleSchools(int count) {
  const auto& types = schools::AllSchoolTypes();
  const auto& locals = LocalDistrictNames();
  std::vector<cohorts::CohortSchool> rows;
  rows.reserve(count);
  for (int i = 0; i < count; ++i) {
    const auto type = types[i % types.size()];
    const auto& local = locals[i % locals.size()];
    std::string name = "Example " + std::string(schools::SchoolTypeLabel(type)) + " School " +
                       std::to_string(i + 1);
    std::string slug = "example-school-" + std::to_string(i + 1);
    std::string listed = i % 7 == 0 ? name + " (Magnet)" : name;
    std::string local_slug = local;
    for (auto& c : local_slug) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    rows.push_back(cohorts::CohortSchool{std::move(slug), std::move(name), std::move(listed), type,
                                         local, std::move(local_slug)});
  }
  return rows;
}

// What CohortPage in src/features/cohorts/routes/register.cpp hands to the view; keep in step.
json::object CohortPageModel(const cohorts::Cohort& cohort,
                             const std::vector<cohorts::CohortSchool>& rows) {
  auto data = cohorts::CohortJson(cohort, kNow, LosAngeles());
  data["schools"] = cohorts::CohortSchoolsJson(rows);
  data["shown_count"] = static_cast<std::int64_t>(rows.size());
  data["filtered"] = false;
  if (!data.contains("has_goals")) data["has_goals"] = !cohort.goals.empty();
  if (!data.contains("has_timeline")) data["has_timeline"] = !cohort.timeline.empty();
  json::array local_options;
  for (const auto& name : LocalDistrictNames()) {
    local_options.emplace_back(json::object{{"value", name}, {"label", name}, {"selected", false}});
  }
  json::array type_options;
  for (auto type : schools::AllSchoolTypes()) {
    type_options.emplace_back(json::object{{"value", schools::SchoolTypeCode(type)},
                                           {"label", schools::SchoolTypeLabel(type)},
                                           {"selected", false}});
  }
  data["local_district_options"] = std::move(local_options);
  data["type_options"] = std::move(type_options);
  return data;
}

http::Request PageRequest(std::string target) {
  http::Request request;
  request.method = http::Method::kGet;
  request.path = target.substr(0, target.find('?'));
  if (const auto q = target.find('?'); q != std::string::npos) {
    std::string_view rest = std::string_view(target).substr(q + 1);
    while (!rest.empty()) {
      const auto amp = rest.find('&');
      const auto pair = rest.substr(0, amp);
      const auto eq = pair.find('=');
      request.query.emplace_back(std::string(pair.substr(0, eq)),
                                 eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1)));
      rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    }
  }
  request.target = std::move(target);
  request.headers = {{"host", "127.0.0.1"}, {"user-agent", "practica_microbench"}};
  request.request_id = "bench";
  request.remote_address = "127.0.0.1";
  return request;
}

// The template alone, on a view model built once.
void BM_RenderCohortTemplate(benchmark::State& state) {
  const auto& views = TheViews();
  const int n = static_cast<int>(state.range(0));
  const json::value model = CohortPageModel(SampleCohort(n), SampleSchools(n));
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto html = views.Render("cohorts/cohort", model);
    if (!html) {
      state.SkipWithError(html.error().message.c_str());
      break;
    }
    bytes = html->size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["html_bytes"] = static_cast<double>(bytes);
  state.SetItemsProcessed(state.iterations() * n);
}

// What the route does after its queries: the view model from store rows, the template and the
// layout.
void BM_RenderCohortPage(benchmark::State& state) {
  const auto& views = TheViews();
  const int n = static_cast<int>(state.range(0));
  const auto cohort = SampleCohort(n);
  const auto rows = SampleSchools(n);
  const auto request = PageRequest("/cohorts/ps-9-0");
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto response = views.Page(request, "cohorts/cohort", "PS 9.0: Computational Thinker",
                               CohortPageModel(cohort, rows), "home");
    if (response.status != 200) {
      state.SkipWithError(std::string(response.Body()).c_str());
      break;
    }
    bytes = response.Body().size();
    benchmark::DoNotOptimize(response);
  }
  state.counters["html_bytes"] = static_cast<double>(bytes);
  state.SetItemsProcessed(state.iterations() * n);
}

// --- the database -----------------------------------------------------------------------------

struct Loaded {
  core::SystemClock clock;
  std::unique_ptr<app::Application> app;
  std::int64_t district_id = 0;
  cohorts::Cohort ps30;
  cohorts::Cohort largest;
  schools::School school;
  std::string director_cookie;  // a session of the demo director, for the signed-in routes
  std::int64_t year_cohort_id = 0;          // ps-8-0, the school year at scale (0: none)
};

Loaded& TheDatabase() {
  static Loaded loaded;
  return loaded;
}

template <typename T>
T Must(core::Result<T> result, const std::string& what) {
  if (!result) Die(what + ": " + result.error().message + " " + result.error().detail);
  return std::move(*result);
}

void OpenDatabase(const std::string& address) {
  auto& loaded = TheDatabase();
  app::Config config;
  config.database = address;
  config.access_log = false;
  if (auto finished = app::Finish(config); !finished) Die("config: " + finished.error().message);
  loaded.app = Must(app::Application::Open(config, loaded.clock), "opening " + address);
  loaded.district_id = loaded.app->tenant().id;

  auto lease = loaded.app->database().Acquire();
  cohorts::CohortsStore cohorts_store(*lease, loaded.district_id);
  auto ps30 = Must(cohorts_store.FindBySlug("ps-3-0"), "cohort ps-3-0");
  if (!ps30) Die("the database has no cohort ps-3-0: load it with `practica demo --scale district`");
  loaded.ps30 = *ps30;
  const auto all = Must(cohorts_store.List(), "cohort list");
  loaded.largest = all.front();
  for (const auto& cohort : all) {
    if (cohort.school_count > loaded.largest.school_count) loaded.largest = cohort;
  }
  schools::SchoolFilter first;
  first.limit = 1;
  auto page = Must(schools::SchoolsStore(*lease, loaded.district_id).List(first), "school list");
  if (page.schools.empty()) Die("the database has no schools");
  auto school = Must(schools::SchoolsStore(*lease, loaded.district_id).FindBySlug(page.schools[0].slug),
                     "school " + page.schools[0].slug);
  if (!school) Die("school " + page.schools[0].slug + " vanished");
  loaded.school = *school;
  if (auto year = Must(cohorts_store.FindBySlug("ps-8-0"), "cohort ps-8-0")) loaded.year_cohort_id = year->id;
  const auto director = Must(lease->QueryInt("SELECT id FROM people WHERE district_id = $1 AND email = $2",
                                             {loaded.district_id, std::string("sophia.mendoza@lausd.net")}),
                             "the demo director");
  if (director) {
    const auto session = Must(auth::SessionStore(*lease, loaded.district_id)
                                  .Create(*director, loaded.clock.NowUtcSeconds(), auth::SessionPolicy{}),
                              "a session of the director");
    loaded.director_cookie = std::string(auth::kSessionCookie) + "=" + session.token;
  }
  std::fprintf(stderr,
               "practica_microbench: %s; largest cohort %s (%d schools), ps-3-0 (%d schools), "
               "school %s\n",
               loaded.app->database().description().c_str(), loaded.largest.slug.c_str(),
               loaded.largest.school_count, loaded.ps30.school_count, loaded.school.slug.c_str());
}

// Runs `query` on one borrowed connection per benchmark; the lease is not what is measured.
template <typename Fn>
void QueryLoop(benchmark::State& state, Fn query) {
  auto& loaded = TheDatabase();
  auto lease = loaded.app->database().Acquire();
  std::size_t rows = 0;
  for (auto _ : state) {
    auto result = query(*lease, loaded.district_id);
    if (!result) {
      state.SkipWithError((result.error().message + " " + result.error().detail).c_str());
      break;
    }
    rows = result.value();
  }
  state.counters["rows"] = static_cast<double>(rows);
}

// The number of rows a result holds, for the counter.
std::size_t Count(const std::optional<schools::School>& school) { return school ? 1 : 0; }
std::size_t Count(const std::optional<cohorts::Cohort>& cohort) { return cohort ? 1 : 0; }
template <typename T>
std::size_t Count(const std::vector<T>& rows) { return rows.size(); }
std::size_t Count(const schools::SchoolPage& page) { return page.schools.size(); }

template <typename T>
core::Result<std::size_t> Rows(core::Result<T> result) {
  if (!result) return std::unexpected(result.error());
  benchmark::DoNotOptimize(*result);
  return Count(*result);
}

// Queries and routes wait on the database (a socket round trip for PostgreSQL): they are timed,
// and their minimum time counted, by the wall clock rather than by this process's CPU time.
template <typename Fn>
void Register(const std::string& name, Fn fn) {
  benchmark::RegisterBenchmark(name.c_str(), std::move(fn))
      ->Unit(benchmark::kMicrosecond)
      ->UseRealTime();
}

void RegisterQueries() {
  const auto& loaded = TheDatabase();
  using db::Connection;
  Register("BM_QueryCohortList", [](benchmark::State& state) {
    QueryLoop(state, [](Connection& c, std::int64_t d) { return Rows(cohorts::CohortsStore(c, d).List()); });
  });
  Register("BM_QueryCohortFindBySlug/ps-3-0", [](benchmark::State& state) {
    QueryLoop(state, [](Connection& c, std::int64_t d) {
      return Rows(cohorts::CohortsStore(c, d).FindBySlug("ps-3-0"));
    });
  });
  for (const auto* cohort : {&loaded.ps30, &loaded.largest}) {
    const auto id = cohort->id;
    const std::string suffix = cohort->slug + "/schools:" + std::to_string(cohort->school_count);
    Register("BM_QueryCohortSchools/" + suffix,
                                 [id](benchmark::State& state) {
      QueryLoop(state, [id](Connection& c, std::int64_t d) {
        return Rows(cohorts::CohortsStore(c, d).Schools(id, {}));
      });
    });
    Register("BM_QueryCohortLocalDistricts/" + suffix,
                                 [id](benchmark::State& state) {
      QueryLoop(state, [id](Connection& c, std::int64_t d) {
        return Rows(cohorts::CohortsStore(c, d).LocalDistrictsIn(id));
      });
    });
    if (loaded.largest.id == loaded.ps30.id) break;
  }
  const std::string slug = loaded.school.slug;
  const auto school_id = loaded.school.id;
  Register("BM_QuerySchoolFindBySlug", [slug](benchmark::State& state) {
    QueryLoop(state, [&slug](Connection& c, std::int64_t d) {
      return Rows(schools::SchoolsStore(c, d).FindBySlug(slug));
    });
  });
  Register("BM_QuerySchoolHistory", [school_id](benchmark::State& state) {
    QueryLoop(state, [school_id](Connection& c, std::int64_t d) {
      return Rows(schools::SchoolsStore(c, d).History(school_id));
    });
  });
  Register("BM_QuerySchoolsList/limit:50", [](benchmark::State& state) {
    QueryLoop(state, [](Connection& c, std::int64_t d) {
      schools::SchoolFilter filter;
      filter.limit = 50;
      return Rows(schools::SchoolsStore(c, d).List(filter));
    });
  });
  Register("BM_QuerySchoolsList/limit:50,offset:1000", [](benchmark::State& state) {
    QueryLoop(state, [](Connection& c, std::int64_t d) {
      schools::SchoolFilter filter;
      filter.limit = 50;
      filter.offset = 1000;
      return Rows(schools::SchoolsStore(c, d).List(filter));
    });
  });
  Register("BM_QuerySchoolsList/q:high,limit:50", [](benchmark::State& state) {
    QueryLoop(state, [](Connection& c, std::int64_t d) {
      schools::SchoolFilter filter;
      filter.text = "high";
      filter.limit = 50;
      return Rows(schools::SchoolsStore(c, d).List(filter));
    });
  });
  if (loaded.year_cohort_id != 0) {
    // The commitment grid's rows: every school of ps-8-0 with its copies and their events.
    const auto id = loaded.year_cohort_id;
    Register("BM_QueryCommitmentGrid/ps-8-0", [id](benchmark::State& state) {
      QueryLoop(state, [id](Connection& c, std::int64_t d) -> core::Result<std::size_t> {
        std::size_t cells = 0;
        auto read = commitments::CommitmentsStore(c, d).ForEachSchool(
            id, {}, [&](commitments::GridSchool, const std::vector<commitments::SchoolCommitment>& items) {
              cells += items.size();
            });
        if (!read) return std::unexpected(read.error());
        return cells;
      });
    });
  }
}

// A whole handler, as the server's worker thread runs it, for one URL.
// `signed_in`: as the demo director, with a session cookie (its lookup is part of the time).
void RegisterRoute(const std::string& target, bool signed_in = false) {
  Register("BM_Route" + target, [target, signed_in](benchmark::State& state) {
    const auto& router = TheDatabase().app->router();
    auto request = PageRequest(target);
    if (signed_in) request.headers.emplace_back("cookie", TheDatabase().director_cookie);
    const auto match = router.Find(request.method, request.path);
    if (match.route == nullptr) {
      state.SkipWithError(("no route for " + target).c_str());
      return;
    }
    request.path_params = match.params;
    std::size_t bytes = 0;
    for (auto _ : state) {
      auto response = match.route->handler(request);
      if (response.status != 200) {
        state.SkipWithError(("status " + std::to_string(response.status)).c_str());
        break;
      }
      bytes = response.Body().size();
      benchmark::DoNotOptimize(response);
    }
    state.counters["body_bytes"] = static_cast<double>(bytes);
  });
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  benchmark::RegisterBenchmark("BM_RenderCohortTemplate", BM_RenderCohortTemplate)
      ->Arg(25)->Arg(1000)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_RenderCohortPage", BM_RenderCohortPage)
      ->Arg(25)->Arg(1000)->Unit(benchmark::kMicrosecond);

  const char* address = std::getenv("PRACTICA_BENCH_DB");
  if (address == nullptr || *address == '\0') {
    std::fprintf(stderr,
                 "practica_microbench: PRACTICA_BENCH_DB is not set; only the rendering "
                 "benchmarks run.\n");
  } else {
    OpenDatabase(address);
    RegisterQueries();
    const auto& loaded = TheDatabase();
    RegisterRoute("/");
    RegisterRoute("/cohorts/ps-3-0");
    if (loaded.largest.slug != "ps-3-0") RegisterRoute("/cohorts/" + loaded.largest.slug);
    RegisterRoute("/schools/" + loaded.school.slug);
    RegisterRoute("/schools");
    RegisterRoute("/api/v1/schools?limit=50");
    if (loaded.year_cohort_id != 0 && !loaded.director_cookie.empty()) RegisterRoute("/cohorts/ps-8-0/commitments", true);
    if (loaded.year_cohort_id != 0 && !loaded.director_cookie.empty()) {
      RegisterRoute("/cohorts/ps-8-0/schools/" + loaded.school.slug + "/commitments", true);  // one checklist
      RegisterRoute("/cohorts/ps-8-0/dashboard", true);  // 1,000 schools' rows, 2 MB
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  TheDatabase().app.reset();
  return 0;
}
