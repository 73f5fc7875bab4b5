#pragma once
// Decides which table row each polygon receives when an indicator table is joined by key.
// Duplicate keys in the table are an error (which row would be right?); duplicate keys among the
// polygons are normal (land and water parts of one municipality) and each receives the row.
#include "io/key_matching.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace resilience {

struct UnmatchedRow {
  std::size_t row = 0; // 0-based table row
  std::string reason;
};

struct KeyJoinPlan {
  std::vector<std::optional<std::size_t>> rowForPolygon; // table row per polygon, if any
  std::vector<UnmatchedRow> unmatchedRows;
  std::size_t polygonsMatched = 0;
  std::size_t polygonsWithoutData = 0;
};

// Throws InputError listing the duplicate keys when two table rows normalise to the same key.
KeyJoinPlan planKeyJoin(const std::vector<std::optional<std::string>> &polygonKeys,
                        const std::vector<std::optional<std::string>> &tableKeys, KeyMatching mode);

// The polygons grouped by their normalised key, for dissolving a municipality's land and water
// parts into one multipolygon before a statistic counts them twice: every polygon is in exactly
// one group, groups of one key hold all its polygons in input order, a polygon whose key is NULL
// or unusable stands alone. Groups are ordered by their first polygon.
std::vector<std::vector<std::size_t>>
sharedKeyGroups(const std::vector<std::optional<std::string>> &polygonKeys, KeyMatching mode);

} // namespace resilience
