#include "features/surveys/store/surveys_store.hpp"

#include <random>
#include <set>

#include "auth/secrets.hpp"
#include "features/surveys/domain/schedule.hpp"

namespace practica::surveys {
namespace {

constexpr std::string_view kFormColumns =
    "SELECT id, title, intro, anonymous, audience_kind, cohort_id, offering_id, opens_at, closes_at,"
    " current_version, illustrative, created_by, series_id, series_position, series_label, day_numbers"
    " FROM survey_forms";

Form FormOf(const db::Row& row) {
  return Form{row.Int(0), row.String(1), row.String(2), row.Int(3) == 1, row.String(4), row.OptionalInt(5),
              row.OptionalInt(6), row.Int(7), row.Int(8), static_cast<int>(row.Int(9)), row.Int(10) == 1,
              row.Int(11), row.OptionalInt(12), static_cast<int>(row.OptionalInt(13).value_or(0)), row.String(14),
              row.String(15)};
}

constexpr std::string_view kQuestionColumns =
    "SELECT id, version, position, section, kind, prompt, required, choices, indicator FROM survey_questions";

Question QuestionOf(const db::Row& row) {
  Question q;
  q.id = row.Int(0);
  q.version = static_cast<int>(row.Int(1));
  q.position = static_cast<int>(row.Int(2));
  q.section = row.String(3);
  q.kind = ParseKind(row.String(4)).value_or(Kind::kShortText);
  q.prompt = row.String(5);
  q.required = row.Int(6) == 1;
  q.choices = ChoicesFromLines(row.String(7));
  q.indicator = row.String(8);
  return q;
}

constexpr std::string_view kInvitationColumns =
    "SELECT i.person_id, p.display_name, p.email, i.school_id, i.cohort_id, i.token, i.invited_at,"
    " i.reminded_at, i.answered, i.form_id FROM survey_invitations i"
    " JOIN published_people p ON p.district_id = i.district_id AND p.id = i.person_id";

Invitation InvitationRow(const db::Row& row) {
  return Invitation{Invitee{row.Int(0), row.String(1), row.String(2), row.OptionalInt(3), row.OptionalInt(4)},
                    row.String(5), row.Int(6), row.OptionalInt(7), row.Int(8) == 1, row.Int(9)};
}

// Who each audience kind holds, with the school and cohort they belong to through it. $1 is the
// district, $2 the cohort (or, for attendees, the learning session).
std::string AudienceSql(const std::string& kind) {
  const std::string person =
      " JOIN published_people p ON p.district_id = $1 AND p.id = x.person_id AND p.active = 1";
  if (kind == "team") {
    return "SELECT x.person_id, p.display_name, p.email, x.school_id, x.cohort_id FROM published_team_members x" +
           person + " WHERE x.district_id = $1 AND x.cohort_id = $2 AND x.removed_at IS NULL";
  }
  if (kind == "coaches") {
    return "SELECT x.person_id, p.display_name, p.email, NULL, x.cohort_id FROM (SELECT DISTINCT"
           " coach_person_id AS person_id, cohort_id FROM published_participation_coaches WHERE district_id = $1"
           " AND cohort_id = $2 AND ended_at IS NULL) x" + person;
  }
  if (kind == "attendees") {
    return "SELECT x.person_id, p.display_name, p.email, r.school_id, o.cohort_id FROM published_learning_attendees x"
           " JOIN published_learning_registrations r ON r.district_id = x.district_id AND r.id = x.registration_id"
           " JOIN published_learning_offerings o ON o.district_id = r.district_id AND o.id = r.offering_id" +
           person + " WHERE x.district_id = $1 AND r.offering_id = $2 AND x.removed_at IS NULL"
           " AND r.cancelled_at IS NULL";
  }
  const std::string role = kind == "principals" ? " AND x.role = 'principal'" : "";
  return "SELECT x.person_id, p.display_name, p.email, x.school_id, pa.cohort_id FROM published_school_staff x"
         " JOIN published_participations pa ON pa.district_id = x.district_id AND pa.school_id = x.school_id" +
         person + " WHERE x.district_id = $1 AND pa.cohort_id = $2" + role;
}

// An anonymous answer's number is drawn at random: numbered from the district's sequence, the
// answers' order would line up with the audit log's "Answered" entries, which name the person.
std::int64_t RandomResponseId() {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  return std::uniform_int_distribution<std::int64_t>(1, (std::int64_t{1} << 53) - 1)(random);
}

}  // namespace

core::Result<std::int64_t> SurveysStore::CreateForm(const Form& f, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO survey_forms (district_id, id, title, intro, anonymous, audience_kind, cohort_id, offering_id,"
      " opens_at, closes_at, current_version, illustrative, created_by, created_at, series_id, series_position,"
      " series_label, day_numbers)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $13, $14, $15, $16, $17)",
      {district_id_, *id, f.title, f.intro, static_cast<std::int64_t>(f.anonymous ? 1 : 0), f.audience_kind,
       db::Nullable(f.cohort_id), db::Nullable(f.offering_id), f.opens_at, f.closes_at,
       static_cast<std::int64_t>(f.illustrative ? 1 : 0), f.created_by, now, db::Nullable(f.series_id),
       f.series_id ? db::Value{static_cast<std::int64_t>(f.series_position)} : db::Value{nullptr}, f.series_label,
       f.day_numbers});
  if (!added) return std::unexpected(added.error());
  return *id;
}

core::Result<std::optional<Form>> SurveysStore::Find(std::int64_t form_id) {
  std::optional<Form> form;
  auto done = db_.Execute(std::string(kFormColumns) + " WHERE district_id = $1 AND id = $2", {district_id_, form_id},
                          [&](const db::Row& row) { form = FormOf(row); });
  if (!done) return std::unexpected(done.error());
  return form;
}

core::Result<std::vector<Form>> SurveysStore::Forms() {
  std::vector<Form> forms;
  auto done = db_.Execute(std::string(kFormColumns) + " WHERE district_id = $1 ORDER BY opens_at DESC, id DESC",
                          {district_id_}, [&](const db::Row& row) { forms.push_back(FormOf(row)); });
  if (!done) return std::unexpected(done.error());
  return forms;
}

core::Result<std::vector<Form>> SurveysStore::FormsOfSeries(std::int64_t series_id) {
  std::vector<Form> forms;
  auto done = db_.Execute(std::string(kFormColumns) + " WHERE district_id = $1 AND series_id = $2 ORDER BY series_position",
                          {district_id_, series_id}, [&](const db::Row& row) { forms.push_back(FormOf(row)); });
  if (!done) return std::unexpected(done.error());
  return forms;
}

core::Result<std::vector<Question>> SurveysStore::Questions(std::int64_t form_id, int version) {
  std::vector<Question> questions;
  auto done = db_.Execute(
      std::string(kQuestionColumns) + " WHERE district_id = $1 AND form_id = $2 AND version = $3 ORDER BY position, id",
      {district_id_, form_id, static_cast<std::int64_t>(version)},
      [&](const db::Row& row) { questions.push_back(QuestionOf(row)); });
  if (!done) return std::unexpected(done.error());
  return questions;
}

core::Result<std::vector<Question>> SurveysStore::AllQuestions(std::int64_t form_id) {
  std::vector<Question> questions;
  auto done = db_.Execute(
      std::string(kQuestionColumns) + " WHERE district_id = $1 AND form_id = $2 ORDER BY version, position, id",
      {district_id_, form_id}, [&](const db::Row& row) { questions.push_back(QuestionOf(row)); });
  if (!done) return std::unexpected(done.error());
  return questions;
}

core::Result<std::int64_t> SurveysStore::AddQuestion(std::int64_t form_id, const Question& q) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO survey_questions (district_id, id, form_id, version, position, section, kind, prompt, required,"
      " choices, indicator) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {district_id_, *id, form_id, static_cast<std::int64_t>(q.version), static_cast<std::int64_t>(q.position),
       q.section, std::string(KindCode(q.kind)), q.prompt, static_cast<std::int64_t>(q.required ? 1 : 0),
       ChoicesToLines(q.choices), q.indicator});
  if (!added) return std::unexpected(added.error());
  return *id;
}

core::Result<std::optional<Question>> SurveysStore::FindQuestion(std::int64_t form_id, std::int64_t question_id) {
  std::optional<Question> found;
  auto done = db_.Execute(std::string(kQuestionColumns) + " WHERE district_id = $1 AND form_id = $2 AND id = $3",
                          {district_id_, form_id, question_id}, [&](const db::Row& row) { found = QuestionOf(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<void> SurveysStore::UpdateQuestion(const Question& q) {
  auto changed = db_.Exec(
      "UPDATE survey_questions SET section = $3, kind = $4, prompt = $5, required = $6, choices = $7, indicator = $8,"
      " position = $9 WHERE district_id = $1 AND id = $2",
      {district_id_, q.id, q.section, std::string(KindCode(q.kind)), q.prompt,
       static_cast<std::int64_t>(q.required ? 1 : 0), ChoicesToLines(q.choices), q.indicator,
       static_cast<std::int64_t>(q.position)});
  if (!changed) return std::unexpected(changed.error());
  return {};
}

core::Result<void> SurveysStore::RemoveQuestion(std::int64_t question_id) {
  auto removed = db_.Exec("DELETE FROM survey_questions WHERE district_id = $1 AND id = $2", {district_id_, question_id});
  if (!removed) return std::unexpected(removed.error());
  return {};
}

core::Result<int> SurveysStore::NewVersion(const Form& form) {
  auto questions = Questions(form.id, form.current_version);
  if (!questions) return std::unexpected(questions.error());
  const int next = form.current_version + 1;
  for (auto q : *questions) {
    q.version = next;
    if (auto added = AddQuestion(form.id, q); !added) return std::unexpected(added.error());
  }
  auto bumped = db_.Exec("UPDATE survey_forms SET current_version = $3 WHERE district_id = $1 AND id = $2",
                         {district_id_, form.id, static_cast<std::int64_t>(next)});
  if (!bumped) return std::unexpected(bumped.error());
  return next;
}

core::Result<std::int64_t> SurveysStore::ResponsesTo(std::int64_t form_id, std::optional<int> version) {
  std::int64_t count = 0;
  db::Params params{district_id_, form_id};
  std::string sql = "SELECT COUNT(*) FROM survey_responses WHERE district_id = $1 AND form_id = $2";
  if (version) {
    params.push_back(static_cast<std::int64_t>(*version));
    sql += " AND version = $3";
  }
  auto done = db_.Execute(sql, params, [&](const db::Row& row) { count = row.Int(0); });
  if (!done) return std::unexpected(done.error());
  return count;
}

core::Result<std::vector<Invitee>> SurveysStore::ResolveAudience(const Form& form) {
  std::vector<Invitee> people;
  std::set<std::int64_t> seen;
  const auto whose = form.audience_kind == "attendees" ? form.offering_id : form.cohort_id;
  if (!whose) return people;
  auto sql = AudienceSql(form.audience_kind);
  if (auto days = PresentOn(form); !days) {
    return std::unexpected(days.error());
  } else {
    sql += *days;
  }
  auto done = db_.Execute(sql + " ORDER BY 2, 1", {district_id_, *whose},
                          [&](const db::Row& row) {
                            if (!seen.insert(row.Int(0)).second) return;
                            people.push_back(Invitee{row.Int(0), row.String(1), row.String(2), row.OptionalInt(3),
                                                     row.OptionalInt(4)});
                          });
  if (!done) return std::unexpected(done.error());
  return people;
}

// After a meeting, the attendees marked present on its days; every attendee while its attendance
// has not been taken (the form then asks the session's attendees rather than nobody).
core::Result<std::string> SurveysStore::PresentOn(const Form& form) {
  const auto numbers = ParseDayNumbers(form.day_numbers);
  if (form.audience_kind != "attendees" || numbers.empty() || !form.offering_id) return std::string();
  std::string in;
  for (const int n : numbers) in += (in.empty() ? "" : ", ") + std::to_string(n);
  auto taken = db_.QueryInt("SELECT COUNT(*) FROM published_learning_attendance WHERE district_id = $1"
                            " AND offering_id = $2 AND day_number IN (" + in + ")",
                            {district_id_, *form.offering_id});
  if (!taken) return std::unexpected(taken.error());
  if (taken->value_or(0) == 0) return std::string();
  return " AND EXISTS (SELECT 1 FROM published_learning_attendance a WHERE a.district_id = $1 AND a.offering_id = $2"
         " AND a.person_id = x.person_id AND a.present = 1 AND a.day_number IN (" + in + "))";
}

core::Result<void> SurveysStore::Invite(std::int64_t form_id, const Invitee& who, const std::string& token,
                                        std::int64_t now) {
  auto added = db_.Exec(
      "INSERT INTO survey_invitations (district_id, form_id, person_id, school_id, cohort_id, token, invited_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, form_id, who.person_id, db::Nullable(who.school_id), db::Nullable(who.cohort_id), token, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

core::Result<std::vector<Invitation>> SurveysStore::Invitations(std::int64_t form_id) {
  std::vector<Invitation> list;
  auto done = db_.Execute(std::string(kInvitationColumns) + " WHERE i.district_id = $1 AND i.form_id = $2"
                          " ORDER BY p.display_name, i.person_id",
                          {district_id_, form_id}, [&](const db::Row& row) { list.push_back(InvitationRow(row)); });
  if (!done) return std::unexpected(done.error());
  return list;
}

core::Result<std::optional<Invitation>> SurveysStore::ByToken(const std::string& token) {
  std::optional<Invitation> found;
  auto done = db_.Execute(std::string(kInvitationColumns) + " WHERE i.district_id = $1 AND i.token = $2",
                          {district_id_, token}, [&](const db::Row& row) { found = InvitationRow(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::optional<Invitation>> SurveysStore::InvitationOf(std::int64_t form_id, std::int64_t person_id) {
  std::optional<Invitation> found;
  auto done = db_.Execute(std::string(kInvitationColumns) +
                              " WHERE i.district_id = $1 AND i.form_id = $2 AND i.person_id = $3",
                          {district_id_, form_id, person_id}, [&](const db::Row& row) { found = InvitationRow(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<Invitation>> SurveysStore::InvitationsFor(std::int64_t person_id) {
  std::vector<Invitation> list;
  auto done = db_.Execute(std::string(kInvitationColumns) + " WHERE i.district_id = $1 AND i.person_id = $2"
                          " ORDER BY i.invited_at DESC, i.form_id DESC",
                          {district_id_, person_id}, [&](const db::Row& row) { list.push_back(InvitationRow(row)); });
  if (!done) return std::unexpected(done.error());
  return list;
}

core::Result<void> SurveysStore::MarkReminded(std::int64_t form_id, std::int64_t person_id, std::int64_t now) {
  auto done = db_.Exec("UPDATE survey_invitations SET reminded_at = $4 WHERE district_id = $1 AND form_id = $2"
                       " AND person_id = $3",
                       {district_id_, form_id, person_id, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::int64_t> SurveysStore::SaveResponse(const Form& form, int version, const Invitation& invitation,
                                                      const std::vector<Value>& values, std::int64_t now,
                                                      bool illustrative) {
  // The completion first, guarded by answered = 0: of two answers racing, one finds it taken.
  auto completed = db_.Exec("UPDATE survey_invitations SET answered = 1 WHERE district_id = $1 AND form_id = $2"
                            " AND person_id = $3 AND answered = 0",
                            {district_id_, form.id, invitation.invitee.person_id});
  if (!completed) return std::unexpected(completed.error());
  if (*completed == 0) {
    return core::Fail(core::ErrorCode::kConflict, "You have already answered this form; each person answers once.");
  }
  auto id = form.anonymous ? core::Result<std::int64_t>(RandomResponseId()) : db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto pseudonym = PseudonymOf(form, invitation.invitee.person_id);
  if (!pseudonym) return std::unexpected(pseudonym.error());
  const auto person = form.anonymous ? db::Value{nullptr} : db::Value{invitation.invitee.person_id};
  const auto at = form.anonymous ? db::Value{nullptr} : db::Value{now};
  auto added = db_.Exec(
      "INSERT INTO survey_responses (district_id, id, form_id, version, person_id, school_id, cohort_id, submitted_at,"
      " illustrative, pseudonym) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, *id, form.id, static_cast<std::int64_t>(version), person, db::Nullable(invitation.invitee.school_id),
       db::Nullable(invitation.invitee.cohort_id), at, static_cast<std::int64_t>(illustrative ? 1 : 0),
       pseudonym->empty() ? db::Value{nullptr} : db::Value{*pseudonym}});
  if (!added) return std::unexpected(added.error());
  for (const auto& v : values) {
    auto row = db_.Exec("INSERT INTO survey_answers (district_id, response_id, question_id, value) VALUES ($1, $2, $3, $4)",
                        {district_id_, *id, v.question_id, v.value});
    if (!row) return std::unexpected(row.error());
  }
  return *id;
}

core::Result<std::vector<std::pair<Form, Invitation>>> SurveysStore::UnansweredClosing(std::int64_t from,
                                                                                      std::int64_t until) {
  std::vector<std::pair<Form, Invitation>> due;
  std::map<std::int64_t, Form> forms;
  auto read = db_.Execute(std::string(kFormColumns) + " WHERE district_id = $1 AND closes_at >= $2 AND closes_at < $3",
                          {district_id_, from, until}, [&](const db::Row& row) {
                            auto f = FormOf(row);
                            forms.emplace(f.id, std::move(f));
                          });
  if (!read) return std::unexpected(read.error());
  for (const auto& [id, form] : forms) {
    auto done = db_.Execute(std::string(kInvitationColumns) + " WHERE i.district_id = $1 AND i.form_id = $2"
                                " AND i.answered = 0 ORDER BY i.person_id",
                            {district_id_, id}, [&](const db::Row& row) { due.emplace_back(form, InvitationRow(row)); });
    if (!done) return std::unexpected(done.error());
  }
  return due;
}

core::Result<std::string> SurveysStore::PseudonymOf(const Form& form, std::int64_t person_id) {
  if (!form.series_id) return std::string();
  // Only a start-and-end pair links one person's answers: the other series have nothing to pair,
  // and every link kept is one more way back to who answered an anonymous form.
  std::string key;
  auto read = db_.Execute("SELECT pairing_key FROM survey_series WHERE district_id = $1 AND id = $2"
                          " AND rhythm = 'pre_post'",
                          {district_id_, *form.series_id}, [&](const db::Row& row) { key = row.String(0); });
  if (!read) return std::unexpected(read.error());
  return auth::KeyedPseudonym(key, "person:" + std::to_string(person_id));
}

core::Result<std::vector<PairedValue>> SurveysStore::PairedValues(std::int64_t form_id) {
  std::vector<PairedValue> values;
  auto done = db_.Execute(
      "SELECT r.pseudonym, a.question_id, a.value FROM survey_responses r JOIN survey_answers a"
      " ON a.district_id = r.district_id AND a.response_id = r.id"
      " WHERE r.district_id = $1 AND r.form_id = $2 AND r.pseudonym IS NOT NULL",
      {district_id_, form_id},
      [&](const db::Row& row) { values.push_back(PairedValue{row.String(0), row.Int(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return values;
}

core::Result<std::vector<ResponseFact>> SurveysStore::Responses(std::int64_t form_id) {
  std::vector<ResponseFact> facts;
  auto done = db_.Execute(
      "SELECT id, version, person_id, school_id, cohort_id FROM survey_responses WHERE district_id = $1"
      " AND form_id = $2 ORDER BY id",
      {district_id_, form_id}, [&](const db::Row& row) {
        facts.push_back(ResponseFact{row.Int(0), static_cast<int>(row.Int(1)), row.OptionalInt(2), row.OptionalInt(3),
                                     row.OptionalInt(4)});
      });
  if (!done) return std::unexpected(done.error());
  return facts;
}

core::Result<std::vector<AnswerRow>> SurveysStore::Answers(std::int64_t form_id) {
  std::vector<AnswerRow> rows;
  auto done = db_.Execute(
      "SELECT a.response_id, a.question_id, a.value FROM survey_answers a JOIN survey_responses r"
      " ON r.district_id = a.district_id AND r.id = a.response_id WHERE a.district_id = $1 AND r.form_id = $2",
      {district_id_, form_id}, [&](const db::Row& row) { rows.push_back({row.Int(0), row.Int(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<std::vector<InvitedFact>> SurveysStore::InvitedFacts(std::int64_t form_id) {
  std::vector<InvitedFact> facts;
  auto done = db_.Execute(
      "SELECT school_id, cohort_id, answered FROM survey_invitations WHERE district_id = $1 AND form_id = $2",
      {district_id_, form_id},
      [&](const db::Row& row) { facts.push_back({row.OptionalInt(0), row.OptionalInt(1), row.Int(2) == 1}); });
  if (!done) return std::unexpected(done.error());
  return facts;
}

core::Result<std::vector<Offering>> SurveysStore::Offerings() {
  std::vector<Offering> offerings;
  auto done = db_.Execute(
      "SELECT id, slug, title FROM published_learning_offerings WHERE district_id = $1 AND cancelled_at IS NULL"
      " ORDER BY id DESC",
      {district_id_}, [&](const db::Row& row) { offerings.push_back({row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return offerings;
}

core::Result<std::map<std::string, std::string>> SurveysStore::Names(std::int64_t form_id, bool with_people) {
  std::map<std::string, std::string> names{{"school:0", "No school (coaches)"}, {"cohort:0", "No cohort"}};
  auto schools = db_.Execute(
      "SELECT s.id, s.name FROM published_schools s WHERE s.district_id = $1 AND s.id IN"
      " (SELECT school_id FROM survey_invitations WHERE district_id = $1 AND form_id = $2)",
      {district_id_, form_id}, [&](const db::Row& row) { names["school:" + std::to_string(row.Int(0))] = row.String(1); });
  if (!schools) return std::unexpected(schools.error());
  auto cohorts = db_.Execute(
      "SELECT c.id, c.number FROM published_cohorts c WHERE c.district_id = $1 AND c.id IN"
      " (SELECT cohort_id FROM survey_invitations WHERE district_id = $1 AND form_id = $2)",
      {district_id_, form_id}, [&](const db::Row& row) { names["cohort:" + std::to_string(row.Int(0))] = "PS " + row.String(1); });
  if (!cohorts) return std::unexpected(cohorts.error());
  if (!with_people) return names;
  auto people = db_.Execute(
      "SELECT p.id, p.display_name FROM published_people p WHERE p.district_id = $1 AND p.id IN"
      " (SELECT person_id FROM survey_invitations WHERE district_id = $1 AND form_id = $2)",
      {district_id_, form_id}, [&](const db::Row& row) { names["person:" + std::to_string(row.Int(0))] = row.String(1); });
  if (!people) return std::unexpected(people.error());
  return names;
}

}  // namespace practica::surveys
