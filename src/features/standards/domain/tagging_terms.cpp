// The CS Framework's names are its own (k12cs.org); the one-line summaries are our paraphrase.
// The grade bands are the framework's own (it writes its progressions by these bands).
#include "features/standards/domain/tagging_terms.hpp"

namespace practica::standards {

const std::vector<TaggingTerm>& TaggingTerms() {
  static const std::vector<TaggingTerm> kTerms = {
      {"cs_concept", "CS", "Computing Systems", "Devices, hardware and software, and troubleshooting them."},
      {"cs_concept", "NI", "Networks and the Internet", "How computers connect, and keeping data secure."},
      {"cs_concept", "DA", "Data and Analysis", "Collecting, storing, visualising data and building models from it."},
      {"cs_concept", "AP", "Algorithms and Programming", "Algorithms, variables, control, modularity and program development."},
      {"cs_concept", "IC", "Impacts of Computing", "Culture, social interactions, safety, law and ethics."},
      {"cs_practice", "P1", "Fostering an Inclusive Computing Culture", "Include many perspectives when designing."},
      {"cs_practice", "P2", "Collaborating Around Computing", "Work in teams, give and take feedback."},
      {"cs_practice", "P3", "Recognizing and Defining Computational Problems", "Find problems computing can help solve."},
      {"cs_practice", "P4", "Developing and Using Abstractions", "Find patterns and build reusable parts."},
      {"cs_practice", "P5", "Creating Computational Artifacts", "Plan and make programs, models and media."},
      {"cs_practice", "P6", "Testing and Refining Computational Artifacts", "Test, debug and improve what was made."},
      {"cs_practice", "P7", "Communicating About Computing", "Explain and document computing work."},
      {"grade_band", "K-2", "Kindergarten to grade 2", ""},
      {"grade_band", "3-5", "Grades 3 to 5", ""},
      {"grade_band", "6-8", "Grades 6 to 8", ""},
      {"grade_band", "9-12", "Grades 9 to 12", ""},
      {"subject", "ela", "English Language Arts", ""},
      {"subject", "math", "Mathematics", ""},
      {"subject", "science", "Science", ""},
      {"subject", "history", "History-Social Science", ""},
      {"subject", "arts", "Arts", ""},
      {"subject", "cs", "Computer Science", ""},
      {"subject", "languages", "World Languages", ""},
      {"subject", "pe-health", "Physical Education and Health", ""},
      {"subject", "cte", "Career Technical Education", ""},
      {"subject", "interdisciplinary", "Interdisciplinary", ""},
  };
  return kTerms;
}

}  // namespace practica::standards
