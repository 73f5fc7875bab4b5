#include "layers/origins.h"

#include "accessibility/point_in_polygon.h"
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

// Origins from weighted points (address points with their counts): each point belongs to the
// neighbourhood that contains it; neighbourhoods without any point fall back to their point on
// surface.
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
  const auto located = resilience::representativePoints(read.wkb, RepresentativePoint::Centroid);
  const auto inside = resilience::polygonsContainingPoints(located.x, located.y, areas.wkb);

  AccessibilityOrigins origins;
  std::vector<std::uint8_t> covered(areas.size(), 0);
  std::size_t outside = 0, nullWeight = 0, zeroWeight = 0;
  for (std::size_t p = 0; p < read.size(); ++p) {
    const double weight = weightField.isEmpty() ? 1.0 : weights.values[p];
    if (!weightField.isEmpty() && !weights.isValid(p)) {
      ++nullWeight;
    } else if (weight == 0.0) {
      ++zeroWeight;
    } else if (inside.polygon[p] == resilience::kNoPolygon) {
      ++outside;
    } else {
      origins.x.push_back(located.x[p]);
      origins.y.push_back(located.y[p]);
      origins.area.push_back(inside.polygon[p]);
      origins.weight.push_back(weight);
      covered[inside.polygon[p]] = 1;
    }
  }
  feedback->pushInfo(QObject::tr("Origin points: %1 of %2 used; %3 outside every neighbourhood "
                                 "or without geometry, %4 with NULL weight, %5 with weight 0")
                         .arg(origins.x.size())
                         .arg(read.size())
                         .arg(outside)
                         .arg(nullWeight)
                         .arg(zeroWeight));

  std::vector<std::size_t> fallback;
  for (std::size_t i = 0; i < areas.size(); ++i)
    if (!covered[i])
      fallback.push_back(i);
  if (!fallback.empty()) {
    const auto surface =
        resilience::representativePoints(areas.wkb, RepresentativePoint::PointOnSurface);
    for (std::size_t i : fallback) {
      origins.x.push_back(surface.x[i]);
      origins.y.push_back(surface.y[i]);
      origins.area.push_back(i);
      origins.weight.push_back(1.0);
    }
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) contain no origin point and use their "
                                      "point on surface instead (feature ids %2)")
                              .arg(fallback.size())
                              .arg(someFeatureIds(fallback, areas.ids)));
  }
  return origins;
}

AccessibilityOrigins originsFromPolygons(const FeatureColumns &areas, RepresentativePoint kind,
                                         QgsProcessingFeedback *feedback) {
  const auto points = resilience::representativePoints(areas.wkb, kind);
  if (!points.report.repaired.empty())
    feedback->pushInfo(QObject::tr("%1 invalid polygon(s) were repaired before taking their "
                                   "point (feature ids %2)")
                           .arg(points.report.repaired.size())
                           .arg(someFeatureIds(points.report.repaired, areas.ids)));
  AccessibilityOrigins origins;
  origins.x = points.x;
  origins.y = points.y;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    origins.area.push_back(i);
    origins.weight.push_back(1.0);
  }
  return origins;
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
