#include "scoring/risk_flags.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

namespace resilience {

namespace {

std::string formatThreshold(double v) {
  std::string s = std::to_string(v);
  while (s.size() > 1 && s.back() == '0')
    s.pop_back();
  return s;
}

struct RankedColumn {
  MaskedValues rank;
  std::size_t ranked = 0, tied = 0;
};

// A key whose unsigned order is the order of the doubles (finite, -0 made +0 first, so that
// the two zeros tie as they compare equal).
std::uint64_t orderedKey(double v) {
  std::uint64_t bits;
  v += 0.0;
  std::memcpy(&bits, &v, sizeof bits);
  return (bits >> 63) ? ~bits : bits | (std::uint64_t(1) << 63);
}

struct KeyedIndex {
  std::uint64_t key;
  std::uint32_t index;
};

// LSD radix sort by key, 16 bits per pass, skipping the passes where every key has the same
// digit (the sign and exponent bits of values of one magnitude): a million values sort in a few
// passes over memory instead of std::sort's 20 rounds of comparisons.
void radixSort(std::vector<KeyedIndex> &items) {
  std::vector<KeyedIndex> buffer(items.size());
  std::vector<std::size_t> count(1 << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    std::fill(count.begin(), count.end(), 0);
    for (const KeyedIndex &item : items)
      ++count[(item.key >> shift) & 0xFFFF];
    if (count[(items.front().key >> shift) & 0xFFFF] == items.size())
      continue;
    std::size_t offset = 0;
    for (std::size_t &c : count)
      offset += std::exchange(c, offset);
    for (const KeyedIndex &item : items)
      buffer[count[(item.key >> shift) & 0xFFFF]++] = item;
    items.swap(buffer);
  }
}

RankedColumn rankColumn(const MaskedValues &x, bool reverse, int decimals,
                        const std::string &valueName) {
  std::vector<KeyedIndex> order;
  order.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x.isValid(i))
      order.push_back(
          {orderedKey(reverse ? -x.values[i] : x.values[i]), static_cast<std::uint32_t>(i)});
  if (order.size() < 2)
    throw InputError("'" + valueName + "' has " + std::to_string(order.size()) +
                     " value(s); a percentile rank needs at least 2");
  radixSort(order);
  RankedColumn out;
  out.rank = MaskedValues(x.size());
  out.ranked = order.size();
  const double denominator = static_cast<double>(order.size() - 1);
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last + 1 < order.size() && order[last + 1].key == order[first].key)
      ++last;
    // Ties share the lowest rank: the share of the other features with a strictly lower value.
    const double pr = roundToDecimals(static_cast<double>(first) / denominator, decimals);
    for (std::size_t k = first; k <= last; ++k)
      out.rank.set(order[k].index, pr);
    if (last > first)
      out.tied += last - first + 1;
    first = last + 1;
  }
  return out;
}

MaskedValues flagsOf(const MaskedValues &rank, double threshold, std::size_t *raised) {
  MaskedValues flag(rank.size());
  *raised = 0;
  for (std::size_t i = 0; i < rank.size(); ++i)
    if (rank.isValid(i)) {
      const bool on = rank.values[i] >= threshold;
      flag.set(i, on ? 1.0 : 0.0);
      *raised += on ? 1 : 0;
    }
  return flag;
}

} // namespace

const char *stackingClassText(StackingClass c) {
  switch (c) {
  case StackingClass::None:
    return "No flags";
  case StackingClass::One:
    return "1 flag";
  case StackingClass::Two:
    return "2 flags";
  case StackingClass::ThreeOrMore:
    return "3 or more flags";
  case StackingClass::Undefined:
    break;
  }
  return "Undefined";
}

double roundToDecimals(double v, int decimals) {
  // Powers of ten up to 10^22 are exact doubles; a table spares a pow() per feature.
  static const double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (decimals < 0 || !std::isfinite(v))
    return v;
  const double scale = decimals <= 22 ? kPowers[decimals] : std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

MaskedValues percentRankInclusive(const MaskedValues &x, bool reverse, int decimals,
                                  const std::string &valueName) {
  return rankColumn(x, reverse, decimals, valueName).rank;
}

RiskFlagResult computeRiskFlags(const CompositeSpec &spec, const std::vector<MaskedValues> &columns,
                                const RiskFlagOptions &options) {
  if (spec.indicators.empty())
    throw InputError("the spec lists no indicators");
  if (!(options.threshold > 0.0 && options.threshold <= 1.0))
    throw InputError("the flag threshold must lie in (0, 1], e.g. 0.90 for the 90th percentile, "
                     "not " +
                     formatThreshold(options.threshold));
  if (columns.size() != spec.indicators.size())
    throw InputError("the spec lists " + std::to_string(spec.indicators.size()) +
                     " indicators but " + std::to_string(columns.size()) + " columns were given");
  const std::size_t n = columns.front().size();
  for (std::size_t k = 0; k < columns.size(); ++k) {
    const IndicatorSpec &ind = spec.indicators[k];
    if (columns[k].size() != n)
      throw InputError("indicator '" + ind.field + "' has " + std::to_string(columns[k].size()) +
                       " values, the first has " + std::to_string(n));
  }

  RiskFlagResult result;
  const std::size_t k = spec.indicators.size();
  for (const DomainWeight &d : usedDomains(spec)) // the composite index's domain order
    result.domains.push_back(d.name);
  std::vector<std::size_t> domainOf(k);
  for (std::size_t j = 0; j < k; ++j)
    domainOf[j] = static_cast<std::size_t>(
        std::find(result.domains.begin(), result.domains.end(), spec.indicators[j].domain) -
        result.domains.begin());
  const std::size_t domains = result.domains.size();

  // Indicators are ranked independently: one thread each, results in spec order.
  result.rank.resize(k);
  result.flag.resize(k);
  result.indicators.resize(k);
  const unsigned indicatorThreads = costlyItemThreads(options.threads, k);
  forEachChunk(k, indicatorThreads, [&](unsigned, std::size_t begin, std::size_t end) {
    for (std::size_t j = begin; j < end; ++j) {
      const IndicatorSpec &ind = spec.indicators[j];
      RankedColumn ranked =
          rankColumn(columns[j], ind.direction == Direction::Negative, options.decimals, ind.field);
      RiskFlagIndicatorReport &report = result.indicators[j];
      report.field = ind.field;
      report.ranked = ranked.ranked;
      report.nulls = n - ranked.ranked;
      report.tied = ranked.tied;
      result.flag[j] = flagsOf(ranked.rank, options.threshold, &report.flags);
      result.rank[j] = std::move(ranked.rank);
    }
  });

  // Sums and flag counts per feature. A sum over rounded ranks is rounded again: it is then
  // exactly the publisher's number, without the last-bit noise that would split a tie.
  result.domainSum.assign(domains, MaskedValues(n));
  result.domainFlags.assign(domains, MaskedValues(n));
  result.sumAll = MaskedValues(n);
  result.flagsTotal = MaskedValues(n);
  result.stacking.assign(n, StackingClass::Undefined);
  // Features are independent: contiguous chunks on the threads, incomplete counted per chunk.
  const unsigned featureThreads = effectiveThreads(options.threads, n);
  std::vector<std::size_t> incomplete(featureThreads, 0);
  forEachChunk(n, featureThreads, [&](unsigned chunk, std::size_t begin, std::size_t end) {
    std::vector<double> sum(domains), flags(domains);
    std::vector<std::uint8_t> complete(domains);
    for (std::size_t i = begin; i < end; ++i) {
      std::fill(sum.begin(), sum.end(), 0.0);
      std::fill(flags.begin(), flags.end(), 0.0);
      std::fill(complete.begin(), complete.end(), 1);
      for (std::size_t j = 0; j < k; ++j) {
        const std::size_t d = domainOf[j];
        if (!result.rank[j].isValid(i)) {
          complete[d] = 0;
          continue;
        }
        sum[d] += result.rank[j].values[i];
        flags[d] += result.flag[j].values[i];
      }
      double all = 0.0, total = 0.0;
      bool allComplete = true;
      for (std::size_t d = 0; d < domains; ++d) {
        result.domainFlags[d].set(i, flags[d]);
        total += flags[d];
        if (complete[d]) {
          const double s = roundToDecimals(sum[d], options.decimals);
          result.domainSum[d].set(i, s);
          all += s;
        }
        allComplete = allComplete && complete[d];
      }
      result.flagsTotal.set(i, total);
      if (allComplete)
        result.sumAll.set(i, roundToDecimals(all, options.decimals));
      else
        ++incomplete[chunk];
      if (total >= 3)
        result.stacking[i] = StackingClass::ThreeOrMore;
      else if (allComplete)
        result.stacking[i] = total >= 2   ? StackingClass::Two
                             : total >= 1 ? StackingClass::One
                                          : StackingClass::None;
    }
  });
  for (std::size_t count : incomplete)
    result.incomplete += count;

  // Ranks of the sums: the domains and the overall sum, again one thread each.
  result.domainRank.resize(domains);
  const auto sumName = [&](std::size_t d) {
    return d < domains ? "the sum of domain '" + result.domains[d] + "'"
                       : std::string("the overall sum");
  };
  forEachChunk(domains + 1, costlyItemThreads(options.threads, domains + 1),
               [&](unsigned, std::size_t begin, std::size_t end) {
                 for (std::size_t d = begin; d < end; ++d) {
                   const MaskedValues &s = d < domains ? result.domainSum[d] : result.sumAll;
                   MaskedValues r = rankColumn(s, false, options.decimals, sumName(d)).rank;
                   (d < domains ? result.domainRank[d] : result.rankAll) = std::move(r);
                 }
               });
  return result;
}

} // namespace resilience
