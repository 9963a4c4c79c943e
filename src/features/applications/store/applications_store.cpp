#include "features/applications/store/applications_store.hpp"
#include "features/schools/published/school_refs.hpp"

#include "core/base64.hpp"

namespace practica::applications {

core::Result<std::optional<SchoolRef>> ApplicationsStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<std::optional<Application>> ApplicationsStore::Find(std::int64_t cohort_id,
                                                                 const SchoolRef& school) {
  std::optional<Application> found;
  auto done = db_.Execute(
      "SELECT id, status, started_at, submitted_at FROM applications"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school.id}, [&](const db::Row& row) {
        Application application;
        application.id = row.Int(0);
        application.cohort_id = cohort_id;
        application.school_id = school.id;
        application.school_name = school.name;
        application.status = ParseStatus(row.Text(1)).value_or(Status::kDraft);
        application.started_at = row.Int(2);
        if (!row.IsNull(3)) application.submitted_at = row.Int(3);
        found = std::move(application);
      });
  if (!done) return std::unexpected(done.error());
  if (found) {
    if (auto parts = LoadParts(*found); !parts) return std::unexpected(parts.error());
  }
  return found;
}

core::Result<void> ApplicationsStore::LoadParts(Application& application) {
  const db::Params key{district_id_, application.id};
  auto answers = db_.Execute(
      "SELECT question_id, text FROM application_answers WHERE district_id = $1 AND application_id = $2",
      key, [&](const db::Row& row) { application.answers.push_back({row.Int(0), row.String(1)}); });
  if (!answers) return std::unexpected(answers.error());
  auto ratings = db_.Execute(
      "SELECT criterion_id, COALESCE(rating, 0), evidence FROM application_ratings"
      " WHERE district_id = $1 AND application_id = $2",
      key, [&](const db::Row& row) {
        application.ratings.push_back({row.Int(0), static_cast<int>(row.Int(1)), row.String(2)});
      });
  if (!ratings) return std::unexpected(ratings.error());
  auto files = db_.Execute(
      "SELECT id, file_name, content_type, size_bytes, uploaded_at FROM application_attachments"
      " WHERE district_id = $1 AND application_id = $2 ORDER BY uploaded_at, id",
      key, [&](const db::Row& row) {
        application.attachments.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3), row.Int(4)});
      });
  if (!files) return std::unexpected(files.error());
  return {};
}

core::Result<Application> ApplicationsStore::Start(std::int64_t cohort_id, const SchoolRef& school,
                                                   std::int64_t person_id, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto inserted = db_.Exec(
      "INSERT INTO applications (district_id, id, cohort_id, school_id, status, started_by, started_at,"
      " updated_at) VALUES ($1, $2, $3, $4, 'draft', $5, $6, $6)",
      {district_id_, *id, cohort_id, school.id, person_id, now});
  if (!inserted) return std::unexpected(inserted.error());
  Application application;
  application.id = *id;
  application.cohort_id = cohort_id;
  application.school_id = school.id;
  application.school_name = school.name;
  application.started_at = now;
  return application;
}

core::Result<void> ApplicationsStore::SaveDraft(std::int64_t application_id, const std::vector<Answer>& answers,
                                                const std::vector<Rating>& ratings, std::int64_t now) {
  for (const auto& answer : answers) {
    auto saved = db_.Exec(
        "INSERT INTO application_answers (district_id, application_id, question_id, text)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT (district_id, application_id, question_id)"
        " DO UPDATE SET text = excluded.text",
        {district_id_, application_id, answer.question_id, answer.text});
    if (!saved) return std::unexpected(saved.error());
  }
  for (const auto& rating : ratings) {
    auto saved = db_.Exec(
        "INSERT INTO application_ratings (district_id, application_id, criterion_id, rating, evidence)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (district_id, application_id, criterion_id)"
        " DO UPDATE SET rating = excluded.rating, evidence = excluded.evidence",
        {district_id_, application_id, rating.criterion_id,
         rating.score == 0 ? db::Value{nullptr} : db::Value{std::int64_t{rating.score}}, rating.evidence});
    if (!saved) return std::unexpected(saved.error());
  }
  auto touched = db_.Exec("UPDATE applications SET updated_at = $3 WHERE district_id = $1 AND id = $2",
                          {district_id_, application_id, now});
  if (!touched) return std::unexpected(touched.error());
  return {};
}

core::Result<void> ApplicationsStore::SetStatus(std::int64_t application_id, Status status, std::int64_t now) {
  auto updated = db_.Exec(
      "UPDATE applications SET status = $3, updated_at = $4,"
      " submitted_at = CASE WHEN $3 = 'submitted' THEN $4 ELSE submitted_at END"
      " WHERE district_id = $1 AND id = $2",
      {district_id_, application_id, std::string(StatusCode(status)), now});
  if (!updated) return std::unexpected(updated.error());
  return {};
}

core::Result<AttachmentInfo> ApplicationsStore::AddAttachment(std::int64_t application_id, AttachmentInfo info,
                                                              std::string_view bytes, std::int64_t person_id) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  info.id = *id;
  info.size_bytes = static_cast<std::int64_t>(bytes.size());
  auto inserted = db_.Exec(
      "INSERT INTO application_attachments (district_id, id, application_id, file_name, content_type,"
      " size_bytes, content_base64, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, info.id, application_id, info.file_name, info.content_type, info.size_bytes,
       core::EncodeBase64(bytes), person_id, info.uploaded_at});
  if (!inserted) return std::unexpected(inserted.error());
  return info;
}

core::Result<std::optional<StoredFile>> ApplicationsStore::ReadAttachment(std::int64_t application_id,
                                                                          std::int64_t attachment_id) {
  std::optional<StoredFile> found;
  bool damaged = false;
  auto done = db_.Execute(
      "SELECT id, file_name, content_type, size_bytes, uploaded_at, content_base64 FROM application_attachments"
      " WHERE district_id = $1 AND application_id = $2 AND id = $3",
      {district_id_, application_id, attachment_id}, [&](const db::Row& row) {
        auto bytes = core::DecodeBase64(row.Text(5));
        damaged = !bytes;
        found = StoredFile{{row.Int(0), row.String(1), row.String(2), row.Int(3), row.Int(4)}, bytes.value_or("")};
      });
  if (!done) return std::unexpected(done.error());
  if (damaged) {
    return core::Fail(core::ErrorCode::kInternal, "That file could not be read back; attach it again.",
                      "attachment " + std::to_string(attachment_id) + " is not valid base64");
  }
  return found;
}

core::Result<std::optional<AttachmentInfo>> ApplicationsStore::RemoveAttachment(std::int64_t application_id,
                                                                                std::int64_t attachment_id) {
  std::optional<AttachmentInfo> found;
  auto read = db_.Execute(
      "SELECT id, file_name, content_type, size_bytes, uploaded_at FROM application_attachments"
      " WHERE district_id = $1 AND application_id = $2 AND id = $3",
      {district_id_, application_id, attachment_id}, [&](const db::Row& row) {
        found = AttachmentInfo{row.Int(0), row.String(1), row.String(2), row.Int(3), row.Int(4)};
      });
  if (!read) return std::unexpected(read.error());
  if (!found) return found;
  auto removed = db_.Exec("DELETE FROM application_attachments WHERE district_id = $1 AND id = $2",
                          {district_id_, attachment_id});
  if (!removed) return std::unexpected(removed.error());
  return found;
}

core::Result<std::optional<Extension>> ApplicationsStore::CurrentExtension(std::int64_t cohort_id,
                                                                           std::int64_t school_id) {
  std::optional<Extension> found;
  auto done = db_.Execute(
      "SELECT deadline_at, reason, granted_at FROM application_extensions"
      " WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3 ORDER BY granted_at DESC, id DESC LIMIT 1",
      {district_id_, cohort_id, school_id},
      [&](const db::Row& row) { found = Extension{row.Int(0), row.String(1), row.Int(2)}; });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<void> ApplicationsStore::AddExtension(std::int64_t cohort_id, std::int64_t school_id,
                                                   const Extension& extension, std::int64_t person_id) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto inserted = db_.Exec(
      "INSERT INTO application_extensions (district_id, id, cohort_id, school_id, deadline_at, reason,"
      " granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {district_id_, *id, cohort_id, school_id, extension.deadline_at, extension.reason, person_id,
       extension.granted_at});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

}  // namespace practica::applications
