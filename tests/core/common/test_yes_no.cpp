// parseYesNo: STAR=no was read as true because Qt turns any other text into true (issue 17,
// item 12). Every word of the rule is listed here, in English and Dutch.
#include "common/yes_no.h"

#include <gtest/gtest.h>

using resilience::parseYesNo;

TEST(YesNo, EnglishAndDutchWordsInAnyCase) {
  for (const char *yes : {"true", "TRUE", "yes", "Yes", "ja", "JA", "on", "1", "y", "j", " yes "})
    EXPECT_EQ(parseYesNo(yes), std::optional<bool>(true)) << yes;
  for (const char *no : {"false", "False", "no", "NO", "nee", "Nee", "off", "OFF", "0", "n", "no "})
    EXPECT_EQ(parseYesNo(no), std::optional<bool>(false)) << no;
}

TEST(YesNo, AnythingElseIsRefusedNotTrue) {
  for (const char *other : {"", "nope", "2", "-1", "yes please", "niet", "0.0"})
    EXPECT_EQ(parseYesNo(other), std::nullopt) << other;
}
