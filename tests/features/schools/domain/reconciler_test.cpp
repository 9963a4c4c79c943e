#include "features/schools/domain/reconciler.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace practica::schools {

TEST(Reconciler, KeepsTheFirstSpellingAsTheNameAndTheRestAsAliases) {
  Reconciler reconciler;

  reconciler.AddList({"Garvanza Elementary Technology and Leadership Magnet"});
  reconciler.AddList({"Garvanza ES"});
  reconciler.AddList({"Garvnaza ES"});

  ASSERT_EQ(reconciler.schools().size(), 1u);
  const auto& school = reconciler.schools().front();
  EXPECT_EQ(school.name, "Garvanza Elementary Technology and Leadership Magnet");
  EXPECT_EQ(school.aliases, (std::vector<std::string>{"Garvanza ES", "Garvnaza ES"}));
  EXPECT_EQ(school.level, SchoolType::kElementary);
}

TEST(Reconciler, NeverMergesTwoNamesOfOneList) {
  Reconciler reconciler;

  const auto ids = reconciler.AddList({"Madison MS", "James Madison MS"});

  EXPECT_NE(ids[0], ids[1]);
  EXPECT_EQ(reconciler.schools().size(), 2u);
}

TEST(Reconciler, LeavesAnAmbiguousNameApartAndNotesIt) {
  Reconciler reconciler;
  reconciler.AddList({"Diego Rivera Perf Arts", "Diego Rivera Comm & Tech"});

  reconciler.AddList({"Diego Rivera"});

  EXPECT_EQ(reconciler.schools().size(), 3u);
  ASSERT_EQ(reconciler.notes().size(), 1u);
  EXPECT_EQ(reconciler.notes()[0].name, "Diego Rivera");
  EXPECT_EQ(reconciler.notes()[0].candidates.size(), 2u);
}

TEST(Reconciler, MatchesLaterSpellingsAgainstEveryEarlierOne) {
  Reconciler reconciler;
  reconciler.AddList({"Maywood Center for Enriched Studies (MaCES)"});
  reconciler.AddList({"Maces"});

  const auto ids = reconciler.AddList({"MaCES"});

  EXPECT_EQ(ids[0], 0u);
  EXPECT_EQ(reconciler.schools().size(), 1u);
}

}  // namespace practica::schools
