#include "features/exemplars/store/exemplars_store.hpp"

#include <algorithm>
#include <tuple>

#include "features/challenges/domain/challenge.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/exemplars/domain/search_query.hpp"
#include "features/exemplars/store/next_versions.hpp"
#include "features/schools/published/school_refs.hpp"
#include "features/standards/domain/standard.hpp"

namespace practica::exemplars {

using challenges::JoinCodes;
using challenges::SplitCodes;

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

namespace {

// A statement's row count dropped: the writes that answer only whether they worked.
core::Result<void> Done(core::Result<std::int64_t> written) {
  if (!written) return std::unexpected(written.error());
  return {};
}

// The SAMR levels' names come with the program, not from a table: every map of names starts
// with them.
std::map<std::string, std::string> SamrNames() {
  std::map<std::string, std::string> names;
  for (const auto& level : standards::SamrLevels()) names["samr:" + level.code] = level.name;
  return names;
}

}  // namespace

bool ExemplarRecord::IsAuthor(std::int64_t person_id) const {
  return std::ranges::any_of(authors, [&](const PersonRef& p) { return p.id == person_id; });
}

const std::vector<std::string>& FacetKinds() {
  static const std::vector<std::string> kKinds = {"standard", "indicator", "samr", "cs_concept", "cs_practice",
                                                  "grade_band", "subject", "cohort", "local_district", "school"};
  return kKinds;
}

core::Result<std::optional<SchoolRef>> ExemplarsStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<std::optional<CohortRef>> ExemplarsStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<bool> ExemplarsStore::InCohort(std::int64_t cohort_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<Vocabulary> ExemplarsStore::LoadVocabulary() {
  Vocabulary v;
  for (const auto& level : standards::SamrLevels()) v.samr_levels.push_back(level.code);
  EXEMPLARS_TRY(db_.Execute("SELECT kind, code FROM published_tagging_terms WHERE district_id = $1 ORDER BY position",
                            {district_id_}, [&](const db::Row& row) {
                              const auto kind = row.Text(0);
                              auto* list = kind == "grade_band" ? &v.grade_bands
                                           : kind == "subject"  ? &v.subjects
                                           : kind == "cs_concept" ? &v.cs_concepts
                                                                  : &v.cs_practices;
                              list->push_back(row.String(1));
                            }));
  EXEMPLARS_TRY(db_.Execute(
      "SELECT i.code, s.family FROM published_standard_indicators i JOIN published_standards s"
      " ON s.district_id = i.district_id AND s.code = i.standard_code"
      " WHERE i.district_id = $1 AND s.family IN ('students', 'educators', 'leaders') ORDER BY i.code",
      {district_id_}, [&](const db::Row& row) {
        const auto family = row.Text(1);
        auto* list = family == "students" ? &v.indicators : family == "educators" ? &v.educator_indicators
                                                                                  : &v.leader_indicators;
        list->push_back(row.String(0));
      }));
  return v;
}

core::Result<std::map<std::string, std::string>> ExemplarsStore::TermNames() {
  auto names = SamrNames();
  EXEMPLARS_TRY(db_.Execute("SELECT kind, code, name FROM published_tagging_terms WHERE district_id = $1",
                            {district_id_}, [&](const db::Row& row) {
                              names[row.String(0) + ":" + row.String(1)] = row.String(2);
                            }));
  EXEMPLARS_TRY(db_.Execute("SELECT code, name FROM published_standards WHERE district_id = $1", {district_id_},
                            [&](const db::Row& row) { names["standard:" + row.String(0)] = row.String(1); }));
  EXEMPLARS_TRY(db_.Execute("SELECT code, text FROM published_standard_indicators WHERE district_id = $1",
                            {district_id_},
                            [&](const db::Row& row) { names["indicator:" + row.String(0)] = row.String(1); }));
  return names;
}

core::Result<std::map<std::string, std::string>> ExemplarsStore::LineNames() {
  auto names = SamrNames();
  EXEMPLARS_TRY(db_.Execute("SELECT code, name FROM published_tagging_terms WHERE district_id = $1 AND kind = 'subject'",
                            {district_id_},
                            [&](const db::Row& row) { names["subject:" + row.String(0)] = row.String(1); }));
  return names;
}

std::vector<TagRow> TagRows(const Package& p, const SchoolRef& school, const CohortRef& cohort,
                            const std::map<std::string, std::string>& names) {
  std::vector<std::pair<std::string, std::string>> tags = {
      {"grade_band", p.grade_band}, {"subject", p.subject}, {"samr", p.samr}};
  std::vector<std::string> indicators = p.indicators;
  indicators.insert(indicators.end(), p.educator_indicators.begin(), p.educator_indicators.end());
  indicators.insert(indicators.end(), p.leader_indicators.begin(), p.leader_indicators.end());
  for (const auto& code : indicators) {
    tags.emplace_back("indicator", code);
    const auto standard = code.substr(0, code.rfind('.'));
    if (std::ranges::find(tags, std::pair<std::string, std::string>{"standard", standard}) == tags.end()) {
      tags.emplace_back("standard", standard);
    }
  }
  for (const auto& code : p.cs_concepts) tags.emplace_back("cs_concept", code);
  for (const auto& code : p.cs_practices) tags.emplace_back("cs_practice", code);
  const auto label = [&](const std::string& kind, const std::string& code) {
    const auto it = names.find(kind + ":" + code);
    if (kind == "indicator" || kind == "standard") return code + (it != names.end() && kind == "standard" ? " " + it->second : "");
    return it != names.end() ? it->second : code;
  };
  std::vector<TagRow> rows;
  for (const auto& [kind, code] : tags) rows.push_back({kind, code, label(kind, code)});
  rows.push_back({"cohort", cohort.slug, cohort.ShortName() + " " + cohort.title});
  rows.push_back({"school", school.slug, school.name});
  if (school.local_district_id != 0) {
    rows.push_back({"local_district", std::to_string(school.local_district_id), school.local_district_name});
  }
  return rows;
}

std::string SearchWords(const Package& p, const SchoolRef& school) {
  return IndexText(p.title + " " + p.summary + " " + p.tools + " " + p.lesson_plan + " " + school.name);
}

core::Result<void> ExemplarsStore::WriteTags(std::int64_t id, const SchoolRef& school, const CohortRef& cohort,
                                             const Package& p) {
  auto names = TermNames();
  if (!names) return std::unexpected(names.error());
  EXEMPLARS_TRY(db_.Exec("DELETE FROM exemplar_tags WHERE district_id = $1 AND exemplar_id = $2", {district_id_, id}));
  for (const auto& row : TagRows(p, school, cohort, *names)) {
    EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_tags (district_id, exemplar_id, kind, code, label)"
                           " VALUES ($1, $2, $3, $4, $5)",
                           {district_id_, id, row.kind, row.code, row.label}));
  }
  return {};
}

core::Result<std::int64_t> ExemplarsStore::Create(const SchoolRef& school, const CohortRef& cohort, const Package& p,
                                                  const std::vector<std::int64_t>& authors, std::int64_t now,
                                                  bool illustrative) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  EXEMPLARS_TRY(db_.Exec(
      "INSERT INTO exemplars (district_id, id, school_id, cohort_id, title, summary, grade_band, subject, samr,"
      " indicators, cs_concepts, cs_practices, tools, lesson_plan, licence, status, illustrative, created_by,"
      " created_at, updated_at, source, educator_indicators, leader_indicators) VALUES ($1, $2, $3, $4, $5, $6, $7,"
      " $8, $9, $10, $11, $12, $13, $14, $15, 'draft', $16, $17, $18, $18, $19, $20, $21)",
      {district_id_, *id, school.id, cohort.id, p.title, p.summary, p.grade_band, p.subject, p.samr,
       JoinCodes(p.indicators), JoinCodes(p.cs_concepts), JoinCodes(p.cs_practices), p.tools, p.lesson_plan,
       p.licence, std::int64_t{illustrative ? 1 : 0}, authors.empty() ? std::int64_t{0} : authors.front(), now,
       p.source, JoinCodes(p.educator_indicators), JoinCodes(p.leader_indicators)}));
  for (const auto author : authors) {
    EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_authors (district_id, exemplar_id, person_id) VALUES ($1, $2, $3)"
                           " ON CONFLICT DO NOTHING",
                           {district_id_, *id, author}));
  }
  EXEMPLARS_TRY(WriteTags(*id, school, cohort, p));
  return *id;
}

core::Result<void> ExemplarsStore::WritePackage(std::int64_t id, const Package& p, std::int64_t now) {
  return Done(db_.Exec(
      "UPDATE exemplars SET title = $3, summary = $4, grade_band = $5, subject = $6, samr = $7, indicators = $8,"
      " cs_concepts = $9, cs_practices = $10, tools = $11, lesson_plan = $12, licence = $13, updated_at = $14,"
      " source = $15, educator_indicators = $16, leader_indicators = $17 WHERE district_id = $1 AND id = $2",
      {district_id_, id, p.title, p.summary, p.grade_band, p.subject, p.samr, JoinCodes(p.indicators),
       JoinCodes(p.cs_concepts), JoinCodes(p.cs_practices), p.tools, p.lesson_plan, p.licence, now, p.source,
       JoinCodes(p.educator_indicators), JoinCodes(p.leader_indicators)}));
}

core::Result<void> ExemplarsStore::Update(const ExemplarRecord& record, const Package& p, std::int64_t now) {
  EXEMPLARS_TRY(WritePackage(record.id, p, now));
  return WriteTags(record.id, record.school, record.cohort, p);
}

core::Result<std::optional<ExemplarRecord>> ExemplarsStore::Load(std::int64_t id) {
  std::optional<ExemplarRecord> found;
  std::int64_t school_id = 0;
  std::int64_t cohort_id = 0;
  EXEMPLARS_TRY(db_.Execute(
      "SELECT school_id, cohort_id, title, summary, grade_band, subject, samr, indicators, cs_concepts,"
      " cs_practices, tools, lesson_plan, licence, status, round, retired_reason, illustrative, updated_at,"
      " published_at, version, next_status, source, educator_indicators, leader_indicators FROM exemplars"
      " WHERE district_id = $1 AND id = $2",
      {district_id_, id}, [&](const db::Row& row) {
        ExemplarRecord r;
        r.id = id;
        school_id = row.Int(0);
        cohort_id = row.Int(1);
        r.package = Package{row.String(2), row.String(3), row.String(4), row.String(5), row.String(6),
                            SplitCodes(row.Text(7)), SplitCodes(row.Text(8)), SplitCodes(row.Text(9)),
                            row.String(10), row.String(11), row.String(12)};
        r.status = ParseStatus(row.Text(13)).value_or(Status::kDraft);
        r.round = static_cast<int>(row.Int(14));
        r.retired_reason = row.String(15);
        r.illustrative = row.Int(16) != 0;
        r.updated_at = row.Int(17);
        r.published_at = row.OptionalInt(18);
        r.version = static_cast<int>(row.Int(19));
        r.next = ParseNextStatus(row.Text(20)).value_or(NextStatus::kNone);
        r.package.source = row.String(21);
        r.package.educator_indicators = SplitCodes(row.Text(22));
        r.package.leader_indicators = SplitCodes(row.Text(23));
        found = std::move(r);
      }));
  if (!found) return found;
  if (found->next != NextStatus::kNone) {
    auto next = NextPackage(db_, district_id_, id);
    if (!next) return std::unexpected(next.error());
    found->next_package = std::move(*next);
  }
  EXEMPLARS_TRY(db_.Execute("SELECT s.id, s.slug, s.name, COALESCE(s.local_district_id, 0), COALESCE(l.name, '')"
                            " FROM published_schools s LEFT JOIN published_local_districts l"
                            " ON l.district_id = s.district_id AND l.id = s.local_district_id"
                            " WHERE s.district_id = $1 AND s.id = $2",
                            {district_id_, school_id}, [&](const db::Row& row) {
                              found->school = SchoolRef{row.Int(0), row.Int(3), row.String(1), row.String(2), row.String(4)};
                            }));
  auto cohort = cohorts::CohortRefById(db_, district_id_, cohort_id);
  if (!cohort) return std::unexpected(cohort.error());
  if (*cohort) found->cohort = **cohort;
  EXEMPLARS_TRY(db_.Execute("SELECT p.id, p.display_name, p.email, p.active FROM exemplar_authors a"
                            " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.person_id"
                            " WHERE a.district_id = $1 AND a.exemplar_id = $2 ORDER BY p.display_name",
                            {district_id_, id}, [&](const db::Row& row) {
                              found->authors.push_back(PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0});
                            }));
  EXEMPLARS_TRY(db_.Execute("SELECT id, file_name, content_type, size_bytes, consent_note, consent_at, withdrawn_at"
                            " FROM exemplar_artifacts WHERE district_id = $1 AND exemplar_id = $2 ORDER BY id",
                            {district_id_, id}, [&](const db::Row& row) {
                              found->artifacts.push_back(Artifact{row.Int(0), row.String(1), row.String(2), row.Int(3),
                                                                  row.String(4), row.OptionalInt(5), row.OptionalInt(6)});
                            }));
  return found;
}

core::Result<void> ExemplarsStore::SetStatus(const ExemplarRecord& record, Status status, std::int64_t now,
                                             const std::string& reason) {
  const bool to_review = status == Status::kInReview;
  const bool published = status == Status::kPublished;
  EXEMPLARS_TRY(db_.Exec(
      "UPDATE exemplars SET status = $3, updated_at = $4, round = round + $5, retired_reason = $6,"
      " published_at = CASE WHEN $7 = 1 THEN $4 ELSE published_at END WHERE district_id = $1 AND id = $2",
      {district_id_, record.id, std::string(StatusCode(status)), now, std::int64_t{to_review ? 1 : 0}, reason,
       std::int64_t{published ? 1 : 0}}));
  return IndexWords(record, published);
}

core::Result<void> ExemplarsStore::IndexWords(const ExemplarRecord& record, bool published) {
  // Every change to what a search finds passes here: the answers servers keep expire with it.
  EXEMPLARS_TRY(ChangeLibraryStamp());
  const bool postgres = db_.dialect() == db::Dialect::kPostgres;
  EXEMPLARS_TRY(db_.Exec(postgres ? "DELETE FROM exemplar_search WHERE district_id = $1 AND exemplar_id = $2"
                                  : "DELETE FROM exemplar_search WHERE rowid = $2 AND $1 = $1",
                         {district_id_, record.id}));
  if (!published) return {};
  const std::string words = SearchWords(record.package, record.school);
  return Done(db_.Exec(postgres ? "INSERT INTO exemplar_search (district_id, exemplar_id, words)"
                             " VALUES ($1, $2, to_tsvector('simple', $3))"
                           : "INSERT INTO exemplar_search (rowid, words) SELECT $2, $3 WHERE $1 = $1",
                  {district_id_, record.id, words}));
}

}  // namespace practica::exemplars
