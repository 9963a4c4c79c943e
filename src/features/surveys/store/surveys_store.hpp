// The surveys room's storage: forms and their versioned questions, the recorded audience with
// each person's link, and the answers (with no person on an anonymous form).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/surveys/domain/answer.hpp"
#include "features/kit/events.hpp"
#include "features/surveys/domain/completion.hpp"
#include "features/surveys/domain/pairing.hpp"
#include "features/surveys/domain/question.hpp"
#include "features/surveys/domain/results.hpp"

namespace practica::surveys {

struct Form {
  std::int64_t id = 0;
  std::string title;
  std::string intro;
  bool anonymous = false;
  std::string audience_kind;  // "team", "principals", "coaches", "staff", "attendees"
  std::optional<std::int64_t> cohort_id;
  std::optional<std::int64_t> offering_id;
  std::int64_t opens_at = 0;
  std::int64_t closes_at = 0;
  int current_version = 1;
  bool illustrative = false;
  std::int64_t created_by = 0;
  // Of a series (series_store.hpp): which, its place and its label ("After day 3 (…)").
  std::optional<std::int64_t> series_id;
  int series_position = 0;
  std::string series_label;
  std::string day_numbers;  // attendees present on these days of the session ("1,2"); "" all
};

// A person of the audience as Practica knows them, with the school and cohort they belong to
// through it (none for a coach).
struct Invitee {
  std::int64_t person_id = 0;
  std::string name;
  std::string email;
  std::optional<std::int64_t> school_id;
  std::optional<std::int64_t> cohort_id;
};

struct Invitation {
  Invitee invitee;
  std::string token;
  std::int64_t invited_at = 0;
  std::optional<std::int64_t> reminded_at;
  bool answered = false;
  std::int64_t form_id = 0;
};

struct Offering {
  std::int64_t id = 0;
  std::string slug;
  std::string title;
};

class SurveysStore {
 public:
  SurveysStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}
  db::Connection& Connection() { return db_; }
  std::int64_t DistrictId() const { return district_id_; }

  [[nodiscard]] core::Result<std::int64_t> CreateForm(const Form& form, std::int64_t now);
  [[nodiscard]] core::Result<std::optional<Form>> Find(std::int64_t form_id);
  // Newest first.
  [[nodiscard]] core::Result<std::vector<Form>> Forms();
  // The forms of a series, by place.
  [[nodiscard]] core::Result<std::vector<Form>> FormsOfSeries(std::int64_t series_id);

  // The questions of one version, by position.
  [[nodiscard]] core::Result<std::vector<Question>> Questions(std::int64_t form_id, int version);
  [[nodiscard]] core::Result<std::vector<Question>> AllQuestions(std::int64_t form_id);
  [[nodiscard]] core::Result<std::int64_t> AddQuestion(std::int64_t form_id, const Question& question);
  // kNotFound when the form holds no such question.
  [[nodiscard]] core::Result<std::optional<Question>> FindQuestion(std::int64_t form_id, std::int64_t question_id);
  [[nodiscard]] core::Result<void> UpdateQuestion(const Question& question);
  [[nodiscard]] core::Result<void> RemoveQuestion(std::int64_t question_id);
  // Copies the current version's questions into the next and makes it current; its number.
  [[nodiscard]] core::Result<int> NewVersion(const Form& form);
  [[nodiscard]] core::Result<std::int64_t> ResponsesTo(std::int64_t form_id, std::optional<int> version);

  // The people the form's audience holds today, from the rooms' published views.
  [[nodiscard]] core::Result<std::vector<Invitee>> ResolveAudience(const Form& form);
  [[nodiscard]] core::Result<void> Invite(std::int64_t form_id, const Invitee& who, const std::string& token,
                                          std::int64_t now);
  [[nodiscard]] core::Result<std::vector<Invitation>> Invitations(std::int64_t form_id);
  [[nodiscard]] core::Result<std::optional<Invitation>> ByToken(const std::string& token);
  [[nodiscard]] core::Result<std::optional<Invitation>> InvitationOf(std::int64_t form_id, std::int64_t person_id);
  // The person's invitations to forms, newest first.
  [[nodiscard]] core::Result<std::vector<Invitation>> InvitationsFor(std::int64_t person_id);
  // The invitations not answered to forms closing in [from, until), with their forms: the day
  // before a form closes, the daily plan reminds them.
  [[nodiscard]] core::Result<std::vector<std::pair<Form, Invitation>>> UnansweredClosing(std::int64_t from,
                                                                                         std::int64_t until);
  [[nodiscard]] core::Result<void> MarkReminded(std::int64_t form_id, std::int64_t person_id, std::int64_t now);

  // Stores one answer and records the completion. The person and the instant are kept only on a
  // named form. kConflict when the completion was already recorded (a second answer racing).
  [[nodiscard]] core::Result<std::int64_t> SaveResponse(const Form& form, int version, const Invitation& invitation,
                                                        const std::vector<Value>& values, std::int64_t now,
                                                        bool illustrative = false);
  [[nodiscard]] core::Result<std::vector<ResponseFact>> Responses(std::int64_t form_id);

  // completion.cpp: takes the form's row for the rest of the transaction, so that answers to it
  // are counted one after another: two answers racing past half a school's staff on PostgreSQL
  // would each count the other out and neither would see the school reach it.
  [[nodiscard]] core::Result<void> LockForm(std::int64_t form_id);
  // Whether the invitation's answers speak for a school's staff (commitment 19): lock the form
  // before storing such an answer.
  static bool SpeaksForStaff(const Form& form, const Invitation& invitation);
  // Those asked through the school and those of them who answered.
  [[nodiscard]] core::Result<Completion> CompletionAt(std::int64_t form_id, std::int64_t school_id);
  // After an answer is stored: the evidence for the school's feedback commitment (19) when this
  // answer is the one that brought its staff who answered past half of those asked, dated `day`;
  // none otherwise (a form to principals or coaches, an answer with no school, half or fewer, or
  // most already before it). On an anonymous form the evidence is the form's author's, never
  // the person's who answered.
  [[nodiscard]] core::Result<std::optional<features::FeedbackAnswered>> EvidenceOfAnswer(
      const Form& form, const Invitation& invitation, const core::LocalDate& day, std::int64_t now);
  // One person's answer, whole, as the answer route and the demo both store it: the form locked
  // when the answer speaks for a school's staff, the answer saved, and the commitment 19
  // evidence it brings (EvidenceOfAnswer on `now`'s day in `zone`), which the caller emits in
  // the same transaction.
  struct Answered {
    std::int64_t response_id = 0;
    std::optional<features::FeedbackAnswered> evidence;
  };
  [[nodiscard]] core::Result<Answered> RecordAnswer(const Form& form, const Invitation& invitation,
                                                    const std::vector<Value>& values, std::int64_t now,
                                                    const core::TimeZone& zone, bool illustrative = false);
  // Every answer of the form, in no particular order (the results count them and sort what
  // they show; sorting 60,000 answers in the database cost the results page a third of its time).
  [[nodiscard]] core::Result<std::vector<AnswerRow>> Answers(std::int64_t form_id);
  // Each invitation's school, cohort and whether it was answered, in no particular order.
  [[nodiscard]] core::Result<std::vector<InvitedFact>> InvitedFacts(std::int64_t form_id);
  // A series form's answers under their pseudonyms (none where the answer has none).
  [[nodiscard]] core::Result<std::vector<PairedValue>> PairedValues(std::int64_t form_id);

  // The learning sessions an audience can be drawn from, newest first.
  [[nodiscard]] core::Result<std::vector<Offering>> Offerings();
  // Names for results and exports: "school:<id>" and "cohort:<id>" of the form's answers, and
  // with `people` "person:<id>" of its invitations (only a named form's export shows them; on
  // a form to a district's staff that is 26,000 names the pages would read for nothing).
  [[nodiscard]] core::Result<std::map<std::string, std::string>> Names(std::int64_t form_id, bool people);

 private:
  [[nodiscard]] core::Result<std::string> PresentOn(const Form& form);
  // The pseudonym a start-and-end pair's answer is kept under: "" off such a series, or once its
  // key is forgotten.
  [[nodiscard]] core::Result<std::string> PseudonymOf(const Form& form, std::int64_t person_id);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::surveys
