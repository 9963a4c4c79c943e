#include "features/audit/domain/audit_filter.hpp"

#include "core/text.hpp"

#include <tuple>

namespace practica::audit {

core::Result<AuditFilter> ReadAuditFilter(std::string_view person, std::string_view school,
                                         std::string_view action, std::string_view from,
                                         std::string_view to) {
  AuditFilter filter;
  if (!person.empty()) {
    const auto id = core::ParseInt(person, 1, INT64_MAX);
    if (!id) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The person filter must be a person's number, as in /people/123.", {}, "person");
    }
    filter.person_id = *id;
  }
  filter.school_slug = std::string(school);
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
  return filter;
}

std::string CsvField(std::string_view value) {
  std::string text(value);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace practica::audit
