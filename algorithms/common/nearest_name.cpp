#include "common/nearest_name.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace resilience {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring),
// case-insensitive: a swapped pair of letters is the commonest typing slip and counts once.
std::size_t editDistance(const std::string &a, const std::string &b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i)
    d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j)
    d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

} // namespace

std::string nearestName(const std::string &unknown, const std::vector<std::string> &known) {
  std::string best;
  std::size_t bestDistance = std::numeric_limits<std::size_t>::max();
  for (const std::string &name : known) {
    const std::size_t distance = editDistance(unknown, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best.empty() || 2 * bestDistance > std::max(unknown.size(), best.size()))
    return {};
  return best;
}

std::string didYouMean(const std::string &unknown, const std::vector<std::string> &known) {
  const std::string nearest = nearestName(unknown, known);
  if (!nearest.empty())
    return "; did you mean " + nearest + "?";
  std::string list;
  for (const std::string &name : known)
    list += (list.empty() ? "" : ", ") + name;
  return " (known: " + list + ")";
}

} // namespace resilience
