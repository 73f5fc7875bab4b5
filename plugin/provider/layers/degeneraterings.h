#pragma once
// Rings of one to three points: slivers a boundary file's generalisation collapsed (465 of them in
// the 2015 municipalities). They enclose no area, yet GEOS refuses to build them ("Invalid number
// of points in LinearRing found 2 - must be 0 or >= 4"), so every later GEOS use of the feature
// fails: QGIS drawing a map extent that cuts the feature goes through OGR's intersection test,
// leaves the feature out and prints that error to the terminal. The rule is the core's
// (io/wkb_reading.h withoutDegenerateRings); this applies it to a QGIS geometry.
#include <qgsgeometry.h>

#include <cstddef>

struct DroppedRings {
  long long rings = 0;    // rings removed (a polygon part whose shell goes counts its holes too)
  long long features = 0; // features that lost at least one
};

// Removes from `geometry` every degenerate ring (a shell with the part it bounds), closes open
// rings, and makes it a MultiPolygon. Returns false, the geometry untouched, when nothing had to
// change; `dropped` counts the rings that went.
bool dropDegenerateRings(QgsGeometry &geometry, std::size_t &dropped);
