#pragma once
// Distances in metres for a layer's CRS: a geographic CRS measures geodesics on its own ellipsoid
// (PROJ's geod_inverse in the core); a projected CRS measures straight lines in map units,
// converted to metres with the units' factor. Distances in a projected CRS carry its scale error
// (RD New: within about 0.01 % across the Netherlands).
#include "weights/distance_metric.h"

#include <QString>

class QgsCoordinateReferenceSystem;
class QgsProcessingFeedback;

struct CrsDistance {
  resilience::DistanceMetric metric = resilience::DistanceMetric::planar();
  double metresPerUnit = 1.0; // 1 for ellipsoidal metrics, whose distances are metres already
  QString description;
};

// Warns through feedback when the CRS is missing or its units are unknown (map units are then
// taken as metres).
CrsDistance crsDistance(const QgsCoordinateReferenceSystem &crs, QgsProcessingFeedback *feedback);
