#include "contiguity.h"

#include "input_error.h"
#include "parallel_ranges.h"
#include "polygon_input.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>

namespace resilience {
namespace {

using Pairs = std::vector<std::uint64_t>; // directed link i -> j packed as (i << 32) | j

inline void addLink(Pairs &out, std::uint32_t i, std::uint32_t j) {
  out.push_back((std::uint64_t{i} << 32) | j);
}

inline std::uint64_t mix(std::uint64_t h) { // splitmix64 finaliser
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

inline std::uint64_t bitsOf(double v) {
  v += 0.0; // -0.0 and 0.0 are the same coordinate
  std::uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

// Groups items with equal keys: a counting sort on the top bits of hash(item) puts equal keys in
// the same small bucket, then fn(chunk, first, last, out) sees each bucket; buckets are split over
// threads and every thread appends links to its own list.
template <class Item, class Hash, class Fn>
std::vector<Pairs> forEachBucket(const std::vector<Item> &items, Hash hash, unsigned threads,
                                 Fn fn) {
  const std::size_t n = items.size();
  int bits = 1;
  while ((std::size_t{1} << bits) < n / 4 + 1 && bits < 31)
    ++bits;
  const std::size_t buckets = std::size_t{1} << bits;
  std::vector<std::uint32_t> bucketOf(n);
  const unsigned chunks = effectiveThreads(threads, n);
  forEachChunk(n, chunks, [&](unsigned, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
      bucketOf[k] = static_cast<std::uint32_t>(hash(items[k]) >> (64 - bits));
  });
  std::vector<std::size_t> start(buckets + 1, 0);
  for (auto b : bucketOf)
    ++start[b + 1];
  for (std::size_t b = 0; b < buckets; ++b)
    start[b + 1] += start[b];
  std::vector<Item> sorted(n);
  {
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t k = 0; k < n; ++k)
      sorted[next[bucketOf[k]]++] = items[k];
  }
  std::vector<Pairs> links(chunks);
  forEachChunk(buckets, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    for (std::size_t bucket = b; bucket < e; ++bucket)
      if (start[bucket + 1] - start[bucket] > 1)
        fn(c, sorted.data() + start[bucket], sorted.data() + start[bucket + 1], links[c]);
  });
  return links;
}

// Links every pair of distinct features within a run of items that compare equal.
template <class Item, class Less>
void linkEqualRuns(Item *first, Item *last, Less less, Pairs &out) {
  std::sort(first, last, less);
  for (Item *run = first; run != last;) {
    Item *end = run + 1;
    while (end != last && !less(*run, *end))
      ++end;
    for (Item *a = run; a != end; ++a)
      for (Item *b = run; b != end; ++b)
        if (a->feature != b->feature)
          addLink(out, a->feature, b->feature);
    run = end;
  }
}

// CSR from directed links (duplicates removed, rows sorted).
SpatialWeights weightsFromLinks(std::size_t n, const std::vector<Pairs> &links,
                                std::string provenance) {
  std::vector<std::size_t> offsets(n + 1, 0);
  for (const auto &chunk : links)
    for (auto l : chunk)
      ++offsets[(l >> 32) + 1];
  for (std::size_t i = 0; i < n; ++i)
    offsets[i + 1] += offsets[i];
  std::vector<std::uint32_t> neighbours(offsets[n]);
  {
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto &chunk : links)
      for (auto l : chunk)
        neighbours[next[l >> 32]++] = static_cast<std::uint32_t>(l);
  }
  std::size_t write = 0;
  std::vector<std::size_t> compact(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    auto *b = neighbours.data() + offsets[i], *e = neighbours.data() + offsets[i + 1];
    std::sort(b, e);
    e = std::unique(b, e);
    for (auto *p = b; p != e; ++p)
      neighbours[write++] = *p;
    compact[i + 1] = write;
  }
  neighbours.resize(write);
  neighbours.shrink_to_fit();
  std::vector<double> weights(write, 1.0);
  return SpatialWeights(std::move(compact), std::move(neighbours), std::move(weights),
                        std::move(provenance));
}

// Calls fn(feature, ring first point, ring point count) for every ring.
template <class Fn> void forEachRing(const PolygonRings &rings, Fn fn) {
  for (std::size_t f = 0; f < rings.features(); ++f)
    for (std::size_t r = rings.featureRingStart[f]; r < rings.featureRingStart[f + 1]; ++r)
      fn(static_cast<std::uint32_t>(f), rings.xy.data() + 2 * rings.ringStart[r],
         rings.ringStart[r + 1] - rings.ringStart[r]);
}

struct Vertex {
  double x, y;
  std::uint32_t feature;
};

std::vector<Pairs> exactQueen(const PolygonRings &rings, unsigned threads) {
  std::vector<Vertex> vertices;
  vertices.reserve(rings.xy.size() / 2);
  forEachRing(rings, [&](std::uint32_t f, const double *p, std::size_t count) {
    for (std::size_t k = 0; k + 1 < count; ++k) // the closing point repeats the first
      vertices.push_back({p[2 * k] + 0.0, p[2 * k + 1] + 0.0, f});
  });
  auto hash = [](const Vertex &v) { return mix(bitsOf(v.x) ^ mix(bitsOf(v.y))); };
  auto samePointLess = [](const Vertex &a, const Vertex &b) {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
  };
  return forEachBucket(vertices, hash, threads,
                       [&](unsigned, Vertex *first, Vertex *last, Pairs &out) {
                         linkEqualRuns(first, last, samePointLess, out);
                       });
}

struct Edge {
  double x1, y1, x2, y2; // end points in lexicographic order, so both directions compare equal
  std::uint32_t feature;
};

std::vector<Pairs> exactRook(const PolygonRings &rings, unsigned threads) {
  std::vector<Edge> edges;
  edges.reserve(rings.xy.size() / 2);
  forEachRing(rings, [&](std::uint32_t f, const double *p, std::size_t count) {
    for (std::size_t k = 0; k + 1 < count; ++k) {
      double ax = p[2 * k] + 0.0, ay = p[2 * k + 1] + 0.0;
      double bx = p[2 * k + 2] + 0.0, by = p[2 * k + 3] + 0.0;
      if (ax == bx && ay == by)
        continue; // repeated vertex, no edge
      if (bx < ax || (bx == ax && by < ay)) {
        std::swap(ax, bx);
        std::swap(ay, by);
      }
      edges.push_back({ax, ay, bx, by, f});
    }
  });
  auto hash = [](const Edge &e) {
    return mix(bitsOf(e.x1) ^ mix(bitsOf(e.y1) ^ mix(bitsOf(e.x2) ^ mix(bitsOf(e.y2)))));
  };
  auto sameEdgeLess = [](const Edge &a, const Edge &b) {
    if (a.x1 != b.x1)
      return a.x1 < b.x1;
    if (a.y1 != b.y1)
      return a.y1 < b.y1;
    if (a.x2 != b.x2)
      return a.x2 < b.x2;
    return a.y2 < b.y2;
  };
  return forEachBucket(edges, hash, threads, [&](unsigned, Edge *first, Edge *last, Pairs &out) {
    linkEqualRuns(first, last, sameEdgeLess, out);
  });
}

// ---- tolerance mode -------------------------------------------------------------------------

struct Segment {
  double ax, ay, bx, by;
  std::uint32_t feature;
};

inline double pointSegmentDistance2(double px, double py, const Segment &s) {
  const double dx = s.bx - s.ax, dy = s.by - s.ay;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - s.ax) * dx + (py - s.ay) * dy) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = s.ax + t * dx - px, ey = s.ay + t * dy - py;
  return ex * ex + ey * ey;
}

inline double orient(double ax, double ay, double bx, double by, double cx, double cy) {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

inline bool segmentsCross(const Segment &s, const Segment &t) {
  const double d1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const double d2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const double d3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const double d4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

struct Grid {
  double originX, originY, cell, halfTolerance;
  std::uint64_t key(double x, double y) const {
    const auto ix = static_cast<std::uint64_t>(std::floor((x - originX) / cell));
    const auto iy = static_cast<std::uint64_t>(std::floor((y - originY) / cell));
    return (ix << 32) | iy;
  }
};

struct CellEntry {
  std::uint64_t cell;
  std::uint32_t segment;
};

// Rook bookkeeping: end point `bit` (1 or 2) of `segment` lies within tolerance of `other`.
struct EndPointHit {
  std::uint32_t segment, other;
  unsigned bits;
};

std::vector<Pairs> toleranceContiguity(const PolygonRings &rings, ContiguityRule rule,
                                       double tolerance, unsigned threads) {
  std::vector<Segment> segments;
  double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
  double extentSum = 0.0;
  forEachRing(rings, [&](std::uint32_t f, const double *p, std::size_t count) {
    for (std::size_t k = 0; k + 1 < count; ++k) {
      Segment s{p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3], f};
      minX = std::min({minX, s.ax, s.bx});
      minY = std::min({minY, s.ay, s.by});
      maxX = std::max({maxX, s.ax, s.bx});
      maxY = std::max({maxY, s.ay, s.by});
      extentSum += std::max(std::abs(s.bx - s.ax), std::abs(s.by - s.ay));
      segments.push_back(s);
    }
  });
  if (segments.empty())
    return {};
  const double half = tolerance / 2;
  // Cell = mean segment extent, so a segment covers a few cells and a cell holds a few segments;
  // never so small that cell indices overflow 32 bits.
  const double span = std::max(maxX - minX, maxY - minY) + 2 * tolerance;
  Grid grid{minX - tolerance, minY - tolerance,
            std::max({extentSum / static_cast<double>(segments.size()), tolerance, span * 1e-9}),
            half};
  std::vector<CellEntry> entries;
  entries.reserve(segments.size() * 3);
  for (std::uint32_t s = 0; s < segments.size(); ++s) {
    const Segment &g = segments[s];
    const std::uint64_t lo = grid.key(std::min(g.ax, g.bx) - half, std::min(g.ay, g.by) - half);
    const std::uint64_t hi = grid.key(std::max(g.ax, g.bx) + half, std::max(g.ay, g.by) + half);
    for (std::uint64_t ix = lo >> 32; ix <= hi >> 32; ++ix)
      for (std::uint64_t iy = lo & 0xffffffffULL; iy <= (hi & 0xffffffffULL); ++iy)
        entries.push_back({(ix << 32) | iy, s});
  }
  const double tol2 = tolerance * tolerance;
  std::vector<std::vector<EndPointHit>> hits(effectiveThreads(threads, entries.size()));
  auto hash = [](const CellEntry &e) { return mix(e.cell); };
  auto links = forEachBucket(
      entries, hash, threads, [&](unsigned chunk, CellEntry *first, CellEntry *last, Pairs &out) {
        std::sort(first, last, [](const CellEntry &a, const CellEntry &b) {
          return a.cell < b.cell || (a.cell == b.cell && a.segment < b.segment);
        });
        for (CellEntry *run = first; run != last;) {
          CellEntry *end = run + 1;
          while (end != last && end->cell == run->cell)
            ++end;
          for (CellEntry *a = run; a != end; ++a)
            for (CellEntry *b = a + 1; b != end; ++b) {
              const Segment &s = segments[a->segment], &t = segments[b->segment];
              if (s.feature == t.feature)
                continue;
              // Test each pair once: in the cell holding the low corner of the overlap of both
              // boxes.
              const double lx = std::max(std::min(s.ax, s.bx), std::min(t.ax, t.bx)) - half;
              const double ly = std::max(std::min(s.ay, s.by), std::min(t.ay, t.by)) - half;
              const double hx = std::min(std::max(s.ax, s.bx), std::max(t.ax, t.bx)) + half;
              const double hy = std::min(std::max(s.ay, s.by), std::max(t.ay, t.by)) + half;
              if (lx > hx || ly > hy || grid.key(lx, ly) != run->cell)
                continue;
              const bool sa = pointSegmentDistance2(s.ax, s.ay, t) <= tol2;
              const bool sb = pointSegmentDistance2(s.bx, s.by, t) <= tol2;
              const bool ta = pointSegmentDistance2(t.ax, t.ay, s) <= tol2;
              const bool tb = pointSegmentDistance2(t.bx, t.by, s) <= tol2;
              if (rule == ContiguityRule::Queen) {
                if (sa || sb || ta || tb || segmentsCross(s, t)) {
                  addLink(out, s.feature, t.feature);
                  addLink(out, t.feature, s.feature);
                }
              } else {
                if (sa || sb)
                  hits[chunk].push_back({a->segment, t.feature, (sa ? 1u : 0u) | (sb ? 2u : 0u)});
                if (ta || tb)
                  hits[chunk].push_back({b->segment, s.feature, (ta ? 1u : 0u) | (tb ? 2u : 0u)});
              }
            }
          run = end;
        }
      });
  if (rule == ContiguityRule::Rook) {
    // An edge is shared when both its end points lie near the other feature's boundary (possibly
    // near two different edges of it, as at a vertex that only one side digitised).
    std::vector<EndPointHit> all;
    for (auto &h : hits)
      all.insert(all.end(), h.begin(), h.end());
    std::sort(all.begin(), all.end(), [](const EndPointHit &x, const EndPointHit &y) {
      return x.segment < y.segment || (x.segment == y.segment && x.other < y.other);
    });
    Pairs &out = links.front();
    for (std::size_t k = 0; k < all.size();) {
      std::size_t end = k;
      unsigned bits = 0;
      for (;
           end < all.size() && all[end].segment == all[k].segment && all[end].other == all[k].other;
           ++end)
        bits |= all[end].bits;
      if (bits == 3u) {
        addLink(out, segments[all[k].segment].feature, all[k].other);
        addLink(out, all[k].other, segments[all[k].segment].feature);
      }
      k = end;
    }
  }
  return links;
}

double extentDiagonal(const PolygonRings &rings) {
  double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
  for (std::size_t k = 0; k + 1 < rings.xy.size(); k += 2) {
    minX = std::min(minX, rings.xy[k]);
    maxX = std::max(maxX, rings.xy[k]);
    minY = std::min(minY, rings.xy[k + 1]);
    maxY = std::max(maxY, rings.xy[k + 1]);
  }
  return rings.xy.empty() ? 0.0 : std::hypot(maxX - minX, maxY - minY);
}

} // namespace

WeightsResult contiguityWeights(const std::vector<std::vector<unsigned char>> &geometries,
                                const ContiguityOptions &options) {
  if (geometries.size() > std::numeric_limits<std::uint32_t>::max())
    throw InputError("contiguity: more than 4294967295 features");
  if (!(options.tolerance >= 0.0) && options.tolerance != kAutoTolerance)
    throw InputError("contiguity: the tolerance must be zero or positive (map units)");
  WeightsResult result;
  const PolygonRings rings = readPolygonRings(geometries, result.report, options.threads);
  const double tolerance = options.tolerance == kAutoTolerance
                               ? kRelativeTolerance * extentDiagonal(rings)
                               : options.tolerance;
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
  result.weights = weightsFromLinks(geometries.size(), links, provenance.str());
  return result;
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
