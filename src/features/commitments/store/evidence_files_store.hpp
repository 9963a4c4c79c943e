// The files a school's team gives as a commitment's evidence, each kept with its submission and
// read back, bytes and all, only for a download.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"
#include "features/commitments/domain/evidence.hpp"

namespace practica::commitments {

struct StoredEvidenceFile {
  EvidenceFile info;
  std::string bytes;
};

class EvidenceFilesStore {
 public:
  EvidenceFilesStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Keeps the file of the submission `event_id` (in the caller's transaction); returns it with
  // its id and size.
  [[nodiscard]] core::Result<EvidenceFile> Add(std::int64_t event_id, EvidenceFile info, std::string_view bytes,
                                               std::int64_t person_id, std::int64_t now);
  // The file when it was given for that school's copy of a commitment; nullopt for any other,
  // so one school's address never reaches another school's file. kInternal when its stored
  // bytes cannot be read back.
  [[nodiscard]] core::Result<std::optional<StoredEvidenceFile>> Read(std::int64_t school_commitment_id,
                                                                     std::int64_t file_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::commitments
