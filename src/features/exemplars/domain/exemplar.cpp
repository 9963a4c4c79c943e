#include "features/exemplars/domain/exemplar.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace practica::exemplars {
namespace {

using core::ErrorCode;
using core::Fail;

struct StatusName {
  Status status;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<StatusName, 6> kStatuses{{
    {Status::kDraft, "draft", "Draft"},
    {Status::kInReview, "in_review", "In review"},
    {Status::kChangesRequested, "changes_requested", "Changes requested"},
    {Status::kPublished, "published", "Published"},
    {Status::kDeclined, "declined", "Declined"},
    {Status::kRetired, "retired", "Retired"},
}};

bool Known(const std::vector<std::string>& codes, const std::string& code) {
  return std::ranges::find(codes, code) != codes.end();
}

core::Result<void> Required(const std::string& value, std::string_view field, std::string_view what,
                            std::size_t max_chars) {
  if (value.empty()) return Fail(ErrorCode::kInvalidInput, "Write the exemplar's " + std::string(what) + ".", {}, std::string(field));
  if (value.size() > max_chars) {
    return Fail(ErrorCode::kInvalidInput,
                "The exemplar's " + std::string(what) + " is " + std::to_string(value.size()) +
                    " characters long; keep it under " + std::to_string(max_chars) + ".",
                {}, std::string(field));
  }
  return {};
}

core::Result<void> OneOf(const std::string& value, const std::vector<std::string>& codes, std::string_view field,
                         std::string_view what) {
  if (Known(codes, value)) return {};
  return Fail(ErrorCode::kInvalidInput,
              value.empty() ? "Choose the exemplar's " + std::string(what) + "."
                            : "\"" + value + "\" is not a " + std::string(what) + "; choose one from the list.",
              {}, std::string(field));
}

core::Result<void> AllOf(std::vector<std::string>& values, const std::vector<std::string>& codes,
                         std::string_view field, std::string_view what) {
  std::vector<std::string> unique;
  for (auto& value : values) {
    if (!Known(codes, value)) {
      return Fail(ErrorCode::kInvalidInput, "\"" + value + "\" is not " + std::string(what) + "; choose from the list.",
                  {}, std::string(field));
    }
    if (!Known(unique, value)) unique.push_back(value);
  }
  values = std::move(unique);
  return {};
}

}  // namespace

std::string_view StatusCode(Status status) {
  for (const auto& s : kStatuses) if (s.status == status) return s.code;
  return "draft";
}

std::string_view StatusLabel(Status status) {
  for (const auto& s : kStatuses) if (s.status == status) return s.label;
  return "Draft";
}

std::optional<Status> ParseStatus(std::string_view code) {
  for (const auto& s : kStatuses) if (s.code == code) return s.status;
  return std::nullopt;
}

const std::vector<Licence>& Licences() {
  static const std::vector<Licence> kLicences = {
      {"cc-by", "Creative Commons Attribution (CC BY 4.0)"},
      {"cc-by-sa", "Creative Commons Attribution-ShareAlike (CC BY-SA 4.0)"},
      {"cc-by-nc", "Creative Commons Attribution-NonCommercial (CC BY-NC 4.0)"},
      {"cc-by-nc-sa", "Creative Commons Attribution-NonCommercial-ShareAlike (CC BY-NC-SA 4.0)"},
      {"district-only", "District only: for the district's own schools, not for sharing outside"},
  };
  return kLicences;
}

std::string LicenceName(std::string_view code) {
  for (const auto& licence : Licences()) if (licence.code == code) return std::string(licence.name);
  return std::string(code);
}

core::Result<Package> CheckPackage(Package p, const Vocabulary& v) {
  for (auto* text : {&p.title, &p.summary, &p.grade_band, &p.subject, &p.samr, &p.tools, &p.lesson_plan, &p.licence}) {
    *text = std::string(core::Trim(*text));
  }
  if (auto ok = Required(p.title, "title", "title", 160); !ok) return std::unexpected(ok.error());
  if (auto ok = Required(p.summary, "summary", "summary", 1200); !ok) return std::unexpected(ok.error());
  if (auto ok = OneOf(p.grade_band, v.grade_bands, "grade_band", "grade band"); !ok) return std::unexpected(ok.error());
  if (auto ok = OneOf(p.subject, v.subjects, "subject", "subject"); !ok) return std::unexpected(ok.error());
  if (auto ok = OneOf(p.samr, v.samr_levels, "samr", "SAMR level"); !ok) return std::unexpected(ok.error());
  if (p.indicators.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Tick at least one ISTE indicator the lesson shows.", {}, "indicators");
  }
  if (auto ok = AllOf(p.indicators, v.indicators, "indicators", "an ISTE indicator"); !ok) return std::unexpected(ok.error());
  if (auto ok = AllOf(p.educator_indicators, v.educator_indicators, "educator_indicators",
                      "an indicator of the ISTE Standards for Educators");
      !ok) {
    return std::unexpected(ok.error());
  }
  if (auto ok = AllOf(p.leader_indicators, v.leader_indicators, "leader_indicators",
                      "an indicator of the ISTE Standards for Education Leaders");
      !ok) {
    return std::unexpected(ok.error());
  }
  if (auto ok = AllOf(p.cs_concepts, v.cs_concepts, "cs_concepts", "a CS Framework concept"); !ok) return std::unexpected(ok.error());
  if (auto ok = AllOf(p.cs_practices, v.cs_practices, "cs_practices", "a CS Framework practice"); !ok) return std::unexpected(ok.error());
  if (auto ok = Required(p.tools, "tools", "digital tools", 600); !ok) return std::unexpected(ok.error());
  if (auto ok = Required(p.lesson_plan, "lesson_plan", "lesson plan", 20000); !ok) return std::unexpected(ok.error());
  p.source = std::string(core::Trim(p.source));
  if (!p.source.empty() && std::ranges::find(v.sources, p.source) == v.sources.end()) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose where the lesson came from among the school's design-challenge and coaching cycles listed, "
                "or none.", {}, "source");
  }
  if (std::ranges::none_of(Licences(), [&](const Licence& l) { return l.code == p.licence; })) {
    return Fail(ErrorCode::kInvalidInput, "Choose the exemplar's licence: a Creative Commons licence or district only.", {},
                "licence");
  }
  return p;
}

bool Editable(Status status) { return status == Status::kDraft || status == Status::kChangesRequested; }

core::Result<void> CheckSubmit(Status status, std::string_view title) {
  if (Editable(status)) return {};
  return Fail(ErrorCode::kConflict, "\"" + std::string(title) + "\" is " + std::string(StatusLabel(status)) +
                                        "; only a draft or one sent back with changes requested goes to review.");
}

core::Result<void> CheckRetire(Status status, std::string_view reason, std::string_view title) {
  if (status != Status::kPublished) {
    return Fail(ErrorCode::kConflict, "\"" + std::string(title) + "\" is " + std::string(StatusLabel(status)) +
                                          "; only a published exemplar can be retired.");
  }
  if (core::Trim(reason).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Say why \"" + std::string(title) + "\" is retired; the authors are told.", {},
                "reason");
  }
  return {};
}

bool Public(Status status) { return status == Status::kPublished; }

}  // namespace practica::exemplars
