#include "io/key_join.h"

#include "common/input_error.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace resilience {

namespace {

std::string describeDuplicates(const std::map<std::string, std::vector<std::size_t>> &duplicates) {
  constexpr std::size_t shown = 10;
  std::string text;
  std::size_t count = 0;
  for (const auto &[key, rows] : duplicates) {
    if (count++ == shown)
      break;
    text += (text.empty() ? "" : "; ") + std::string("'") + key + "' (rows";
    for (auto row : rows)
      text += " " + std::to_string(row + 1);
    text += ")";
  }
  if (duplicates.size() > shown)
    text += "; and " + std::to_string(duplicates.size() - shown) + " more";
  return text;
}

} // namespace

KeyJoinPlan planKeyJoin(const std::vector<std::optional<std::string>> &polygonKeys,
                        const std::vector<std::optional<std::string>> &tableKeys,
                        KeyMatching mode) {
  KeyJoinPlan plan;
  std::unordered_map<std::string, std::size_t> rowByKey;
  rowByKey.reserve(tableKeys.size()); // growing a million-key table rehashes it twenty times
  std::map<std::string, std::vector<std::size_t>> duplicates;
  std::vector<std::optional<std::string>> normalisedTableKeys(tableKeys.size());
  for (std::size_t row = 0; row < tableKeys.size(); ++row) {
    const NormalisedKey key = tableKeys[row] ? normaliseKey(*tableKeys[row], mode)
                                             : NormalisedKey{std::nullopt, "empty key"};
    if (!key.key) {
      plan.unmatchedRows.push_back({row, key.reason});
      continue;
    }
    normalisedTableKeys[row] = key.key;
    auto [it, inserted] = rowByKey.emplace(*key.key, row);
    if (!inserted) {
      auto &rows = duplicates[*key.key];
      if (rows.empty())
        rows.push_back(it->second);
      rows.push_back(row);
    }
  }
  if (!duplicates.empty())
    throw InputError("the table has " + std::to_string(duplicates.size()) +
                     " duplicate key(s), so a polygon could receive either row: " +
                     describeDuplicates(duplicates));

  plan.rowForPolygon.resize(polygonKeys.size());
  std::vector<bool> usedRows(tableKeys.size());
  for (std::size_t p = 0; p < polygonKeys.size(); ++p) {
    if (polygonKeys[p]) {
      const NormalisedKey key = normaliseKey(*polygonKeys[p], mode);
      if (key.key) {
        const auto it = rowByKey.find(*key.key);
        if (it != rowByKey.end()) {
          plan.rowForPolygon[p] = it->second;
          usedRows[it->second] = true;
          ++plan.polygonsMatched;
          continue;
        }
      }
    }
    ++plan.polygonsWithoutData;
  }
  for (std::size_t row = 0; row < tableKeys.size(); ++row)
    if (normalisedTableKeys[row] && !usedRows[row])
      plan.unmatchedRows.push_back({row, "no polygon has key '" + *normalisedTableKeys[row] + "'"});
  std::sort(plan.unmatchedRows.begin(), plan.unmatchedRows.end(),
            [](const UnmatchedRow &a, const UnmatchedRow &b) { return a.row < b.row; });
  return plan;
}

std::vector<std::vector<std::size_t>>
sharedKeyGroups(const std::vector<std::optional<std::string>> &polygonKeys, KeyMatching mode) {
  std::vector<std::vector<std::size_t>> groups;
  std::unordered_map<std::string, std::size_t> groupOfKey;
  for (std::size_t i = 0; i < polygonKeys.size(); ++i) {
    const std::optional<std::string> key =
        polygonKeys[i] ? normaliseKey(*polygonKeys[i], mode).key : std::nullopt;
    if (!key) {
      groups.push_back({i});
      continue;
    }
    const auto [it, added] = groupOfKey.emplace(*key, groups.size());
    if (added)
      groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

} // namespace resilience
