// A collection's text, its address, and that only a published exemplar goes in.
#include "features/exemplars/domain/collection.hpp"

#include <gtest/gtest.h>

namespace practica::exemplars {
namespace {

TEST(CheckCollection, NeedsATitleAndTrims) {
  EXPECT_EQ(CheckCollection({"   ", "x"}).error().field, "title");
  const auto text = CheckCollection({"  Robots in K-2 ", " Floor robots. "}).value();
  EXPECT_EQ(text.title, "Robots in K-2");
  EXPECT_EQ(text.description, "Floor robots.");
  EXPECT_EQ(CheckCollection({"t", std::string(2001, 'x')}).error().field, "description");
}

TEST(CollectionSlug, LowerCaseWordsJoinedByDashes) {
  EXPECT_EQ(CollectionSlug("Innovative Designer in the elementary grades"), "innovative-designer-in-the-elementary-grades");
  EXPECT_EQ(CollectionSlug("K-2: robots!"), "k-2-robots");
  EXPECT_EQ(CollectionSlug("¡¿"), "collection");
}

TEST(CheckCollect, OnlyPublished) {
  EXPECT_TRUE(CheckCollect(Status::kPublished, "t").has_value());
  for (const auto status : {Status::kDraft, Status::kInReview, Status::kChangesRequested, Status::kDeclined,
                            Status::kRetired}) {
    EXPECT_EQ(CheckCollect(status, "t").error().code, core::ErrorCode::kConflict);
  }
}

}  // namespace
}  // namespace practica::exemplars
