// Review rounds, the reviewer's standing at the school, and artifacts with their consent.
#include <algorithm>

#include "auth/domain/active_grant.hpp"
#include "core/base64.hpp"
#include "core/text.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::exemplars {
namespace {

#define EXEMPLARS_TRY(expr)                          \
  if (auto exemplars_try = (expr); !exemplars_try) { \
    return std::unexpected(exemplars_try.error());   \
  }

// A statement's row count dropped: the writes that answer only whether they worked.
core::Result<void> Done(core::Result<std::int64_t> written) {
  if (!written) return std::unexpected(written.error());
  return {};
}

std::string JoinScores(const std::vector<std::pair<std::string, int>>& scores) {
  std::string out;
  for (const auto& [code, score] : scores) out += (out.empty() ? "" : ",") + code + "=" + std::to_string(score);
  return out;
}

// "alignment=4,clarity=3"; reviews stored before the rubric could be edited hold the default
// rubric's scores in its order ("4,3,3,4").
std::vector<std::pair<std::string, int>> SplitScores(std::string_view text) {
  std::vector<std::pair<std::string, int>> scores;
  std::size_t position = 0;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto item = text.substr(0, comma);
    const auto equals = item.find('=');
    const auto number = core::ParseInt(equals == std::string_view::npos ? item : item.substr(equals + 1), 0, 9);
    if (equals != std::string_view::npos) {
      scores.emplace_back(std::string(item.substr(0, equals)), static_cast<int>(number.value_or(0)));
    } else if (position < DefaultRubric().size()) {
      scores.emplace_back(DefaultRubric()[position].code, static_cast<int>(number.value_or(0)));
    }
    ++position;
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return scores;
}

}  // namespace

core::Result<ReviewRecord> ExemplarsStore::AssignReviewer(const ExemplarRecord& record, int version,
                                                          std::int64_t reviewer_id, std::int64_t by, std::int64_t now) {
  auto exists = db_.QueryInt("SELECT 1 FROM exemplar_reviews WHERE district_id = $1 AND exemplar_id = $2 AND round = $3"
                             " AND reviewer_id = $4",
                             {district_id_, record.id, std::int64_t{record.round}, reviewer_id});
  if (!exists) return std::unexpected(exists.error());
  if (exists->has_value()) {
    return core::Fail(core::ErrorCode::kConflict, "That reviewer is assigned to this round already.", {}, "reviewer");
  }
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_reviews (district_id, id, exemplar_id, round, version, reviewer_id,"
                         " assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         {district_id_, *id, record.id, std::int64_t{record.round}, std::int64_t{version}, reviewer_id,
                          by, now}));
  ReviewRecord review;
  review.id = *id;
  review.round = record.round;
  review.version = version;
  review.reviewer.id = reviewer_id;
  return review;
}

core::Result<std::vector<ReviewRecord>> ExemplarsStore::Reviews(std::int64_t exemplar_id) {
  std::vector<ReviewRecord> reviews;
  EXEMPLARS_TRY(db_.Execute(
      "SELECT r.id, r.round, r.reviewer_id, p.display_name, p.email, r.scores, r.comment, r.decision, r.decided_at,"
      " r.version"
      " FROM exemplar_reviews r JOIN published_people p ON p.district_id = r.district_id AND p.id = r.reviewer_id"
      " WHERE r.district_id = $1 AND r.exemplar_id = $2 ORDER BY r.round DESC, r.id",
      {district_id_, exemplar_id}, [&](const db::Row& row) {
        ReviewRecord r;
        r.id = row.Int(0);
        r.round = static_cast<int>(row.Int(1));
        r.reviewer = PersonRef{row.Int(2), row.String(3), row.String(4), true};
        r.scores = SplitScores(row.Text(5));
        r.comment = row.String(6);
        r.decision = ParseDecision(row.Text(7));
        r.decided_at = row.OptionalInt(8);
        r.version = static_cast<int>(row.Int(9));
        reviews.push_back(std::move(r));
      }));
  return reviews;
}

core::Result<void> ExemplarsStore::SaveReview(std::int64_t review_id, const std::vector<std::pair<std::string, int>>& scores,
                                              const std::string& comment, Decision decision, std::int64_t now) {
  return Done(db_.Exec("UPDATE exemplar_reviews SET scores = $3, comment = $4, decision = $5, decided_at = $6"
                  " WHERE district_id = $1 AND id = $2",
                  {district_id_, review_id, JoinScores(scores), comment, std::string(DecisionCode(decision)), now}));
}

core::Result<std::vector<Criterion>> ExemplarsStore::Rubric() {
  std::vector<Criterion> rubric;
  bool edited = false;
  EXEMPLARS_TRY(db_.Execute("SELECT code, name, active FROM exemplar_rubric WHERE district_id = $1 ORDER BY position, code",
                            {district_id_}, [&](const db::Row& row) {
                              edited = true;
                              if (row.Int(2) != 0) rubric.push_back({row.String(0), row.String(1)});
                            }));
  return edited ? rubric : DefaultRubric();
}

core::Result<std::vector<Criterion>> ExemplarsStore::KnownCriteria() {
  std::vector<Criterion> known;
  EXEMPLARS_TRY(db_.Execute("SELECT code, name FROM exemplar_rubric WHERE district_id = $1 ORDER BY active DESC, position",
                            {district_id_},
                            [&](const db::Row& row) { known.push_back({row.String(0), row.String(1)}); }));
  for (const auto& criterion : DefaultRubric()) {
    if (std::ranges::none_of(known, [&](const Criterion& c) { return c.code == criterion.code; })) known.push_back(criterion);
  }
  return known;
}

core::Result<void> ExemplarsStore::SaveRubric(const std::vector<Criterion>& rubric, std::int64_t by, std::int64_t now) {
  // Every criterion the district has known is written once, so a default one removed at the
  // first edit stays known by its name.
  auto known = KnownCriteria();
  if (!known) return std::unexpected(known.error());
  EXEMPLARS_TRY(db_.Exec("UPDATE exemplar_rubric SET active = 0, updated_by = $2, updated_at = $3 WHERE district_id = $1",
                         {district_id_, by, now}));
  const auto write = [&](const Criterion& c, std::int64_t position, bool active) {
    return db_.Exec("INSERT INTO exemplar_rubric (district_id, code, name, position, active, updated_by, updated_at)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (district_id, code) DO UPDATE SET"
                    " name = excluded.name, position = excluded.position, active = excluded.active,"
                    " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                    {district_id_, c.code, c.name, position, std::int64_t{active ? 1 : 0}, by, now});
  };
  for (std::size_t i = 0; i < rubric.size(); ++i) EXEMPLARS_TRY(write(rubric[i], static_cast<std::int64_t>(i), true));
  for (const auto& c : *known) {
    if (std::ranges::none_of(rubric, [&](const Criterion& r) { return r.code == c.code; })) {
      EXEMPLARS_TRY(write(c, 1000, false));
    }
  }
  return {};
}

core::Result<std::optional<PersonRef>> ExemplarsStore::FindPerson(std::string_view email) {
  std::optional<PersonRef> found;
  EXEMPLARS_TRY(db_.Execute("SELECT id, display_name, email, active FROM published_people"
                            " WHERE district_id = $1 AND LOWER(email) = LOWER($2)",
                            {district_id_, std::string(email)}, [&](const db::Row& row) {
                              found = PersonRef{row.Int(0), row.String(1), row.String(2), row.Int(3) != 0};
                            }));
  return found;
}

core::Result<std::optional<ReviewerStanding>> ExemplarsStore::Standing(std::int64_t person_id, std::int64_t school_id,
                                                                       const std::string& today) {
  std::optional<ReviewerStanding> standing;
  EXEMPLARS_TRY(db_.Execute("SELECT display_name FROM published_people WHERE district_id = $1 AND id = $2",
                            {district_id_, person_id},
                            [&](const db::Row& row) { standing = ReviewerStanding{row.String(0)}; }));
  if (!standing) return standing;
  // The school's coach: on its caseload today, or assigned to it in a cohort and not ended.
  auto coach = db_.QueryInt(
      "SELECT 1 FROM published_coach_assignments WHERE district_id = $1 AND school_id = $2 AND coach_person_id = $3"
      " AND ended_at IS NULL UNION ALL SELECT 1 FROM published_participation_coaches WHERE district_id = $1"
      " AND school_id = $2 AND coach_person_id = $3 AND ended_at IS NULL",
      {district_id_, school_id, person_id});
  if (!coach) return std::unexpected(coach.error());
  standing->is_school_coach = coach->has_value();
  auto role = db_.QueryInt("SELECT 1 FROM published_grants g WHERE g.district_id = $1 AND g.person_id = $2"
                           " AND g.scope_kind = 'school' AND g.scope_id = $3 AND " +
                               auth::GrantHoldsOn("g", "$4") +
                               " UNION ALL SELECT 1 FROM published_school_staff WHERE district_id = $1"
                               " AND person_id = $2 AND school_id = $3",
                           {district_id_, person_id, school_id, today});
  if (!role) return std::unexpected(role.error());
  standing->holds_role_at_school = role->has_value();
  return standing;
}

core::Result<Artifact> ExemplarsStore::AddArtifact(std::int64_t exemplar_id, Artifact artifact, std::string_view bytes,
                                                   std::int64_t by, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  artifact.id = *id;
  artifact.size_bytes = static_cast<std::int64_t>(bytes.size());
  EXEMPLARS_TRY(db_.Exec("INSERT INTO exemplar_artifacts (district_id, id, exemplar_id, file_name, content_type,"
                         " size_bytes, content_base64, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                         {district_id_, artifact.id, exemplar_id, artifact.file_name, artifact.content_type,
                          artifact.size_bytes, core::EncodeBase64(bytes), by, now}));
  return artifact;
}

core::Result<void> ExemplarsStore::RecordConsent(std::int64_t artifact_id, const std::string& note, std::int64_t by,
                                                 std::int64_t now) {
  return Done(db_.Exec("UPDATE exemplar_artifacts SET consent_note = $3, consent_by = $4, consent_at = $5"
                  " WHERE district_id = $1 AND id = $2 AND consent_at IS NULL AND withdrawn_at IS NULL",
                  {district_id_, artifact_id, note, by, now}));
}

core::Result<void> ExemplarsStore::WithdrawConsent(std::int64_t artifact_id, std::int64_t by, std::int64_t now) {
  return Done(db_.Exec("UPDATE exemplar_artifacts SET withdrawn_by = $3, withdrawn_at = $4"
                  " WHERE district_id = $1 AND id = $2 AND withdrawn_at IS NULL",
                  {district_id_, artifact_id, by, now}));
}

core::Result<std::optional<std::string>> ExemplarsStore::ArtifactBytes(std::int64_t exemplar_id,
                                                                       std::int64_t artifact_id) {
  std::optional<std::string> bytes;
  EXEMPLARS_TRY(db_.Execute("SELECT content_base64 FROM exemplar_artifacts WHERE district_id = $1 AND exemplar_id = $2"
                            " AND id = $3",
                            {district_id_, exemplar_id, artifact_id},
                            [&](const db::Row& row) {
                              auto decoded = core::DecodeBase64(row.Text(0));
                              if (decoded) bytes = std::string(*decoded);
                            }));
  return bytes;
}

}  // namespace practica::exemplars
