#pragma once
// A fast, conservative validity test for one closed ring (x, y interleaved, last point = first):
// true only when the ring is certainly simple (no repeated points, no edge touching a non-adjacent
// edge, no spike) under floating-point error bounds. False means "not sure": the caller falls back
// to GEOSisValid. Cost O(n^2), meant for small rings such as tessellation cells.
#include <cstddef>

namespace resilience {

bool isCertainlySimpleRing(const double *xy, std::size_t points);

} // namespace resilience
