// Reading a draft (answers, self-ratings, evidence) from a page's form or a JSON body.
#include <boost/json/array.hpp>

#include <algorithm>

#include "core/text.hpp"
#include "features/applications/domain/rubric.hpp"
#include "features/applications/routes/application_changes.hpp"

namespace practica::applications {
namespace json = boost::json;

DraftReader DraftFromForm(const Fields& fields) {
  return [fields](const Setup& setup) -> core::Result<Draft> {
    Draft draft;
    for (const auto& question : setup.questions) {
      const auto it = fields.find("answer_" + std::to_string(question.id));
      if (it != fields.end()) draft.answers.push_back({question.id, it->second});
    }
    for (const auto& criterion : setup.criteria) {
      const std::string id = std::to_string(criterion.id);
      const auto rating = fields.find("rating_" + id);
      const auto evidence = fields.find("evidence_" + id);
      if (rating == fields.end() && evidence == fields.end()) continue;
      auto score = ParseScore(rating == fields.end() ? "" : rating->second, criterion, "rating_" + id);
      if (!score) return std::unexpected(score.error());
      draft.ratings.push_back({criterion.id, *score, evidence == fields.end() ? "" : evidence->second});
    }
    return draft;
  };
}

namespace {

core::Error BadDraft(std::string what) {
  return core::Error{core::ErrorCode::kInvalidInput, std::move(what), {}, "body"};
}

}  // namespace

DraftReader DraftFromJson(const json::object& body) {
  return [body](const Setup& setup) -> core::Result<Draft> {
    Draft draft;
    if (const auto* answers = body.if_contains("answers")) {
      if (!answers->is_array()) return std::unexpected(BadDraft("\"answers\" must be a list of {question_id, text}."));
      for (const auto& item : answers->as_array()) {
        const auto* object = item.if_object();
        const auto* id = object ? object->if_contains("question_id") : nullptr;
        const auto* text = object ? object->if_contains("text") : nullptr;
        if (!id || !id->is_int64() || !text || !text->is_string()) {
          return std::unexpected(BadDraft("Each answer needs a whole-number \"question_id\" and a \"text\"."));
        }
        draft.answers.push_back({id->as_int64(), std::string(text->as_string())});
      }
    }
    if (const auto* ratings = body.if_contains("ratings")) {
      if (!ratings->is_array()) {
        return std::unexpected(BadDraft("\"ratings\" must be a list of {criterion_id, rating, evidence}."));
      }
      for (const auto& item : ratings->as_array()) {
        const auto* object = item.if_object();
        const auto* id = object ? object->if_contains("criterion_id") : nullptr;
        if (!id || !id->is_int64()) return std::unexpected(BadDraft("Each rating needs a whole-number \"criterion_id\"."));
        Rating rating{id->as_int64()};
        if (const auto* score = object->if_contains("rating"); score && !score->is_null()) {
          if (!score->is_int64()) {
            return std::unexpected(BadDraft("A \"rating\" is a whole number from 1 to 4, or null for none yet."));
          }
          rating.score = static_cast<int>(std::clamp<std::int64_t>(score->as_int64(), -1000, 1000));
        }
        if (const auto* evidence = object->if_contains("evidence"); evidence && evidence->is_string()) {
          rating.evidence = std::string(evidence->as_string());
        }
        draft.ratings.push_back(std::move(rating));
      }
    }
    (void)setup;
    return draft;
  };
}

}  // namespace practica::applications
