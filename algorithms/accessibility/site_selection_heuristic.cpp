#include "accessibility/site_selection_heuristic.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace resilience {

namespace {

void checkCancel(const std::atomic<bool> *cancel) {
  if (cancel && cancel->load(std::memory_order_relaxed))
    throw Cancelled();
}

// Per row: the cheapest and second cheapest cost over the open candidates and the cap, and the
// candidate giving the cheapest (kNoSite: the cap).
struct Assignment {
  std::vector<double> best, second;
  std::vector<std::size_t> owner;
};

Assignment assign(const SiteCosts &c, const std::vector<std::uint8_t> &open) {
  Assignment a;
  a.best.assign(c.rows(), 0.0);
  a.second.assign(c.rows(), 0.0);
  a.owner.assign(c.rows(), kNoSite);
  for (std::size_t r = 0; r < c.rows(); ++r) {
    double b1 = c.cap[r], b2 = c.cap[r];
    std::size_t o = kNoSite;
    for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p) {
      const std::size_t j = c.site[p];
      if (!open[j])
        continue;
      const double v = c.cost[p];
      if (v < b1 || (v == b1 && o != kNoSite && j < o)) {
        b2 = b1;
        b1 = v;
        o = j;
      } else if (v < b2) {
        b2 = v;
      }
    }
    a.best[r] = b1;
    a.second[r] = b2;
    a.owner[r] = o;
  }
  return a;
}

} // namespace

GreedyOrder greedySites(const SiteCosts &c, std::size_t k, const std::vector<std::size_t> &allowed,
                        const std::atomic<bool> *cancel) {
  std::vector<double> best(c.cap);
  auto gainOf = [&](std::size_t j) {
    double g = 0.0;
    for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q)
      g += c.weight[c.siteRow[q]] * std::max(0.0, best[c.siteRow[q]] - c.siteCost[q]);
    return g;
  };
  // (gain, -index, round the gain was computed in): the largest gain first, lowest index on ties.
  struct Entry {
    double gain;
    std::size_t site, round;
    bool operator<(const Entry &o) const { return gain != o.gain ? gain < o.gain : site > o.site; }
  };
  std::priority_queue<Entry> queue;
  std::vector<std::size_t> pool = allowed;
  if (pool.empty())
    for (std::size_t j = 0; j < c.candidates; ++j)
      pool.push_back(j);
  for (auto j : pool)
    queue.push({gainOf(j), j, 0});
  GreedyOrder order;
  order.cost = c.baseline();
  for (std::size_t round = 0; round < k && !queue.empty();) {
    checkCancel(cancel);
    Entry top = queue.top();
    queue.pop();
    if (top.round != round) {
      queue.push({gainOf(top.site), top.site, round});
      continue;
    }
    order.chosen.push_back(top.site);
    order.gain.push_back(top.gain);
    for (std::size_t q = c.siteStart[top.site]; q < c.siteStart[top.site + 1]; ++q)
      best[c.siteRow[q]] = std::min(best[c.siteRow[q]], c.siteCost[q]);
    ++round;
  }
  order.cost = 0.0;
  for (std::size_t r = 0; r < c.rows(); ++r)
    order.cost += c.weight[r] * best[r];
  return order;
}

SwapResult swapSites(const SiteCosts &c, std::vector<std::size_t> chosen,
                     const std::atomic<bool> *cancel) {
  SwapResult result;
  std::vector<std::uint8_t> open(c.candidates, 0);
  std::vector<std::size_t> position(c.candidates, kNoSite);
  for (std::size_t s = 0; s < chosen.size(); ++s) {
    open[chosen[s]] = 1;
    position[chosen[s]] = s;
  }
  // An exchange must lower the cost by more than rounding can explain.
  const double tolerance = 1e-12 * std::max(1.0, c.baseline());
  std::vector<double> loss(chosen.size());
  const unsigned threads = effectiveThreads(0, c.site.size() / 16);
  for (;;) {
    checkCancel(cancel);
    const Assignment a = assign(c, open);
    // loss[s]: cost added by closing chosen[s] alone (its rows fall back to their second best).
    std::fill(loss.begin(), loss.end(), 0.0);
    for (std::size_t r = 0; r < c.rows(); ++r)
      if (a.owner[r] != kNoSite)
        loss[position[a.owner[r]]] += c.weight[r] * (a.second[r] - a.best[r]);
    // The best exchange over all unchosen candidates, in chunks of candidates on all threads;
    // within and across chunks a strictly better delta wins, so ties go to the lowest candidate
    // as in one serial sweep.
    struct Best {
      double delta;
      std::size_t in = kNoSite, out = 0;
    };
    std::vector<Best> best(threads, Best{-tolerance});
    forEachChunk(c.candidates, threads, [&](unsigned chunk, std::size_t begin, std::size_t end) {
      std::vector<double> correction(chosen.size());
      Best &b = best[chunk];
      for (std::size_t j = begin; j < end; ++j) {
        if (open[j])
          continue;
        if ((j & 1023) == 0)
          checkCancel(cancel);
        // Opening j saves `gain`; for rows owned by the site being closed, j competes with their
        // second best instead of their best.
        double gain = 0.0;
        std::fill(correction.begin(), correction.end(), 0.0);
        for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q) {
          const std::size_t r = c.siteRow[q];
          const double v = c.siteCost[q], w = c.weight[r];
          const double saved = std::max(0.0, a.best[r] - v);
          gain += w * saved;
          if (a.owner[r] != kNoSite)
            correction[position[a.owner[r]]] += w * (std::max(0.0, a.second[r] - v) - saved);
        }
        for (std::size_t s = 0; s < chosen.size(); ++s) {
          const double delta = loss[s] - gain - correction[s];
          if (delta < b.delta)
            b = {delta, j, s};
        }
      }
    });
    double bestDelta = -tolerance;
    std::size_t bestIn = kNoSite, bestOut = 0;
    for (const Best &b : best)
      if (b.in != kNoSite && b.delta < bestDelta) {
        bestDelta = b.delta;
        bestIn = b.in;
        bestOut = b.out;
      }
    if (bestIn == kNoSite)
      break;
    open[chosen[bestOut]] = 0;
    position[chosen[bestOut]] = kNoSite;
    chosen[bestOut] = bestIn;
    open[bestIn] = 1;
    position[bestIn] = bestOut;
    ++result.swaps;
  }
  result.cost = siteCost(c, chosen);
  result.chosen = std::move(chosen);
  return result;
}

} // namespace resilience
