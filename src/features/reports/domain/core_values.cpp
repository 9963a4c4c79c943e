#include "features/reports/domain/core_values.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace practica::reports {
namespace {

// Quoted from the Task Force's "Vision, Mission, & Core Values" (seed 004), as it wrote them.
constexpr std::array<CoreValue, 6> kValues{{
    {"personalized", 1, "Differentiated and Personalized Teaching and Learning",
     "Teachers use adaptive and non-adaptive digital content and provide differentiated tasks, pathways, and "
     "playlists for student learning."},
    {"data_driven", 2, "Data-Driven Decisions That Support Mastery-Based Learning",
     "Teachers use technology to check for understanding and inform individual student grouping and "
     "instructional strategies."},
    {"integrated", 3, "Integrated Digital Content and Learning Tools",
     "Teachers and students use technology and digital media strategically and capably."},
    {"creators", 4, "Students as Creators and Producers",
     "Students transfer knowledge by producing artifacts. Students move beyond consumption of information "
     "towards creation and production."},
    {"agency", 5, "Student Agency and Ownership of Learning",
     "Teachers prepare students to use technology and digital media strategically and capably."},
    {"improvement", 6, "Commitment to Ongoing Improvement",
     "Students, educators, parents, and the community revise the instructional technology program based on "
     "its results and the evolving technology."},
}};

constexpr std::array<EvidenceKind, 10> kEvidence{{
    {"agreements", "Agreements signed"},
    {"teams", "Practitioner teams"},
    {"coaching", "Coaching hours"},
    {"commitments", "Commitments verified"},
    {"sessions", "Learning sessions attended"},
    {"challenges", "Design challenges"},
    {"exemplars", "Exemplar lessons"},
    {"feedback", "Feedback forms answered"},
    {"plans", "Technology plans"},
    {"certification", "Digital citizenship certification"},
}};

int Position(std::string_view evidence) {
  for (std::size_t i = 0; i < kEvidence.size(); ++i) {
    if (kEvidence[i].key == evidence) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::span<const CoreValue> CoreValues() { return kValues; }
std::span<const EvidenceKind> EvidenceKinds() { return kEvidence; }

const CoreValue* FindValue(std::string_view key) {
  auto it = std::find_if(kValues.begin(), kValues.end(), [&](const CoreValue& v) { return v.key == key; });
  return it == kValues.end() ? nullptr : &*it;
}

const EvidenceKind* FindEvidence(std::string_view key) {
  const int at = Position(key);
  return at < 0 ? nullptr : &kEvidence[static_cast<std::size_t>(at)];
}

EvidenceChoice DefaultEvidence() {
  return {
      {"personalized", {"coaching", "exemplars"}},
      {"data_driven", {"commitments", "feedback"}},
      {"integrated", {"sessions", "certification"}},
      {"creators", {"challenges", "exemplars"}},
      {"agency", {"challenges", "certification"}},
      {"improvement", {"agreements", "teams", "feedback", "plans"}},
  };
}

core::Result<void> CheckChoice(const EvidenceChoice& choice) {
  for (const auto& [value, kinds] : choice) {
    const std::string field = "evidence." + value;
    if (FindValue(value) == nullptr) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "\"" + value + "\" is not one of the Task Force's six core values.", {}, field);
    }
    std::set<std::string_view> seen;
    for (const auto& kind : kinds) {
      if (FindEvidence(kind) == nullptr) {
        return core::Fail(core::ErrorCode::kInvalidInput,
                          "\"" + kind + "\" is not evidence the program holds; choose among agreements, teams, "
                          "coaching, commitments, sessions, challenges, exemplars, feedback, plans and certification.",
                          {}, field);
      }
      if (!seen.insert(kind).second) {
        return core::Fail(core::ErrorCode::kInvalidInput,
                          "\"" + kind + "\" is named twice under " + std::string(FindValue(value)->title) + ".", {},
                          field);
      }
    }
  }
  return {};
}

}  // namespace practica::reports
