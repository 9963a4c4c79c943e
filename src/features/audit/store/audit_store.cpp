#include "features/audit/store/audit_store.hpp"

namespace practica::audit {

core::Result<void> AuditStore::Read(const AuditFilter& filter, std::int64_t from_utc,
                                    std::int64_t to_utc, int limit,
                                    const std::function<void(const AuditRow&)>& on_row) {
  auto done = db_.Execute(
      "SELECT a.id, a.at, COALESCE(a.person_id, 0), COALESCE(p.display_name, ''), a.action,"
      " a.outcome, a.record_type, a.record_id, COALESCE(s.name, ''), a.before_json,"
      " a.after_json, a.reason, a.request_id, a.address FROM audit_log a"
      " LEFT JOIN people p ON p.district_id = a.district_id AND p.id = a.person_id"
      " LEFT JOIN schools s ON s.district_id = a.district_id AND s.id = a.school_id"
      " WHERE a.district_id = $1"
      " AND ($2 = 0 OR a.person_id = $2)"
      " AND ($3 = '' OR s.slug = $3)"
      " AND ($4 = '' OR a.action = $4)"
      " AND ($5 = 0 OR a.at >= $5) AND ($6 = 0 OR a.at < $6)"
      " ORDER BY a.at DESC, a.id DESC LIMIT $7",
      {district_id_, filter.person_id, filter.school_slug, filter.action, from_utc, to_utc,
       std::int64_t{limit == 0 ? INT32_MAX : limit}},
      [&](const db::Row& row) {
        on_row(AuditRow{row.Int(0), row.Int(1), row.Int(2), row.String(3), row.String(4),
                        row.String(5), row.String(6), row.String(7), row.String(8), row.String(9),
                        row.String(10), row.String(11), row.String(12), row.String(13)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::audit
