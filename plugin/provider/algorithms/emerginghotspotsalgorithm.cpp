#include "algorithms/emerginghotspotsalgorithm.h"

#include "algorithms/cancelflag.h"
#include "algorithms/weightedinput.h"
#include "layers/geopackagesink.h"
#include "layers/resultcolumn.h"
#include "parameters/periodvalues.h"
#include "parameters/riskparameter.h"
#include "parameters/significanceparameters.h"
#include "parameters/weightsparameters.h"
#include "statistics/emerging_hotspots.h"

#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <map>

using namespace resilience;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kTimeNeighbours = QStringLiteral("TIME_NEIGHBOURS");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kOutputCube = QStringLiteral("OUTPUT_CUBE");
const QString kIdField = QStringLiteral("ID_FIELD");

} // namespace

QString EmergingHotspotsAlgorithm::displayName() const {
  return QObject::tr("Emerging hot spots (space-time Gi* and trend)");
}

QString EmergingHotspotsAlgorithm::helpText() const {
  return QObject::tr(
             "Where are hot and cold spots appearing, growing, fading or coming and going? The "
             "method of ArcGIS Pro's Emerging Hot Spot Analysis on neighbourhoods with one value "
             "per period.\n\n") +
         PeriodValues::helpText() +
         QObject::tr(
             "\n\nFor every neighbourhood and period the Getis-Ord Gi* z-score is computed over a "
             "space-time neighbourhood: the spatial neighbours (weights parameters) and the "
             "neighbourhood itself in this period and in TIME_NEIGHBOURS earlier periods (default "
             "1, as ArcGIS), with the whole space-time cube as the population. TIME_NEIGHBOURS = 0 "
             "computes a plain spatial Gi* per period (equal to hotspots and to R spdep localG). "
             "A bin is a significant hot (cold) spot when its p-value, after CORRECTION over all "
             "bins, is below SIGNIFICANCE (default 0.10: 90 % confidence, as ArcGIS). The "
             "Mann-Kendall test of each neighbourhood's z series (ties handled) gives mk_z and "
             "mk_p: a significant upward trend means hot spots intensify.\n\n"
             "ehs_category is one of ArcGIS's 17 categories: New, Consecutive, Intensifying, "
             "Persistent, Diminishing, Sporadic, Oscillating and Historical Hot Spot, the same "
             "eight Cold Spots, and No Pattern Detected (Undefined when the neighbourhood has no "
             "value in any period). Where ArcGIS's definitions overlap, the state of the final "
             "period decides (docs/monitor.md). n_hot and n_cold count the significant periods. "
             "ehs_risk_category names the category from the risk end of the values (RISK, below): "
             "for a resilience score the cold spots are the risk (\"Intensifying Risk Spot\", "
             "\"New Low-Risk Spot\"), and the map draws risk spots in red.\n\n"
             "OUTPUT_CUBE (optional) writes the space-time cube as a long table: the "
             "neighbourhood's ID_FIELD value (or its feature id, as feature_fid), period "
             "(0-based), period_name, value, "
             "gi_z, gi_p, gi_bin (ArcGIS Gi_Bin, -3..3).\n\n") +
         RiskParameter::helpText() + QStringLiteral("\n\n") + SignificanceParameters::helpText() +
         QStringLiteral(" ") +
         QObject::tr("Unlike the other statistics, PERMUTATIONS defaults to 0 here: ArcGIS's "
                     "method classifies each bin by its z-score's p-value; give 999 for pseudo "
                     "p-values instead.") +
         QStringLiteral("\n\n") + WeightsParameters::helpText();
}

void EmergingHotspotsAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods"), QList<int>() << QgsProcessing::TypeVectorPolygon));
  for (QgsProcessingParameterDefinition *parameter : PeriodValues::definitions(kInput))
    addParameter(parameter);
  addParameter(new QgsProcessingParameterNumber(
      kTimeNeighbours, QObject::tr("Earlier periods in each space-time neighbourhood"),
      QgsProcessingParameterNumber::Integer, 1, false, 0, 1000));
  for (QgsProcessingParameterDefinition *parameter : SignificanceParameters::definitions(0)) {
    if (parameter->name() == QLatin1String("SIGNIFICANCE"))
      parameter->setDefaultValue(0.10); // ArcGIS: 90 % confidence
    addParameter(parameter);
  }
  addParameter(RiskParameter::definition());
  // ArcGIS weighs the neighbours of a space-time bin equally (binary weights).
  for (QgsProcessingParameterDefinition *parameter : WeightsParameters::definitions(kInput, false))
    addParameter(parameter);
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Emerging hot spots"),
                                                     QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterFeatureSink(
      kOutputCube, QObject::tr("Space-time cube (long table)"), QgsProcessing::TypeVector,
      QVariant(), true, false));
}

QVariantMap EmergingHotspotsAlgorithm::execute(const QVariantMap &parameters,
                                               QgsProcessingContext &context,
                                               QgsProcessingFeedback *feedback) {
  const PeriodValues::Request request = PeriodValues::request(*this, parameters, context);
  WeightedInput input = readWeightedInput(*this, parameters, context, feedback, request.fields,
                                          request.fieldParameters, Rows::Kept);
  const PeriodValues::Periods periods =
      PeriodValues::read(*this, parameters, context, input, request, feedback);
  const SignificanceParameters::Values significance =
      SignificanceParameters::read(*this, parameters, context);
  EmergingOptions options;
  options.timeNeighbours =
      static_cast<std::size_t>(parameterAsInt(parameters, kTimeNeighbours, context));
  options.rowStandardise = input.weights.rowStandardise;
  const CancelFlag cancel(feedback);
  options.permutation = {significance.permutations, significance.seed, 0, cancel.get()};
  options.correction = significance.correction;
  options.alpha = significance.significance;
  options.valueName = periods.valueName.toStdString();
  feedback->setProgressText(QObject::tr("Computing space-time Gi*"));
  const EmergingResult result = emergingHotspots(periods.values, input.weights.weights, options);
  stopIfCanceled(feedback);
  feedback->setProgress(60);

  // The risk end of the values: auto reads the first period's field (or the table's VALUE_FIELD).
  const RiskEnd risk = RiskParameter::read(
      *this, parameters, request.fromTable ? periods.valueName : request.fields.value(0), feedback);
  const std::size_t n = result.features;
  std::vector<ResultColumn> columns;
  columns.push_back(ResultColumn::labels(QStringLiteral("ehs_category"), n, [&](std::size_t i) {
    return emergingCategoryName(result.category[i]);
  }));
  columns.push_back(
      ResultColumn::labels(QStringLiteral("ehs_risk_category"), n, [&](std::size_t i) {
        return emergingRiskName(result.category[i], risk);
      }));
  std::vector<double> mkZ(n), mkP(n);
  for (std::size_t i = 0; i < n; ++i) {
    mkZ[i] = result.trend[i].z;
    mkP[i] = result.trend[i].p;
  }
  columns.push_back(ResultColumn::numbers(QStringLiteral("mk_z"), std::move(mkZ)));
  columns.push_back(ResultColumn::numbers(QStringLiteral("mk_p"), std::move(mkP)));
  for (const auto &[name, counts] : {std::pair{QStringLiteral("n_hot"), &result.hotCount},
                                     std::pair{QStringLiteral("n_cold"), &result.coldCount}}) {
    ResultColumn column{QgsField(name, QVariant::Int), {}, {}};
    for (std::size_t i = 0; i < n; ++i)
      column.values.push_back(result.category[i] == EmergingCategory::Undefined
                                  ? QVariant(QVariant::Int)
                                  : QVariant(static_cast<int>((*counts)[i])));
    columns.push_back(std::move(column));
  }

  std::map<EmergingCategory, std::size_t> counts;
  for (EmergingCategory c : result.category)
    ++counts[c];
  feedback->pushInfo(
      QObject::tr("%1 periods, %2 neighbourhoods, space-time neighbourhood of %3 earlier "
                  "period(s), significance %4%5")
          .arg(result.periods)
          .arg(n)
          .arg(options.timeNeighbours)
          .arg(options.alpha)
          .arg(significance.correction == PValueAdjustment::None
                   ? QString()
                   : QObject::tr(", %1-corrected over all bins").arg(significance.correctionName)));
  for (const auto &[category, count] : counts)
    feedback->pushInfo(
        QStringLiteral("  %1: %2")
            .arg(QString::fromLatin1(emergingCategoryName(category)), QString::number(count)));
  if (result.undefinedBins > 0)
    feedback->pushWarning(QObject::tr("%1 bin(s) have no Gi* (a NULL value or no neighbour): "
                                      "they count as not significant")
                              .arg(result.undefinedBins));

  QVariantMap outputs;
  // The cube first: a failure there leaves no half-written main output behind.
  QString cubeDestination;
  QgsFields cubeFields;
  const QString idName = periods.idFieldName;
  cubeFields.append(QgsField(idName, periods.idType));
  cubeFields.append(QgsField(QStringLiteral("period"), QVariant::Int));
  cubeFields.append(QgsField(QStringLiteral("period_name"), QVariant::String));
  cubeFields.append(QgsField(QStringLiteral("value"), QVariant::Double));
  cubeFields.append(QgsField(QStringLiteral("gi_z"), QVariant::Double));
  cubeFields.append(QgsField(QStringLiteral("gi_p"), QVariant::Double));
  cubeFields.append(QgsField(QStringLiteral("gi_bin"), QVariant::Int));
  std::unique_ptr<QgsFeatureSink> cube(
      createOutputSink(*this, parameters, kOutputCube, context, cubeDestination, cubeFields,
                       QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem()));
  if (cube) {
    const auto orNull = [](double v) {
      return std::isfinite(v) ? QVariant(v) : QVariant(QVariant::Double);
    };
    for (std::size_t t = 0; t < result.periods; ++t) {
      stopIfCanceled(feedback);
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t b = t * n + i;
        const MaskedValues &v = periods.values[t];
        QgsFeature row(cubeFields);
        row.setAttributes(QgsAttributes()
                          << periods.ids[i] << static_cast<int>(t)
                          << periods.names[static_cast<int>(t)]
                          << (v.isValid(i) ? QVariant(v.values[i]) : QVariant(QVariant::Double))
                          << orNull(result.z[b]) << orNull(result.p[b])
                          << (result.defined[b] ? QVariant(static_cast<int>(result.bin[b]))
                                                : QVariant(QVariant::Int)));
        if (!cube->addFeature(row, QgsFeatureSink::FastInsert))
          throw QgsProcessingException(writeFeatureError(cube.get(), parameters, kOutputCube));
      }
    }
    closeSink(cube, parameters, kOutputCube);
    outputs.insert(kOutputCube, cubeDestination);
  }
  feedback->setProgress(70);

  const QString destination = writeWithResultColumns(
      parameters, kOutput, context, feedback, keptRows(*input.source, input.features), columns,
      QObject::tr("The input field '%1' is replaced by the new result"), 70);
  styleResult(destination, QStringLiteral("emerging_risk"), parameters, context, feedback);
  setLoadedLayerSubject(request.fromTable ? periods.valueName : request.fields.value(0));
  outputs.insert(kOutput, destination);
  return outputs;
}
