#include "common/input_error.h"
#include "io/shared_keys.h"

#include <gtest/gtest.h>

using namespace resilience;

namespace {
std::vector<std::optional<std::string>> keys(std::initializer_list<const char *> texts) {
  std::vector<std::optional<std::string>> out;
  for (const char *t : texts)
    out.push_back(t ? std::optional<std::string>(t) : std::nullopt);
  return out;
}
} // namespace

// Issue 17 item 16, by hand: GM0855 (Tilburg) has a land and a water part with the joined row's
// value 7 in both; GM0796 has two parts with different values (not a repeat); GM0001 is alone;
// two NULL keys are never shared. 2 features in 1 key repeat.
TEST(SharedKeys, LandAndWaterPartsWithTheSameValueAreRepeats) {
  const auto k = keys({"GM0855", "GM0796", "GM0855", "GM0796", "GM0001", nullptr, nullptr});
  const MaskedValues v = MaskedValues::fromDoubles({7, 1, 7, 2, 7, 5, 5});
  const SharedKeyReport r = repeatedKeyValues(k, {v});
  EXPECT_EQ(r.features, 2u);
  EXPECT_EQ(r.keys, 1u);
  EXPECT_EQ(r.example, "GM0855");
  EXPECT_EQ(r.exampleSize, 2u);
  // Every column must agree: a second column that differs for GM0855 leaves no repeat.
  const MaskedValues w = MaskedValues::fromDoubles({1, 1, 2, 1, 1, 1, 1});
  EXPECT_EQ(repeatedKeyValues(k, {v, w}).features, 0u);
  // Both NULL is the same value (a part without data beside its twin without data).
  MaskedValues n = MaskedValues::fromDoubles({1, 1, 1, 2, 3, 4, 5});
  n.setNull(0);
  n.setNull(2);
  EXPECT_EQ(repeatedKeyValues(k, {n}).features, 2u);
}

// 393 municipality codes on 484 features (81 %) identify them; a West/East column does not.
TEST(SharedKeys, CodesLookLikeKeysCategoriesDoNot) {
  std::vector<std::optional<std::string>> codes;
  for (int i = 0; i < 484; ++i)
    codes.push_back("GM" + std::to_string(i < 393 ? i : i - 393));
  EXPECT_TRUE(looksLikeKey(codes));
  EXPECT_FALSE(looksLikeKey(keys({"West", "West", "East", "East", "West"})));
  EXPECT_FALSE(looksLikeKey(keys({"a", nullptr})));
}

TEST(SharedKeys, AColumnOfAnotherLengthIsAnInputError) {
  EXPECT_THROW(repeatedKeyValues({"a", "b"}, {MaskedValues()}), InputError);
}
