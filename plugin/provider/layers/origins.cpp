#include "layers/origins.h"

#include "accessibility/origins.h"
#include "layers/crsdistance.h"
#include "parameters/namedenumparameter.h"
#include "weights/representative_points.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <memory>

using resilience::AccessibilityOrigins;
using resilience::MaskedValues;
using resilience::RepresentativePoint;

namespace {

const QString kOrigin = QStringLiteral("ORIGIN");
const QString kOriginPoints = QStringLiteral("ORIGIN_POINTS");
const QString kOriginWeight = QStringLiteral("ORIGIN_WEIGHT");

// Reads `source` transformed to crs; a source or target without a (defined) CRS is read as it is.
QgsFeatureRequest inCrs(const QgsFeatureSource &source, const QgsCoordinateReferenceSystem &crs,
                        QgsProcessingContext &context) {
  QgsFeatureRequest request;
  if (crs.isValid() && definedCrs(source.sourceCrs()).isValid())
    request.setDestinationCrs(crs, context.transformContext());
  return request;
}

// Origins from weighted points (address points with their counts), origins.h in the core.
AccessibilityOrigins originsFromPoints(const FeatureColumns &areas,
                                       const QgsProcessingFeatureSource &points,
                                       const QString &weightField, QgsProcessingContext &context,
                                       const QgsCoordinateReferenceSystem &crs,
                                       QgsProcessingFeedback *feedback) {
  const FeatureColumns read = readFeatureColumns(points, {weightField}, {kOriginWeight}, feedback,
                                                 inCrs(points, crs, context));
  const MaskedValues &weights = read.numbers[0];
  if (!weightField.isEmpty())
    requireNonNegative(weights, read, kOriginWeight, weightField);
  resilience::PointOrigins located = resilience::originsFromPoints(areas.wkb, read.wkb, weights);
  feedback->pushInfo(QObject::tr("Origin points: %1 of %2 used; %3 outside every neighbourhood "
                                 "or without geometry, %4 with NULL weight, %5 with weight 0")
                         .arg(located.used)
                         .arg(read.size())
                         .arg(located.outside)
                         .arg(located.nullWeight)
                         .arg(located.zeroWeight));
  if (!located.fallback.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) contain no origin point and use their "
                                      "point on surface instead (feature ids %2)")
                              .arg(located.fallback.size())
                              .arg(someFeatureIds(located.fallback, areas.ids)));
  return std::move(located.origins);
}

AccessibilityOrigins originsFromPolygons(const FeatureColumns &areas, RepresentativePoint kind,
                                         QgsProcessingFeedback *feedback) {
  resilience::PolygonOrigins points = resilience::originsFromPolygons(areas.wkb, kind);
  if (!points.repaired.empty())
    feedback->pushInfo(QObject::tr("%1 invalid polygon(s) were repaired before taking their "
                                   "point (feature ids %2)")
                           .arg(points.repaired.size())
                           .arg(someFeatureIds(points.repaired, areas.ids)));
  return std::move(points.origins);
}

} // namespace

QList<QgsProcessingParameterDefinition *> originParameters() {
  QList<QgsProcessingParameterDefinition *> list;
  list << new NamedEnumParameter(
      kOrigin, QObject::tr("Origin of each neighbourhood"),
      {{QStringLiteral("centroid"), QObject::tr("Centroid")},
       {QStringLiteral("pointonsurface"), QObject::tr("Point on surface")},
       {QStringLiteral("points"), QObject::tr("Weighted origin points")}},
      QStringLiteral("pointonsurface"));
  list << new QgsProcessingParameterFeatureSource(
      kOriginPoints, QObject::tr("Origin points (ORIGIN 'points'), e.g. address points"),
      QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true);
  list << new QgsProcessingParameterField(
      kOriginWeight, QObject::tr("Origin point weight, e.g. residents (1 per point when empty)"),
      QVariant(), kOriginPoints, QgsProcessingParameterField::Numeric, false, true);
  return list;
}

AccessibilityOrigins readOrigins(const QgsProcessingAlgorithm &algorithm,
                                 const QVariantMap &parameters, const FeatureColumns &areas,
                                 const QgsCoordinateReferenceSystem &crs,
                                 QgsProcessingContext &context, QgsProcessingFeedback *feedback) {
  const QString origin = namedEnumValue(algorithm, parameters, kOrigin);
  if (origin == QLatin1String("points")) {
    const auto points = requireSource(algorithm, parameters, kOriginPoints, context,
                                      QgsWkbTypes::PointGeometry, QObject::tr("point"));
    warnIfWithoutCrs(*points, kOriginPoints, feedback);
    return originsFromPoints(areas, *points,
                             QgsProcessingParameters::parameterAsString(
                                 algorithm.parameterDefinition(kOriginWeight), parameters, context),
                             context, crs, feedback);
  }
  if (parameters.value(kOriginPoints).isValid() &&
      !parameters.value(kOriginPoints).toString().isEmpty())
    feedback->pushWarning(QObject::tr("ORIGIN_POINTS is ignored: it is used only with ORIGIN "
                                      "'points' (ORIGIN is '%1')")
                              .arg(origin));
  return originsFromPolygons(areas,
                             origin == QLatin1String("centroid")
                                 ? RepresentativePoint::Centroid
                                 : RepresentativePoint::PointOnSurface,
                             feedback);
}
