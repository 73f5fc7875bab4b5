#pragma once
// Features that repeat another: the same key and the same values. CBS municipality layers hold a
// land and a water part under one code; a join rightly gives both the row, but a statistic on the
// result then counts the municipality twice and treats its water as a neighbourhood with the
// municipality's value. These helpers find such repeats so every statistic can warn about them.
#include "common/masked_values.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace resilience {

struct SharedKeyReport {
  std::size_t features = 0; // features in groups of two or more with one key and equal values
  std::size_t keys = 0;     // such groups
  std::string example;      // a key of one group
  std::size_t exampleSize = 0;
};

// keys: one per feature (nullopt = NULL, never shared); columns: the analysed values, one entry
// per feature each (throws InputError otherwise). A group is the features of one key whose values
// are equal in every column (both NULL counts as equal). Keys of features with different values are
// not counted.
SharedKeyReport repeatedKeyValues(const std::vector<std::optional<std::string>> &keys,
                                  const std::vector<MaskedValues> &columns);

// Whether a text column of `count` values, read through keyAt(i) (nullopt = NULL), identifies
// features, as codes and names do: at least 80 % of its non-NULL values are distinct, and at least
// 2 features have a value; category fields ("West", "NEE") are not keys. A key whose values are
// all distinct (nothing can repeat: no need for repeatedKeyValues) is told apart from one with
// repeats. Stops reading a category column as soon as the answer is known: a class label on a
// million features after a fifth of them.
enum class KeyColumn { NotAKey, DistinctKey, KeyWithRepeats };
KeyColumn classifyKeyColumn(std::size_t count,
                            const std::function<std::optional<std::string>(std::size_t)> &keyAt);

} // namespace resilience
