#pragma once
// Areal interpolation: values of one boundary vintage re-apportioned to another (municipal
// mergers, buurt codes that change yearly), as PySAL tobler's area_interpolate and the Dutch
// practice of conversion tables between boundary years (omzetmatrices).
//
// Every source s and target t are linked by a share and a weight:
// - from geometry: a_st = area(s intersect t); share = a_st / area(s) (the part of the source's
//   count that lies in the target), weight = a_st;
// - from a crosswalk table: share = weight = the table's share of s that goes to t.
// Extensive values (counts) are split: value_t = sum_s v_s share_st. Intensive values (rates) are
// averaged: value_t = sum_s v_s weight_st / sum_s weight_st. A target gets NULL for a field when a
// source linked to it with a positive share is NULL there (an unknown part cannot be split), or
// when nothing is linked to it. Counts are conserved: the sum over the targets equals the sum over
// the sources of v_s times the share of s that the targets cover.
#include "common/masked_values.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

struct ApportionLink {
  std::uint32_t source = 0, target = 0;
  double share = 0.0;  // part of the source's count that goes to the target
  double weight = 0.0; // weight of the source in the target's mean of rates
};

// The links of every pair of source and target polygons that overlap with positive area, in
// target order (then source order), and the areas. GEOS overlays on prepared target geometries,
// a grid index on the sources' boxes, `threads` threads (0 = all); the result does not depend on
// the thread count. Invalid polygons are repaired (MakeValid) and listed; empty ones have no area.
struct AreaLinks {
  std::vector<ApportionLink> links;
  std::vector<double> sourceArea, targetArea;
  std::vector<std::size_t> repairedSources, repairedTargets;
};
// `cancel`, when set from another thread (the user pressed Cancel), stops the overlay: Cancelled
// is thrown and no links are returned.
AreaLinks polygonAreaLinks(const std::vector<std::vector<unsigned char>> &sources,
                           const std::vector<std::vector<unsigned char>> &targets,
                           unsigned threads = 0, const std::atomic<bool> *cancel = nullptr);

// Population-weighted links (tobler's and CBS's practice with finer data): each weight point
// (x, y, w), e.g. an address or the centre of a CBS 100 m square with its inhabitants, adds w to
// w_st of the source and target that contain it (a point on a shared boundary goes to the polygon
// with the lowest index). share = w_st / (the weight of all points in s), weight = w_st; points
// in a source but in no target keep their part of its count out of the targets, as the area
// outside the targets does. coverage = the share of the weight in t that lies in some source.
struct PointWeightLinks {
  std::vector<ApportionLink> links;              // target order, then source order
  MaskedValues coverage;                         // per target; NULL for a target without weight
  std::vector<std::size_t> sourcesWithoutWeight; // no weight point inside: nothing to split by
  std::size_t pointsOutsideSources = 0;
  std::size_t pointsWithoutWeight = 0; // NULL weight: left out
};
// Throws InputError for sizes that differ or a negative weight (naming the point, 1-based).
PointWeightLinks pointWeightLinks(const std::vector<double> &x, const std::vector<double> &y,
                                  const MaskedValues &weight,
                                  const std::vector<std::vector<unsigned char>> &sources,
                                  const std::vector<std::vector<unsigned char>> &targets,
                                  unsigned threads = 0);

struct ApportionedField {
  std::string name;
  MaskedValues values;         // per target
  double sumSources = 0.0;     // over every source with a value
  double sumCovered = 0.0;     // sum of v_s times the share of s linked to some target
  double sumTargets = 0.0;     // over every target with a value
  std::size_t nullTargets = 0; // targets NULL because a linked source is NULL
};

struct ApportionResult {
  std::vector<ApportionedField> extensive, intensive;
  std::vector<std::size_t> unlinkedTargets; // targets no source reaches
  std::vector<std::size_t> unlinkedSources; // sources linked to no target
};

// fields: one column per field over the sources. Throws InputError for columns whose length is
// not `sources`, links outside the ranges or with negative or non-finite shares or weights.
ApportionResult apportion(const std::vector<ApportionLink> &links, std::size_t sources,
                          std::size_t targets, const std::vector<std::string> &extensiveNames,
                          const std::vector<MaskedValues> &extensive,
                          const std::vector<std::string> &intensiveNames,
                          const std::vector<MaskedValues> &intensive);

// Share of each target's area covered by the sources: sum_s a_st / area(t); NULL for a target
// without area.
MaskedValues areaCoverage(const AreaLinks &links);

} // namespace resilience
