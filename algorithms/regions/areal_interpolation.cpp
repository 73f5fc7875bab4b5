#include "regions/areal_interpolation.h"

#include "accessibility/point_in_polygon.h"

#include "common/geos_context.h"
#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "io/wkb_reading.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace resilience {

namespace {

struct Box {
  double xmin = 0, ymin = 0, xmax = -1, ymax = -1; // empty when xmax < xmin
  bool empty() const { return xmax < xmin; }
  bool overlaps(const Box &o) const {
    return !empty() && !o.empty() && xmin <= o.xmax && o.xmin <= xmax && ymin <= o.ymax &&
           o.ymin <= ymax;
  }
};

Box boxOf(GEOSContextHandle_t h, const GEOSGeometry *g) {
  Box b;
  if (!g || GEOSisEmpty_r(h, g) == 1)
    return b;
  GEOSGeom_getXMin_r(h, g, &b.xmin);
  GEOSGeom_getYMin_r(h, g, &b.ymin);
  GEOSGeom_getXMax_r(h, g, &b.xmax);
  GEOSGeom_getYMax_r(h, g, &b.ymax);
  return b;
}

double areaOf(GEOSContextHandle_t h, const GEOSGeometry *g) {
  double a = 0.0;
  if (g)
    GEOSArea_r(h, g, &a);
  return a;
}

// A uniform grid over the sources' boxes: each source is listed in the cells its box touches.
class BoxGrid {
public:
  explicit BoxGrid(const std::vector<Box> &boxes) : boxes_(boxes) {
    Box all;
    double sumW = 0, sumH = 0;
    std::size_t count = 0;
    for (const Box &b : boxes) {
      if (b.empty())
        continue;
      if (all.empty())
        all = b;
      all.xmin = std::min(all.xmin, b.xmin);
      all.ymin = std::min(all.ymin, b.ymin);
      all.xmax = std::max(all.xmax, b.xmax);
      all.ymax = std::max(all.ymax, b.ymax);
      sumW += b.xmax - b.xmin;
      sumH += b.ymax - b.ymin;
      ++count;
    }
    extent_ = all;
    if (count == 0)
      return;
    // Cells about the size of an average box: a box touches a few cells, a cell holds a few boxes.
    cell_ = std::max({sumW / count, sumH / count, 1e-9 * std::max(all.xmax - all.xmin, 1.0)});
    columns_ =
        std::max<std::size_t>(1, static_cast<std::size_t>((all.xmax - all.xmin) / cell_) + 1);
    rows_ = std::max<std::size_t>(1, static_cast<std::size_t>((all.ymax - all.ymin) / cell_) + 1);
    while (columns_ * rows_ > 4 * boxes.size() + 16) { // keep the grid near the number of boxes
      cell_ *= 2;
      columns_ = static_cast<std::size_t>((all.xmax - all.xmin) / cell_) + 1;
      rows_ = static_cast<std::size_t>((all.ymax - all.ymin) / cell_) + 1;
    }
    start_.assign(columns_ * rows_ + 1, 0);
    forCells(boxesRange(), [&](std::size_t cell, std::uint32_t) { ++start_[cell + 1]; });
    for (std::size_t c = 0; c < columns_ * rows_; ++c)
      start_[c + 1] += start_[c];
    items_.resize(start_.back());
    std::vector<std::size_t> fill(start_.begin(), start_.end() - 1);
    forCells(boxesRange(), [&](std::size_t cell, std::uint32_t i) { items_[fill[cell]++] = i; });
  }

  // Sources whose box overlaps b, each once, ascending.
  void query(const Box &b, std::vector<std::uint32_t> &out) const {
    out.clear();
    if (start_.empty() || !b.overlaps(extent_))
      return;
    const auto [c0, c1, r0, r1] = cellRange(b);
    for (std::size_t r = r0; r <= r1; ++r)
      for (std::size_t c = c0; c <= c1; ++c) {
        const std::size_t cell = r * columns_ + c;
        for (std::size_t k = start_[cell]; k < start_[cell + 1]; ++k)
          if (boxes_[items_[k]].overlaps(b))
            out.push_back(items_[k]);
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

private:
  struct Range {
    std::size_t c0, c1, r0, r1;
  };
  Range cellRange(const Box &b) const {
    const auto clampIndex = [](double v, std::size_t n) {
      return static_cast<std::size_t>(std::clamp(v, 0.0, static_cast<double>(n - 1)));
    };
    return {clampIndex((b.xmin - extent_.xmin) / cell_, columns_),
            clampIndex((b.xmax - extent_.xmin) / cell_, columns_),
            clampIndex((b.ymin - extent_.ymin) / cell_, rows_),
            clampIndex((b.ymax - extent_.ymin) / cell_, rows_)};
  }
  std::size_t boxesRange() const { return boxes_.size(); }
  template <class Fn> void forCells(std::size_t n, Fn fn) const {
    for (std::size_t i = 0; i < n; ++i) {
      if (boxes_[i].empty())
        continue;
      const Range g = cellRange(boxes_[i]);
      for (std::size_t r = g.r0; r <= g.r1; ++r)
        for (std::size_t c = g.c0; c <= g.c1; ++c)
          fn(r * columns_ + c, static_cast<std::uint32_t>(i));
    }
  }

  const std::vector<Box> &boxes_;
  Box extent_;
  double cell_ = 1.0;
  std::size_t columns_ = 0, rows_ = 0;
  std::vector<std::size_t> start_;
  std::vector<std::uint32_t> items_;
};

} // namespace

AreaLinks polygonAreaLinks(const std::vector<std::vector<unsigned char>> &sources,
                           const std::vector<std::vector<unsigned char>> &targets, unsigned threads,
                           const std::atomic<bool> *cancel) {
  if (sources.size() > std::numeric_limits<std::uint32_t>::max() ||
      targets.size() > std::numeric_limits<std::uint32_t>::max())
    throw InputError("areal interpolation: more than 4 billion polygons");
  AreaLinks out;
  out.sourceArea.assign(sources.size(), 0.0);
  out.targetArea.assign(targets.size(), 0.0);
  std::vector<Box> boxes(sources.size());

  // Sources: read (and repaired) once, with area and box. The geometries are kept for the
  // overlays on every thread: GEOS geometries may be read from several threads at once once their
  // envelope exists (GEOS caches it on first use; boxOf computes it here, on the reading thread).
  // The contexts that made them live until the end, after the geometries (declared first).
  const unsigned sourceChunks = effectiveThreads(threads, sources.size());
  std::vector<std::unique_ptr<GeosThreadContext>> readers;
  for (unsigned c = 0; c < sourceChunks; ++c)
    readers.push_back(std::make_unique<GeosThreadContext>());
  std::vector<GeosGeometry> sourceGeometry(sources.size());
  {
    std::vector<std::vector<std::size_t>> repaired(sourceChunks);
    forEachChunk(sources.size(), sourceChunks, [&](unsigned c, std::size_t begin, std::size_t end) {
      const GeosThreadContext &ctx = *readers[c];
      for (std::size_t s = begin; s < end; ++s) {
        if (sources[s].empty())
          continue;
        ValidGeometry g = readValidGeometry(ctx, sources[s], s);
        if (g.repaired)
          repaired[c].push_back(s);
        out.sourceArea[s] = areaOf(ctx.handle(), g.geometry.get());
        boxes[s] = boxOf(ctx.handle(), g.geometry.get());
        sourceGeometry[s] = std::move(g.geometry);
      }
    });
    for (const auto &r : repaired)
      out.repairedSources.insert(out.repairedSources.end(), r.begin(), r.end());
  }
  const BoxGrid grid(boxes);

  // Targets: overlay with every candidate source.
  const unsigned chunks = costlyItemThreads(threads, targets.size());
  std::vector<std::vector<ApportionLink>> links(chunks);
  std::vector<std::vector<std::size_t>> repaired(chunks);
  forEachChunk(targets.size(), chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    GeosThreadContext ctx;
    GEOSContextHandle_t h = ctx.handle();
    std::vector<std::uint32_t> candidates;
    for (std::size_t t = begin; t < end; ++t) {
      if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
      if (targets[t].empty())
        continue;
      ValidGeometry target = readValidGeometry(ctx, targets[t], t);
      if (target.repaired)
        repaired[c].push_back(t);
      if (!target.geometry)
        continue;
      out.targetArea[t] = areaOf(h, target.geometry.get());
      grid.query(boxOf(h, target.geometry.get()), candidates);
      if (candidates.empty())
        continue;
      const GEOSPreparedGeometry *prepared = GEOSPrepare_r(h, target.geometry.get());
      for (std::uint32_t s : candidates) {
        if (!(out.sourceArea[s] > 0.0))
          continue;
        const GEOSGeometry *source = sourceGeometry[s].get();
        if (!source || GEOSPreparedIntersects_r(h, prepared, source) != 1)
          continue;
        double a = 0.0;
        if (GEOSPreparedContainsProperly_r(h, prepared, source) == 1) {
          a = out.sourceArea[s];
        } else {
          GeosGeometry cut = ctx.own(GEOSIntersection_r(h, target.geometry.get(), source));
          if (!cut) {
            GEOSPreparedGeom_destroy_r(h, prepared);
            throw InputError("areal interpolation: GEOS could not intersect target " +
                             featureAtPosition(t) + " with source " + featureAtPosition(s));
          }
          a = areaOf(h, cut.get());
        }
        if (a > 0.0)
          links[c].push_back({s, static_cast<std::uint32_t>(t), a / out.sourceArea[s], a});
      }
      GEOSPreparedGeom_destroy_r(h, prepared);
    }
  });
  for (unsigned c = 0; c < chunks; ++c) {
    out.links.insert(out.links.end(), links[c].begin(), links[c].end());
    out.repairedTargets.insert(out.repairedTargets.end(), repaired[c].begin(), repaired[c].end());
  }
  return out;
}

PointWeightLinks pointWeightLinks(const std::vector<double> &x, const std::vector<double> &y,
                                  const MaskedValues &weight,
                                  const std::vector<std::vector<unsigned char>> &sources,
                                  const std::vector<std::vector<unsigned char>> &targets,
                                  unsigned threads) {
  if (x.size() != y.size() || x.size() != weight.size())
    throw InputError("areal interpolation: the weight points have " + std::to_string(x.size()) +
                     " x, " + std::to_string(y.size()) + " y and " + std::to_string(weight.size()) +
                     " weights");
  const PointsInPolygons inSource = polygonsContainingPoints(x, y, sources, threads);
  const PointsInPolygons inTarget = polygonsContainingPoints(x, y, targets, threads);
  PointWeightLinks out;
  std::vector<double> sourceWeight(sources.size(), 0.0), targetWeight(targets.size(), 0.0),
      targetCovered(targets.size(), 0.0);
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>> pairs; // (t, s), w
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (!weight.isValid(k)) {
      ++out.pointsWithoutWeight;
      continue;
    }
    const double w = weight.values[k];
    if (w < 0.0)
      throw InputError("areal interpolation: weight point " + std::to_string(k + 1) +
                       " has a negative weight " + std::to_string(w));
    const std::size_t s = inSource.polygon[k], t = inTarget.polygon[k];
    if (t != kNoPolygon)
      targetWeight[t] += w;
    if (s == kNoPolygon) {
      ++out.pointsOutsideSources;
      continue;
    }
    sourceWeight[s] += w;
    if (t == kNoPolygon)
      continue;
    targetCovered[t] += w;
    pairs.push_back({{static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(s)}, w});
  }
  // Sum the weight of every (target, source) pair, in target order then source order.
  std::sort(pairs.begin(), pairs.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
  for (std::size_t k = 0; k < pairs.size();) {
    const auto key = pairs[k].first;
    double w = 0.0;
    for (; k < pairs.size() && pairs[k].first == key; ++k)
      w += pairs[k].second;
    const std::uint32_t t = key.first, s = key.second;
    if (sourceWeight[s] > 0.0 && w > 0.0)
      out.links.push_back({s, t, w / sourceWeight[s], w});
  }
  for (std::size_t s = 0; s < sources.size(); ++s)
    if (!(sourceWeight[s] > 0.0))
      out.sourcesWithoutWeight.push_back(s);
  out.coverage = MaskedValues(targets.size());
  for (std::size_t t = 0; t < targets.size(); ++t)
    if (targetWeight[t] > 0.0)
      out.coverage.set(t, targetCovered[t] / targetWeight[t]);
  return out;
}

MaskedValues areaCoverage(const AreaLinks &links) {
  std::vector<double> covered(links.targetArea.size(), 0.0);
  for (const ApportionLink &l : links.links)
    covered[l.target] += l.weight;
  MaskedValues out(links.targetArea.size());
  for (std::size_t t = 0; t < covered.size(); ++t)
    if (links.targetArea[t] > 0.0)
      out.set(t, covered[t] / links.targetArea[t]);
  return out;
}

ApportionResult apportion(const std::vector<ApportionLink> &links, std::size_t sources,
                          std::size_t targets, const std::vector<std::string> &extensiveNames,
                          const std::vector<MaskedValues> &extensive,
                          const std::vector<std::string> &intensiveNames,
                          const std::vector<MaskedValues> &intensive) {
  for (const auto *columns : {&extensive, &intensive})
    for (const MaskedValues &column : *columns)
      if (column.size() != sources)
        throw InputError("areal interpolation: a field has " + std::to_string(column.size()) +
                         " values for " + std::to_string(sources) + " sources");
  std::vector<std::uint8_t> targetLinked(targets, 0), sourceLinked(sources, 0);
  std::vector<double> coveredShare(sources, 0.0);
  for (const ApportionLink &l : links) {
    if (l.source >= sources || l.target >= targets)
      throw InputError("areal interpolation: a link refers to source " +
                       std::to_string(l.source + 1) + " or target " + std::to_string(l.target + 1) +
                       ", beyond the " + std::to_string(sources) + " sources and " +
                       std::to_string(targets) + " targets");
    if (!(std::isfinite(l.share) && l.share >= 0.0 && std::isfinite(l.weight) && l.weight >= 0.0))
      throw InputError("areal interpolation: the link of source " + std::to_string(l.source + 1) +
                       " to target " + std::to_string(l.target + 1) +
                       " has a negative or non-finite share");
    targetLinked[l.target] = 1;
    sourceLinked[l.source] = 1;
    coveredShare[l.source] += l.share;
  }
  ApportionResult r;
  for (std::size_t t = 0; t < targets; ++t)
    if (!targetLinked[t])
      r.unlinkedTargets.push_back(t);
  for (std::size_t s = 0; s < sources; ++s)
    if (!sourceLinked[s])
      r.unlinkedSources.push_back(s);

  for (std::size_t f = 0; f < extensive.size(); ++f) {
    ApportionedField out{extensiveNames.at(f), MaskedValues(targets), 0, 0, 0, 0};
    const MaskedValues &v = extensive[f];
    std::vector<double> sum(targets, 0.0);
    std::vector<std::uint8_t> unknown(targets, 0);
    for (const ApportionLink &l : links) {
      if (!v.isValid(l.source)) {
        unknown[l.target] |= l.share > 0.0;
        continue;
      }
      sum[l.target] += v.values[l.source] * l.share;
    }
    for (std::size_t s = 0; s < sources; ++s)
      if (v.isValid(s)) {
        out.sumSources += v.values[s];
        out.sumCovered += v.values[s] * coveredShare[s];
      }
    for (std::size_t t = 0; t < targets; ++t) {
      if (!targetLinked[t])
        continue;
      if (unknown[t]) {
        ++out.nullTargets;
        continue;
      }
      out.values.set(t, sum[t]);
      out.sumTargets += sum[t];
    }
    r.extensive.push_back(std::move(out));
  }
  for (std::size_t f = 0; f < intensive.size(); ++f) {
    ApportionedField out{intensiveNames.at(f), MaskedValues(targets), 0, 0, 0, 0};
    const MaskedValues &v = intensive[f];
    std::vector<double> sum(targets, 0.0), weights(targets, 0.0);
    std::vector<std::uint8_t> unknown(targets, 0);
    for (const ApportionLink &l : links) {
      if (!v.isValid(l.source)) {
        unknown[l.target] |= l.weight > 0.0;
        continue;
      }
      sum[l.target] += v.values[l.source] * l.weight;
      weights[l.target] += l.weight;
    }
    for (std::size_t t = 0; t < targets; ++t) {
      if (!targetLinked[t])
        continue;
      if (unknown[t] || !(weights[t] > 0.0)) {
        out.nullTargets += unknown[t];
        continue;
      }
      out.values.set(t, sum[t] / weights[t]);
    }
    r.intensive.push_back(std::move(out));
  }
  return r;
}

} // namespace resilience
