// nearestName: the suggestion given when a parameter name or spec section is unknown (issue 17,
// item 12). Distances worked out by hand in each comment.
#include "common/nearest_name.h"

#include <gtest/gtest.h>

using resilience::didYouMean;
using resilience::nearestName;

TEST(NearestName, AMissingLetterFindsTheParameter) {
  // PERMUTATONS -> PERMUTATIONS: one insertion; SEED and FIELD are 9 and more edits away.
  EXPECT_EQ(nearestName("PERMUTATONS", {"FIELD", "PERMUTATIONS", "SEED"}), "PERMUTATIONS");
  // WEIGHT -> WEIGHTS: one insertion (WEIGHTS_FILE: six).
  EXPECT_EQ(nearestName("WEIGHT", {"WEIGHTS_FILE", "WEIGHTS", "K"}), "WEIGHTS");
  // A spec section: hotspot -> hotspots, one insertion.
  EXPECT_EQ(nearestName("hotspot", {"compositeindex", "smooth", "hotspots", "localmoran"}),
            "hotspots");
}

TEST(NearestName, CaseIsIgnoredAndASwapCountsOnce) {
  EXPECT_EQ(nearestName("field", {"FIELD", "K"}), "FIELD");
  // PERMUTAITONS: "IT" and "TI" swapped, one edit (two substitutions would make it 2).
  EXPECT_EQ(nearestName("PERMUTAITONS", {"PERMUTATIONS"}), "PERMUTATIONS");
}

TEST(NearestName, NothingCloseGivesNoSuggestionButTheList) {
  // "colour" -> "K": 6 edits for names of at most 6 letters, more than half.
  EXPECT_EQ(nearestName("colour", {"K", "SEED"}), "");
  EXPECT_EQ(nearestName("anything", {}), "");
  EXPECT_EQ(didYouMean("colour", {"K", "SEED"}), " (known: K, SEED)");
  EXPECT_EQ(didYouMean("SED", {"K", "SEED"}), "; did you mean SEED?");
}
