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
KeyColumn classify(const std::vector<std::optional<std::string>> &column) {
  return classifyKeyColumn(column.size(), [&](std::size_t i) { return column[i]; });
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
  EXPECT_EQ(classify(codes), KeyColumn::KeyWithRepeats);
  EXPECT_EQ(classify(keys({"West", "West", "East", "East", "West"})), KeyColumn::NotAKey);
  EXPECT_EQ(classify(keys({"a", nullptr})), KeyColumn::NotAKey);
}

TEST(SharedKeys, AColumnOfAnotherLengthIsAnInputError) {
  EXPECT_THROW(repeatedKeyValues({"a", "b"}, {MaskedValues()}), InputError);
}

// A category column is settled without reading it all: West/East alternating on 1,000 features
// has i - 2 repeats after i values, and a key allows at most 1,000 / 5 = 200, so the answer is
// known at the 203rd value. Codes are told apart by whether any repeats.
TEST(SharedKeys, ACategoryColumnIsSettledAfterAFifthOfItsValuesKeysByTheirRepeats) {
  std::size_t reads = 0;
  EXPECT_EQ(classifyKeyColumn(1000,
                              [&](std::size_t i) {
                                ++reads;
                                return std::optional<std::string>(i % 2 ? "East" : "West");
                              }),
            KeyColumn::NotAKey);
  EXPECT_EQ(reads, 203u);
  // 10,000 distinct codes (past the hash set's 4,096, so counted by sorting), then with the
  // last one a repeat of the first, then with 2,001 repeats (distinct 7,999 < 80 % of 10,000).
  const auto code = [](std::size_t i) {
    return std::optional<std::string>("BU" + std::to_string(i));
  };
  EXPECT_EQ(classifyKeyColumn(10000, code), KeyColumn::DistinctKey);
  EXPECT_EQ(classifyKeyColumn(10000, [&](std::size_t i) { return code(i == 9999 ? 0 : i); }),
            KeyColumn::KeyWithRepeats);
  EXPECT_EQ(classifyKeyColumn(10000, [&](std::size_t i) { return code(i >= 7999 ? 0 : i); }),
            KeyColumn::NotAKey);
}
