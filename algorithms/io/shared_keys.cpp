#include "io/shared_keys.h"

#include "common/input_error.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace resilience {

namespace {

// Orders features by their values in every column (NULL first), so equal values are adjacent.
bool lessValues(const std::vector<MaskedValues> &columns, std::size_t a, std::size_t b) {
  for (const MaskedValues &c : columns) {
    if (c.isValid(a) != c.isValid(b))
      return c.isValid(b);
    if (c.isValid(a) && c.values[a] != c.values[b])
      return c.values[a] < c.values[b];
  }
  return false;
}

} // namespace

SharedKeyReport repeatedKeyValues(const std::vector<std::optional<std::string>> &keys,
                                  const std::vector<MaskedValues> &columns) {
  for (const MaskedValues &c : columns)
    if (c.size() != keys.size())
      throw InputError("repeatedKeyValues: a column has " + std::to_string(c.size()) +
                       " values for " + std::to_string(keys.size()) + " features");
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i])
      order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return *keys[a] < *keys[b]; });
  SharedKeyReport report;
  for (std::size_t g = 0; g < order.size();) {
    std::size_t end = g + 1;
    while (end < order.size() && *keys[order[end]] == *keys[order[g]])
      ++end;
    // Within one key, the features whose values equal another feature's: runs of 2+ once the
    // key's features are sorted by value (a key with many features costs a sort, not pairs).
    std::sort(order.begin() + static_cast<std::ptrdiff_t>(g),
              order.begin() + static_cast<std::ptrdiff_t>(end),
              [&](std::size_t a, std::size_t b) { return lessValues(columns, a, b); });
    std::size_t repeated = 0;
    for (std::size_t r = g; r < end;) {
      std::size_t runEnd = r + 1;
      while (runEnd < end && !lessValues(columns, order[r], order[runEnd]))
        ++runEnd;
      if (runEnd - r > 1)
        repeated += runEnd - r;
      r = runEnd;
    }
    if (repeated > 0) {
      report.features += repeated;
      ++report.keys;
      if (report.example.empty()) {
        report.example = *keys[order[g]];
        report.exampleSize = repeated;
      }
    }
    g = end;
  }
  return report;
}

KeyColumn classifyKeyColumn(std::size_t count,
                            const std::function<std::optional<std::string>(std::size_t)> &keyAt) {
  // A key needs distinct >= 80 % of present values, so at most a fifth of them repeated; present
  // <= count, so more than count / 5 repeats settle it. A category column is read through a small
  // hash set until that happens; once the set holds many values the column is probably a key,
  // and its values are counted by sorting (a hash set of a million codes took a second).
  constexpr std::size_t kSetLimit = 4096;
  std::unordered_set<std::string> seen;
  std::size_t present = 0, repeats = 0, i = 0;
  for (; i < count && seen.size() < kSetLimit; ++i) {
    std::optional<std::string> key = keyAt(i);
    if (!key)
      continue;
    ++present;
    if (!seen.insert(std::move(*key)).second && ++repeats * 5 > count)
      return KeyColumn::NotAKey;
  }
  std::vector<std::string> values(std::make_move_iterator(seen.begin()),
                                  std::make_move_iterator(seen.end()));
  seen.clear();
  for (; i < count; ++i)
    if (std::optional<std::string> key = keyAt(i)) {
      ++present;
      values.push_back(std::move(*key));
    }
  std::sort(values.begin(), values.end());
  const auto distinct =
      static_cast<std::size_t>(std::unique(values.begin(), values.end()) - values.begin());
  if (present < 2 || distinct * 5 < present * 4)
    return KeyColumn::NotAKey;
  return distinct == present ? KeyColumn::DistinctKey : KeyColumn::KeyWithRepeats;
}

} // namespace resilience
