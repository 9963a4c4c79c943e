// The files kept as a cycle's evidence: written with the cycle's save, listed with the
// challenge, read back only for a download.
#include "db/stored_file.hpp"
#include "features/challenges/store/challenges_store.hpp"

namespace practica::challenges {

core::Result<EvidenceFile> ChallengesStore::AddCycleFile(std::int64_t challenge_id, std::int64_t cycle_id,
                                                         EvidenceFile file, std::string_view bytes, std::int64_t by,
                                                         std::int64_t now) {
  auto id = db::InsertStoredFile(db_, "challenge_cycle_files", district_id_,
                                 {{"challenge_id", challenge_id}, {"cycle_id", cycle_id}},
                                 {file.file_name, file.content_type, bytes, by, now});
  if (!id) return std::unexpected(id.error());
  file.id = *id;
  file.size_bytes = static_cast<std::int64_t>(bytes.size());
  file.uploaded_at = now;
  return file;
}

core::Result<void> ChallengesStore::LoadCycleFiles(ChallengeRecord& record) {
  auto done = db_.Execute(
      "SELECT cycle_id, id, file_name, content_type, size_bytes, uploaded_at FROM challenge_cycle_files"
      " WHERE district_id = $1 AND challenge_id = $2 ORDER BY id",
      {district_id_, record.id}, [&](const db::Row& row) {
        const auto cycle_id = row.Int(0);
        for (auto& cycle : record.cycles) {
          if (cycle.id != cycle_id) continue;
          cycle.files.push_back({row.Int(1), row.String(2), row.String(3), row.Int(4), row.Int(5)});
        }
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::optional<std::string>> ChallengesStore::CycleFileBytes(std::int64_t challenge_id,
                                                                         std::int64_t file_id) {
  return db::ReadStoredFile(
      db_, "SELECT content_base64 FROM challenge_cycle_files WHERE district_id = $1 AND challenge_id = $2 AND id = $3",
      {district_id_, challenge_id, file_id});
}

}  // namespace practica::challenges
