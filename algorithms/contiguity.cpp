#include "contiguity.h"

#include "input_error.h"
#include "parallel_ranges.h"
#include "polygon_input.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <sstream>

namespace resilience {
namespace {

// Undirected links {i, j} with i < j, packed as (i << 32) | j; mirrored when the CSR is built.
using Pairs = std::vector<std::uint64_t>;

inline void addLink(Pairs &out, std::uint32_t a, std::uint32_t b) {
  if (a > b)
    std::swap(a, b);
  out.push_back((std::uint64_t{a} << 32) | b);
}

// Whether {a, b} is among the last few links found: a cell meets the same pair of features
// through several segment pairs, and the distance tests need not run again.
inline bool recentlyLinked(const Pairs &out, std::uint32_t a, std::uint32_t b) {
  const std::uint64_t key = a < b ? (std::uint64_t{a} << 32) | b : (std::uint64_t{b} << 32) | a;
  const std::size_t look = std::min<std::size_t>(out.size(), 4);
  for (std::size_t k = out.size() - look; k < out.size(); ++k)
    if (out[k] == key)
      return true;
  return false;
}

inline std::uint64_t spreadBits(std::uint32_t v) { // bit k moves to bit 2k
  std::uint64_t x = v;
  x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
  x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
  x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FULL;
  x = (x | (x << 2)) & 0x3333333333333333ULL;
  return (x | (x << 1)) & 0x5555555555555555ULL;
}

inline std::uint64_t morton(std::uint32_t ix, std::uint32_t iy) {
  return spreadBits(ix) | (spreadBits(iy) << 1);
}

// Spatial sort key: the Morton (Z-order) code of a point on a 2^32 x 2^32 grid over the layer
// extent. Equal points get equal keys and nearby points mostly nearby keys, so for spatially
// coherent input the buckets below are written and read almost in order (cache friendly), which
// a hash would not give.
class MortonKey {
public:
  explicit MortonKey(const PolygonRings &rings) {
    double maxX = -std::numeric_limits<double>::infinity(), maxY = maxX;
    for (std::size_t k = 0; k + 1 < rings.xy.size(); k += 2) {
      minX_ = std::min(minX_, rings.xy[k]);
      maxX = std::max(maxX, rings.xy[k]);
      minY_ = std::min(minY_, rings.xy[k + 1]);
      maxY = std::max(maxY, rings.xy[k + 1]);
    }
    const double span = std::max(maxX - minX_, maxY - minY_);
    scale_ = span > 0 ? 4294967295.0 / span : 0.0;
  }
  std::uint64_t operator()(double x, double y) const {
    return morton(quantise((x - minX_) * scale_), quantise((y - minY_) * scale_));
  }

private:
  static std::uint32_t quantise(double q) {
    return q >= 0 ? static_cast<std::uint32_t>(std::min(q, 4294967295.0)) : 0u;
  }
  double minX_ = std::numeric_limits<double>::infinity(), minY_ = minX_, scale_ = 0.0;
};

// Groups entries with equal keys without materialising them twice: produce(begin, end, emit)
// emits (key, entry) for sources [begin, end) and runs twice, once to count per bucket (top bits
// of the key, about 32 entries per bucket) and once to scatter into place. Then
// fn(chunk, first, last, out) sees each bucket. Every pass is split over threads; each thread
// appends links to its own list.
template <class Entry, class Produce, class Fn>
std::vector<Pairs> groupByKey(std::size_t sources, std::size_t expectedEntries, unsigned threads,
                              Produce produce, Fn fn) {
  int bits = 1;
  while ((std::size_t{1} << bits) < expectedEntries / 32 + 1 && bits < 30)
    ++bits;
  const int shift = 64 - bits;
  const std::size_t buckets = std::size_t{1} << bits;
  const unsigned chunks = effectiveThreads(threads, expectedEntries);
  std::vector<std::vector<std::size_t>> next(chunks, std::vector<std::size_t>(buckets, 0));
  forEachChunk(sources, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    auto &count = next[c];
    produce(b, e, [&](std::uint64_t key, const Entry &) { ++count[key >> shift]; });
  });
  std::vector<std::size_t> start(buckets + 1, 0);
  std::size_t total = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    start[b] = total;
    for (unsigned c = 0; c < chunks; ++c) {
      const std::size_t count = next[c][b];
      next[c][b] = total; // where chunk c writes its first entry of bucket b
      total += count;
    }
  }
  start[buckets] = total;
  std::unique_ptr<Entry[]> sorted(new Entry[total]); // not zero-filled: every slot is written
  forEachChunk(sources, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    auto &at = next[c];
    produce(b, e,
            [&](std::uint64_t key, const Entry &entry) { sorted[at[key >> shift]++] = entry; });
  });
  std::vector<std::vector<std::size_t>>().swap(next);
  std::vector<Pairs> links(chunks);
  forEachChunk(buckets, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    links[c].reserve(total / chunks); // address space only; untouched pages cost nothing
    for (std::size_t bucket = b; bucket < e; ++bucket)
      if (start[bucket + 1] - start[bucket] > 1) {
        const std::size_t before = links[c].size();
        fn(c, sorted.get() + start[bucket], sorted.get() + start[bucket + 1], links[c]);
        // A bucket often finds the same pair several times (near-by vertices and segments).
        const auto first = links[c].begin() + static_cast<std::ptrdiff_t>(before);
        std::sort(first, links[c].end());
        links[c].erase(std::unique(first, links[c].end()), links[c].end());
      }
  });
  return links;
}

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

// CSR from undirected links (both directions, duplicates removed, rows sorted), filled in
// parallel: each chunk of links writes its own slice of every row.
SpatialWeights weightsFromLinks(std::size_t n, const std::vector<Pairs> &links, unsigned threads,
                                std::string provenance) {
  const unsigned chunks = static_cast<unsigned>(links.size());
  std::vector<std::vector<std::size_t>> position(chunks, std::vector<std::size_t>(n, 0));
  forEachChunk(chunks, chunks, [&](unsigned, std::size_t c, std::size_t) {
    for (auto l : links[c]) {
      ++position[c][l >> 32];
      ++position[c][l & 0xffffffffu];
    }
  });
  std::vector<std::size_t> offsets(n + 1, 0);
  for (std::size_t i = 0, at = 0; i < n; ++i) {
    offsets[i] = at;
    for (unsigned c = 0; c < chunks; ++c) {
      const std::size_t count = position[c][i];
      position[c][i] = at;
      at += count;
    }
    offsets[i + 1] = at;
  }
  std::unique_ptr<std::uint32_t[]> all(new std::uint32_t[offsets[n]]);
  forEachChunk(chunks, chunks, [&](unsigned, std::size_t c, std::size_t) {
    for (auto l : links[c]) {
      const auto i = static_cast<std::uint32_t>(l >> 32), j = static_cast<std::uint32_t>(l);
      all[position[c][i]++] = j;
      all[position[c][j]++] = i;
    }
  });
  std::vector<std::vector<std::size_t>>().swap(position);
  const unsigned rowChunks = effectiveThreads(threads, n);
  std::vector<std::size_t> unique(n + 1, 0);
  forEachChunk(n, rowChunks, [&](unsigned, std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      std::uint32_t *first = all.get() + offsets[i], *last = all.get() + offsets[i + 1];
      std::sort(first, last);
      unique[i + 1] = static_cast<std::size_t>(std::unique(first, last) - first);
    }
  });
  for (std::size_t i = 0; i < n; ++i)
    unique[i + 1] += unique[i];
  std::vector<std::uint32_t> neighbours(unique[n]);
  std::vector<double> weights(unique[n]);
  forEachChunk(n, rowChunks, [&](unsigned, std::size_t b, std::size_t e) {
    std::fill(weights.begin() + static_cast<std::ptrdiff_t>(unique[b]),
              weights.begin() + static_cast<std::ptrdiff_t>(unique[e]), 1.0);
    for (std::size_t i = b; i < e; ++i)
      std::copy(all.get() + offsets[i], all.get() + offsets[i] + (unique[i + 1] - unique[i]),
                neighbours.begin() + static_cast<std::ptrdiff_t>(unique[i]));
  });
  return SpatialWeights(std::move(unique), std::move(neighbours), std::move(weights),
                        std::move(provenance));
}

// Feature of every ring, so that passes can split the rings over threads.
std::vector<std::uint32_t> ringFeatures(const PolygonRings &rings) {
  std::vector<std::uint32_t> feature(rings.ringStart.size() - 1);
  for (std::size_t f = 0; f < rings.features(); ++f)
    for (std::size_t r = rings.featureRingStart[f]; r < rings.featureRingStart[f + 1]; ++r)
      feature[r] = static_cast<std::uint32_t>(f);
  return feature;
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

// Uniform grid: cell (ix, iy) covers [origin + i * cell, origin + (i + 1) * cell).
struct Grid {
  double originX, originY, cell;
  std::uint32_t ix(double x) const { return static_cast<std::uint32_t>((x - originX) / cell); }
  std::uint32_t iy(double y) const { return static_cast<std::uint32_t>((y - originY) / cell); }
};

// The segment from point `point` to the next one lies (partly) in grid cell `cell`.
struct CellEntry {
  std::uint64_t cell; // Morton code of the cell
  std::uint32_t point, feature;
};

// Rook contact of two segments within tolerance: they run along each other for more than a point.
// Either one lies along the other (both its end points near the other segment), or they overlap
// staggered (an end point of each near the other, and those end points farther apart than the
// tolerance). Two edges meeting only at a corner have their near end points together.
bool runAlongEachOther(const Segment &s, const Segment &t, bool sa, bool sb, bool ta, bool tb,
                       double tol2) {
  if ((sa && sb) || (ta && tb))
    return true;
  auto apart = [tol2](double x1, double y1, double x2, double y2) {
    return (x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2) > tol2;
  };
  const double sx = sa ? s.ax : s.bx, sy = sa ? s.ay : s.by;
  const double tx = ta ? t.ax : t.bx, ty = ta ? t.ay : t.by;
  return (sa || sb) && (ta || tb) && apart(sx, sy, tx, ty);
}

std::vector<Pairs> toleranceContiguity(const PolygonRings &rings, ContiguityRule rule,
                                       double tolerance, unsigned threads) {
  const std::vector<std::uint32_t> feature = ringFeatures(rings);
  const double *xy = rings.xy.data();
  auto segmentAt = [xy](std::size_t point, std::uint32_t f) {
    const double *p = xy + 2 * point;
    return Segment{p[0], p[1], p[2], p[3], f};
  };
  double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
  double extentSum = 0.0;
  std::size_t segments = 0;
  for (std::size_t r = 0; r < feature.size(); ++r)
    for (std::size_t k = rings.ringStart[r]; k + 1 < rings.ringStart[r + 1]; ++k) {
      const Segment s = segmentAt(k, 0);
      minX = std::min({minX, s.ax, s.bx});
      minY = std::min({minY, s.ay, s.by});
      maxX = std::max({maxX, s.ax, s.bx});
      maxY = std::max({maxY, s.ay, s.by});
      extentSum += std::max(std::abs(s.bx - s.ax), std::abs(s.by - s.ay));
      ++segments;
    }
  if (segments == 0)
    return {};
  // Cell = twice the mean segment extent: a segment covers about two cells and a cell holds a
  // handful of segments (smaller cells multiply entries, larger ones pair tests); never so small
  // that cell indices overflow 32 bits. Boxes grow by half the tolerance each, so two segments
  // within the tolerance always have overlapping boxes.
  const double half = tolerance / 2;
  const double span = std::max(maxX - minX, maxY - minY) + 2 * tolerance;
  const Grid grid{
      minX - tolerance, minY - tolerance,
      std::max({2 * extentSum / static_cast<double>(segments), tolerance, span * 1e-9})};
  auto produce = [&](std::size_t begin, std::size_t end, auto emit) {
    for (std::size_t r = begin; r < end; ++r)
      for (std::size_t k = rings.ringStart[r]; k + 1 < rings.ringStart[r + 1]; ++k) {
        const Segment g = segmentAt(k, feature[r]);
        const std::uint32_t x0 = grid.ix(std::min(g.ax, g.bx) - half);
        const std::uint32_t x1 = grid.ix(std::max(g.ax, g.bx) + half);
        const std::uint32_t y0 = grid.iy(std::min(g.ay, g.by) - half);
        const std::uint32_t y1 = grid.iy(std::max(g.ay, g.by) + half);
        for (std::uint32_t ix = x0; ix <= x1; ++ix)
          for (std::uint32_t iy = y0; iy <= y1; ++iy)
            emit(morton(ix, iy),
                 CellEntry{morton(ix, iy), static_cast<std::uint32_t>(k), feature[r]});
      }
  };
  const double tol2 = tolerance * tolerance;
  auto testCell = [&](unsigned, CellEntry *first, CellEntry *last, Pairs &out) {
    std::sort(first, last, [](const CellEntry &a, const CellEntry &b) {
      return a.cell < b.cell || (a.cell == b.cell && a.point < b.point);
    });
    for (CellEntry *run = first; run != last;) {
      CellEntry *end = run + 1;
      while (end != last && end->cell == run->cell)
        ++end;
      for (CellEntry *a = run; a != end; ++a)
        for (CellEntry *b = a + 1; b != end; ++b) {
          if (a->feature == b->feature || recentlyLinked(out, a->feature, b->feature))
            continue;
          const Segment s = segmentAt(a->point, a->feature), t = segmentAt(b->point, b->feature);
          // Test each pair once: in the cell holding the low corner of the overlap of both boxes.
          const double lx = std::max(std::min(s.ax, s.bx), std::min(t.ax, t.bx)) - half;
          const double ly = std::max(std::min(s.ay, s.by), std::min(t.ay, t.by)) - half;
          const double hx = std::min(std::max(s.ax, s.bx), std::max(t.ax, t.bx)) + half;
          const double hy = std::min(std::max(s.ay, s.by), std::max(t.ay, t.by)) + half;
          if (lx > hx || ly > hy || morton(grid.ix(lx), grid.iy(ly)) != run->cell)
            continue;
          const bool sa = pointSegmentDistance2(s.ax, s.ay, t) <= tol2;
          const bool sb = pointSegmentDistance2(s.bx, s.by, t) <= tol2;
          const bool ta = pointSegmentDistance2(t.ax, t.ay, s) <= tol2;
          const bool tb = pointSegmentDistance2(t.bx, t.by, s) <= tol2;
          if (rule == ContiguityRule::Queen) {
            if (sa || sb || ta || tb || segmentsCross(s, t))
              addLink(out, s.feature, t.feature);
          } else if (runAlongEachOther(s, t, sa, sb, ta, tb, tol2)) {
            addLink(out, s.feature, t.feature);
          }
        }
      run = end;
    }
  };
  return groupByKey<CellEntry>(feature.size(), 2 * segments, threads, produce, testCell);
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
  if (rings.xy.size() / 2 > std::numeric_limits<std::uint32_t>::max())
    throw InputError("contiguity: the layer has more than 4294967295 vertices");
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
  result.weights = weightsFromLinks(geometries.size(), links, options.threads, provenance.str());
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
