#include "demo/program_setup.hpp"
#include "demo/try.hpp"

#include <string>
#include <vector>

#include "features/applications/store/setup_store.hpp"

namespace practica::demo {
namespace {

using applications::SetupStore;

// Word for word from the PS 3.0 Intent to Participate, "Guiding Questions for Participation".
std::vector<std::string> Ps3Questions() {
  return {
      "Do you have an experienced collaborative Instructional Leadership Team (ILT) that reflects the voices of "
      "multiple stakeholders from the school community and convenes on a regular basis to coordinate systematic "
      "school-wide instructional initiatives?",
      "Do you have a culture of collaborative learning, including a record of successfully overcoming challenges "
      "as a faculty and structures that support professional learning and growth?",
      "Does your school have systems in place to facilitate collaboration and calibration in instructional "
      "practice (i.e., common planning times, instructional rounds, etc.)?",
      "Does your school's instructional practices already reflect a concerted effort to leverage digital "
      "resources to uphold the skills and practices of the 2016 ISTE Standards for Students and/or the K-12 CS "
      "Framework as called for in the ITI Task Force Recommendations?",
      "Is it evident that your school understands that the ISTE Standards for Students and the K-12 CS Framework "
      "are about pedagogy, not leading with a tool?",
      "Is your school committed to interdisciplinary instructional design that promotes real-world applications?",
      "Is your staff open to reflecting upon and refining your instruction to enable students to thrive in a "
      "connected, digital world?",
      "Is your school site committed to becoming a part of a professional learning network and sharing your "
      "learning with others?",
      "Does your school support students with rigorous instructional practices that promote creativity and "
      "innovation guided by problem-based learning?",
  };
}

// "School Selection Criteria: Essential traits of a Practitioner School 3.0 include".
std::vector<std::string> Ps3Criteria() {
  return {
      "An experienced collaborative Instructional Leadership Team (ILT) that reflects the voices of multiple "
      "stakeholders from the school community and convenes on a regular basis to coordinate systematic "
      "school-wide instructional initiatives.",
      "A system in place to facilitate timely collaboration and calibration in instructional practices (i.e. "
      "common planning times, instructional rounds, etc.).",
      "Instructional practices already reflect alignment and/or a concerted effort to uphold the skills and "
      "practices of the 2016 ISTE Standards for Students and/or the K-12 CS Framework, and it is evident that "
      "the school understands that effective 21st century is about pedagogy, not tools.",
      "Ability to demonstrate there is a school-wide commitment to cultivate Innovative Designer skills and "
      "dispositions through interdisciplinary instruction.",
      "Dedicated digital resources and support infrastructures.",
      "A demonstrated effort to go beyond limitations of pre-packaged curricula.",
  };
}

// The PS 3.0 Intent to Participate, summarized for the demo.
std::string Ps3Agreement() {
  return "What this agreement is\n"
         "An agreement between the Instructional Technology Initiative (ITI) and each school selected for "
         "Practitioner Schools 3.0: Innovative Designer. The school uses the ISTE Standards for Students and the "
         "K-12 Computer Science Framework to work, with its Instructional Leadership Team, on a problem of "
         "practice through a cycle of reflection and refinement, and shares what it learns with the District.\n\n"
         "What the school commits to\n"
         "Before its coach (ITF) arrives: name an SSO lead and a Technology Support Lead; meet ITI with its "
         "leadership to agree on the coach's role; set regular planning time the coach joins; form an ID "
         "Practitioner Team of at least the principal (or a designee), a teacher and another teacher or support "
         "person; send three team members to every learning session; draft a professional learning plan; treat "
         "the work as school-wide; serve as a mentor school. In the first month of instruction: meet the coach "
         "on roles and check-ins, include the coach in ILT meetings, begin Common Sense Digital Citizenship "
         "certification (done by the 2018 Thanksgiving break) and register for a three-day Tech Planning Cohort. "
         "All year: open classrooms and planning teams to the coach and the team, attend the follow-up sessions, "
         "submit a technology plan, lead professional learning in banked time, let the coach package exemplar "
         "lessons for the District, answer periodic feedback forms, and host non-evaluative visits.\n\n"
         "What the District (ITI) commits to\n"
         "Assign an Instructional Technology Facilitator as an integrated member of the school's ILT, as an "
         "instructional thought partner (technical support stays with the ITD help desk); provide professional "
         "learning (digital citizenship, computer science offerings, the ISTE Suite); and help others learn from "
         "the school through visits and curated exemplars. ITI may collect data through focus groups, "
         "interviews, surveys, observations and artifacts.\n\n"
         "Funding\n"
         "ITI funds the coach. ITI cannot pay the school's team to attend the required face-to-face sessions: "
         "by applying, the school agrees to find the funds to send a three-member team to each of them.\n\n"
         "Duration and termination\n"
         "The agreement starts on acceptance, with a planning meeting in May 2018, and runs through the "
         "2018-2019 school year; the coach's direct support ends on June 7, 2019. ITI may retract the acceptance "
         "or the coach if the school cannot keep its commitments. When the principal or the instructional "
         "director changes, the new leadership reaffirms the commitments.\n\n"
         "Signatures\n"
         "The principal signs to request participation; the local district's instructional director signs to "
         "support the school in its commitments.";
}

// PS 4.0's Intent to Participate was Attachment A of its overview (May 20, 2019); the overview
// says what it covered, summarized here.
std::string Ps4Agreement() {
  return "What this agreement is\n"
         "An agreement between the Instructional Technology Initiative (ITI) and each school selected for "
         "Practitioner Schools 4.0: Global Collaborator, for the 2019-2020 school year. A designated team at the "
         "school approaches an identified problem of practice collaboratively and systematically to find "
         "effective, community-based solutions, with a focus on the Global Collaborator ISTE Standard.\n\n"
         "What the school commits to\n"
         "Use digital tools to connect with learners from a variety of backgrounds; use collaborative "
         "technologies to work within and across communities and teams; implement new approaches to teaching, "
         "learning and distributive leadership; build collaborative partnerships within and across schools; "
         "take part in inquiry-group meetings with other Practitioner Schools (lesson study, action research, "
         "text-based discussions); and share promising practices with other schools in the District.\n\n"
         "What the District (ITI) commits to\n"
         "Professional learning sessions, and a designated Instructional Technology Facilitator (ITF) assigned "
         "to the school to support the collaborative implementation of the Global Collaborator process.\n\n"
         "Funding, duration and termination\n"
         "As in Practitioner Schools 3.0: ITI funds the coach, the school funds its team's attendance at the "
         "learning sessions, support runs through the school year, and ITI may retract acceptance or the coach "
         "when commitments are not kept; new school or local district leadership reaffirms the commitments.";
}

core::Result<std::int64_t> At(const core::TimeZone& zone, int year, int month, int day, int hour) {
  return zone.ToUtc(core::LocalDateTime{{year, month, day}, hour, 0});
}

// PS 4.0 asked what PS 3.0 asked, with its own focus.
std::string ForPs4(std::string text) {
  const std::string from = "Innovative Designer";
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), "Global Collaborator");
  }
  return text;
}

}  // namespace

core::Result<void> AddProgramSetup(db::Connection& db, std::int64_t district_id, const core::TimeZone& zone) {
  SetupStore store(db, district_id);
  auto ps3 = store.FindCohort("ps-3-0");
  auto ps4 = ps3 ? store.FindCohort("ps-4-0") : std::unexpected(ps3.error());
  if (!ps4) return std::unexpected(ps4.error());
  if (!*ps3 || !*ps4) {
    return core::Fail(core::ErrorCode::kInternal, "The demo's cohorts are missing.", "ps-3-0 or ps-4-0 not loaded");
  }
  const auto ps3_id = (*ps3)->id;
  const auto ps4_id = (*ps4)->id;
  PRACTICA_TRY(store.ReplaceQuestions(ps3_id, Ps3Questions()));
  PRACTICA_TRY(store.ReplaceCriteria(ps3_id, Ps3Criteria()));
  const std::string join =
      "Join from your computer, tablet or smartphone: https://global.gotomeeting.com/join/269745029 . "
      "Or dial in: (312) 757-3121, access code 269-745-029.";
  for (int day : {14, 22}) {
    auto starts = At(zone, 2018, 3, day, 14);
    auto ends = At(zone, 2018, 3, day, 15);
    if (!starts) return std::unexpected(starts.error());
    if (!ends) return std::unexpected(ends.error());
    PRACTICA_TRY(store.AddQaSession(ps3_id, {0, *starts, *ends, join}));
  }
  PRACTICA_TRY(store.SetDates(ps3_id, {2018, 4, 9}, {2018, 5, 4}, core::LocalDate{2018, 5, 14}));
  auto ps3_published = At(zone, 2018, 3, 8, 8);
  if (!ps3_published) return std::unexpected(ps3_published.error());
  PRACTICA_TRY(store.PublishAgreement(ps3_id, "Intent to Participate: Practitioner Schools 3.0: Innovative Designer",
                                      Ps3Agreement(), *ps3_published, 0));

  std::vector<std::string> questions;
  for (auto& q : Ps3Questions()) questions.push_back(ForPs4(q));
  std::vector<std::string> criteria;
  for (auto& c : Ps3Criteria()) criteria.push_back(ForPs4(c));
  PRACTICA_TRY(store.ReplaceQuestions(ps4_id, questions));
  PRACTICA_TRY(store.ReplaceCriteria(ps4_id, criteria));
  PRACTICA_TRY(store.NoteCopiedFrom(ps4_id, ps3_id));
  auto ps4_published = At(zone, 2019, 5, 20, 8);
  if (!ps4_published) return std::unexpected(ps4_published.error());
  PRACTICA_TRY(store.PublishAgreement(ps4_id, "Intent to Participate: Practitioner Schools 4.0: Global Collaborator",
                                      Ps4Agreement(), *ps4_published, 0));
  return {};
}

}  // namespace practica::demo
