// The surveys room's record of focus groups and interviews (survey_conversations and their
// people and files), and the cohorts and schools a conversation may be held with, read through
// the cohorts, schools and participations rooms' published views.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/surveys/domain/conversation.hpp"

namespace practica::surveys {

struct ConversationFile {
  std::int64_t id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::int64_t uploaded_at = 0;
};

struct ConversationRecord {
  std::int64_t id = 0;
  Conversation conversation;
  std::int64_t cohort_id = 0;
  std::string cohort_name;  // "PS 3.0"
  std::optional<std::int64_t> school_id;
  std::string school_name;  // "" for the whole cohort
  bool illustrative = false;
  std::string recorded_by;  // the person's name
  std::int64_t created_at = 0;
  std::vector<ConversationFile> files;
};

// A cohort or a school to choose in the form.
struct PlaceChoice {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
};

class ConversationsStore {
 public:
  ConversationsStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::int64_t> Add(const Conversation& conversation, std::int64_t cohort_id,
                                               std::optional<std::int64_t> school_id, std::int64_t by,
                                               std::int64_t now, bool illustrative = false);
  // Every conversation, the latest held first, with its files' names (not their bytes).
  [[nodiscard]] core::Result<std::vector<ConversationRecord>> All();
  // One conversation with its files, or nullopt.
  [[nodiscard]] core::Result<std::optional<ConversationRecord>> Find(std::int64_t id);

  [[nodiscard]] core::Result<ConversationFile> AddFile(std::int64_t conversation_id, ConversationFile file,
                                                       std::string_view bytes, std::int64_t by, std::int64_t now);
  // The file's bytes, or nullopt when the conversation keeps no such file.
  [[nodiscard]] core::Result<std::optional<std::string>> FileBytes(std::int64_t conversation_id, std::int64_t file_id);

  // The cohorts, newest first ("PS 3.0 · Innovative Designer (2018-2019)"), and the schools of
  // any cohort by name: what the form offers.
  [[nodiscard]] core::Result<std::vector<PlaceChoice>> Cohorts();
  [[nodiscard]] core::Result<std::vector<PlaceChoice>> Schools();
  // The cohort at that address ("ps-3-0"; its name "PS 3.0"), or nullopt.
  [[nodiscard]] core::Result<std::optional<PlaceChoice>> CohortBySlug(std::string_view slug);
  // The school at that address when it is one of the cohort's schools, else nullopt.
  [[nodiscard]] core::Result<std::optional<PlaceChoice>> SchoolOfCohort(std::int64_t cohort_id, std::string_view slug);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::surveys
