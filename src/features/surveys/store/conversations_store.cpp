#include "features/surveys/store/conversations_store.hpp"

#include <map>

#include "db/stored_file.hpp"

namespace practica::surveys {
namespace {

// The columns every conversation read shares, in this order.
constexpr std::string_view kColumns =
    "SELECT v.id, v.kind, v.title, v.held_on, v.cohort_id, c.number, v.school_id, s.name, v.notes, v.illustrative,"
    " p.display_name, v.created_at FROM survey_conversations v"
    " JOIN published_cohorts c ON c.district_id = v.district_id AND c.id = v.cohort_id"
    " LEFT JOIN published_schools s ON s.district_id = v.district_id AND s.id = v.school_id"
    " LEFT JOIN published_people p ON p.district_id = v.district_id AND p.id = v.created_by";

ConversationRecord ReadRecord(const db::Row& row) {
  ConversationRecord r;
  r.id = row.Int(0);
  r.conversation.kind = ParseConversationKind(row.Text(1)).value_or(ConversationKind::kFocusGroup);
  r.conversation.title = row.String(2);
  r.conversation.held_on = row.OptionalDate(3).value_or(core::LocalDate{});
  r.cohort_id = row.Int(4);
  r.cohort_name = "PS " + row.String(5);
  r.school_id = row.OptionalInt(6);
  r.school_name = row.String(7);
  r.conversation.notes = row.String(8);
  r.illustrative = row.Int(9) != 0;
  r.recorded_by = row.String(10);
  r.created_at = row.Int(11);
  return r;
}

}  // namespace

core::Result<std::int64_t> ConversationsStore::Add(const Conversation& c, std::int64_t cohort_id,
                                                   std::optional<std::int64_t> school_id, std::int64_t by,
                                                   std::int64_t now, bool illustrative) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO survey_conversations (district_id, id, kind, title, held_on, cohort_id, school_id, notes,"
      " illustrative, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {district_id_, *id, std::string(ConversationKindCode(c.kind)), c.title, core::FormatIsoDate(c.held_on), cohort_id,
       db::Nullable(school_id), c.notes, static_cast<std::int64_t>(illustrative ? 1 : 0), by, now});
  if (!added) return std::unexpected(added.error());
  for (const auto& [role, count] : c.people) {
    auto person = db_.Exec(
        "INSERT INTO survey_conversation_people (district_id, conversation_id, role, people) VALUES ($1, $2, $3, $4)",
        {district_id_, *id, role, static_cast<std::int64_t>(count)});
    if (!person) return std::unexpected(person.error());
  }
  return *id;
}

core::Result<std::vector<ConversationRecord>> ConversationsStore::All() {
  std::vector<ConversationRecord> records;
  std::map<std::int64_t, std::size_t> at;
  auto done = db_.Execute(std::string(kColumns) + " WHERE v.district_id = $1 ORDER BY v.held_on DESC, v.id DESC",
                          {district_id_}, [&](const db::Row& row) {
                            at[row.Int(0)] = records.size();
                            records.push_back(ReadRecord(row));
                          });
  if (!done) return std::unexpected(done.error());
  auto people = db_.Execute(
      "SELECT conversation_id, role, people FROM survey_conversation_people WHERE district_id = $1", {district_id_},
      [&](const db::Row& row) {
        auto found = at.find(row.Int(0));
        if (found != at.end()) records[found->second].conversation.people[row.String(1)] = static_cast<int>(row.Int(2));
      });
  if (!people) return std::unexpected(people.error());
  auto files = db_.Execute(
      "SELECT conversation_id, id, file_name, content_type, size_bytes, uploaded_at FROM survey_conversation_files"
      " WHERE district_id = $1 ORDER BY id",
      {district_id_}, [&](const db::Row& row) {
        auto found = at.find(row.Int(0));
        if (found == at.end()) return;
        records[found->second].files.push_back({row.Int(1), row.String(2), row.String(3), row.Int(4), row.Int(5)});
      });
  if (!files) return std::unexpected(files.error());
  return records;
}

core::Result<std::optional<ConversationRecord>> ConversationsStore::Find(std::int64_t id) {
  std::optional<ConversationRecord> record;
  auto done = db_.Execute(std::string(kColumns) + " WHERE v.district_id = $1 AND v.id = $2", {district_id_, id},
                          [&](const db::Row& row) { record = ReadRecord(row); });
  if (!done) return std::unexpected(done.error());
  if (!record) return record;
  auto people = db_.Execute(
      "SELECT role, people FROM survey_conversation_people WHERE district_id = $1 AND conversation_id = $2",
      {district_id_, id},
      [&](const db::Row& row) { record->conversation.people[row.String(0)] = static_cast<int>(row.Int(1)); });
  if (!people) return std::unexpected(people.error());
  auto files = db_.Execute(
      "SELECT id, file_name, content_type, size_bytes, uploaded_at FROM survey_conversation_files"
      " WHERE district_id = $1 AND conversation_id = $2 ORDER BY id",
      {district_id_, id},
      [&](const db::Row& row) { record->files.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3), row.Int(4)}); });
  if (!files) return std::unexpected(files.error());
  return record;
}

core::Result<ConversationFile> ConversationsStore::AddFile(std::int64_t conversation_id, ConversationFile file,
                                                           std::string_view bytes, std::int64_t by, std::int64_t now) {
  auto id = db::InsertStoredFile(db_, "survey_conversation_files", district_id_, {{"conversation_id", conversation_id}},
                                 {file.file_name, file.content_type, bytes, by, now});
  if (!id) return std::unexpected(id.error());
  file.id = *id;
  file.size_bytes = static_cast<std::int64_t>(bytes.size());
  file.uploaded_at = now;
  return file;
}

core::Result<std::optional<std::string>> ConversationsStore::FileBytes(std::int64_t conversation_id,
                                                                       std::int64_t file_id) {
  return db::ReadStoredFile(
      db_, "SELECT content_base64 FROM survey_conversation_files WHERE district_id = $1 AND conversation_id = $2 AND id = $3",
      {district_id_, conversation_id, file_id});
}

core::Result<std::vector<PlaceChoice>> ConversationsStore::Cohorts() {
  std::vector<PlaceChoice> cohorts;
  auto done = db_.Execute(
      "SELECT id, slug, number, title, school_year FROM published_cohorts WHERE district_id = $1"
      " ORDER BY school_year DESC, id DESC",
      {district_id_}, [&](const db::Row& row) {
        cohorts.push_back({row.Int(0), row.String(1), "PS " + row.String(2) + " · " + row.String(3) + " (" + row.String(4) + ")"});
      });
  if (!done) return std::unexpected(done.error());
  return cohorts;
}

core::Result<std::vector<PlaceChoice>> ConversationsStore::Schools() {
  std::vector<PlaceChoice> schools;
  auto done = db_.Execute(
      "SELECT s.id, s.slug, s.name FROM published_schools s WHERE s.district_id = $1 AND EXISTS"
      " (SELECT 1 FROM published_participations p WHERE p.district_id = s.district_id AND p.school_id = s.id)"
      " ORDER BY s.name, s.id",
      {district_id_}, [&](const db::Row& row) { schools.push_back({row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return schools;
}

core::Result<std::optional<PlaceChoice>> ConversationsStore::CohortBySlug(std::string_view slug) {
  std::optional<PlaceChoice> cohort;
  auto done = db_.Execute("SELECT id, slug, number FROM published_cohorts WHERE district_id = $1 AND slug = $2",
                          {district_id_, std::string(slug)},
                          [&](const db::Row& row) { cohort = PlaceChoice{row.Int(0), row.String(1), "PS " + row.String(2)}; });
  if (!done) return std::unexpected(done.error());
  return cohort;
}

core::Result<std::optional<PlaceChoice>> ConversationsStore::SchoolOfCohort(std::int64_t cohort_id, std::string_view slug) {
  std::optional<PlaceChoice> school;
  auto done = db_.Execute(
      "SELECT s.id, s.slug, s.name FROM published_participations p JOIN published_schools s"
      " ON s.district_id = p.district_id AND s.id = p.school_id"
      " WHERE p.district_id = $1 AND p.cohort_id = $2 AND s.slug = $3",
      {district_id_, cohort_id, std::string(slug)},
      [&](const db::Row& row) { school = PlaceChoice{row.Int(0), row.String(1), row.String(2)}; });
  if (!done) return std::unexpected(done.error());
  return school;
}

}  // namespace practica::surveys
