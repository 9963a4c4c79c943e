#include "features/audit/domain/audit_filter.hpp"

#include "core/text.hpp"

#include <tuple>

namespace practica::audit {

std::string_view AuditKindCode(AuditKind kind) {
  switch (kind) {
    case AuditKind::kChanges: return "changes";
    case AuditKind::kSignIns: return "sign_ins";
    case AuditKind::kEverything: return "everything";
  }
  return "changes";
}

namespace {
constexpr std::string_view kSignInActions[] = {"account.sign_in", "account.sign_out"};
}  // namespace

bool IsSignInAction(std::string_view action) {
  for (auto sign_in : kSignInActions) {
    if (action == sign_in) return true;
  }
  return false;
}

std::string SignInActionsSql() {
  std::string sql = "(";
  for (auto sign_in : kSignInActions) sql += (sql.size() > 1 ? ", '" : "'") + std::string(sign_in) + "'";
  return sql + ")";
}

std::string FormatCursor(const AuditCursor& cursor) {
  return std::to_string(cursor.at) + "-" + std::to_string(cursor.id);
}

namespace {

core::Result<AuditCursor> ReadCursor(std::string_view text) {
  const auto dash = text.find('-');
  const auto at = dash == std::string_view::npos ? std::nullopt : core::ParseInt(text.substr(0, dash), 0, INT64_MAX);
  const auto id = dash == std::string_view::npos ? std::nullopt : core::ParseInt(text.substr(dash + 1), 1, INT64_MAX);
  if (!at || !id) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The page to start from is not one this log gave out; follow the \"Older entries\" "
                      "link, or leave \"before\" out for the newest entries.",
                      {}, "before");
  }
  return AuditCursor{*at, *id};
}

}  // namespace

core::Result<AuditFilter> ReadAuditFilter(const AuditQueryText& text) {
  const auto person = text.person;
  const auto school = text.school;
  const auto action = text.action;
  const auto from = text.from;
  const auto to = text.to;
  AuditFilter filter;
  // A number is the person's number (as in /people/123, and the links the pages make); anything
  // else is what people know of each other: a name or an e-mail address.
  const auto trimmed_person = core::Trim(person);
  if (!trimmed_person.empty()) {
    if (const auto id = core::ParseInt(trimmed_person, 1, INT64_MAX)) {
      filter.person_id = *id;
    } else {
      filter.person = std::string(trimmed_person);
    }
  }
  filter.school_slug = std::string(core::Trim(school));
  filter.action = std::string(action);
  for (auto [text, field, out] : {std::tuple{from, "from", &filter.from}, std::tuple{to, "to", &filter.to}}) {
    if (text.empty()) continue;
    auto day = core::ParseLocalDate(text);
    if (!day) return core::Fail(core::ErrorCode::kInvalidInput, day.error().message, {}, field);
    *out = *day;
  }
  if (filter.from && filter.to && *filter.to < *filter.from) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The \"to\" date comes before the \"from\" date; swap them.", {}, "to");
  }
  if (text.kind == "sign_ins") {
    filter.kind = AuditKind::kSignIns;
  } else if (text.kind == "everything") {
    filter.kind = AuditKind::kEverything;
  } else if (!text.kind.empty() && text.kind != "changes") {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Show \"changes\", \"sign_ins\" or \"everything\".", {}, "kind");
  }
  if (!text.before.empty()) {
    auto cursor = ReadCursor(text.before);
    if (!cursor) return std::unexpected(cursor.error());
    filter.before = *cursor;
  }
  if (!text.limit.empty()) {
    const auto limit = core::ParseInt(text.limit, 1, kLargestAuditPage);
    if (!limit) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "A page holds 1 to " + std::to_string(kLargestAuditPage) + " entries.", {}, "limit");
    }
    filter.limit = static_cast<int>(*limit);
  }
  return filter;
}

}  // namespace practica::audit
