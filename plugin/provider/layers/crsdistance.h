#pragma once
// Distances in metres for a layer's CRS: a geographic CRS measures geodesics on its own ellipsoid
// (PROJ's geod_inverse in the core); a projected CRS measures straight lines in map units,
// converted to metres with the units' factor. Distances in a projected CRS carry its scale error
// (RD New: within about 0.01 % across the Netherlands).
#include "weights/distance_metric.h"

#include <QString>

#include <qgscoordinatereferencesystem.h>

class QgsFeatureSource;
class QgsProcessingFeedback;

// The CRS, or an invalid one when it says nothing about the coordinates: GDAL reads a GeoPackage's
// srs_id 0 and -1 (what ogr2ogr writes for data without a CRS, such as a shapefile without .prj)
// as "Undefined geographic SRS" and "Undefined Cartesian SRS", valid-looking CRSs without an
// authority. Measuring in them would take metres for degrees; they are treated as no CRS at all,
// whatever the format.
QgsCoordinateReferenceSystem definedCrs(const QgsCoordinateReferenceSystem &crs);

// Warns when `parameter`'s source has no CRS (or an undefined one) while the run measures in
// `target`: its coordinates are then taken as they are, in the target's units.
void warnIfWithoutCrs(const QgsFeatureSource &source, const QString &parameter,
                      QgsProcessingFeedback *feedback);

struct CrsDistance {
  resilience::DistanceMetric metric = resilience::DistanceMetric::planar();
  double metresPerUnit = 1.0; // 1 for ellipsoidal metrics, whose distances are metres already
  QString description;
};

// Warns through feedback when the CRS is missing (or undefined, see definedCrs) or its units are
// unknown (map units are then taken as metres).
CrsDistance crsDistance(const QgsCoordinateReferenceSystem &crs, QgsProcessingFeedback *feedback);
