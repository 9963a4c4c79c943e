// The ISTE Standards as reference data: each family's standards in ISTE's numbering, with as many
// indicators as ISTE publishes for each, coded so that a code names its standard and family.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "features/standards/domain/standard.hpp"

namespace practica::standards {
namespace {

std::vector<std::string> Codes(const std::vector<Standard>& standards) {
  std::vector<std::string> codes;
  for (const auto& s : standards) codes.push_back(s.code);
  return codes;
}

std::vector<std::string> Names(const std::vector<Standard>& standards) {
  std::vector<std::string> names;
  for (const auto& s : standards) names.push_back(s.name);
  return names;
}

std::vector<std::size_t> IndicatorCounts(const std::vector<Standard>& standards) {
  std::vector<std::size_t> counts;
  for (const auto& s : standards) counts.push_back(s.indicators.size());
  return counts;
}

std::vector<const std::vector<Standard>*> AllFamilies() {
  return {&IsteStudentStandards(), &IsteEducatorStandards(), &IsteLeaderStandards()};
}

TEST(IsteEducatorStandards, AreTheSevenOf2017InTheirOrder) {
  const auto& standards = IsteEducatorStandards();

  EXPECT_EQ(Codes(standards), (std::vector<std::string>{"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"}));
  EXPECT_EQ(Names(standards), (std::vector<std::string>{"Learner", "Leader", "Citizen", "Collaborator", "Designer",
                                                        "Facilitator", "Analyst"}));
  for (const auto& s : standards) EXPECT_EQ(s.family, "educators") << s.code;
}

TEST(IsteEducatorStandards, HaveAsManyIndicatorsAsIstePublishes) {
  const auto& standards = IsteEducatorStandards();

  EXPECT_EQ(IndicatorCounts(standards), (std::vector<std::size_t>{3, 3, 4, 4, 3, 4, 3}));
}

TEST(IsteLeaderStandards, AreTheFiveOf2018InTheirOrder) {
  const auto& standards = IsteLeaderStandards();

  EXPECT_EQ(Codes(standards), (std::vector<std::string>{"3.1", "3.2", "3.3", "3.4", "3.5"}));
  EXPECT_EQ(Names(standards), (std::vector<std::string>{"Equity and Citizenship Advocate", "Visionary Planner",
                                                        "Empowering Leader", "Systems Designer",
                                                        "Connected Learner"}));
  for (const auto& s : standards) EXPECT_EQ(s.family, "leaders") << s.code;
}

TEST(IsteLeaderStandards, HaveAsManyIndicatorsAsIstePublishes) {
  const auto& standards = IsteLeaderStandards();

  EXPECT_EQ(IndicatorCounts(standards), (std::vector<std::size_t>{4, 5, 5, 4, 4}));
}

TEST(IsteStudentStandards, StayTheSevenOf2016WithFourIndicatorsEach) {
  const auto& standards = IsteStudentStandards();

  EXPECT_EQ(Codes(standards).front(), "1.1");
  EXPECT_EQ(Codes(standards).back(), "1.7");
  EXPECT_EQ(IndicatorCounts(standards), (std::vector<std::size_t>(7, 4)));
  for (const auto& s : standards) EXPECT_EQ(s.family, "students") << s.code;
}

// "2.5" in family 2, its indicators "2.5.a", "2.5.b", … lettered in order from a.
TEST(IsteStandards, CodesNameTheirFamilyAndStandardAndIndicatorsAreLetteredInOrder) {
  const std::regex standard_code(R"([1-3]\.[1-9])");
  int family_digit = 0;

  for (const auto* family : AllFamilies()) {
    ++family_digit;
    for (const auto& s : *family) {
      EXPECT_TRUE(std::regex_match(s.code, standard_code)) << s.code;
      EXPECT_EQ(s.code.front(), static_cast<char>('0' + family_digit)) << s.code;
      for (std::size_t i = 0; i < s.indicators.size(); ++i) {
        EXPECT_EQ(s.indicators[i].code, s.code + "." + static_cast<char>('a' + i)) << s.code;
      }
    }
  }
}

TEST(IsteStandards, NoCodeRepeatsAcrossTheThreeFamilies) {
  std::set<std::string> seen;
  std::size_t total = 0;

  for (const auto* family : AllFamilies()) {
    for (const auto& s : *family) {
      seen.insert(s.code);
      ++total;
      for (const auto& i : s.indicators) {
        seen.insert(i.code);
        ++total;
      }
    }
  }

  EXPECT_EQ(seen.size(), total);
  EXPECT_EQ(total, 7u + 28u + 7u + 24u + 5u + 22u);
}

// The wording is a paraphrase for navigation: present, short, and one sentence.
TEST(IsteStandards, EveryStandardHasASummaryAndEveryIndicatorAShortSentence) {
  for (const auto* family : {&IsteEducatorStandards(), &IsteLeaderStandards()}) {
    for (const auto& s : *family) {
      EXPECT_FALSE(s.indicators.empty()) << s.code;
      EXPECT_FALSE(s.summary.empty()) << s.code;
      EXPECT_LE(s.summary.size(), 160u) << s.code;
      EXPECT_EQ(s.summary.back(), '.') << s.code;
      for (const auto& i : s.indicators) {
        EXPECT_GE(i.text.size(), 20u) << i.code;
        EXPECT_LE(i.text.size(), 110u) << i.code;
        EXPECT_EQ(i.text.back(), '.') << i.code;
      }
    }
  }
}

}  // namespace
}  // namespace practica::standards
