#include "algorithms/accessibilityalgorithm.h"

#include "accessibility/accessibility.h"
#include "layers/crsdistance.h"
#include "layers/featurecolumns.h"
#include "layers/origins.h"
#include "layers/resultcolumn.h"
#include "layers/roadnetwork.h"
#include "parameters/catchmentparameters.h"
#include "weights/representative_points.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <cmath>
#include <limits>

using resilience::AccessibilityFacilities;
using resilience::AccessibilityOrigins;
using resilience::MaskedValues;
using resilience::RepresentativePoint;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kFacilities = QStringLiteral("FACILITIES");
const QString kCapacity = QStringLiteral("CAPACITY");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kDistance = QStringLiteral("DISTANCE");
const QString kDecay = QStringLiteral("DECAY");
const QString kRoads = QStringLiteral("ROADS");
const QString kRoadTolerance = QStringLiteral("ROAD_TOLERANCE");
const QString kOutput = QStringLiteral("OUTPUT");

const QString kNearestField = QStringLiteral("acc_nearest_m");
const QString kCountField = QStringLiteral("acc_count");
const QString kGravityField = QStringLiteral("acc_gravity");
const QString kRatioField = QStringLiteral("acc_2sfca");

// Reads `source` transformed to crs; a source or target without a (defined) CRS is read as it is.
QgsFeatureRequest inCrs(const QgsFeatureSource &source, const QgsCoordinateReferenceSystem &crs,
                        QgsProcessingContext &context) {
  QgsFeatureRequest request;
  if (crs.isValid() && definedCrs(source.sourceCrs()).isValid())
    request.setDestinationCrs(crs, context.transformContext());
  return request;
}

// Distances along ROADS: origins and facilities are snapped to the network (both are given in the
// INPUT CRS); those that cannot be placed count as without location.
resilience::AccessibilityResult
networkAccessibility(const QgsFeatureSource &roads, double tolerance, AccessibilityOrigins origins,
                     std::size_t areas, const MaskedValues &population,
                     AccessibilityFacilities facilities, double metres, double decayPerMetre,
                     const QgsCoordinateReferenceSystem &crs, QgsProcessingContext &context,
                     QgsProcessingFeedback *feedback) {
  std::vector<double> x = origins.x, y = origins.y;
  x.insert(x.end(), facilities.x.begin(), facilities.x.end());
  y.insert(y.end(), facilities.y.begin(), facilities.y.end());
  const RoadNetwork network = placeOnRoads(roads, tolerance, x, y, crs, context, feedback);
  const std::size_t nOrigins = origins.x.size();
  std::vector<std::size_t> originVertex(network.vertexOfPoint.begin(),
                                        network.vertexOfPoint.begin() + nOrigins);
  std::vector<std::size_t> facilityVertex(network.vertexOfPoint.begin() + nOrigins,
                                          network.vertexOfPoint.end());
  std::copy(x.begin(), x.begin() + nOrigins, origins.x.begin());
  std::copy(y.begin(), y.begin() + nOrigins, origins.y.begin());
  std::copy(x.begin() + nOrigins, x.end(), facilities.x.begin());
  std::copy(y.begin() + nOrigins, y.end(), facilities.y.begin());
  const resilience::NetworkReach reach =
      resilience::networkReach(network.graph, originVertex, facilityVertex, metres);
  resilience::AccessibilityOptions options;
  options.catchment = metres;
  options.decayRate = decayPerMetre;
  return resilience::computeNetworkAccessibility(origins, areas, population, facilities, reach,
                                                 options);
}

} // namespace

QString AccessibilityAlgorithm::displayName() const {
  return QObject::tr("Facility accessibility");
}

QString AccessibilityAlgorithm::helpText() const {
  return QObject::tr(
      "Measures how well each neighbourhood reaches facilities such as GPs, schools or "
      "supermarkets, by straight-line distance from the neighbourhood's origin to each facility. "
      "Four fields are added (d0 = DISTANCE, the catchment):\n"
      "acc_nearest_m: distance in metres to the nearest facility, whatever d0.\n"
      "acc_count: facilities within d0.\n"
      "acc_gravity: Hansen's potential with exponential decay, sum of S_j exp(-beta d_ij) over the "
      "facilities within d0, where S_j is the CAPACITY (1 without it) and beta = DECAY per "
      "kilometre: with DECAY 1 a facility 1 km away counts 0.37, 2 km away 0.14; DECAY 0 sums "
      "the capacity within d0.\n"
      "acc_2sfca: two-step floating catchment (Luo & Wang 2003). Step 1: each facility's ratio "
      "R_j = S_j / (population within d0 of it). Step 2: the sum of R_j over the facilities "
      "within d0 of the neighbourhood: capacity per inhabitant (multiply by 1000 for 'per 1000 "
      "inhabitants'). It needs POPULATION; it is NULL where a facility within reach has no "
      "population in its catchment (division by zero) or a neighbourhood with NULL population in "
      "it, and such facilities are listed in the log.\n\n"
      "ORIGIN: where a neighbourhood's trips start: its centroid, its point on surface (always "
      "inside it), or 'points': ORIGIN_POINTS such as address points weighted by ORIGIN_WEIGHT "
      "(e.g. residents per address). Each point belongs to the neighbourhood that contains it; "
      "every measure is the weighted mean over its points, and for 2SFCA the population is spread "
      "over the points by weight. Neighbourhoods without points use their point on surface.\n\n"
      "Distances: FACILITIES and ORIGIN_POINTS are transformed to the CRS of INPUT. In a "
      "geographic CRS distances are geodesics on its ellipsoid (Karney's algorithm, PROJ "
      "geod_inverse); in a projected CRS they are straight lines in map units converted to metres "
      "(with the projection's own scale error, in RD New below 0.01 %). Multi-point facilities "
      "are placed at their centroid. Facilities without geometry are skipped and counted.\n\n"
      "ROADS (optional line layer): distances along the road network instead of straight lines, "
      "with QGIS's network analysis library: roads are travelled both ways, edge lengths are "
      "measured on the ellipsoid in metres, lines connect where their ends are within "
      "ROAD_TOLERANCE, and each origin and facility is snapped to its nearest road (the straight "
      "leg to the road is not counted). A neighbourhood on a network part without facilities "
      "gets a NULL acc_nearest_m. Snapping compares every point with every road segment, so "
      "this mode suits a town or a region rather than the whole country.");
}

void AccessibilityAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(neighbourhoodPolygonsParameter());
  addParameter(
      new QgsProcessingParameterFeatureSource(kFacilities, QObject::tr("Facilities (points)"),
                                              QList<int>() << QgsProcessing::TypeVectorPoint));
  addParameter(new QgsProcessingParameterField(
      kCapacity, QObject::tr("Facility capacity (1 per facility when empty)"), QVariant(),
      kFacilities, QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterField(
      kPopulation, QObject::tr("Neighbourhood population (needed for 2SFCA)"), QVariant(), kInput,
      QgsProcessingParameterField::Numeric, false, true));
  addParameter(catchmentDistanceParameter());
  for (QgsProcessingParameterDefinition *origin : originParameters())
    addParameter(origin);
  addParameter(new QgsProcessingParameterNumber(
      kDecay, QObject::tr("Gravity decay rate beta per kilometre, weight exp(-beta d)"),
      QgsProcessingParameterNumber::Double, 1.0, false, 0.0));
  for (QgsProcessingParameterDefinition *road : roadParameters())
    addParameter(road);
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Accessibility"),
                                                     QgsProcessing::TypeVectorPolygon));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("FACILITIES_USED"),
                                          QObject::tr("Facilities with a location")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("NULL_2SFCA"),
                                          QObject::tr("Neighbourhoods with NULL 2SFCA")));
}

QVariantMap AccessibilityAlgorithm::execute(const QVariantMap &parameters,
                                            QgsProcessingContext &context,
                                            QgsProcessingFeedback *feedback) {
  const auto areasSource = requireSource(*this, parameters, kInput, context,
                                         QgsWkbTypes::PolygonGeometry, QObject::tr("polygon"));
  const auto facilitySource = requireSource(*this, parameters, kFacilities, context,
                                            QgsWkbTypes::PointGeometry, QObject::tr("point"));
  const QString populationField = parameterAsString(parameters, kPopulation, context);
  const QString capacityField = parameterAsString(parameters, kCapacity, context);
  // An undefined CRS is no CRS: the other layers are then read untransformed.
  const QgsCoordinateReferenceSystem crs = definedCrs(areasSource->sourceCrs());
  const CrsDistance distance = crsDistance(crs, feedback);
  warnIfWithoutCrs(*facilitySource, kFacilities, feedback);
  feedback->pushInfo(QObject::tr("Distances: %1").arg(distance.description));

  // The neighbourhoods are read once: the output is written from the features kept here.
  FeatureColumns areas = readFeatureColumns(*areasSource, {populationField}, {kPopulation},
                                            feedback, QgsFeatureRequest(), Rows::Kept);
  if (areas.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(areasSource->sourceName()));
  nullNoDataCodes(areas, {populationField}, feedback);
  const MaskedValues &population = areas.numbers[0];
  if (!populationField.isEmpty()) {
    requireNonNegative(population, areas, kPopulation, populationField);
    const std::size_t nulls = population.size() - population.validCount();
    if (nulls)
      feedback->pushWarning(QObject::tr("%1 neighbourhood(s) have NULL %2: facilities whose "
                                        "catchment holds them get no 2SFCA ratio")
                                .arg(nulls)
                                .arg(populationField));
  } else {
    feedback->pushWarning(QObject::tr("No POPULATION field: acc_2sfca is left NULL"));
  }
  feedback->setProgress(10);

  const AccessibilityOrigins origins =
      readOrigins(*this, parameters, areas, crs, context, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(30);

  FeatureColumns facilityFeatures =
      readFeatureColumns(*facilitySource, {capacityField}, {kCapacity}, feedback,
                         inCrs(*facilitySource, crs, context));
  nullNoDataCodes(facilityFeatures, {capacityField}, feedback);
  if (!capacityField.isEmpty())
    requireNonNegative(facilityFeatures.numbers[0], facilityFeatures, kCapacity, capacityField);
  const auto facilityPoints =
      resilience::representativePoints(facilityFeatures.wkb, RepresentativePoint::Centroid);
  AccessibilityFacilities facilities{facilityPoints.x, facilityPoints.y,
                                     facilityFeatures.numbers[0]};
  const std::size_t withoutLocation = facilityPoints.report.nullGeometries.size();
  if (facilityFeatures.size() == withoutLocation)
    throw QgsProcessingException(
        QObject::tr("FACILITIES: %1 has no facility with a location (%2 feature(s)); check the "
                    "layer and its filter")
            .arg(facilitySource->sourceName())
            .arg(facilityFeatures.size()));
  stopIfCanceled(feedback);
  feedback->setProgress(40);

  const double metres = parameterAsDouble(parameters, kDistance, context);
  const double decayPerMetre = parameterAsDouble(parameters, kDecay, context) / 1000.0;
  const std::unique_ptr<QgsProcessingFeatureSource> roads(
      parameterAsSource(parameters, kRoads, context));
  double nearestScale = distance.metresPerUnit;
  resilience::AccessibilityResult result;
  if (roads) {
    result = networkAccessibility(*roads, parameterAsDouble(parameters, kRoadTolerance, context),
                                  origins, areas.size(), population, facilities, metres,
                                  decayPerMetre, crs, context, feedback);
    nearestScale = 1.0;
  } else {
    resilience::AccessibilityOptions options;
    options.catchment = metres / distance.metresPerUnit;
    options.decayRate = decayPerMetre * distance.metresPerUnit;
    result = resilience::computeAccessibility(origins, areas.size(), population, facilities,
                                              options, distance.metric);
  }
  const resilience::AccessibilityReport &report = result.report;
  feedback->setProgress(80);

  feedback->pushInfo(QObject::tr("Facilities: %1 of %2 with a location; catchment %3 m")
                         .arg(facilityFeatures.size() - withoutLocation)
                         .arg(facilityFeatures.size())
                         .arg(metres));
  if (withoutLocation)
    feedback->pushWarning(
        QObject::tr("%1 facility(ies) without geometry were skipped (feature "
                    "ids %2)")
            .arg(withoutLocation)
            .arg(someFeatureIds(facilityPoints.report.nullGeometries, facilityFeatures.ids)));
  if (!report.facilitiesWithoutCapacity.empty())
    feedback->pushWarning(
        QObject::tr("%1 facility(ies) have NULL %2: acc_gravity and acc_2sfca are NULL where "
                    "they are within reach (feature ids %3)")
            .arg(report.facilitiesWithoutCapacity.size())
            .arg(capacityField,
                 someFeatureIds(report.facilitiesWithoutCapacity, facilityFeatures.ids)));
  if (!report.facilitiesWithoutDemand.empty())
    feedback->pushWarning(
        QObject::tr("%1 facility(ies) have no population within %2 m, so their 2SFCA ratio is "
                    "undefined (capacity / 0) (feature ids %3)")
            .arg(report.facilitiesWithoutDemand.size())
            .arg(metres)
            .arg(someFeatureIds(report.facilitiesWithoutDemand, facilityFeatures.ids)));
  if (!report.facilitiesWithUnknownDemand.empty())
    feedback->pushWarning(
        QObject::tr("%1 facility(ies) have a neighbourhood with NULL population within %2 m, so "
                    "their 2SFCA ratio is unknown (feature ids %3)")
            .arg(report.facilitiesWithUnknownDemand.size())
            .arg(metres)
            .arg(someFeatureIds(report.facilitiesWithUnknownDemand, facilityFeatures.ids)));
  if (!report.areasWithUndefinedRatio.empty())
    feedback->pushWarning(QObject::tr("acc_2sfca is NULL for %1 neighbourhood(s) that reach such "
                                      "a facility (feature ids %2)")
                              .arg(report.areasWithUndefinedRatio.size())
                              .arg(someFeatureIds(report.areasWithUndefinedRatio, areas.ids)));
  if (!report.areasWithoutOrigin.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) without geometry get NULL everywhere "
                                      "(feature ids %2)")
                              .arg(report.areasWithoutOrigin.size())
                              .arg(someFeatureIds(report.areasWithoutOrigin, areas.ids)));

  // The measure fields are (re)written by this algorithm: earlier copies are replaced.
  const std::vector<ResultColumn> columns = resultColumns(
      ResultColumn::masked(kNearestField, result.nearest, QVariant::Double, nearestScale),
      ResultColumn::masked(kCountField, result.count),
      ResultColumn::masked(kGravityField, result.gravity),
      ResultColumn::masked(kRatioField, result.floatingCatchment));
  stopIfCanceled(feedback);
  const QString destination = writeWithResultColumns(
      parameters, kOutput, context, feedback, keptRows(*areasSource, areas), columns,
      QObject::tr("INPUT already has a field %1: it is replaced"), 80);

  styleResult(destination, QStringLiteral("accessibility"), parameters, context, feedback);
  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  outputs.insert(QStringLiteral("FACILITIES_USED"),
                 static_cast<qlonglong>(facilityFeatures.size() - withoutLocation));
  outputs.insert(QStringLiteral("NULL_2SFCA"),
                 static_cast<qlonglong>(areas.size() - result.floatingCatchment.validCount()));
  return outputs;
}
