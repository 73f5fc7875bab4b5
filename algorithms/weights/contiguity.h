#pragma once
// Contiguity weights (queen / rook) for polygon and multipolygon layers.
//
// Exact mode (tolerance 0) follows spdep::poly2nb and libpysal Queen/Rook: queen neighbours share
// at least one boundary vertex, rook neighbours share at least one boundary edge (the same two
// vertices). Vertices and edges are hashed straight from their coordinates, so the cost is linear
// in the number of vertices instead of pairwise geometry predicates.
//
// Tolerance mode (tolerance > 0, map units) is for boundaries digitised separately, with slivers
// and gaps (libpysal fuzzy_contiguity): queen neighbours have boundaries within `tolerance` of each
// other; rook neighbours have boundaries that run along each other within `tolerance` for more
// than a point (an edge of one lies along an edge of the other, or two edges overlap staggered).
// Candidate segment pairs come from a uniform grid (cell = mean segment extent), not from a GEOS
// STRtree, which keeps it within a small factor of the exact mode.
#include "weights/weights_build_report.h"

#include <string>
#include <vector>

namespace resilience {

enum class ContiguityRule { Queen, Rook };

struct ContiguityOptions {
  ContiguityRule rule = ContiguityRule::Queen;
  // Map units. 0 = exact shared vertices/edges; kAutoTolerance = kRelativeTolerance times the
  // diagonal of the layer's robust extent (1 m on a 1000 km layer, 1 mm on a 1 km one): enough for
  // coordinates that were rounded or re-projected independently, far below any real feature size.
  // The robust extent spans twice the interquartile range of the feature centres in x and y (the
  // full extent for evenly spread features), so one feature far away (a stray coordinate at
  // 1e300) cannot make the tolerance link every feature to every other.
  double tolerance = 0.0;
  unsigned threads = 0; // 0 = all hardware threads; results do not depend on it
};

inline constexpr double kAutoTolerance = -1.0;
inline constexpr double kRelativeTolerance = 1e-6;

// The tolerance kAutoTolerance resolves to for these rings (map units); 0 for an empty layer.
struct PolygonRings;
double automaticTolerance(const PolygonRings &rings);

// geometries: one WKB blob per feature; an empty blob is a NULL geometry (an island, reported).
// Invalid geometries are repaired with GEOSMakeValid first (reported). Throws InputError for blobs
// that are not WKB polygons/multipolygons.
WeightsResult contiguityWeights(const std::vector<std::vector<unsigned char>> &geometries,
                                const ContiguityOptions &options = {});

// A warning for the log when a contiguity result looks like boundaries that were not matched
// (most features without any neighbour: separately digitised, rounded or re-projected layers),
// suggesting a tolerance; empty when the result looks plausible.
std::string unmatchedBoundaryWarning(const ConnectivityReport &report);

// A warning when contiguity gives more neighbours than touching polygons can have: a planar
// tessellation averages fewer than 6 neighbours (Euler), queen corners add a few (a square grid's
// interior cells have 8), so a mean above kPlausibleContiguityMean, or on a small layer above 8
// and above half the other features, means a tolerance far too large for the features (or
// overlapping copies); empty when the result looks plausible. tolerance: the one used.
inline constexpr double kPlausibleContiguityMean = 20.0;
std::string implausibleNeighbourWarning(const ConnectivityReport &report, double tolerance);

} // namespace resilience
