// The next version's package and the writes that start, save, move and publish it.
#include "features/exemplars/store/next_versions.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "features/challenges/domain/challenge.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {
namespace json = boost::json;

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

namespace {

json::array Codes(const std::vector<std::string>& codes) {
  json::array out;
  for (const auto& code : codes) out.emplace_back(code);
  return out;
}

std::vector<std::string> CodesOf(const json::object& object, std::string_view key) {
  std::vector<std::string> codes;
  if (const auto* list = object.if_contains(key); list && list->is_array()) {
    for (const auto& code : list->as_array()) {
      if (code.is_string()) codes.emplace_back(code.as_string());
    }
  }
  return codes;
}

std::string TextOf(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

}  // namespace

std::string PackageJson(const Package& p) {
  return json::serialize(json::object{{"title", p.title},
                                      {"summary", p.summary},
                                      {"grade_band", p.grade_band},
                                      {"subject", p.subject},
                                      {"samr", p.samr},
                                      {"indicators", Codes(p.indicators)},
                                      {"cs_concepts", Codes(p.cs_concepts)},
                                      {"cs_practices", Codes(p.cs_practices)},
                                      {"tools", p.tools},
                                      {"lesson_plan", p.lesson_plan},
                                      {"licence", p.licence},
                                      {"source", p.source},
                                      {"educator_indicators", Codes(p.educator_indicators)},
                                      {"leader_indicators", Codes(p.leader_indicators)}});
}

std::optional<Package> ParsePackageJson(std::string_view text) {
  boost::system::error_code ec;
  auto value = json::parse(text, ec);
  if (ec || !value.is_object()) return std::nullopt;
  const auto& o = value.as_object();
  return Package{TextOf(o, "title"),       TextOf(o, "summary"),         TextOf(o, "grade_band"),
                 TextOf(o, "subject"),     TextOf(o, "samr"),            CodesOf(o, "indicators"),
                 CodesOf(o, "cs_concepts"), CodesOf(o, "cs_practices"),  TextOf(o, "tools"),
                 TextOf(o, "lesson_plan"), TextOf(o, "licence"),       TextOf(o, "source"),
                 CodesOf(o, "educator_indicators"), CodesOf(o, "leader_indicators")};
}

core::Result<std::optional<Package>> NextPackage(db::Connection& db, std::int64_t district_id, std::int64_t exemplar_id) {
  std::optional<Package> package;
  EXEMPLARS_TRY(db.Execute("SELECT package_json FROM exemplar_next_versions WHERE district_id = $1 AND exemplar_id = $2",
                           {district_id, exemplar_id},
                           [&](const db::Row& row) { package = ParsePackageJson(row.Text(0)); }));
  return package;
}

core::Result<void> ExemplarsStore::StartVersion(const ExemplarRecord& record, std::int64_t by, std::int64_t now) {
  // A declined next version is replaced: the new one starts again from what is published.
  EXEMPLARS_TRY(db_.Exec("DELETE FROM exemplar_next_versions WHERE district_id = $1 AND exemplar_id = $2",
                         {district_id_, record.id}));
  EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_next_versions (district_id, exemplar_id, package_json, started_by,"
                         " started_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)",
                         {district_id_, record.id, PackageJson(record.package), by, now}));
  return SetNextStatus(record, NextStatus::kDraft, now);
}

core::Result<void> ExemplarsStore::SaveNextPackage(const ExemplarRecord& record, const Package& package, std::int64_t now) {
  EXEMPLARS_TRY(db_.Exec("UPDATE exemplar_next_versions SET package_json = $3, updated_at = $4"
                         " WHERE district_id = $1 AND exemplar_id = $2",
                         {district_id_, record.id, PackageJson(package), now}));
  return {};
}

core::Result<void> ExemplarsStore::SetNextStatus(const ExemplarRecord& record, NextStatus next, std::int64_t now) {
  const bool to_review = next == NextStatus::kInReview;
  EXEMPLARS_TRY(db_.Exec("UPDATE exemplars SET next_status = $3, round = round + $4, updated_at = $5"
                         " WHERE district_id = $1 AND id = $2",
                         {district_id_, record.id, std::string(NextStatusCode(next)), std::int64_t{to_review ? 1 : 0}, now}));
  if (next == NextStatus::kNone) {
    EXEMPLARS_TRY(db_.Exec("DELETE FROM exemplar_next_versions WHERE district_id = $1 AND exemplar_id = $2",
                           {district_id_, record.id}));
  }
  return {};
}

core::Result<void> ExemplarsStore::PublishNext(const ExemplarRecord& record, std::int64_t now) {
  if (!record.next_package) {
    return core::Fail(core::ErrorCode::kConflict, "\"" + record.package.title + "\" has no new version to publish.");
  }
  ExemplarRecord published = record;
  published.package = *record.next_package;
  EXEMPLARS_TRY(Update(published, published.package, now));
  EXEMPLARS_TRY(db_.Exec("UPDATE exemplars SET version = version + 1 WHERE district_id = $1 AND id = $2",
                         {district_id_, record.id}));
  EXEMPLARS_TRY(SetNextStatus(record, NextStatus::kNone, now));
  return IndexWords(published, true);
}

}  // namespace practica::exemplars
