#include "parameters/catchmentparameters.h"

#include <qgsprocessingparameters.h>

QgsProcessingParameterDefinition *neighbourhoodPolygonsParameter() {
  return new QgsProcessingParameterFeatureSource(QStringLiteral("INPUT"),
                                                 QObject::tr("Neighbourhood polygons"),
                                                 QList<int>() << QgsProcessing::TypeVectorPolygon);
}

QgsProcessingParameterDefinition *catchmentDistanceParameter() {
  return new QgsProcessingParameterNumber(QStringLiteral("DISTANCE"),
                                          QObject::tr("Catchment distance (metres)"),
                                          QgsProcessingParameterNumber::Double, 1000.0, false, 0.0);
}

QList<QgsProcessingParameterDefinition *> roadParameters() {
  QList<QgsProcessingParameterDefinition *> list;
  list << new QgsProcessingParameterFeatureSource(
      QStringLiteral("ROADS"),
      QObject::tr("Road network for network distances (straight lines when empty)"),
      QList<int>() << QgsProcessing::TypeVectorLine, QVariant(), true);
  list << new QgsProcessingParameterNumber(
      QStringLiteral("ROAD_TOLERANCE"), QObject::tr("Road topology tolerance (map units of ROADS)"),
      QgsProcessingParameterNumber::Double, 0.0, true, 0.0);
  return list;
}
