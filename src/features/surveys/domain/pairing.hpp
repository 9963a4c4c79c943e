// Pre and post: a person's answers to the start-of-year and end-of-year forms of a series are
// stored under the same pseudonym, a keyed hash of who they are (auth::KeyedPseudonym with the
// series' key), so the results can show how each person moved without showing who. The key is
// forgotten once the series' last form closes: after that nobody, not even the district, can
// work out again whose pseudonym is whose. Until then it is kept in the database, so someone who
// can read the database could; only a start-and-end pair keeps pseudonyms at all.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "features/surveys/domain/question.hpp"

namespace practica::surveys {

// One value of one answer, under the pseudonym of the person who gave it.
struct PairedValue {
  std::string pseudonym;
  std::int64_t question_id = 0;
  std::string value;
};

// How one scaled question (agreement or indicator rating) moved between the two forms, over
// the people who answered it on both.
struct Change {
  std::string prompt;
  Kind kind = Kind::kAgreement;
  int pairs = 0;
  bool shown = false;  // at least kMinimumAnswers pairs: fewer are never shown, named or not
  double before = 0;   // the mean at the start, over the pairs
  double after = 0;    // the mean at the end
  int rose = 0, same = 0, fell = 0;
};

// For each scaled question of the end form (`after_questions`, every version) asked in the same
// words and kind on the start form, the change over the pseudonyms that answered it on both, in
// the end form's order (with no pairs when nobody answered both). A question asked on one form
// only and a text or choice question are left out; a pseudonym seen on one form only counts for
// nothing. Five people who each rose from 2 to 4 give before 2.0,
// after 4.0, rose 5; four such people are not shown.
std::vector<Change> PairedChanges(const std::vector<Question>& before_questions,
                                  const std::vector<PairedValue>& before,
                                  const std::vector<Question>& after_questions,
                                  const std::vector<PairedValue>& after);

// "2.8 → 3.6" with one decimal.
std::string MeanText(double mean);

}  // namespace practica::surveys
