#include "features/audit/store/audit_store.hpp"

#include "db/clause.hpp"

namespace practica::audit {

namespace {

// "%" and "_" typed into a search are text, not LIKE's wildcards (as in the schools and people
// searches): "%" alone must not match everyone.
std::string Contains(const std::string& text) {
  std::string escaped = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  return escaped + "%";
}

}  // namespace

core::Result<void> AuditStore::Read(const AuditFilter& filter, std::int64_t from_utc,
                                    std::int64_t to_utc, int limit,
                                    const std::function<void(const AuditRow&)>& on_row) {
  db::Clause where("a.district_id = $1", {district_id_});
  if (filter.person_id != 0) where.And("a.person_id = ?", filter.person_id);
  if (!filter.person.empty()) {
    const auto email = where.Next(filter.person);
    const auto part = where.Next(Contains(filter.person));
    where.AndRaw("a.person_id IN (SELECT m.id FROM published_people m WHERE m.district_id = a.district_id AND (LOWER(m.email) = LOWER(" +
                 email + ") OR LOWER(m.display_name) LIKE LOWER(" + part + ") ESCAPE '\\'))");
  }
  if (!filter.school_slug.empty()) {
    const auto slug = where.Next(filter.school_slug);
    const auto part = where.Next(Contains(filter.school_slug));
    where.AndRaw("(s.slug = " + slug + " OR LOWER(s.name) LIKE LOWER(" + part + ") ESCAPE '\\')");
  }
  if (!filter.action.empty()) {
    where.And("a.action = ?", filter.action);
  } else if (filter.kind == AuditKind::kChanges) {
    where.AndRaw("a.action NOT IN " + SignInActionsSql());
  } else if (filter.kind == AuditKind::kSignIns) {
    where.AndRaw("a.action IN " + SignInActionsSql());
  }
  if (filter.before) {
    const std::string at = where.Next(filter.before->at);
    const std::string id = where.Next(filter.before->id);
    where.AndRaw("(a.at < " + at + " OR (a.at = " + at + " AND a.id < " + id + "))");
  }
  if (from_utc != 0) where.And("a.at >= ?", from_utc);
  if (to_utc != 0) where.And("a.at < ?", to_utc);
  const std::string limit_at = where.Next(std::int64_t{limit == 0 ? INT32_MAX : limit});
  auto done = db_.Execute(
      "SELECT a.id, a.at, COALESCE(a.person_id, 0), COALESCE(p.display_name, ''), a.action,"
      " a.outcome, a.record_type, a.record_id, COALESCE(s.name, ''), a.before_json,"
      " a.after_json, a.reason, a.request_id, a.address FROM published_audit_log a"
      " LEFT JOIN published_people p ON p.district_id = a.district_id AND p.id = a.person_id"
      " LEFT JOIN published_schools s ON s.district_id = a.district_id AND s.id = a.school_id" +
          where.sql() + " ORDER BY a.at DESC, a.id DESC LIMIT " + limit_at,
      where.params(),
      [&](const db::Row& row) {
        on_row(AuditRow{row.Int(0), row.Int(1), row.Int(2), row.String(3), row.String(4),
                        row.String(5), row.String(6), row.String(7), row.String(8), row.String(9),
                        row.String(10), row.String(11), row.String(12), row.String(13)});
      });
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::audit
