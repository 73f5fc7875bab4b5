#include "accessibility/site_selection_costs.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace resilience {

double SiteCosts::baseline() const {
  double total = 0.0;
  for (std::size_t r = 0; r < rows(); ++r)
    total += weight[r] * cap[r];
  return total;
}

namespace {

void transpose(SiteCosts &c) {
  c.siteStart.assign(c.candidates + 1, 0);
  for (auto j : c.site)
    ++c.siteStart[j + 1];
  std::partial_sum(c.siteStart.begin(), c.siteStart.end(), c.siteStart.begin());
  c.siteRow.resize(c.site.size());
  c.siteCost.resize(c.site.size());
  std::vector<std::size_t> next(c.siteStart.begin(), c.siteStart.end() - 1);
  for (std::size_t r = 0; r < c.rows(); ++r)
    for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p) {
      const std::size_t q = next[c.site[p]]++;
      c.siteRow[q] = static_cast<std::uint32_t>(r);
      c.siteCost[q] = c.cost[p];
    }
}

} // namespace

SiteCosts siteCosts(const std::vector<double> &demand, const SitePairs &pairs,
                    SiteObjective objective, double penalty) {
  const bool coverage = objective == SiteObjective::Coverage;
  SiteCosts c;
  c.candidates = pairs.candidates;
  c.site.reserve(pairs.site.size());
  c.cost.reserve(pairs.site.size());
  for (std::size_t i = 0; i < pairs.demandPoints(); ++i) {
    if (!(demand[i] > 0.0))
      continue;
    double cap = coverage ? 1.0 : penalty;
    for (std::size_t p = pairs.start[i]; p < pairs.start[i + 1]; ++p)
      if (pairs.site[p] >= pairs.candidates)
        cap = std::min(cap, coverage ? 0.0 : pairs.distance[p]);
    if (cap == 0.0)
      continue; // served at no cost by an existing site: no candidate can change it
    c.point.push_back(i);
    c.weight.push_back(demand[i]);
    c.cap.push_back(cap);
    for (std::size_t p = pairs.start[i]; p < pairs.start[i + 1]; ++p) {
      const double cost = coverage ? 0.0 : pairs.distance[p];
      if (pairs.site[p] < pairs.candidates && cost < cap) {
        c.site.push_back(pairs.site[p]);
        c.cost.push_back(cost);
      }
    }
    c.start.push_back(c.site.size());
  }
  transpose(c);
  return c;
}

double siteCost(const SiteCosts &c, const std::vector<std::size_t> &chosen) {
  std::vector<std::uint8_t> open(c.candidates, 0);
  for (auto j : chosen)
    open[j] = 1;
  double total = 0.0;
  for (std::size_t r = 0; r < c.rows(); ++r) {
    double best = c.cap[r];
    for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p)
      if (open[c.site[p]])
        best = std::min(best, c.cost[p]);
    total += c.weight[r] * best;
  }
  return total;
}

SiteCosts mergeIdenticalRows(const SiteCosts &c) {
  // Rows keyed by their sorted candidate lists (the pairs' lists are in distance order), found
  // through a hash of the list and confirmed by comparing the lists.
  SiteCosts merged;
  merged.candidates = c.candidates;
  merged.site.reserve(c.site.size());
  std::unordered_multimap<std::uint64_t, std::size_t> seen; // hash -> merged row
  seen.reserve(c.rows());
  std::vector<std::uint32_t> key;
  for (std::size_t r = 0; r < c.rows(); ++r) {
    key.assign(c.site.begin() + c.start[r], c.site.begin() + c.start[r + 1]);
    std::sort(key.begin(), key.end());
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a over the candidate numbers
    for (auto j : key)
      hash = (hash ^ j) * 1099511628211ull;
    bool found = false;
    for (auto [it, end] = seen.equal_range(hash); it != end && !found; ++it) {
      const std::size_t m = it->second;
      if (std::equal(key.begin(), key.end(), merged.site.begin() + merged.start[m],
                     merged.site.begin() + merged.start[m + 1])) {
        merged.weight[m] += c.weight[r];
        found = true;
      }
    }
    if (found)
      continue;
    seen.emplace(hash, merged.rows());
    merged.point.push_back(c.point[r]);
    merged.weight.push_back(c.weight[r]);
    merged.cap.push_back(c.cap[r]);
    merged.site.insert(merged.site.end(), key.begin(), key.end());
    merged.cost.resize(merged.site.size(), 0.0);
    merged.start.push_back(merged.site.size());
  }
  transpose(merged);
  return merged;
}

} // namespace resilience
