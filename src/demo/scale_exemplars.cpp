#include "demo/scale_exemplars.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::demo {
namespace {

#define SCALE_EXEMPLARS_TRY(expr)          \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

// Exemplars per call of the store's bulk writer (it writes 250 rows to a statement).
constexpr int kBatchRows = 250;
constexpr std::int64_t kFirstPublished = 1557680400;  // May 12, 2019, with the demo's first exemplars
constexpr std::int64_t kPublishedEvery = 4500;        // 50,000 exemplars over about seven years

// The words of the generated text: about 400 distinct words, picked unevenly (the first topics
// and tools most often) so a search finds a few to a few thousand exemplars, as a real library's would.
const std::vector<std::string> kActivities = {
    "Designing", "Coding", "Prototyping", "Podcasting about", "Mapping", "Animating", "Debating", "Modeling",
    "Investigating", "Filming", "Sketchnoting", "Blogging about", "Surveying the school about", "Building games about",
    "Composing songs about", "Publishing an e-book on", "Curating a museum of", "Graphing", "Simulating",
    "Storyboarding", "Interviewing experts on", "Remixing", "Programming robots to explore", "Visualizing",
    "Engineering", "Annotating", "Photographing", "Tinkering with", "Exploring", "Questioning"};
const std::vector<std::string> kTopics = {
    "fractions", "ecosystems", "weather", "poetry", "the water cycle", "recycling", "geometry", "the solar system",
    "persuasive writing", "map skills", "community helpers", "nutrition", "bridges", "simple machines", "data privacy",
    "media literacy", "climate", "coral reefs", "the human body", "insects", "plant growth", "rivers", "earthquakes",
    "music rhythms", "graphic novels", "biographies", "ancient Egypt", "the Gold Rush", "California missions",
    "elections", "family budgets", "measurement", "place value", "multiplication", "algebraic thinking",
    "linear equations", "statistics", "chemical reactions", "genetics", "forces and motion", "electric circuits",
    "sound waves", "light and shadow", "magnets", "oceans", "deserts", "rainforests", "volcanoes", "ratios",
    "probability", "civil rights", "immigration stories", "local history", "renewable energy", "plate tectonics",
    "photosynthesis", "bird migration", "cyberbullying", "fairy tales", "mythology", "Shakespeare", "the Constitution",
    "world languages", "public art", "urban gardens", "air quality", "drought", "wildfire safety", "pollinators",
    "cell biology", "atoms", "the periodic table", "trigonometry", "exponents", "coordinate planes", "symmetry",
    "time zones", "currency", "architecture", "transportation"};
const std::vector<std::string> kTools = {
    "Scratch", "Google Slides", "Seesaw", "ScratchJr", "Bee-Bot floor robots", "BBC micro:bit", "MakeCode",
    "Tinkercad", "Google Sheets", "Google Forms", "Flipgrid", "Padlet", "Book Creator", "Stop Motion Studio",
    "WeVideo", "Canva", "Desmos", "GeoGebra", "Code.org", "Sphero", "LEGO Spike", "Ozobot", "Minecraft Education",
    "Adobe Express", "Soundtrap", "Google Earth", "Nearpod", "Chromebook cameras", "iPads", "Arduino", "Python",
    "App Inventor", "Jamboard", "Khan Academy", "Wixie", "Pear Deck", "Edpuzzle", "Thunkable", "CoSpaces", "Hopscotch"};
const std::vector<std::string> kAudiences = {
    "a partner class", "kindergarten buddies", "their families", "the school board", "a local museum",
    "the city council", "younger students", "a pen-pal school", "the PTA", "a neighborhood nonprofit",
    "visiting scientists", "the public library", "the garden club", "their grandparents", "the community"};
const std::vector<std::string> kPractices = {
    "collaboration", "empathy interviews", "peer feedback", "iteration", "debugging", "decomposition", "abstraction",
    "pattern recognition", "citation", "evaluating sources", "claims and evidence", "storytelling", "reflection",
    "public speaking", "accessibility", "design constraints", "user testing", "estimation", "visual design",
    "note-taking", "questioning strategies", "academic vocabulary", "goal setting", "self-assessment",
    "gallery walks", "think-pair-share", "jigsaw groups", "exit tickets", "rubrics", "checklists", "journals",
    "conferences", "showcases", "portfolios", "sketching", "brainstorming", "wireframes", "flowcharts",
    "pseudocode", "spreadsheets"};
const std::vector<std::string> kGrades = {"Kindergarteners", "First graders", "Second graders", "Third graders",
                                          "Fourth graders", "Fifth graders", "Sixth graders", "Seventh graders",
                                          "Eighth graders", "High school students"};
const std::vector<std::string> kLicences = {"cc-by", "cc-by-sa", "cc-by-nc", "cc-by-nc-sa", "district-only"};

// A school of a generated cohort, with what its tags name.
struct Place {
  exemplars::CohortRef cohort;
  exemplars::SchoolRef school;
};

core::Result<std::vector<Place>> Places(db::Connection& db, std::int64_t district_id) {
  std::vector<Place> places;
  SCALE_EXEMPLARS_TRY(db.Execute(
      "SELECT c.id, c.slug, c.number, c.title, s.id, s.slug, s.name, COALESCE(s.local_district_id, 0),"
      " COALESCE(l.name, '') FROM published_participations p"
      " JOIN published_cohorts c ON c.district_id = p.district_id AND c.id = p.cohort_id"
      " JOIN published_schools s ON s.district_id = p.district_id AND s.id = p.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE p.district_id = $1 AND c.slug IN ('ps-5-0', 'ps-6-0', 'ps-7-0', 'ps-8-0') ORDER BY c.slug, s.id",
      {district_id}, [&](const db::Row& row) {
        places.push_back(Place{exemplars::CohortRef{row.Int(0), row.String(1), row.String(2), row.String(3), ""},
                               exemplars::SchoolRef{row.Int(4), row.Int(7), row.String(5), row.String(6), row.String(8)}});
      }));
  if (places.empty()) {
    return core::Fail(core::ErrorCode::kInternal, "The scale demo's generated cohorts are missing; load them first.");
  }
  return places;
}

// Picks from a list, the first entries most often (u² skews towards the front).
template <typename Random>
const std::string& Skewed(const std::vector<std::string>& list, Random& random) {
  const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
  return list[std::min(list.size() - 1, static_cast<std::size_t>(u * u * static_cast<double>(list.size())))];
}

template <typename Random>
std::vector<std::string> Some(const std::vector<std::string>& list, std::size_t at_least, std::size_t at_most, Random& random) {
  std::vector<std::string> picked;
  const std::size_t count = at_least + random() % (at_most - at_least + 1);
  std::sample(list.begin(), list.end(), std::back_inserter(picked), count, random);
  return picked;
}

std::string Lower(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

template <typename Random>
exemplars::Package MakePackage(const exemplars::Vocabulary& v, Random& random) {
  exemplars::Package p;
  const auto& activity = Skewed(kActivities, random);
  const auto& topic = Skewed(kTopics, random);
  const auto& tool = Skewed(kTools, random);
  const auto practices = Some(kPractices, 3, 5, random);
  p.title = activity + " " + topic + " with " + tool;
  p.summary = kGrades[random() % kGrades.size()] + " " + Lower(activity) + " " + topic + " in " + tool +
              ", then share what they made with " + kAudiences[random() % kAudiences.size()] + ".";
  p.grade_band = v.grade_bands[random() % v.grade_bands.size()];
  p.subject = v.subjects[random() % v.subjects.size()];
  p.samr = v.samr_levels[random() % v.samr_levels.size()];
  p.indicators = Some(v.indicators, 1, 3, random);
  p.cs_concepts = Some(v.cs_concepts, 0, 2, random);
  p.cs_practices = Some(v.cs_practices, 0, 3, random);
  p.tools = tool + ", " + Skewed(kTools, random);
  // One plan in three comes back to its topic, so relevance has repeated words to rank by.
  p.lesson_plan = "Objective: students practise " + practices[0] + " and " + practices[1] + " while studying " + topic +
                  ".\n\nDay 1: " + practices[2] + " in small groups.\nDay 2: build and test, then " +
                  (random() % 3 == 0 ? "revisit " + topic + " through " : "") + practices.back() + ".\n" +
                  "Exit: each student reflects on " + Skewed(kPractices, random) + ".";
  p.licence = kLicences[random() % kLicences.size()];
  return p;
}

// Writes the exemplars a batch at a time through the exemplars store, the only writer of its tables.
core::Result<void> WriteExemplars(db::Connection& db, std::int64_t district_id, const std::vector<Place>& places,
                                  const exemplars::Vocabulary& vocabulary, const std::map<std::string, std::string>& names,
                                  bool postgres) {
  exemplars::ExemplarsStore store(db, district_id);
  std::mt19937 random(2019);
  for (int first = 0; first < kScaleExemplars; first += kBatchRows) {
    std::vector<exemplars::PublishedExemplar> batch;
    for (int n = first; n < std::min(first + kBatchRows, kScaleExemplars); ++n) {
      auto id = db.NextId();
      if (!id) return std::unexpected(id.error());
      const Place& place = places[random() % places.size()];
      batch.push_back({*id, place.school, place.cohort, MakePackage(vocabulary, random), kFirstPublished + n * kPublishedEvery});
    }
    SCALE_EXEMPLARS_TRY(store.PublishMany(batch, names));
    // PostgreSQL planned each tag's foreign-key check when the table held the demo's thirteen
    // exemplars and keeps that plan (an index on district_id alone, then every exemplar of the
    // district read per check: the load took minutes). Fresh statistics make it plan again.
    if (postgres && first == 0) SCALE_EXEMPLARS_TRY(db.ExecuteScript("ANALYZE exemplars"));
  }
  return {};
}

}  // namespace

core::Result<void> AddScaleExemplars(db::Connection& db, std::int64_t district_id) {
  auto places = Places(db, district_id);
  if (!places) return std::unexpected(places.error());
  exemplars::ExemplarsStore store(db, district_id);
  auto vocabulary = store.LoadVocabulary();
  if (!vocabulary) return std::unexpected(vocabulary.error());
  auto names = store.TermNames();
  if (!names) return std::unexpected(names.error());
  const bool postgres = db.dialect() == db::Dialect::kPostgres;
  // SQLite's default page cache (2 MB) holds a sliver of the tags' four indexes, so most of the
  // 600,000 index inserts would read and write pages back and forth; the load takes a larger one
  // and gives it back.
  if (!postgres) SCALE_EXEMPLARS_TRY(db.ExecuteScript("PRAGMA cache_size = -262144"));
  auto written = WriteExemplars(db, district_id, *places, *vocabulary, *names, postgres);
  if (!postgres) SCALE_EXEMPLARS_TRY(db.ExecuteScript("PRAGMA cache_size = -2000"));
  return written;
}

}  // namespace practica::demo
