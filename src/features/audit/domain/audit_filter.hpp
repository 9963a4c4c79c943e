// Which audit entries a reader asked for, read from the query string and checked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::audit {

// What the log shows by default is changes: sign-ins and sign-outs are most of its entries and
// would push the day's changes off the first page, so they have a view of their own.
enum class AuditKind { kChanges, kSignIns, kEverything };

std::string_view AuditKindCode(AuditKind kind);  // "changes", "sign_ins", "everything"
bool IsSignInAction(std::string_view action);    // "account.sign_in", "account.sign_out"
// The same actions as a SQL list, "('account.sign_in', 'account.sign_out')", for the store.
std::string SignInActionsSql();

// Where a page of entries starts: the entries older than this one (newest first by instant,
// then by number, so two entries in the same second still page in a fixed order).
struct AuditCursor {
  std::int64_t at = 0;
  std::int64_t id = 0;
};

std::string FormatCursor(const AuditCursor& cursor);  // "1732345678-42"

constexpr int kDefaultAuditPage = 100;
constexpr int kLargestAuditPage = 500;

struct AuditFilter {
  std::int64_t person_id = 0;  // 0: anyone (or `person` below)
  std::string person;          // part of a name or a whole e-mail address, any case; "": anyone
  std::string school_slug;     // "": any school; else a school's short address or part of its name
  std::string action;          // "": any action; else an exact action such as "people.manage"
  std::optional<core::LocalDate> from;  // first day, inclusive, in the district's zone
  std::optional<core::LocalDate> to;    // last day, inclusive
  AuditKind kind = AuditKind::kChanges;  // ignored when `action` names one action
  std::optional<AuditCursor> before;     // empty: the newest entries
  int limit = kDefaultAuditPage;
};

struct AuditQueryText {
  std::string_view person, school, action, from, to;
  std::string_view kind;    // "", "changes", "sign_ins", "everything"
  std::string_view before;  // "", or a cursor from a previous page's "next"
  std::string_view limit;   // "", or 1..500
};

// From raw query values; kInvalidInput naming the parameter that cannot be read.
[[nodiscard]] core::Result<AuditFilter> ReadAuditFilter(const AuditQueryText& text);

}  // namespace practica::audit
