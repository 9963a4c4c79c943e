#include "features/exemplars/domain/collection.hpp"

#include "core/text.hpp"

namespace practica::exemplars {

using core::ErrorCode;
using core::Fail;

core::Result<CollectionText> CheckCollection(CollectionText text) {
  text.title = std::string(core::Trim(text.title));
  text.description = std::string(core::Trim(text.description));
  if (text.title.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give the collection a title teachers will recognise, e.g. "
                                          "\"Innovative Designer in the elementary grades\".", {}, "title");
  }
  if (text.title.size() > 160) {
    return Fail(ErrorCode::kInvalidInput, "Keep the collection's title under 160 characters.", {}, "title");
  }
  if (text.description.size() > 2000) {
    return Fail(ErrorCode::kInvalidInput, "Keep the description under 2,000 characters.", {}, "description");
  }
  return text;
}

std::string CollectionSlug(std::string_view title) {
  std::string slug = core::Slugify(title.substr(0, 80));
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "collection" : slug;
}

core::Result<void> CheckCollect(Status status, std::string_view title) {
  if (status == Status::kPublished) return {};
  return Fail(ErrorCode::kConflict, "\"" + std::string(title) + "\" is " + std::string(StatusLabel(status)) +
                                        "; only a published exemplar goes into a collection.", {}, "exemplar");
}

}  // namespace practica::exemplars
