#include "features/challenges/store/protocol_record.hpp"

namespace practica::challenges {

core::Result<std::vector<RoundItem>> LoadItems(db::Connection& db, std::int64_t district_id,
                                               const ProtocolTables& tables, std::int64_t round_id) {
  std::vector<RoundItem> items;
  auto done = db.Execute(
      std::string("SELECT i.id, i.kind, i.person_id, COALESCE(p.display_name, ''), i.body, i.at FROM ") + tables.items +
          " i LEFT JOIN published_people p ON p.district_id = i.district_id AND p.id = i.person_id"
          " WHERE i.district_id = $1 AND i.round_id = $2 ORDER BY i.at, i.id",
      {district_id, round_id}, [&](const db::Row& row) {
        items.push_back(RoundItem{row.Int(0), ParseKind(row.Text(1)).value_or(ItemKind::kDebrief), row.Int(2),
                                  row.String(3), row.String(4), row.Int(5)});
      });
  if (!done) return std::unexpected(done.error());
  return items;
}

core::Result<RoundItem> AddItem(db::Connection& db, std::int64_t district_id, const ProtocolTables& tables,
                                std::int64_t round_id, ItemKind kind, std::int64_t person_id, const std::string& body,
                                std::int64_t now) {
  auto id = db.NextId();
  if (!id) return std::unexpected(id.error());
  auto done = db.Exec(std::string("INSERT INTO ") + tables.items +
                          " (district_id, id, round_id, kind, person_id, body, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                      {district_id, *id, round_id, std::string(KindCode(kind)), person_id, body, now});
  if (!done) return std::unexpected(done.error());
  return RoundItem{*id, kind, person_id, "", body, now};
}

core::Result<void> SetStep(db::Connection& db, std::int64_t district_id, const ProtocolTables& tables,
                           std::int64_t round_id, ProtocolStep step, std::int64_t now) {
  auto done = db.Exec(std::string("UPDATE ") + tables.rounds +
                          " SET step = $3, step_started_at = $4 WHERE district_id = $1 AND id = $2",
                      {district_id, round_id, std::string(StepCode(step)), now});
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::challenges
