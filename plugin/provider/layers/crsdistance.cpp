#include "layers/crsdistance.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsellipsoidutils.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingfeedback.h>
#include <qgsunittypes.h>

QgsCoordinateReferenceSystem definedCrs(const QgsCoordinateReferenceSystem &crs) {
  if (!crs.isValid() || !crs.authid().isEmpty())
    return crs;
  const QString wkt = crs.toWkt();
  if (wkt.contains(QLatin1String("Undefined geographic SRS")) ||
      wkt.contains(QLatin1String("Undefined Cartesian SRS")))
    return QgsCoordinateReferenceSystem();
  return crs;
}

void warnIfWithoutCrs(const QgsFeatureSource &source, const QString &parameter,
                      QgsProcessingFeedback *feedback) {
  if (feedback && !definedCrs(source.sourceCrs()).isValid())
    feedback->pushWarning(QObject::tr("%1 (%2) has no CRS: its coordinates are taken as they are, "
                                      "in the map units of the layer they are measured with")
                              .arg(parameter, source.sourceName()));
}

CrsDistance crsDistance(const QgsCoordinateReferenceSystem &layerCrs,
                        QgsProcessingFeedback *feedback) {
  CrsDistance out;
  const QgsCoordinateReferenceSystem crs = definedCrs(layerCrs);
  if (!crs.isValid()) {
    out.description = QObject::tr("planar distances in map units (the layer has no CRS; map "
                                  "units are taken as metres)");
    if (feedback)
      feedback->pushWarning(QObject::tr("The layer has no CRS: distances are in its map units, "
                                        "which are taken as metres"));
    return out;
  }
  if (crs.isGeographic()) {
    QgsEllipsoidUtils::EllipsoidParameters e =
        QgsEllipsoidUtils::ellipsoidParameters(crs.ellipsoidAcronym());
    if (!e.valid || e.semiMajor <= 0.0) {
      e = QgsEllipsoidUtils::ellipsoidParameters(QStringLiteral("EPSG:7030"));
      if (feedback)
        feedback->pushWarning(
            QObject::tr("The ellipsoid of %1 is unknown; WGS 84 is used").arg(crs.authid()));
    }
    const double flattening = (e.semiMajor - e.semiMinor) / e.semiMajor;
    out.metric = resilience::DistanceMetric::ellipsoidal(e.semiMajor, flattening);
    out.description = QObject::tr("ellipsoidal distances in metres on the ellipsoid of %1 "
                                  "(a = %2 m, 1/f = %3)")
                          .arg(crs.authid())
                          .arg(e.semiMajor, 0, 'f', 3)
                          .arg(flattening > 0 ? 1.0 / flattening : 0.0, 0, 'f', 6);
    return out;
  }
  const QgsUnitTypes::DistanceUnit units = crs.mapUnits();
  if (units == QgsUnitTypes::DistanceUnknownUnit) {
    if (feedback)
      feedback->pushWarning(
          QObject::tr("The units of %1 are unknown: they are taken as metres").arg(crs.authid()));
  } else {
    out.metresPerUnit = QgsUnitTypes::fromUnitToUnitFactor(units, QgsUnitTypes::DistanceMeters);
  }
  out.description = QObject::tr("planar distances in %1 (%2), converted to metres")
                        .arg(crs.authid(), QgsUnitTypes::toString(units));
  return out;
}
