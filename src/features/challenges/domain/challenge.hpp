// A school's design challenge: its problem of practice, the "How might we …" statement written
// from it, the action steps for the year and the cycles of reflect-and-refine. Plain values and
// the rules a change must pass before it is stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::challenges {

// What the team sees in its school: the data behind the problem and who it touches.
struct ProblemOfPractice {
  std::string statement;  // "Our students with disabilities are seldom in rigorous lessons."
  std::string evidence;   // figures, student voice from empathy interviews, observations
  std::string links;      // one address a line: data, attachments kept elsewhere
  std::string affects;    // "Students with IEPs in grades 3-5 and their teachers"
};

// kInvalidInput naming the field when the statement or its evidence is empty: a problem of
// practice rests on what the data shows.
[[nodiscard]] core::Result<ProblemOfPractice> CheckProblem(ProblemOfPractice problem);

// kInvalidInput (field "statement") unless the text reads as a question that starts "How might
// we" and says what, e.g. "How might we reimagine our PD …?". Answers the trimmed text.
[[nodiscard]] core::Result<std::string> CheckStatement(std::string_view text);

// An ISTE indicator the statement targets, from the standards room's reference data.
struct Indicator {
  std::string code;           // "1.4.c"
  std::string standard_code;  // "1.4"
  std::string text;
};

// The chosen indicator codes, each known, without repeats, the cohort's focus standard's first
// (1.4 Innovative Designer for PS 3.0), then in code order. kInvalidInput (field "indicators")
// when none is chosen or one is not an ISTE indicator.
[[nodiscard]] core::Result<std::vector<std::string>> CheckIndicators(const std::vector<std::string>& chosen,
                                                                     const std::vector<Indicator>& known,
                                                                     std::string_view focus_standard);

// A K-12 CS Framework core practice a statement may also target, from the standards room's
// reference data ("P3", "Recognizing and Defining Computational Problems").
struct Practice {
  std::string code;
  std::string name;
};

// The chosen practices, each known, without repeats, in the Framework's order; none is fine (the
// seeds ask for them "where it fits"). kInvalidInput (field "cs_practices") for an unknown code.
[[nodiscard]] core::Result<std::vector<std::string>> CheckPractices(const std::vector<std::string>& chosen,
                                                                    const std::vector<Practice>& known);

// Splits "1.4.a, 1.4.c" or "1.4.a 1.4.c" into codes.
std::vector<std::string> SplitCodes(std::string_view text);
std::string JoinCodes(const std::vector<std::string>& codes);

}  // namespace practica::challenges
