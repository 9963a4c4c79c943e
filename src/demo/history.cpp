#include "demo/history.hpp"

#include <map>

namespace practica::demo {

std::string ProgramSummary() {
  return "Following the ITI Task Force Recommendations, the Instructional Technology Initiative "
         "developed the Practitioner Schools model to reimagine and exemplify how schools can "
         "leverage digital tools to create rigorous and personalized learning environments for "
         "all learners. Each year a cohort of schools works on one ISTE Standard for Students "
         "with a designated Instructional Technology Facilitator (ITF) as its coach, and shares "
         "its learning with the rest of the district.";
}

namespace {

TimelineEntry Day(std::string title, std::string date, std::string end_date = "") {
  return TimelineEntry{std::move(title), std::move(date), std::move(end_date), -1, -1, false};
}

TimelineEntry Timed(std::string title, std::string date, int start_minute, int end_minute) {
  return TimelineEntry{std::move(title), std::move(date), "", start_minute, end_minute, false};
}

constexpr int kAt(int hour, int minute = 0) { return hour * 60 + minute; }

std::vector<TimelineEntry> Ps3Timeline() {
  const std::string onboarding = "Face-to-Face onboarding session for school staff";
  const std::string follow_up = "2018-2019 Follow-up Learning Session";
  return {
      Day("Application window for Practitioner Schools (PS) 3.0 opens", "2018-03-08"),
      Timed("Optional Q&A Virtual session", "2018-03-14", kAt(14), kAt(15)),
      Timed("Optional Q&A Virtual session", "2018-03-22", kAt(14), kAt(15)),
      Timed("Deadline to Apply for PS 3.0", "2018-04-06", kAt(16), -1),
      Day("School Sites Visits: ITI visits schools that applied to validate information submitted",
          "2018-04-09", "2018-05-04"),
      TimelineEntry{"Schools are notified of their application status", "2018-05-14", "", -1, -1,
                    true},
      Timed("Host Virtual Welcome Session for accepted schools", "2018-05-18", kAt(15), kAt(16)),
      Day("ITI Planning Meetings with PS 3.0 Schools Innovative Designer teams to outline "
          "2018-2019 Professional Development calendar",
          "2018-05-21", "2018-06-07"),
      Timed(onboarding, "2018-06-02", kAt(8), kAt(15)),
      Timed(onboarding, "2018-08-08", kAt(8), kAt(15)),
      Timed(onboarding, "2018-08-09", kAt(8), kAt(15)),
      Timed(onboarding, "2018-08-10", kAt(8), kAt(15)),
      Timed(follow_up, "2018-09-28", kAt(8), kAt(15)),
      Timed(follow_up, "2019-03-22", kAt(8), kAt(15)),
      Timed(follow_up, "2019-05-31", kAt(8), kAt(15)),
      Day("Direct support of the ITF at the school site concludes", "2019-06-07"),
  };
}

}  // namespace

const std::vector<HistoricCohort>& HistoricCohorts() {
  static const std::vector<HistoricCohort> kCohorts = {
      {"ps-4-0", "4.0", "Global Collaborator", "1.7", "2019-2020", "2019-05-20",
       "PS 4.0 continues the tradition of embedding authentic, connected content and skills into "
       "21st-century instruction with a focus on the Global Collaborator ISTE Standard, "
       "emphasizing collaboration among the school community, leadership and instructional staff "
       "for effective school-wide implementation.",
       "", "",
       {"Collaborate in exploring local and global issues that impact schools using "
        "collaborative technologies to find effective solutions.",
        "Provide students with opportunities to develop Global Collaborator skills on a daily "
        "basis, thereby granting students the ability to build proficiency in 21st-century "
        "practices for success.",
        "Enhance and improve collaborative teaching and learning practices by strategically "
        "leveraging digital resources through 21st-century lesson design.",
        "Provide opportunities for collaboration across Practitioner Schools, which include "
        "inquiry-group meetings centered on lesson study, action research, text-based "
        "discussions and other activities to convene in common dialogues about the intentional "
        "embedding of Global Collaborator methods in the core curriculum.",
        "Share PS 4.0 promising practices with other schools in the District."},
       {Day("Practitioner Schools 4.0: Global Collaborator overview sent to all principals",
            "2019-05-20")},
       {"Garvanza Elementary Technology and Leadership Magnet", "Rosemont Avenue ES",
        "20th Street ES", "Vanalden Avenue ES", "Canoga Park ES", "Samuel Gompers MS",
        "Carson Street ES STEAM Academy", "West Hollywood ES", "Los Angeles HS",
        "Palisades Charter ES", "Coldwater Canyon ES", "Telfair Avenue ES", "James Madison MS",
        "Hope Street ES", "Lucille Roybal-Allard ES",
        "Maywood Center for Enriched Studies (MaCES)", "John A. Sutter MS"}},
      {"ps-3-0", "3.0", "Innovative Designer", "1.4", "2018-2019", "2018-03-08",
       "PS 3.0 builds on computational thinking with a focus on the Innovative Designer ISTE "
       "standard: a strong guiding vision for purposeful and creative problem-solving using a "
       "variety of digital tools, applied by each school's team to an identified problem of "
       "practice.",
       "2018-03-08 00:00", "2018-04-06 16:00",
       {"Collaborate in the creation of innovative solutions to an identified problem of "
        "practice that will involve a cycle of reflection-and-refinement with an emphasis on "
        "creating engaging and imaginative learning environments and increasing student "
        "achievement.",
        "Provide students with learning opportunities to practice an innovative mindset on a "
        "daily basis, thereby granting students the ability to build proficiency in "
        "21st-century skills and practices for success.",
        "Enhance and improve teaching and learning practices by strategically leveraging "
        "digital resources through 21st-century lesson design.",
        "Provide opportunities for collaboration across Practitioner Schools, which include "
        "inquiry-group meetings centered on lesson study, action research, text-based "
        "discussions and other activities to convene in common dialogues about the intentional "
        "embedding of Innovative Designer methods in the core curriculum.",
        "Share PS 3.0 learnings with others in the District."},
       Ps3Timeline(),
       {"Garvanza Elementary Technology and Leadership Magnet", "San Pascual STEAM Magnet",
        "Rosemont Ave ES", "24th Street ES", "Lucille Roybal-Allard ES", "Hope Street ES",
        "Perez Special Education Center/CTC",
        "Orchard Academies 2C: Global Studies and Technology Academy", "Coldwater Canyon ES",
        "Brainard ES", "Telfair Ave ES", "El Dorado ES", "Madison MS", "Portola MS", "Hale MS",
        "Stagg ES", "Lake Balboa College Preparatory Magnet K-12", "Carson Street STEAM Academy",
        "Gompers MS", "Bethune MS and MST Magnet", "Diego Rivera Performing Arts", "52 Street ES",
        "Girls Academic Leadership Academy", "Joseph LeConte MS",
        "Palisades Center for Enriched Studies"}},
      {"ps-2-0", "2.0", "Leading with Computational Thinking", "1.5", "2017-2018", "",
       "PS 2.0, under the District-wide adoption of the ISTE Standards for Students, centered on "
       "the cultivation of computational thinking as an essential form of literacy.",
       "", "",
       {"Collaborate in the creation of interdisciplinary lesson design through a cycle of "
        "reflection-and-refinement with an emphasis on creating engaging learning environments "
        "and increasing student achievement.",
        "Provide students with learning opportunities to practice their computational thinking, "
        "argumentation, and debugging mindset on a daily basis thereby granting students the "
        "ability to build proficiency in 21st century skills and practices for success.",
        "Enhance and improve teaching and learning practices by strategically leveraging "
        "digital resources through 21st century lesson design.",
        "Provide collaboration among other Practitioner Schools, which includes inquiry group "
        "meetings centered on lesson study, action research, text-based discussions and other "
        "activities to convene in common dialogues about the intentional embedding of "
        "computational thinking, argumentation, and debugging mindset in the K-8 curriculum."},
       {},
       {"San Pascual Steam Magnet", "Garvanza ES", "Rosemont Avenue ES",
        "Lucille Roybal-allard Elementary", "Perez Special Education Center/CTC", "Maces",
        "Ranchito ES", "San Fernando Institute For Applied Media", "Coldwater Canyon ES",
        "Sutter MS", "Canoga Park ES", "Primary Academy For Success",
        "Dr. Mary Mcleod Bethune MS And Mst Magnet", "Carson Street Steam Academy Es",
        "Samuel Gompers MS", "Girls Academic Leadership Academy", "New Middle School Pathway",
        "Grant ES"}},
      {"ps-1-0", "1.0", "Personalized Learning", "1.1", "2016-2017", "",
       "PS 1.0 focused on the integration and use of a learning management system (LMS), "
       "exploring the utility of the LMS in creating courses and exploring grading practices "
       "using an online gradebook, in service of the Empowered Learner standard.",
       "", "",
       {"Integrate and use a learning management system (LMS) in instruction.",
        "Explore the utility of the LMS in creating courses.",
        "Explore grading practices using an online gradebook."},
       {},
       {"Perez Special Education Center", "Garvnaza ES", "San Pascual ES",
        "School Of History And Dramatic Arts", "Angelou Hs", "Sal Castro MS", "Manual Arts HS",
        "West Adams Prep", "Griffin ES", "Roosevelt HS", "Nightingale MS", "Mendez Hs",
        "Francisco Bravo HS", "Sara Coughlin ES", "Pinewood ES", "Madison MS", "Poly HS",
        "Primary Academy Of Success", "Frost MS", "Mulholland MS", "John Sutter MS",
        "Valley Academy Of Arts And Science HS", "Ambler ES", "Dymally Hs",
        "Diego Rivera Comm & Tech", "Diego Rivera Grn Design", "Diego Rivera Perf Arts",
        "Carnegie MS", "Charles Drew MS", "Diego Rivera Pub Svc", "Cowan ES",
        "Mid-city's Prescott School Of Enriched Studies", "Western Ave ES", "Stem Hs @ Bernstein",
        "Windsor Hills ES", "Burroughs MS", "Palms MS", "Webster MS",
        "Orville Wright Engineering And Design Magnet", "Laces HS"}},
  };
  return kCohorts;
}

std::string LocalDistrictOf(const std::string& school_name) {
  static const std::map<std::string, std::string> kByName = {
      // Northeast: Highland Park and the east San Fernando Valley.
      {"Garvanza Elementary Technology and Leadership Magnet", "Northeast"},
      {"San Pascual STEAM Magnet", "Northeast"}, {"Coldwater Canyon ES", "Northeast"},
      {"Telfair Avenue ES", "Northeast"}, {"James Madison MS", "Northeast"},
      {"Brainard ES", "Northeast"}, {"El Dorado ES", "Northeast"}, {"Ranchito ES", "Northeast"},
      {"San Fernando Institute For Applied Media", "Northeast"},
      {"Sara Coughlin ES", "Northeast"}, {"Pinewood ES", "Northeast"}, {"Poly HS", "Northeast"},
      // Northwest: the west San Fernando Valley.
      {"Vanalden Avenue ES", "Northwest"}, {"Canoga Park ES", "Northwest"},
      {"John A. Sutter MS", "Northwest"}, {"Portola MS", "Northwest"}, {"Hale MS", "Northwest"},
      {"Stagg ES", "Northwest"}, {"Lake Balboa College Preparatory Magnet K-12", "Northwest"},
      {"Frost MS", "Northwest"}, {"Mulholland MS", "Northwest"},
      {"Valley Academy Of Arts And Science HS", "Northwest"},
      // Central: downtown, Echo Park, Hollywood, the near south side.
      {"Rosemont Avenue ES", "Central"}, {"20th Street ES", "Central"},
      {"Joseph LeConte MS", "Central"}, {"Grant ES", "Central"},
      {"New Middle School Pathway", "Central"}, {"School Of History And Dramatic Arts", "Central"},
      {"Angelou Hs", "Central"}, {"Sal Castro MS", "Central"}, {"Manual Arts HS", "Central"},
      {"West Adams Prep", "Central"}, {"Nightingale MS", "Central"},
      {"Stem Hs @ Bernstein", "Central"}, {"24th Street ES", "Central"},
      // East: Boyle Heights and the southeast cities.
      {"Hope Street ES", "East"}, {"Lucille Roybal-Allard ES", "East"},
      {"Maywood Center for Enriched Studies (MaCES)", "East"},
      {"Perez Special Education Center/CTC", "East"},
      {"Orchard Academies 2C: Global Studies and Technology Academy", "East"},
      {"Primary Academy For Success", "East"}, {"Griffin ES", "East"}, {"Roosevelt HS", "East"},
      {"Mendez Hs", "East"}, {"Francisco Bravo HS", "East"},
      // South: South Los Angeles, Watts, the harbor area.
      {"Samuel Gompers MS", "South"}, {"Carson Street ES STEAM Academy", "South"},
      {"Bethune MS and MST Magnet", "South"}, {"Diego Rivera Performing Arts", "South"},
      {"52 Street ES", "South"}, {"Ambler ES", "South"}, {"Dymally Hs", "South"},
      {"Diego Rivera Comm & Tech", "South"}, {"Diego Rivera Grn Design", "South"},
      {"Carnegie MS", "South"}, {"Charles Drew MS", "South"}, {"Diego Rivera Pub Svc", "South"},
      // West: the Westside and Mid-City.
      {"West Hollywood ES", "West"}, {"Los Angeles HS", "West"}, {"Palisades Charter ES", "West"},
      {"Girls Academic Leadership Academy", "West"},
      {"Palisades Center for Enriched Studies", "West"}, {"Cowan ES", "West"},
      {"Mid-city's Prescott School Of Enriched Studies", "West"}, {"Western Ave ES", "West"},
      {"Windsor Hills ES", "West"}, {"Burroughs MS", "West"}, {"Palms MS", "West"},
      {"Webster MS", "West"}, {"Orville Wright Engineering And Design Magnet", "West"},
      {"Laces HS", "West"},
  };
  const auto it = kByName.find(school_name);
  return it == kByName.end() ? std::string() : it->second;
}

}  // namespace practica::demo
