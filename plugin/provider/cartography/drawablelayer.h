#pragma once
// Polygons a map can draw. Rings of fewer than four points (two-point rings in CBS municipality
// layers: Baarle-Nassau, Steenbergen, Moerdijk) enclose no area, but GDAL hands every geometry a
// page's extent cuts to GEOS, which refuses them ("IllegalArgumentException: Invalid number of
// points in LinearRing found 2") and the feature is not drawn. Such rings are dropped before any
// layer is drawn (io/wkb_reading.h withoutDegenerateRings), reported once.
#include <memory>

class QgsProcessingFeedback;
class QgsVectorLayer;

// A memory copy of `input` (same fields, CRS and subset of features) without degenerate rings,
// with a warning naming the features; null when no feature has one (draw `input` itself).
std::unique_ptr<QgsVectorLayer> withoutDegenerateRings(const QgsVectorLayer &input,
                                                       QgsProcessingFeedback *feedback);
