// Collections: staff curate published exemplars under a title ("Innovative Designer in the
// elementary grades") so a teacher finds a set, not only single hits. A collection shows only
// what is published: a retired exemplar drops out of every collection with the library.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "features/exemplars/domain/exemplar.hpp"

namespace practica::exemplars {

struct CollectionText {
  std::string title;        // "Innovative Designer in the elementary grades"
  std::string description;  // why these belong together, for the teacher who opens it
};

// The text as stored (trimmed); kInvalidInput naming "title" or "description" when the title is
// empty or either is too long.
[[nodiscard]] core::Result<CollectionText> CheckCollection(CollectionText text);

// The address of a collection from its title: "Innovative Designer in the elementary grades" →
// "innovative-designer-in-the-elementary-grades" (the store adds "-2" when taken).
std::string CollectionSlug(std::string_view title);

// kConflict unless the exemplar is published: a collection never holds what the library hides.
[[nodiscard]] core::Result<void> CheckCollect(Status status, std::string_view title);

}  // namespace practica::exemplars
