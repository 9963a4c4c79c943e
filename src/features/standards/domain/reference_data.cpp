// The wording here is a short paraphrase for navigation, not ISTE's published text.
#include "features/standards/domain/standard.hpp"

namespace practica::standards {

const std::vector<Standard>& IsteStudentStandards() {
  static const std::vector<Standard> kStandards = {
      {"1.1", "students", "Empowered Learner",
       "Students take an active role in choosing, reaching and showing their learning goals, "
       "using technology to do it.",
       {{"1.1.a", "Set personal learning goals and plan how to reach them with technology."},
        {"1.1.b", "Build networks and learning environments that support their learning."},
        {"1.1.c", "Use technology to get feedback that improves their practice."},
        {"1.1.d", "Understand technology's basic concepts and transfer that knowledge."}}},
      {"1.2", "students", "Digital Citizen",
       "Students recognise the rights, responsibilities and opportunities of living, learning "
       "and working in a connected digital world, and act safely, legally and ethically.",
       {{"1.2.a", "Cultivate and manage their digital identity and reputation."},
        {"1.2.b", "Behave positively, safely, legally and ethically online."},
        {"1.2.c", "Respect the rights and obligations of using intellectual property."},
        {"1.2.d", "Manage personal data and privacy, and understand data collection."}}},
      {"1.3", "students", "Knowledge Constructor",
       "Students curate resources with digital tools to build knowledge, make meaningful "
       "learning experiences and create artifacts.",
       {{"1.3.a", "Plan and use effective research strategies."},
        {"1.3.b", "Evaluate the accuracy, credibility and relevance of sources."},
        {"1.3.c", "Curate information into collections that show connections."},
        {"1.3.d", "Explore real-world issues to build knowledge and pursue answers."}}},
      {"1.4", "students", "Innovative Designer",
       "Students use a design process with a variety of technologies to identify and solve "
       "problems by creating new, useful or imaginative solutions.",
       {{"1.4.a", "Use a deliberate design process to generate ideas and solve problems."},
        {"1.4.b", "Plan and manage design work within constraints."},
        {"1.4.c", "Develop, test and refine prototypes in a cyclical design process."},
        {"1.4.d", "Tolerate ambiguity, persevere and work with open-ended problems."}}},
      {"1.5", "students", "Computational Thinker",
       "Students develop and use strategies for understanding and solving problems in ways "
       "that use the power of technological methods.",
       {{"1.5.a", "Formulate problems suited to technology-assisted methods."},
        {"1.5.b", "Collect or identify data sets and analyse them to solve problems."},
        {"1.5.c", "Break problems into parts and build models to understand them."},
        {"1.5.d", "Understand automation and use algorithmic thinking."}}},
      {"1.6", "students", "Creative Communicator",
       "Students communicate clearly and express themselves creatively, choosing the platforms, "
       "tools, styles and media that suit their goals.",
       {{"1.6.a", "Choose the right platforms and tools for the goal."},
        {"1.6.b", "Create original works or remix digital resources responsibly."},
        {"1.6.c", "Communicate complex ideas with visualisations, models or simulations."},
        {"1.6.d", "Publish or present content customised for its audience."}}},
      {"1.7", "students", "Global Collaborator",
       "Students use digital tools to broaden their perspectives and enrich their learning by "
       "working with others locally and globally.",
       {{"1.7.a", "Connect with learners of varied backgrounds and cultures."},
        {"1.7.b", "Use collaborative technologies to examine issues from several viewpoints."},
        {"1.7.c", "Contribute constructively to project teams in varied roles."},
        {"1.7.d", "Explore local and global issues with others to investigate solutions."}}},
  };
  return kStandards;
}

const std::vector<SamrLevel>& SamrLevels() {
  static const std::vector<SamrLevel> kLevels = {
      {"S", "Substitution", "Technology stands in for a tool, with no change to the task."},
      {"A", "Augmentation", "Technology stands in for a tool and improves how the task works."},
      {"M", "Modification", "Technology allows the task to be substantially redesigned."},
      {"R", "Redefinition", "Technology allows new tasks that were not possible before."},
  };
  return kLevels;
}

}  // namespace practica::standards
