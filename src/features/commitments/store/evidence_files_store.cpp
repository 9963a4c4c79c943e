#include "features/commitments/store/evidence_files_store.hpp"

#include "core/base64.hpp"

namespace practica::commitments {

core::Result<EvidenceFile> EvidenceFilesStore::Add(std::int64_t event_id, EvidenceFile info, std::string_view bytes,
                                                   std::int64_t person_id, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  info.id = *id;
  info.size_bytes = static_cast<std::int64_t>(bytes.size());
  auto inserted = db_.Exec(
      "INSERT INTO commitment_evidence_files (district_id, id, event_id, file_name, content_type, size_bytes,"
      " content_base64, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {district_id_, info.id, event_id, info.name, info.content_type, info.size_bytes, core::EncodeBase64(bytes),
       person_id, now});
  if (!inserted) return std::unexpected(inserted.error());
  return info;
}

core::Result<std::optional<StoredEvidenceFile>> EvidenceFilesStore::Read(std::int64_t school_commitment_id,
                                                                         std::int64_t file_id) {
  std::optional<StoredEvidenceFile> found;
  bool damaged = false;
  auto done = db_.Execute(
      "SELECT f.id, f.file_name, f.content_type, f.size_bytes, f.content_base64"
      " FROM commitment_evidence_files f JOIN commitment_events e"
      " ON e.district_id = f.district_id AND e.id = f.event_id"
      " WHERE f.district_id = $1 AND f.id = $2 AND e.school_commitment_id = $3",
      {district_id_, file_id, school_commitment_id}, [&](const db::Row& row) {
        auto bytes = core::DecodeBase64(row.Text(4));
        damaged = !bytes;
        found = StoredEvidenceFile{{row.Int(0), row.String(1), row.String(2), row.Int(3)}, bytes.value_or("")};
      });
  if (!done) return std::unexpected(done.error());
  if (damaged) {
    return core::Fail(core::ErrorCode::kInternal, "That file could not be read back; ask the team to give it again.",
                      "commitment evidence file " + std::to_string(file_id) + " is not valid base64");
  }
  return found;
}

}  // namespace practica::commitments
