#include "io/key_join.h"
#include "io/key_matching.h"

#include "common/input_error.h"

#include <gtest/gtest.h>

using namespace resilience;

TEST(CbsCodes, AllWrittenFormsOfOneMunicipalityAgree) {
  // Lelystad is CBS municipality 0995: gwb_code_10 "GM0995", gwb_code_8 "0995", number 995.
  for (const char *form : {"GM0995", "gm0995", " GM0995 ", "0995", "995", "995.0", "GM995"})
    EXPECT_EQ(canonicalCbsCode(form).value_or("?"), "GM0995") << form;
}

TEST(CbsCodes, WijkAndBuurtLevelsFollowDigitCount) {
  EXPECT_EQ(canonicalCbsCode("WK085501").value_or("?"), "WK085501");
  EXPECT_EQ(canonicalCbsCode("085501").value_or("?"), "WK085501");
  EXPECT_EQ(canonicalCbsCode("85501").value_or("?"), "WK085501"); // leading zero lost
  EXPECT_EQ(canonicalCbsCode("BU08550101").value_or("?"), "BU08550101");
  EXPECT_EQ(canonicalCbsCode("8550101").value_or("?"), "BU08550101");
}

TEST(CbsCodes, NonCodesAreRejected) {
  for (const char *bad : {"", "Tilburg", "GM08551", "123456789", "GMX855", "8.5"})
    EXPECT_FALSE(canonicalCbsCode(bad).has_value()) << bad;
}

TEST(KeyMatching, ModesDifferInWhatTheyForgive) {
  EXPECT_EQ(*normaliseKey(" gm0855", KeyMatching::Exact).key, " gm0855");
  EXPECT_EQ(*normaliseKey(" gm0855 ", KeyMatching::Trimmed).key, "GM0855");
  EXPECT_EQ(*normaliseKey("855", KeyMatching::Cbs).key, "GM0855");
  EXPECT_FALSE(normaliseKey("  ", KeyMatching::Trimmed).key.has_value());
  EXPECT_EQ(normaliseKey("Tilburg", KeyMatching::Cbs).reason.rfind("not a CBS area code", 0), 0u);
}

TEST(KeyJoin, PolygonDuplicatesEachReceiveTheRowAndUnmatchedRowsAreReported) {
  // Polygons: Tilburg land, Tilburg water, Breda, and one without a key.
  const std::vector<std::optional<std::string>> polygons = {"GM0855", "GM0855", "GM0758",
                                                            std::nullopt};
  // Table: Tilburg as a number, Breda as gwb_code_8, Eindhoven (no polygon), and a blank key.
  const std::vector<std::optional<std::string>> table = {"855", "0758", "772", " "};
  const KeyJoinPlan plan = planKeyJoin(polygons, table, KeyMatching::Cbs);
  EXPECT_EQ(plan.rowForPolygon[0].value_or(99), 0u);
  EXPECT_EQ(plan.rowForPolygon[1].value_or(99), 0u);
  EXPECT_EQ(plan.rowForPolygon[2].value_or(99), 1u);
  EXPECT_FALSE(plan.rowForPolygon[3].has_value());
  EXPECT_EQ(plan.polygonsMatched, 3u);
  EXPECT_EQ(plan.polygonsWithoutData, 1u);
  ASSERT_EQ(plan.unmatchedRows.size(), 2u);
  EXPECT_EQ(plan.unmatchedRows[0].row, 2u);
  EXPECT_EQ(plan.unmatchedRows[0].reason, "no polygon has key 'GM0772'");
  EXPECT_EQ(plan.unmatchedRows[1].row, 3u);
  EXPECT_EQ(plan.unmatchedRows[1].reason, "empty key");
}

TEST(KeyJoin, DuplicateTableKeysAreAnErrorNamingThem) {
  const std::vector<std::optional<std::string>> table = {"GM0855", "855", "GM0758"};
  try {
    planKeyJoin({"GM0855"}, table, KeyMatching::Cbs);
    FAIL() << "duplicates not detected";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("'GM0855' (rows 1 2)"), std::string::npos) << e.what();
  }
  // Exactly compared, "GM0855" and "855" are different keys: no error.
  EXPECT_NO_THROW(planKeyJoin({"GM0855"}, table, KeyMatching::Exact));
}

// Issue 17 item 16: Tilburg's land and water parts (GM0855 and "855" in cbs mode) become one
// group; a NULL key and an unusable one stand alone; groups follow their first polygon.
TEST(KeyJoin, SharedKeyGroupsCollectThePartsOfOneKey) {
  const std::vector<std::optional<std::string>> keys{"GM0855", "GM0796",    std::nullopt,
                                                     "855",    "geen code", "GM0796"};
  const auto groups = sharedKeyGroups(keys, KeyMatching::Cbs);
  const std::vector<std::vector<std::size_t>> expected{{0, 3}, {1, 5}, {2}, {4}};
  EXPECT_EQ(groups, expected);
  // Exact matching keeps "855" apart from "GM0855".
  EXPECT_EQ(sharedKeyGroups(keys, KeyMatching::Exact).size(), 5u);
}
