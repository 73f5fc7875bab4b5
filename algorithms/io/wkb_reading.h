#pragma once
// Reading polygon WKB into GEOS, including blobs GEOS's own reader refuses although they are
// well-formed WKB: rings with fewer than four points or not closed (as left by quantised or
// simplified data, e.g. TopoJSON). Such rings cannot carry area: they are dropped (a polygon whose
// shell is dropped goes with it) and unclosed rings are closed, before the usual validity repair.
#include "common/geos_context.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace resilience {

// Null when the blob is not WKB at all. `rebuilt` is set when degenerate rings had to be dropped or
// closed; the caller reports such features as repaired.
GeosGeometry readWkbLenient(const GeosThreadContext &ctx, const std::vector<unsigned char> &wkb,
                            bool &rebuilt);

// Whether withoutDegenerateRings changes a ring of `points` points (closed: its first point is
// its last): it closes an open ring and drops one of fewer than four points. Callers holding
// parsed geometries test their rings with it and serialise only the few that need the repair.
inline bool ringNeedsRepair(std::size_t points, bool closed) {
  return !closed || points < 4;
}

// A polygon or multipolygon blob without its rings of fewer than four points (they enclose no
// area, and GEOS refuses them wherever a library converts the geometry: "IllegalArgumentException:
// Invalid number of points in LinearRing found 2" when a map is drawn), open rings closed, as a
// 2D little-endian multipolygon (a part whose shell is dropped goes with its holes). `dropped`
// counts the rings left out. Empty when nothing had to change or the blob is no polygon: keep it.
std::vector<unsigned char> withoutDegenerateRings(const std::vector<unsigned char> &wkb,
                                                  std::size_t &dropped);

// Feature `feature`'s geometry ready for GEOS operations: read leniently, then repaired with
// GEOSMakeValid when invalid. `geometry` is null for an empty geometry; `repaired` is set when
// rings were rebuilt while reading or the geometry was repaired (callers report such features;
// an empty geometry that was rebuilt had rings but no area). `check`, if given, sees the geometry
// as read, before any repair (e.g. to refuse points where polygons are needed), and may throw.
// Throws InputError naming the feature when the blob is not WKB or GEOS cannot repair it.
struct ValidGeometry {
  GeosGeometry geometry;
  bool repaired = false;
};
ValidGeometry readValidGeometry(const GeosThreadContext &ctx, const std::vector<unsigned char> &wkb,
                                std::size_t feature,
                                const std::function<void(const GEOSGeometry *)> &check = {});

} // namespace resilience
