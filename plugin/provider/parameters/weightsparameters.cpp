#include "parameters/weightsparameters.h"

#include "algorithms/cancelflag.h"
#include "io/weights_io.h"
#include "layers/crsdistance.h"
#include "parameters/namedenumparameter.h"
#include "parameters/weightsmethodparameter.h"
#include "weights/contiguity.h"
#include "weights/contiguity_cache.h"
#include "weights/point_weights.h"
#include "weights/representative_points.h"

#include <qgsexception.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <QFileInfo>
#include <QHash>

using namespace resilience;

namespace {

const QString kWeights = QStringLiteral("WEIGHTS");
const QString kK = QStringLiteral("K");
const QString kDistance = QStringLiteral("DISTANCE");
const QString kKernel = QStringLiteral("KERNEL");
const QString kBandwidth = QStringLiteral("BANDWIDTH");
const QString kAdaptive = QStringLiteral("ADAPTIVE");
const QString kKernelSelf = QStringLiteral("KERNEL_SELF");
const QString kTolerance = QStringLiteral("TOLERANCE");
const QString kPoints = QStringLiteral("POINTS");
const QString kIslands = QStringLiteral("ISLANDS");
const QString kRowStandardise = QStringLiteral("ROW_STANDARDISE");
const QString kWeightsFile = QStringLiteral("WEIGHTS_FILE");
const QString kIdField = QStringLiteral("ID_FIELD");

QgsProcessingParameterDefinition *advanced(QgsProcessingParameterDefinition *parameter) {
  parameter->setFlags(parameter->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  return parameter;
}

KernelFunction kernelFunction(const QString &name) {
  if (name == QLatin1String("gaussian"))
    return KernelFunction::Gaussian;
  if (name == QLatin1String("bisquare"))
    return KernelFunction::Bisquare;
  if (name == QLatin1String("epanechnikov"))
    return KernelFunction::Epanechnikov;
  if (name == QLatin1String("uniform"))
    return KernelFunction::Uniform;
  return KernelFunction::Triangular;
}

void reportBuild(const WeightsBuildReport &report, const std::vector<std::string> &ids,
                 QgsProcessingFeedback *feedback) {
  const auto list = [&ids](const std::vector<std::size_t> &features) {
    return shortList(features.size(), 20,
                     [&](std::size_t k) { return QString::fromStdString(ids[features[k]]); });
  };
  if (!report.repaired.empty())
    feedback->pushWarning(QObject::tr("%1 invalid geometries were repaired (GEOS MakeValid): %2")
                              .arg(report.repaired.size())
                              .arg(list(report.repaired)));
  if (!report.nullGeometries.empty())
    feedback->pushWarning(QObject::tr("%1 features have no geometry and are islands: %2")
                              .arg(report.nullGeometries.size())
                              .arg(list(report.nullGeometries)));
  if (!report.noArea.empty())
    feedback->pushWarning(QObject::tr("%1 invalid geometries kept no area after repair and are "
                                      "islands: %2")
                              .arg(report.noArea.size())
                              .arg(list(report.noArea)));
}

void reportConnectivity(const ConnectivityReport &report, const std::vector<std::string> &ids,
                        QgsProcessingFeedback *feedback) {
  feedback->pushInfo(QObject::tr("Weights: %1 features, %2 links, neighbours min %3 / mean %4 / "
                                 "max %5, %6 connected component(s)%7")
                         .arg(report.features)
                         .arg(report.links)
                         .arg(report.minNeighbours)
                         .arg(report.meanNeighbours, 0, 'f', 2)
                         .arg(report.maxNeighbours)
                         .arg(report.components)
                         .arg(report.symmetric ? QString() : QObject::tr(", not symmetric")));
  if (report.islands.empty())
    return;
  const QString names = shortList(report.islands.size(), 20, [&](std::size_t k) {
    return QString::fromStdString(ids[report.islands[k]]);
  });
  feedback->pushWarning(QObject::tr("%1 island(s) without neighbours (their results are NULL; "
                                    "ISLANDS=attach links each to its nearest feature): %2")
                            .arg(report.islands.size())
                            .arg(names));
}

SpatialWeights readWeightsFile(const QString &path, const std::vector<std::string> &ids) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("gal"))
    return readGal(path.toStdString(), ids);
  if (suffix == QLatin1String("gwt"))
    return readGwt(path.toStdString(), ids);
  throw QgsProcessingException(
      QObject::tr("WEIGHTS_FILE: %1 is neither a .gal nor a .gwt file").arg(path));
}

} // namespace

namespace WeightsParameters {

QList<QgsProcessingParameterDefinition *> definitions(const QString &inputParameter,
                                                      bool rowStandardiseByDefault) {
  QList<QgsProcessingParameterDefinition *> list;
  list << new WeightsMethodParameter(kWeights, QObject::tr("Spatial weights"),
                                     weightsMethodOptions(), QStringLiteral("queen"));
  list << new QgsProcessingParameterNumber(kK, QObject::tr("Neighbours (K, for knn and kernel)"),
                                           QgsProcessingParameterNumber::Integer, 4, false, 1);
  list << new QgsProcessingParameterNumber(
      kDistance,
      QObject::tr("Distance band in metres (0 = smallest band giving every feature a "
                  "neighbour)"),
      QgsProcessingParameterNumber::Double, 0.0, false, 0.0);
  list << advanced(
      new NamedEnumParameter(kKernel, QObject::tr("Kernel function"),
                             {{QStringLiteral("gaussian"), QObject::tr("Gaussian")},
                              {QStringLiteral("bisquare"), QObject::tr("Bisquare")},
                              {QStringLiteral("epanechnikov"), QObject::tr("Epanechnikov")},
                              {QStringLiteral("triangular"), QObject::tr("Triangular")},
                              {QStringLiteral("uniform"), QObject::tr("Uniform")}},
                             QStringLiteral("triangular")));
  list << advanced(new QgsProcessingParameterNumber(
      kBandwidth, QObject::tr("Kernel bandwidth in metres (0 = from K)"),
      QgsProcessingParameterNumber::Double, 0.0, false, 0.0));
  list << advanced(new QgsProcessingParameterBoolean(
      kAdaptive, QObject::tr("Adaptive kernel bandwidth (distance to the K-th neighbour)"), true));
  list << advanced(new QgsProcessingParameterBoolean(
      kKernelSelf, QObject::tr("Kernel weights include the feature itself"), true));
  list << advanced(new QgsProcessingParameterNumber(
      kTolerance,
      QObject::tr("Contiguity tolerance in map units (empty = automatic, 0 = exact shared "
                  "vertices)"),
      QgsProcessingParameterNumber::Double, QVariant(), true, 0.0));
  list << advanced(
      new NamedEnumParameter(kPoints, QObject::tr("Representative points for distances"),
                             {{QStringLiteral("centroid"), QObject::tr("Centroid")},
                              {QStringLiteral("pointonsurface"), QObject::tr("Point on surface")}},
                             QStringLiteral("centroid")));
  list << advanced(new NamedEnumParameter(
      kIslands, QObject::tr("Islands (features without neighbours)"),
      {{QStringLiteral("keep"), QObject::tr("Keep and report")},
       {QStringLiteral("attach"), QObject::tr("Attach to the nearest feature")}},
      QStringLiteral("keep")));
  list << advanced(new QgsProcessingParameterBoolean(
      kRowStandardise, QObject::tr("Row-standardise the weights"), rowStandardiseByDefault));
  list << advanced(new QgsProcessingParameterFile(
      kWeightsFile, QObject::tr("Weights file (GAL or GWT; replaces the choices above)"),
      QgsProcessingParameterFile::File, QString(), QVariant(), true,
      QObject::tr("Weights files (*.gal *.gwt *.GAL *.GWT)")));
  list << advanced(new QgsProcessingParameterField(
      kIdField, QObject::tr("Feature id field for weights files"), QVariant(), inputParameter,
      QgsProcessingParameterField::Any, false, true));
  return list;
}

QString helpText() {
  return QObject::tr(
      "Spatial weights: queen contiguity links polygons sharing a boundary point, rook those "
      "sharing an edge (as R spdep poly2nb and PySAL). TOLERANCE bridges slivers and gaps between "
      "separately digitised boundaries: left empty it is one millionth of the layer's extent "
      "(1 m on a 1,000 km layer); 0 requires exactly shared vertices. knn takes the K nearest "
      "representative points; distance all within DISTANCE metres (0 = the smallest band that "
      "leaves no feature alone); kernel weighs neighbours by a kernel of distance over a fixed or "
      "adaptive (K-th neighbour) bandwidth. Lon/lat layers are measured on their ellipsoid, in "
      "metres, never in degrees. Islands are reported; ISLANDS=attach links each island to its "
      "nearest feature. A GAL or GWT file (GeoDa, PySAL, spdep) can replace all of this; its ids "
      "are the values of ID_FIELD, else of the id field its header names (GeoDa: '0 100 sids2 "
      "FIPSNO'), else feature positions 1..n.");
}

std::vector<std::string> featureIds(const QgsProcessingAlgorithm &algorithm,
                                    const QVariantMap &parameters, QgsProcessingContext &context,
                                    const QgsFeatureSource &source, const FeatureColumns &features,
                                    const QString &weightsFile, QgsProcessingFeedback *feedback) {
  std::vector<std::string> ids;
  ids.reserve(features.size());
  QString idField = algorithm.parameterDefinition(kIdField)
                        ? QgsProcessingParameters::parameterAsString(
                              algorithm.parameterDefinition(kIdField), parameters, context)
                        : QString();
  if (idField.isEmpty() && !weightsFile.isEmpty()) {
    const QString named =
        QString::fromStdString(resilience::weightsFileIdField(weightsFile.toStdString()));
    if (!named.isEmpty() && source.fields().lookupField(named) >= 0) {
      idField = named;
      if (feedback)
        feedback->pushInfo(QObject::tr("ID_FIELD: the weights file names its id field '%1'; its "
                                       "ids are matched with that field of %2")
                               .arg(named, source.sourceName()));
    } else if (!named.isEmpty() && feedback) {
      feedback->pushWarning(QObject::tr("The weights file names its id field '%1', which %2 does "
                                        "not have: its ids are read as feature positions 1..n "
                                        "(set ID_FIELD to the field that holds them)")
                                .arg(named, source.sourceName()));
    }
  }
  if (idField.isEmpty()) {
    for (std::size_t i = 0; i < features.size(); ++i)
      ids.push_back(std::to_string(i + 1));
    return ids;
  }
  const int index = source.fields().lookupField(idField);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("ID_FIELD: field '%1' does not exist in %2").arg(idField, source.sourceName()));
  QgsFeatureIterator it = source.getFeatures(
      QgsFeatureRequest().setFlags(QgsFeatureRequest::NoGeometry).setSubsetOfAttributes({index}));
  QgsFeature feature;
  QHash<QString, QgsFeatureId> firstWith;
  while (it.nextFeature(feature)) {
    const QString id = feature.attribute(index).toString();
    const auto first = firstWith.constFind(id);
    if (first != firstWith.constEnd())
      throw QgsProcessingException(
          QObject::tr("ID_FIELD: the value '%1' of field '%2' appears in features %3 and %4 of "
                      "%5; weights file ids must be unique")
              .arg(id, idField)
              .arg(first.value())
              .arg(feature.id())
              .arg(source.sourceName()));
    firstWith.insert(id, feature.id());
    ids.push_back(id.toStdString());
  }
  return ids;
}

Built build(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
            QgsProcessingContext &context, const QgsFeatureSource &source,
            const FeatureColumns &features, QgsProcessingFeedback *feedback) {
  const auto definition = [&algorithm](const QString &name) {
    return algorithm.parameterDefinition(name);
  };
  const auto number = [&](const QString &name) {
    return QgsProcessingParameters::parameterAsDouble(definition(name), parameters, context);
  };
  const auto flag = [&](const QString &name) {
    return QgsProcessingParameters::parameterAsBool(definition(name), parameters, context);
  };

  Built built;
  const QString file =
      QgsProcessingParameters::parameterAsFile(definition(kWeightsFile), parameters, context);
  built.featureIds = featureIds(algorithm, parameters, context, source, features, file, feedback);
  const QString method = namedEnumValue(algorithm, parameters, kWeights);
  const QString islands = namedEnumValue(algorithm, parameters, kIslands);
  const bool contiguity = method == QLatin1String("queen") || method == QLatin1String("rook");
  // Contiguity is topology and needs no distances: no CRS warning for it.
  const CrsDistance distances =
      crsDistance(source.sourceCrs(), contiguity && file.isEmpty() ? nullptr : feedback);
  const auto points = [&]() {
    return representativePoints(features.wkb, namedEnumValue(algorithm, parameters, kPoints) ==
                                                      QLatin1String("centroid")
                                                  ? RepresentativePoint::Centroid
                                                  : RepresentativePoint::PointOnSurface);
  };

  SpatialWeights weights;
  if (!file.isEmpty()) {
    weights = readWeightsFile(file, built.featureIds);
    built.description = QObject::tr("weights file %1").arg(file);
  } else if (contiguity) {
    ContiguityOptions options;
    options.rule = method == QLatin1String("queen") ? ContiguityRule::Queen : ContiguityRule::Rook;
    const QVariant tolerance = parameters.value(kTolerance);
    options.tolerance =
        tolerance.isValid() && !tolerance.isNull() && !tolerance.toString().isEmpty()
            ? number(kTolerance)
            : kAutoTolerance;
    // A large tolerance keeps the candidate pairs busy for a long time: Cancel must reach them.
    const CancelFlag cancel(feedback);
    options.cancel = cancel.get();
    bool reused = false;
    WeightsResult result = resilience::ContiguityCache::weights(features.wkb, options, reused);
    if (reused)
      feedback->pushInfo(QObject::tr("Weights: the same polygons as the previous step's; its "
                                     "weights are reused"));
    reportBuild(result.report, built.featureIds, feedback);
    weights = std::move(result.weights);
    const std::string warning = unmatchedBoundaryWarning(weights.report());
    if (!warning.empty())
      feedback->pushWarning(QString::fromStdString(warning));
    const std::string crowded = implausibleNeighbourWarning(weights.report(), result.tolerance);
    if (!crowded.empty())
      feedback->pushWarning(QString::fromStdString(crowded));
    if (options.tolerance == kAutoTolerance)
      feedback->pushInfo(QObject::tr("TOLERANCE: automatic, %1 map units (a millionth of the "
                                     "extent of the typical feature centres)")
                             .arg(result.tolerance, 0, 'g', 6));
    built.description =
        QObject::tr("%1 contiguity, tolerance %2")
            .arg(method, options.tolerance == kAutoTolerance
                             ? QObject::tr("automatic (%1)").arg(result.tolerance, 0, 'g', 6)
                             : QString::number(options.tolerance));
  } else {
    feedback->pushInfo(QObject::tr("Distances: %1").arg(distances.description));
    const RepresentativePoints p = points();
    reportBuild(p.report, built.featureIds, feedback);
    // Thresholds are given in metres; planar coordinates are in map units.
    const double unitsPerMetre =
        distances.metric.isEllipsoidal() ? 1.0 : 1.0 / distances.metresPerUnit;
    const int k = QgsProcessingParameters::parameterAsInt(definition(kK), parameters, context);
    if (method == QLatin1String("knn")) {
      if (static_cast<std::size_t>(k) >= features.size())
        throw QgsProcessingException(QObject::tr("K: %1 neighbours asked, but the layer has only "
                                                 "%2 features")
                                         .arg(k)
                                         .arg(features.size()));
      weights = knnWeights(p.x, p.y, static_cast<std::size_t>(k), distances.metric).weights;
      built.description = QObject::tr("%1 nearest neighbours").arg(k);
    } else if (method == QLatin1String("distance")) {
      double band = number(kDistance) * unitsPerMetre;
      if (band <= 0)
        band = smallestConnectingBand(p.x, p.y, distances.metric);
      weights = distanceBandWeights(p.x, p.y, band, distances.metric).weights;
      built.description = QObject::tr("distance band %1 map units").arg(band, 0, 'g', 10);
    } else {
      KernelOptions options;
      options.function = kernelFunction(namedEnumValue(algorithm, parameters, kKernel));
      options.bandwidth = flag(kAdaptive) ? KernelBandwidth::Adaptive : KernelBandwidth::Fixed;
      options.k = static_cast<std::size_t>(k);
      options.fixedBandwidth = number(kBandwidth) * unitsPerMetre;
      options.includeSelf = flag(kKernelSelf);
      weights = kernelWeights(p.x, p.y, options, distances.metric).weights;
      built.description = QObject::tr("%1 kernel, %2 bandwidth, K %3")
                              .arg(namedEnumValue(algorithm, parameters, kKernel),
                                   flag(kAdaptive) ? QObject::tr("adaptive") : QObject::tr("fixed"))
                              .arg(k);
    }
  }
  if (islands == QLatin1String("attach") && !weights.report().islands.empty()) {
    const RepresentativePoints p = points();
    const std::size_t before = weights.report().islands.size();
    weights = attachIslandsToNearest(weights, p.x, p.y, distances.metric);
    feedback->pushInfo(QObject::tr("%1 island(s) attached to their nearest feature").arg(before));
  }
  built.rowStandardise = flag(kRowStandardise);
  built.report = weights.report();
  reportConnectivity(built.report, built.featureIds, feedback);
  built.weights = std::move(weights);
  return built;
}

} // namespace WeightsParameters
