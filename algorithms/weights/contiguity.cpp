#include "weights/contiguity.h"

#include "common/input_error.h"
#include "weights/contiguity_links.h"
#include "weights/contiguity_tolerance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <sstream>

namespace resilience {
namespace {

using namespace contiguity_detail;

// Links every pair of distinct features within each run of entries that compare equal.
template <class Entry, class Less>
void linkEqualRuns(Entry *first, Entry *last, Less less, Pairs &out) {
  std::sort(first, last, less);
  for (Entry *run = first; run != last;) {
    Entry *end = run + 1;
    while (end != last && !less(*run, *end))
      ++end;
    for (Entry *a = run; a != end; ++a)
      for (Entry *b = a + 1; b != end; ++b)
        if (a->feature != b->feature)
          addLink(out, a->feature, b->feature);
    run = end;
  }
}

// A vertex (queen) or the edge from this vertex to the next (rook), by its point index.
struct PointEntry {
  std::uint32_t point, feature;
};

std::vector<Pairs> exactQueen(const PolygonRings &rings, unsigned threads) {
  const std::vector<std::uint32_t> feature = ringFeatures(rings);
  const MortonKey key(rings);
  const double *xy = rings.xy.data();
  auto produce = [&](std::size_t begin, std::size_t end, auto emit) {
    for (std::size_t r = begin; r < end; ++r) // the closing point repeats the first: skipped
      for (std::size_t k = rings.ringStart[r]; k + 1 < rings.ringStart[r + 1]; ++k)
        emit(key(xy[2 * k], xy[2 * k + 1]), PointEntry{static_cast<std::uint32_t>(k), feature[r]});
  };
  auto samePointLess = [xy](const PointEntry &a, const PointEntry &b) {
    const double *p = xy + 2 * std::size_t{a.point}, *q = xy + 2 * std::size_t{b.point};
    return p[0] < q[0] || (p[0] == q[0] && p[1] < q[1]);
  };
  return groupByKey<PointEntry>(feature.size(), rings.xy.size() / 2, threads, produce,
                                [&](unsigned, PointEntry *first, PointEntry *last, Pairs &out) {
                                  linkEqualRuns(first, last, samePointLess, out);
                                });
}

std::vector<Pairs> exactRook(const PolygonRings &rings, unsigned threads) {
  const std::vector<std::uint32_t> feature = ringFeatures(rings);
  const MortonKey key(rings);
  const double *xy = rings.xy.data();
  auto produce = [&](std::size_t begin, std::size_t end, auto emit) {
    for (std::size_t r = begin; r < end; ++r)
      for (std::size_t k = rings.ringStart[r]; k + 1 < rings.ringStart[r + 1]; ++k) {
        const double *a = xy + 2 * k, *b = a + 2;
        if (a[0] == b[0] && a[1] == b[1])
          continue; // repeated vertex, no edge
        emit(key((a[0] + b[0]) / 2, (a[1] + b[1]) / 2),
             PointEntry{static_cast<std::uint32_t>(k), feature[r]});
      }
  };
  // End points in lexicographic order, so both directions of an edge compare equal.
  auto ends = [xy](const PointEntry &e) {
    const double *a = xy + 2 * std::size_t{e.point}, *b = a + 2;
    const bool swap = b[0] < a[0] || (b[0] == a[0] && b[1] < a[1]);
    return std::array<double, 4>{swap ? b[0] : a[0], swap ? b[1] : a[1], swap ? a[0] : b[0],
                                 swap ? a[1] : b[1]};
  };
  auto sameEdgeLess = [&](const PointEntry &a, const PointEntry &b) { return ends(a) < ends(b); };
  return groupByKey<PointEntry>(feature.size(), rings.xy.size() / 2, threads, produce,
                                [&](unsigned, PointEntry *first, PointEntry *last, Pairs &out) {
                                  linkEqualRuns(first, last, sameEdgeLess, out);
                                });
}

// The value at fraction q of the sorted values (nearest rank).
double quantile(std::vector<double> &values, double q) {
  const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
  return values[k];
}

} // namespace

double automaticTolerance(const PolygonRings &rings) {
  // Centres of the features' bounding boxes, and the largest box diagonal among features of
  // median size, for layers whose centres coincide (one feature, or nested rings).
  std::vector<double> cx, cy, diagonal;
  for (std::size_t f = 0; f < rings.features(); ++f) {
    const std::size_t first = rings.ringStart[rings.featureRingStart[f]];
    const std::size_t last = rings.ringStart[rings.featureRingStart[f + 1]];
    if (first == last)
      continue;
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    for (std::size_t k = first; k < last; ++k) {
      minX = std::min(minX, rings.xy[2 * k]);
      maxX = std::max(maxX, rings.xy[2 * k]);
      minY = std::min(minY, rings.xy[2 * k + 1]);
      maxY = std::max(maxY, rings.xy[2 * k + 1]);
    }
    if (!std::isfinite(maxX - minX) || !std::isfinite(maxY - minY))
      continue;
    cx.push_back(minX / 2 + maxX / 2);
    cy.push_back(minY / 2 + maxY / 2);
    diagonal.push_back(std::hypot(maxX - minX, maxY - minY));
  }
  if (cx.empty())
    return 0.0;
  const double spanX = 2.0 * (quantile(cx, 0.75) - quantile(cx, 0.25));
  const double spanY = 2.0 * (quantile(cy, 0.75) - quantile(cy, 0.25));
  const double extent = std::max(std::hypot(spanX, spanY), quantile(diagonal, 0.5));
  return kRelativeTolerance * extent;
}

WeightsResult contiguityWeights(const std::vector<std::vector<unsigned char>> &geometries,
                                const ContiguityOptions &options) {
  if (geometries.size() > std::numeric_limits<std::uint32_t>::max())
    throw InputError("contiguity: more than 4294967295 features");
  if (!(options.tolerance >= 0.0) && options.tolerance != kAutoTolerance)
    throw InputError("contiguity: the tolerance must be zero or positive (map units)");
  WeightsResult result;
  const PolygonRings rings = readPolygonRings(geometries, result.report, options.threads);
  if (rings.xy.size() / 2 > std::numeric_limits<std::uint32_t>::max())
    throw InputError("contiguity: the layer has more than 4294967295 vertices");
  const double tolerance =
      options.tolerance == kAutoTolerance ? automaticTolerance(rings) : options.tolerance;
  result.tolerance = tolerance;
  std::ostringstream provenance;
  provenance.precision(17);
  provenance << (options.rule == ContiguityRule::Queen ? "queen" : "rook") << " contiguity";
  std::vector<Pairs> links;
  if (tolerance > 0.0) {
    provenance << ", tolerance " << tolerance;
    links = toleranceContiguity(rings, options.rule, tolerance, options.threads);
  } else {
    links = options.rule == ContiguityRule::Queen ? exactQueen(rings, options.threads)
                                                  : exactRook(rings, options.threads);
  }
  result.weights = weightsFromLinks(geometries.size(), links, options.threads, provenance.str());
  return result;
}

std::string implausibleNeighbourWarning(const ConnectivityReport &report, double tolerance) {
  const double others = static_cast<double>(report.features) - 1.0;
  const double limit = std::max(8.0, std::min(kPlausibleContiguityMean, others / 2.0));
  if (report.features < 2 || !(report.meanNeighbours > limit))
    return {};
  std::ostringstream text;
  text.precision(6);
  text << "contiguity gives " << report.meanNeighbours
       << " neighbours per feature on average, more than touching polygons can have (a tiling "
          "averages fewer than 6): ";
  if (tolerance > 0.0)
    text << "the tolerance of " << tolerance
         << " map units is far too large for these features; set TOLERANCE smaller (or 0)";
  else
    text << "the layer probably holds overlapping copies of its polygons";
  return text.str();
}

std::string unmatchedBoundaryWarning(const ConnectivityReport &report) {
  // Real polygon layers have a few islands (lakes, off-shore islands); a majority means the
  // neighbours' boundaries do not meet vertex for vertex.
  if (report.features < 2 || 2 * report.islands.size() <= report.features)
    return {};
  return std::to_string(report.islands.size()) + " of " + std::to_string(report.features) +
         " features have no contiguity neighbour: the boundaries probably do not share vertices "
         "exactly (digitised separately, rounded or re-projected). Set a snapping tolerance, or "
         "use distance-based weights.";
}

} // namespace resilience
