// A form's results as the pages, the API and the exports show them: each version's questions
// with their distributions and text answers, over the group a filter names, and only where the
// privacy floor (privacy.hpp) lets that group be shown.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/surveys/domain/privacy.hpp"
#include "features/surveys/domain/question.hpp"

namespace practica::surveys {

// One answer as results count it. `person_id` is absent on an anonymous form.
struct ResponseFact {
  std::int64_t id = 0;
  int version = 1;
  std::optional<std::int64_t> person_id;
  std::optional<std::int64_t> school_id;
  std::optional<std::int64_t> cohort_id;
};

struct AnswerRow {
  std::int64_t response_id = 0;
  std::int64_t question_id = 0;
  std::string value;
};

// One invitation as the response rates count it: where the person was invited through, and
// whether they answered. No name: the rates need none.
struct InvitedFact {
  std::optional<std::int64_t> school_id;
  std::optional<std::int64_t> cohort_id;
  bool answered = false;
};

// The group keys a filter names: kWholeForm, "cohort:<id>" or "school:<id>" (0: none).
std::string CohortKey(const std::optional<std::int64_t>& cohort_id);
std::string SchoolKey(const std::optional<std::int64_t>& school_id);
bool InGroup(const ResponseFact& fact, const std::string& key);
// The whole form, each cohort and each school (inside its cohort) with their answer counts.
std::vector<Group> GroupsOf(const std::vector<ResponseFact>& facts);

struct Tally {
  std::string value;
  std::string label;
  int count = 0;
};

struct QuestionResult {
  Question question;
  int answered = 0;             // responses that answered it
  std::vector<Tally> tallies;   // one per option, in the options' order
  std::vector<std::string> texts;  // text answers, sorted so their order tells nothing
};

struct VersionResult {
  int version = 1;
  int responses = 0;  // in the group; 0 when not shown
  bool shown = false;
  std::vector<QuestionResult> questions;
};

struct ResultsInput {
  const std::vector<Question>& questions;  // of every version
  const std::vector<ResponseFact>& facts;
  const std::vector<AnswerRow>& answers;
  bool anonymous = false;
};

// Each version's results over the group `key`, newest version first. A version whose group the
// privacy floor hides comes back with shown = false and no figures.
std::vector<VersionResult> ResultsFor(const ResultsInput& input, const std::string& key);

// The CSV export's rows over the group `key`, the header first. A named form's rows name the
// person and school (from `names`, by person id and "school:<id>"); an anonymous form's carry
// no name, school or cohort, only versions the floor shows, and are sorted by their answers.
std::vector<std::vector<std::string>> ExportRows(const ResultsInput& input, const std::string& key,
                                                 const std::map<std::string, std::string>& names);

}  // namespace practica::surveys
