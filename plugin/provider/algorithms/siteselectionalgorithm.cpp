#include "algorithms/siteselectionalgorithm.h"

#include "accessibility/site_selection.h"
#include "accessibility/site_selection_pairs.h"
#include "algorithms/cancelflag.h"
#include "layers/crsdistance.h"
#include "layers/featurecolumns.h"
#include "layers/geopackagesink.h"
#include "layers/origins.h"
#include "layers/outputfieldnames.h"
#include "layers/resultcolumn.h"
#include "layers/roadnetwork.h"
#include "parameters/catchmentparameters.h"
#include "weights/representative_points.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <cmath>
#include <limits>

using resilience::AccessibilityOrigins;
using resilience::MaskedValues;
using resilience::RepresentativePoint;
using resilience::SiteObjective;
using resilience::SitePoints;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kNeed = QStringLiteral("NEED");
const QString kCandidates = QStringLiteral("CANDIDATES");
const QString kCandidateId = QStringLiteral("CANDIDATE_ID");
const QString kExisting = QStringLiteral("EXISTING");
const QString kK = QStringLiteral("K");
const QString kDistance = QStringLiteral("DISTANCE");
const QString kRoads = QStringLiteral("ROADS");
const QString kRoadTolerance = QStringLiteral("ROAD_TOLERANCE");
const QString kObjective = QStringLiteral("OBJECTIVE");
const QString kTimeLimit = QStringLiteral("TIME_LIMIT");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kOutputDemand = QStringLiteral("OUTPUT_DEMAND");
const QString kObjectiveValue = QStringLiteral("OBJECTIVE_VALUE");
const QString kCoveredShare = QStringLiteral("COVERED_SHARE");
const QString kGap = QStringLiteral("GAP");

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// The points of a point layer in the INPUT CRS (multi-points at their centroid). A layer without a
// CRS cannot be placed beside a layer with one: the transformation would silently be skipped.
struct PointLayer {
  FeatureColumns features;
  SitePoints points;
};

PointLayer readPoints(const QgsProcessingFeatureSource &source, const QString &parameter,
                      const QgsCoordinateReferenceSystem &crs, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) {
  // A layer without a (defined) CRS is read as it is, with a warning, as in accessibility.
  warnIfWithoutCrs(source, parameter, feedback);
  const QgsCoordinateReferenceSystem sourceCrs = definedCrs(source.sourceCrs());
  PointLayer layer;
  layer.features = readFeatureColumns(source, {}, {}, feedback);
  const auto located =
      resilience::representativePoints(layer.features.wkb, RepresentativePoint::Centroid);
  layer.points = {located.x, located.y};
  // Points whose coordinates do not fit their layer's CRS (RD metres in a layer labelled WGS 84)
  // cannot be transformed; they must not pass as points without geometry.
  std::vector<std::size_t> untransformable;
  if (crs.isValid() && sourceCrs.isValid() && sourceCrs != crs) {
    const QgsCoordinateTransform transform(sourceCrs, crs, context.transformContext());
    for (std::size_t j = 0; j < layer.points.x.size(); ++j) {
      double &x = layer.points.x[j], &y = layer.points.y[j];
      if (!std::isfinite(x) || !std::isfinite(y))
        continue;
      QgsPointXY p;
      try {
        p = transform.transform(QgsPointXY(x, y));
      } catch (const QgsCsException &) {
        p = QgsPointXY(std::numeric_limits<double>::quiet_NaN(), 0.0);
      }
      if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        untransformable.push_back(j);
      x = p.x();
      y = p.y();
    }
  }
  if (!untransformable.empty())
    throw QgsProcessingException(
        QObject::tr("%1: %2 point(s) of %3 cannot be transformed from its CRS %4 to INPUT's %5 "
                    "(feature ids %6): are the coordinates in the CRS the layer declares?")
            .arg(parameter)
            .arg(untransformable.size())
            .arg(source.sourceName(), source.sourceCrs().authid(), crs.authid(),
                 someFeatureIds(untransformable, layer.features.ids)));
  const std::size_t missing = located.report.nullGeometries.size();
  if (missing)
    feedback->pushWarning(
        QObject::tr("%1: %2 feature(s) without geometry are left out "
                    "(feature ids %3)")
            .arg(parameter)
            .arg(missing)
            .arg(someFeatureIds(located.report.nullGeometries, layer.features.ids)));
  return layer;
}

// The demand of each neighbourhood, population x need; NULL (or a no-data code) in either leaves
// the neighbourhood without demand, listed in the log.
std::vector<double> neighbourhoodDemand(FeatureColumns &areas, const QString &populationField,
                                        const QString &needField, QgsProcessingFeedback *feedback) {
  nullNoDataCodes(areas, {populationField, needField}, feedback);
  requireNonNegative(areas.numbers[0], areas, kPopulation, populationField);
  if (!needField.isEmpty())
    requireNonNegative(areas.numbers[1], areas, kNeed, needField);
  std::vector<double> demand(areas.size(), 0.0);
  std::vector<std::size_t> unknown;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const bool known =
        areas.numbers[0].isValid(i) && (needField.isEmpty() || areas.numbers[1].isValid(i));
    if (!known) {
      unknown.push_back(i);
      continue;
    }
    demand[i] =
        areas.numbers[0].values[i] * (needField.isEmpty() ? 1.0 : areas.numbers[1].values[i]);
  }
  if (!unknown.empty())
    feedback->pushWarning(QObject::tr("%1 neighbourhood(s) have NULL %2: their demand is unknown, "
                                      "so they count for nothing in the choice and in "
                                      "COVERED_SHARE; they are still assigned to their nearest "
                                      "site (feature ids %3)")
                              .arg(unknown.size())
                              .arg(needField.isEmpty()
                                       ? populationField
                                       : populationField + QObject::tr(" or ") + needField)
                              .arg(someFeatureIds(unknown, areas.ids)));
  return demand;
}

QString siteLabel(std::size_t site, const PointLayer &candidates, const QStringList &candidateIds,
                  const PointLayer &existing) {
  const std::size_t m = candidates.features.size();
  if (site < m)
    return candidateIds.isEmpty() ? QString::number(candidates.features.ids[site])
                                  : candidateIds[static_cast<int>(site)];
  return QObject::tr("existing %1").arg(existing.features.ids[site - m]);
}

} // namespace

QString SiteSelectionAlgorithm::displayName() const {
  return QObject::tr("Site selection (where to start)");
}

QString SiteSelectionAlgorithm::helpText() const {
  return QObject::tr(
      "Chooses K of the CANDIDATES (libraries, community centres, schools) for pilots or new "
      "service points so that they reach the most people at risk, together with the EXISTING "
      "sites, whose reach is counted as given.\n\n"
      "Demand of a neighbourhood = POPULATION x NEED (NEED is a weight per inhabitant, e.g. "
      "100 - resilience, or a flag; 1 when empty). Distances run from each neighbourhood's ORIGIN "
      "(as in Facility accessibility) to the sites, in straight lines (metres; geodesics for a "
      "geographic CRS) or along ROADS.\n\n"
      "OBJECTIVE coverage: the maximal covering location problem (Church & ReVelle 1974): "
      "maximise the demand within DISTANCE of a chosen or existing site. OBJECTIVE pmedian: the "
      "p-median problem (Hakimi 1964): minimise the demand-weighted distance from every "
      "neighbourhood to its nearest chosen or existing site (DISTANCE then only decides which "
      "neighbourhoods count as covered). p-median needs every distance and suits up to a few "
      "thousand neighbourhoods times candidates.\n\n"
      "Both are solved exactly as mixed-integer programmes with GLPK, started from a greedy + swap "
      "solution (greedy adds the site that adds most, then sites are exchanged while that "
      "improves). After TIME_LIMIT seconds the best solution found is kept and GAP reports how far "
      "from optimal it can at most be (0 = proven optimal). Models too large for the solver are "
      "served by greedy + swap alone, with the gap to the LP bound.\n\n"
      "OUTPUT: the chosen sites in the greedy view (choice_order 1 adds the most; demand_added or "
      "distance_saved is what each adds to the ones before it). OUTPUT_DEMAND: the neighbourhoods "
      "with site_id (nearest chosen or existing site, NULL when none is within reach for "
      "coverage), site_dist_m, covered (1 within DISTANCE), covered_share (the share of the "
      "neighbourhood's demand within DISTANCE; differs from covered only with ORIGIN 'points') "
      "and demand.");
}

void SiteSelectionAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(neighbourhoodPolygonsParameter());
  addParameter(new QgsProcessingParameterField(kPopulation, QObject::tr("Population"), QVariant(),
                                               kInput, QgsProcessingParameterField::Numeric));
  addParameter(new QgsProcessingParameterField(
      kNeed, QObject::tr("Need per inhabitant, e.g. 100 - resilience (1 when empty)"), QVariant(),
      kInput, QgsProcessingParameterField::Numeric, false, true));
  for (QgsProcessingParameterDefinition *origin : originParameters())
    addParameter(origin);
  addParameter(
      new QgsProcessingParameterFeatureSource(kCandidates, QObject::tr("Candidate sites (points)"),
                                              QList<int>() << QgsProcessing::TypeVectorPoint));
  addParameter(new QgsProcessingParameterField(kCandidateId, QObject::tr("Candidate id field"),
                                               QVariant(), kCandidates,
                                               QgsProcessingParameterField::Any, false, true));
  addParameter(new QgsProcessingParameterFeatureSource(
      kExisting, QObject::tr("Existing sites that already serve (points)"),
      QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true));
  addParameter(new QgsProcessingParameterNumber(kK, QObject::tr("Number of sites to choose (K)"),
                                                QgsProcessingParameterNumber::Integer, 5, false,
                                                1));
  addParameter(catchmentDistanceParameter());
  for (QgsProcessingParameterDefinition *road : roadParameters())
    addParameter(road);
  addNamedEnumParameter(
      kObjective, QObject::tr("Objective"),
      {{QStringLiteral("coverage"), QObject::tr("Maximal coverage: most demand within DISTANCE")},
       {QStringLiteral("pmedian"),
        QObject::tr("p-median: least demand-weighted distance to the nearest site")}},
      QStringLiteral("coverage"));
  addParameter(new QgsProcessingParameterNumber(
      kTimeLimit, QObject::tr("Time limit for the exact solve (seconds)"),
      QgsProcessingParameterNumber::Double, 60.0, false, 0.1));
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Chosen sites"),
                                                     QgsProcessing::TypeVectorPoint));
  addParameter(new QgsProcessingParameterFeatureSink(kOutputDemand,
                                                     QObject::tr("Neighbourhoods and their sites"),
                                                     QgsProcessing::TypeVectorPolygon));
  addOutput(new QgsProcessingOutputNumber(
      kObjectiveValue, QObject::tr("Objective (covered demand, or demand-weighted metres)")));
  addOutput(new QgsProcessingOutputNumber(kCoveredShare,
                                          QObject::tr("Share of all demand within DISTANCE")));
  addOutput(new QgsProcessingOutputNumber(
      kGap, QObject::tr("Relative gap to the best bound (0: proven optimal)")));
}

QVariantMap SiteSelectionAlgorithm::execute(const QVariantMap &parameters,
                                            QgsProcessingContext &context,
                                            QgsProcessingFeedback *feedback) {
  const auto areasSource = requireSource(*this, parameters, kInput, context,
                                         QgsWkbTypes::PolygonGeometry, QObject::tr("polygon"));
  const auto candidateSource = requireSource(*this, parameters, kCandidates, context,
                                             QgsWkbTypes::PointGeometry, QObject::tr("point"));
  const std::unique_ptr<QgsProcessingFeatureSource> existingSource(
      parameterAsSource(parameters, kExisting, context));
  if (existingSource && existingSource->wkbType() != QgsWkbTypes::NoGeometry &&
      QgsWkbTypes::geometryType(existingSource->wkbType()) != QgsWkbTypes::PointGeometry)
    throw QgsProcessingException(
        QObject::tr("EXISTING: %1 must be a point layer").arg(existingSource->sourceName()));
  const bool coverage = enumName(parameters, kObjective) == QLatin1String("coverage");
  const SiteObjective objective = coverage ? SiteObjective::Coverage : SiteObjective::PMedian;
  const QString populationField = parameterAsString(parameters, kPopulation, context);
  const QString needField = parameterAsString(parameters, kNeed, context);
  const QString idField = parameterAsString(parameters, kCandidateId, context);
  const double metres = parameterAsDouble(parameters, kDistance, context);
  if (!(metres > 0.0))
    throw QgsProcessingException(
        QObject::tr("DISTANCE: the catchment must be more than 0 metres, not %1").arg(metres));
  const int k = parameterAsInt(parameters, kK, context);
  // An undefined CRS is no CRS: the other layers are then read untransformed.
  const QgsCoordinateReferenceSystem crs = definedCrs(areasSource->sourceCrs());
  const CrsDistance distance = crsDistance(crs, feedback);
  feedback->pushInfo(QObject::tr("Distances: %1").arg(distance.description));

  FeatureColumns areas = readFeatureColumns(*areasSource, {populationField, needField},
                                            {kPopulation, kNeed}, feedback);
  if (areas.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(areasSource->sourceName()));
  const std::vector<double> areaDemand =
      neighbourhoodDemand(areas, populationField, needField, feedback);
  const AccessibilityOrigins origins =
      readOrigins(*this, parameters, areas, crs, context, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(10);

  const PointLayer candidates = readPoints(*candidateSource, kCandidates, crs, context, feedback);
  PointLayer existing;
  if (existingSource)
    existing = readPoints(*existingSource, kExisting, crs, context, feedback);
  QStringList candidateIds;
  if (!idField.isEmpty()) {
    const int index = candidateSource->fields().lookupField(idField);
    if (index < 0)
      throw QgsProcessingException(QObject::tr("CANDIDATE_ID: %1 has no field %2")
                                       .arg(candidateSource->sourceName(), idField));
    QgsFeatureRequest request;
    request.setFlags(QgsFeatureRequest::NoGeometry).setSubsetOfAttributes(QgsAttributeList{index});
    QgsFeatureIterator it = candidateSource->getFeatures(request);
    QgsFeature feature;
    while (it.nextFeature(feature))
      candidateIds << feature.attribute(index).toString();
  }
  // Candidates without a location cannot be chosen; K must fit the ones that can.
  std::size_t located = 0;
  for (std::size_t j = 0; j < candidates.points.x.size(); ++j)
    located += std::isfinite(candidates.points.x[j]) && std::isfinite(candidates.points.y[j]);
  if (k > static_cast<int>(located))
    throw QgsProcessingException(
        QObject::tr("K = %1 is more than the %2 candidate site(s) with a location in %3: choose "
                    "K between 1 and %2, or add candidates")
            .arg(k)
            .arg(located)
            .arg(candidateSource->sourceName()));
  feedback->setProgress(20);

  // Demand points: one per origin, carrying its share of its neighbourhood's demand.
  std::vector<double> originTotal(areas.size(), 0.0);
  for (std::size_t o = 0; o < origins.x.size(); ++o)
    originTotal[origins.area[o]] += origins.weight[o];
  SitePoints demandPoints{origins.x, origins.y};
  std::vector<double> demand(origins.x.size());
  for (std::size_t o = 0; o < origins.x.size(); ++o)
    demand[o] = areaDemand[origins.area[o]] * origins.weight[o] / originTotal[origins.area[o]];

  const std::unique_ptr<QgsProcessingFeatureSource> roads(
      parameterAsSource(parameters, kRoads, context));
  resilience::SitePairs pairs;
  double unitMetres = distance.metresPerUnit;
  const double reachLimit = coverage ? metres : std::numeric_limits<double>::infinity();
  if (roads) {
    std::vector<double> x = demandPoints.x, y = demandPoints.y;
    for (const SitePoints *p :
         {&candidates.points, static_cast<const SitePoints *>(&existing.points)}) {
      x.insert(x.end(), p->x.begin(), p->x.end());
      y.insert(y.end(), p->y.begin(), p->y.end());
    }
    const RoadNetwork network =
        placeOnRoads(*roads, parameterAsDouble(parameters, kRoadTolerance, context), x, y, crs,
                     context, feedback);
    const std::size_t n = demandPoints.x.size();
    const std::vector<std::size_t> demandVertex(network.vertexOfPoint.begin(),
                                                network.vertexOfPoint.begin() + n);
    const std::vector<std::size_t> siteVertex(network.vertexOfPoint.begin() + n,
                                              network.vertexOfPoint.end());
    const resilience::NetworkReach reach =
        resilience::networkReach(network.graph, demandVertex, siteVertex, reachLimit);
    pairs =
        resilience::networkSitePairs(reach, candidates.points.x.size(), existing.points.x.size());
    unitMetres = 1.0;
  } else {
    pairs = resilience::straightLineSitePairs(demandPoints, candidates.points, existing.points,
                                              distance.metric, reachLimit / unitMetres);
  }
  stopIfCanceled(feedback);
  feedback->setProgress(30);

  CancelFlag cancel(feedback);
  resilience::SiteSelectionOptions options;
  options.objective = objective;
  options.k = static_cast<std::size_t>(k);
  options.catchment = metres / unitMetres;
  options.timeLimit = parameterAsDouble(parameters, kTimeLimit, context);
  options.cancel = cancel.get();
  QString lastStage;
  options.progress = [&](double fraction, const std::string &stage) {
    feedback->setProgress(30.0 + 60.0 * fraction);
    const QString text = QString::fromStdString(stage);
    if (text.section(QLatin1Char(':'), 0, 0) != lastStage.section(QLatin1Char(':'), 0, 0))
      feedback->pushInfo(QObject::tr("Solving: %1").arg(text));
    lastStage = text;
  };
  const resilience::SiteSelectionResult result = resilience::selectSites(demand, pairs, options);
  for (const std::string &note : result.notes)
    feedback->pushInfo(QString::fromStdString(note));
  stopIfCanceled(feedback);

  const double objectiveValue = coverage ? result.objective : result.objective * unitMetres;
  const double coveredShare =
      result.totalDemand > 0.0 ? result.coveredDemand / result.totalDemand : kNaN;
  feedback->pushInfo(
      QObject::tr("%1 sites chosen by %2: %3 %4; %5 % of all demand within %6 m (%7 % by "
                  "existing sites alone); gap %8")
          .arg(k)
          .arg(QString::fromStdString(result.method))
          .arg(coverage ? QObject::tr("covered demand") : QObject::tr("demand-weighted metres"))
          .arg(objectiveValue, 0, 'f', 1)
          .arg(100.0 * coveredShare, 0, 'f', 2)
          .arg(metres)
          .arg(result.totalDemand > 0.0 ? 100.0 * result.existingCoveredDemand / result.totalDemand
                                        : 0.0,
               0, 'f', 2)
          .arg(std::isnan(result.gap) ? QObject::tr("unknown (no bound)")
                                      : QStringLiteral("%1 %").arg(100.0 * result.gap, 0, 'g', 3)));
  if (!result.provenOptimal)
    feedback->pushWarning(QObject::tr("The solution is not proven optimal (see GAP): raise "
                                      "TIME_LIMIT for a proof"));
  if (!result.unreachableDemand.empty())
    feedback->pushWarning(
        QObject::tr("%1 neighbourhood origin(s) with demand reach no site at all%2")
            .arg(result.unreachableDemand.size())
            .arg(coverage ? QObject::tr(" within DISTANCE")
                          : QObject::tr(" (another road network part): they count at %1 m, "
                                        "twice the longest distance")
                                .arg(result.unreachablePenalty * unitMetres)));

  // Per neighbourhood: the site serving the largest share of its demand (its only origin, unless
  // ORIGIN is 'points'), the weighted mean distance and the share within DISTANCE.
  const std::size_t n = areas.size();
  std::vector<double> siteShare(n, -1.0), distanceSum(n, 0.0), weightSum(n, 0.0),
      coveredWeight(n, 0.0), totalWeight(n, 0.0);
  std::vector<std::size_t> site(n, resilience::kNoSite);
  std::vector<std::uint8_t> unassigned(n, 0);
  for (std::size_t o = 0; o < origins.x.size(); ++o) {
    const std::size_t a = origins.area[o];
    const double w = origins.weight[o];
    totalWeight[a] += w;
    if (result.covered[o])
      coveredWeight[a] += w;
    if (result.assignedSite[o] == resilience::kNoSite) {
      unassigned[a] = 1;
      continue;
    }
    distanceSum[a] += w * result.assignedDistance[o] * unitMetres;
    weightSum[a] += w;
    if (w > siteShare[a]) {
      siteShare[a] = w;
      site[a] = result.assignedSite[o];
    }
  }
  ResultColumn siteColumn{QgsField(QStringLiteral("site_id"), QVariant::String), {}, {}};
  ResultColumn coveredColumn{QgsField(QStringLiteral("covered"), QVariant::Int), {}, {}};
  std::vector<double> siteDistance(n, kNaN), share(n, kNaN);
  for (std::size_t a = 0; a < n; ++a) {
    siteColumn.values.push_back(
        site[a] == resilience::kNoSite
            ? QVariant(QVariant::String)
            : QVariant(siteLabel(site[a], candidates, candidateIds, existing)));
    if (!unassigned[a] && weightSum[a] > 0.0)
      siteDistance[a] = distanceSum[a] / weightSum[a];
    if (totalWeight[a] > 0.0)
      share[a] = coveredWeight[a] / totalWeight[a];
    coveredColumn.values.push_back(std::isnan(share[a]) ? QVariant(QVariant::Int)
                                                        : QVariant(share[a] >= 0.5 ? 1 : 0));
  }
  // Unknown demand (NULL population or need) is NULL in the output, not the 0 it counted as.
  std::vector<double> demandColumn = areaDemand;
  for (std::size_t a = 0; a < n; ++a)
    if (!areas.numbers[0].isValid(a) || (!needField.isEmpty() && !areas.numbers[1].isValid(a)))
      demandColumn[a] = kNaN;
  std::vector<ResultColumn> columns;
  columns.push_back(std::move(siteColumn));
  columns.push_back(ResultColumn::numbers(QStringLiteral("site_dist_m"), siteDistance));
  columns.push_back(std::move(coveredColumn));
  columns.push_back(ResultColumn::numbers(QStringLiteral("covered_share"), share));
  columns.push_back(ResultColumn::numbers(QStringLiteral("demand"), demandColumn));

  // The chosen sites, in the greedy view: the candidates' own fields and geometry (in INPUT's CRS).
  feedback->setProgress(90);
  QgsFields siteFields = candidateSource->fields();
  const QString gainName =
      coverage ? QStringLiteral("demand_added") : QStringLiteral("distance_saved");
  for (const QString &name : {QStringLiteral("site_id"), QStringLiteral("choice_order"), gainName})
    if (siteFields.lookupField(name) >= 0)
      throw QgsProcessingException(
          QObject::tr("CANDIDATES: %1 already has a field %2; rename it, the chosen sites get "
                      "one of that name")
              .arg(candidateSource->sourceName(), name));
  siteFields.append(QgsField(QStringLiteral("site_id"), QVariant::String));
  siteFields.append(QgsField(QStringLiteral("choice_order"), QVariant::Int));
  siteFields.append(QgsField(gainName, QVariant::Double));
  // Both outputs' field names are checked before either is written, so a format that would
  // shorten OUTPUT_DEMAND's names cannot leave OUTPUT behind a failed run.
  QgsFields demandFields = areasSource->fields();
  for (const ResultColumn &column : columns)
    demandFields.append(column.field);
  requireFieldNamesFit(*this, parameters, kOutputDemand, context, demandFields);
  QString siteDestination;
  std::unique_ptr<QgsFeatureSink> sink =
      createOutputSink(*this, parameters, kOutput, context, siteDestination, siteFields,
                       outputWkbType(candidateSource->wkbType()), areasSource->sourceCrs());
  if (!sink)
    throw QgsProcessingException(invalidSinkError(parameters, kOutput));
  QgsFeatureRequest request;
  if (crs.isValid() && definedCrs(candidateSource->sourceCrs()).isValid())
    request.setDestinationCrs(crs, context.transformContext());
  for (std::size_t r = 0; r < result.chosen.size(); ++r) {
    const std::size_t j = result.chosen[r];
    request.setFilterFid(candidates.features.ids[j]);
    QgsFeature feature;
    if (!candidateSource->getFeatures(request).nextFeature(feature))
      throw QgsProcessingException(QObject::tr("CANDIDATES: feature %1 could not be read again")
                                       .arg(candidates.features.ids[j]));
    QgsAttributes attributes = feature.attributes();
    attributes << siteLabel(j, candidates, candidateIds, existing) << static_cast<int>(r + 1)
               << result.gain[r] * (coverage ? 1.0 : unitMetres);
    feature.setFields(siteFields, false);
    feature.setAttributes(attributes);
    copyGeometryTo(feature, outputWkbType(candidateSource->wkbType()));
    if (!sink->addFeature(feature, QgsFeatureSink::FastInsert))
      throw QgsProcessingException(writeFeatureError(sink.get(), parameters, kOutput));
  }
  closeSink(sink, parameters, kOutput);

  const QString demandDestination =
      writeWithResultColumns(parameters, kOutputDemand, context, feedback, *areasSource, columns,
                             QObject::tr("INPUT already has a field %1: it is replaced"), 92.0);
  styleResult(siteDestination, QStringLiteral("chosen_sites"), parameters, context, feedback);
  styleResult(demandDestination, QStringLiteral("site_demand"), parameters, context, feedback);

  QVariantMap outputs;
  outputs.insert(kOutput, siteDestination);
  outputs.insert(kOutputDemand, demandDestination);
  outputs.insert(kObjectiveValue, objectiveValue);
  outputs.insert(kCoveredShare, coveredShare);
  // No bound (a model too large for the LP): GAP is NULL rather than a NaN scripts cannot read.
  outputs.insert(kGap, std::isnan(result.gap) ? QVariant() : QVariant(result.gap));
  return outputs;
}
