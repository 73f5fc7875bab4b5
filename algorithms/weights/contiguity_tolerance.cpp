#include "weights/contiguity_tolerance.h"

#include "common/input_error.h"

namespace resilience::contiguity_detail {
namespace {

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

} // namespace

std::vector<Pairs> toleranceContiguity(const PolygonRings &rings, ContiguityRule rule,
                                       double tolerance, unsigned threads,
                                       const std::atomic<bool> *cancel) {
  // Workers skip their remaining work once a cancel is seen (an exception must not leave a
  // worker thread); the throw happens here, after they have all stopped.
  const auto canceled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
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
  // groupByKey buckets by the top bits of the key: shift the cell codes up to fill 64 bits.
  const std::uint32_t cellsAcross = std::max(grid.ix(maxX + tolerance), grid.iy(maxY + tolerance));
  int usedBits = 1;
  while (usedBits < 32 && (cellsAcross >> usedBits) != 0)
    ++usedBits;
  const int keyShift = 64 - 2 * usedBits;
  auto produce = [&](std::size_t begin, std::size_t end, auto emit) {
    for (std::size_t r = begin; r < end && !canceled(); ++r)
      for (std::size_t k = rings.ringStart[r]; k + 1 < rings.ringStart[r + 1]; ++k) {
        const Segment g = segmentAt(k, feature[r]);
        const std::uint32_t x0 = grid.ix(std::min(g.ax, g.bx) - half);
        const std::uint32_t x1 = grid.ix(std::max(g.ax, g.bx) + half);
        const std::uint32_t y0 = grid.iy(std::min(g.ay, g.by) - half);
        const std::uint32_t y1 = grid.iy(std::max(g.ay, g.by) + half);
        for (std::uint32_t ix = x0; ix <= x1; ++ix)
          for (std::uint32_t iy = y0; iy <= y1; ++iy)
            emit(morton(ix, iy) << keyShift,
                 CellEntry{morton(ix, iy), static_cast<std::uint32_t>(k), feature[r]});
      }
  };
  const double tol2 = tolerance * tolerance;
  auto testCell = [&](unsigned, CellEntry *first, CellEntry *last, Pairs &out) {
    if (canceled())
      return;
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
  std::vector<Pairs> links =
      groupByKey<CellEntry>(feature.size(), 2 * segments, threads, produce, testCell);
  if (canceled())
    throw Cancelled();
  return links;
}

} // namespace resilience::contiguity_detail
