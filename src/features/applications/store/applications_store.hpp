// Schools' applications in the database: the draft, its attachments, its status and the
// extensions the program office grants.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/applications/domain/application.hpp"

namespace practica::applications {

using SchoolRef = core::SchoolRef;

struct StoredFile {
  AttachmentInfo info;
  std::string bytes;
};

class ApplicationsStore {
 public:
  ApplicationsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  // With answers, ratings and the attachments' descriptions (not their bytes).
  [[nodiscard]] core::Result<std::optional<Application>> Find(std::int64_t cohort_id, const SchoolRef& school);
  // A new draft. kConflict when the school already applied to the cohort.
  [[nodiscard]] core::Result<Application> Start(std::int64_t cohort_id, const SchoolRef& school,
                                                std::int64_t person_id, std::int64_t now);
  // Writes the answers and ratings given; the others stay as they were.
  [[nodiscard]] core::Result<void> SaveDraft(std::int64_t application_id, const std::vector<Answer>& answers,
                                             const std::vector<Rating>& ratings, std::int64_t now);
  [[nodiscard]] core::Result<void> SetStatus(std::int64_t application_id, Status status, std::int64_t now);

  [[nodiscard]] core::Result<AttachmentInfo> AddAttachment(std::int64_t application_id, AttachmentInfo info,
                                                           std::string_view bytes, std::int64_t person_id);
  [[nodiscard]] core::Result<std::optional<StoredFile>> ReadAttachment(std::int64_t application_id,
                                                                       std::int64_t attachment_id);
  // The attachment removed, or nullopt when the application has no such attachment.
  [[nodiscard]] core::Result<std::optional<AttachmentInfo>> RemoveAttachment(std::int64_t application_id,
                                                                             std::int64_t attachment_id);

  // The newest extension granted to the school for the cohort.
  [[nodiscard]] core::Result<std::optional<Extension>> CurrentExtension(std::int64_t cohort_id,
                                                                        std::int64_t school_id);
  [[nodiscard]] core::Result<void> AddExtension(std::int64_t cohort_id, std::int64_t school_id,
                                                const Extension& extension, std::int64_t person_id);

 private:
  core::Result<void> LoadParts(Application& application);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::applications
