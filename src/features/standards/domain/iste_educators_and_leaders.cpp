// The ISTE Standards for the adults in the program: for Educators (2017), what teachers and coaches
// grow into, and for Education Leaders (2018), what principals and leadership teams do. ISTE
// publishes 24 educator and 22 leader indicators; each is here, in a short paraphrase of our own
// for navigation, not ISTE's published text.
#include "features/standards/domain/standard.hpp"

namespace practica::standards {

const std::vector<Standard>& IsteEducatorStandards() {
  static const std::vector<Standard> kStandards = {
      {"2.1", kEducatorsFamily, "Learner",
       "Educators keep growing as professionals, learning alongside colleagues and testing which "
       "uses of technology help students learn.",
       {{"2.1.a", "Set goals for trying teaching approaches technology makes possible, and reflect on how they work."},
        {"2.1.b", "Build and take part in learning networks, near and far, around their professional interests."},
        {"2.1.c", "Keep up with research, the learning sciences included, on what improves student outcomes."}}},
      {"2.2", kEducatorsFamily, "Leader",
       "Educators take up leadership to help students succeed and to improve teaching and "
       "learning around them.",
       {{"2.2.a", "Work with the school community toward a shared vision of learning empowered by technology."},
        {"2.2.b", "Speak up for fair access to technology, good digital content and learning for every student."},
        {"2.2.c", "Show colleagues how to find, try, judge, curate and adopt new digital tools and resources."}}},
      {"2.3", kEducatorsFamily, "Citizen",
       "Educators help students take part in the digital world responsibly and contribute to it "
       "for the better.",
       {{"2.3.a", "Give students chances to contribute online in positive, responsible and empathetic ways."},
        {"2.3.b", "Build a culture of curiosity and critical reading of online sources, growing media literacy."},
        {"2.3.c", "Guide students in safe, legal and ethical use of digital tools, respecting intellectual property."},
        {"2.3.d", "Model care of personal data and digital identity, and protect students' data privacy."}}},
      {"2.4", kEducatorsFamily, "Collaborator",
       "Educators make time to work with colleagues and students to improve practice, share "
       "resources and solve problems.",
       {{"2.4.a", "Plan with colleagues to create authentic learning experiences that use technology."},
        {"2.4.b", "Learn alongside students as they discover new digital resources and fix technology problems."},
        {"2.4.c", "Use collaboration tools to connect students with experts, teams and students near and far."},
        {"2.4.d", "Communicate with students, families and colleagues with cultural competence, as partners."}}},
      {"2.5", kEducatorsFamily, "Designer",
       "Educators design authentic, learner-driven activities and environments that make room for "
       "how students differ.",
       {{"2.5.a", "Use technology to create, adapt and personalise learning so every student can work independently."},
        {"2.5.b", "Design authentic activities aligned with content standards, using digital tools for deep learning."},
        {"2.5.c", "Apply instructional design principles to build engaging digital learning environments."}}},
      {"2.6", kEducatorsFamily, "Facilitator",
       "Educators guide learning with technology so that students reach the ISTE Standards for "
       "Students.",
       {{"2.6.a", "Build a culture where students own their learning goals and results, alone and in groups."},
        {"2.6.b", "Manage technology and learning strategies online, in virtual spaces, makerspaces and the field."},
        {"2.6.c", "Challenge students to solve problems with a design process or computational thinking."},
        {"2.6.d", "Model and encourage creativity and creative expression in sharing ideas."}}},
      {"2.7", kEducatorsFamily, "Analyst",
       "Educators read and use data to steer their teaching and to help students reach their "
       "learning goals.",
       {{"2.7.a", "Offer students several ways, technology among them, to show what they know."},
        {"2.7.b", "Use technology for varied formative and summative assessments with timely feedback."},
        {"2.7.c", "Use assessment data to guide progress and share it with students, families and others."}}},
  };
  return kStandards;
}

const std::vector<Standard>& IsteLeaderStandards() {
  static const std::vector<Standard> kStandards = {
      {"3.1", kLeadersFamily, "Equity and Citizenship Advocate",
       "Leaders use technology to widen equity and inclusion and to build digital citizenship.",
       {{"3.1.a", "Make sure every student has teachers skilled at using technology to meet their needs."},
        {"3.1.b", "Make sure every student has the devices and connection that engaging learning needs."},
        {"3.1.c", "Model digital citizenship: weigh online sources, keep discussion civil, use tools for good."},
        {"3.1.d", "Cultivate safe, ethical, legal and responsible behaviour online."}}},
      {"3.2", kLeadersFamily, "Visionary Planner",
       "Leaders work with their community on a vision for learning with technology, a plan to "
       "reach it and a regular check on progress.",
       {{"3.2.a", "Involve the community in shaping and adopting a shared vision, informed by the learning sciences."},
        {"3.2.b", "Turn the shared vision into a strategic plan, written together, for how technology helps learning."},
        {"3.2.c", "Evaluate the plan's progress, correct course, measure impact and grow what works."},
        {"3.2.d", "Keep stakeholders informed, hear their input, celebrate successes and keep improving."},
        {"3.2.e", "Share lessons, practices, challenges and results with other education leaders."}}},
      {"3.3", kLeadersFamily, "Empowering Leader",
       "Leaders build a culture in which teachers and students are free to use technology in new "
       "ways that enrich learning.",
       {{"3.3.a", "Give educators professional agency, grow teacher leaders and support personal learning paths."},
        {"3.3.b", "Build educators' confidence and skill with the ISTE Standards for Students and Educators."},
        {"3.3.c", "Make time and space for innovation, collaboration and experiments with digital learning."},
        {"3.3.d", "Help educators use technology to meet students' learning, cultural and social-emotional needs."},
        {"3.3.e", "Develop assessments that give a personal, usable and timely view of each student's progress."}}},
      {"3.4", kLeadersFamily, "Systems Designer",
       "Leaders build the teams and systems that put technology for learning in place, keep it "
       "running and improve it.",
       {{"3.4.a", "Lead teams in building the infrastructure and systems the strategic plan needs."},
        {"3.4.b", "Make sure the resources for using technology well are enough and can grow."},
        {"3.4.c", "Protect privacy and security: students and staff follow sound data policies."},
        {"3.4.d", "Build partnerships that advance the vision, reach its goals and save money."}}},
      {"3.5", kLeadersFamily, "Connected Learner",
       "Leaders keep learning professionally and encourage others to do the same.",
       {{"3.5.a", "Set goals to stay current on emerging technologies for learning."},
        {"3.5.b", "Take part regularly in online professional networks, learning with and mentoring others."},
        {"3.5.c", "Use technology to reflect regularly on their practice and grow as leaders."},
        {"3.5.d", "Build the skills to lead change and foster continuous improvement."}}},
  };
  return kStandards;
}

}  // namespace practica::standards
