#include "algorithms/lisamarkovalgorithm.h"

#include "algorithms/cancelflag.h"
#include "algorithms/weightedinput.h"
#include "layers/geopackagesink.h"
#include "layers/resultcolumn.h"
#include "parameters/periodvalues.h"
#include "parameters/weightsparameters.h"
#include "statistics/lisa_markov.h"

#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <cmath>

using namespace resilience;

namespace {

const QString kQuadrants = QStringLiteral("QUADRANTS");
const QString kPermutations = QStringLiteral("PERMUTATIONS");
const QString kSeed = QStringLiteral("SEED");
const QString kSignificance = QStringLiteral("SIGNIFICANCE");
const QString kSpatialClasses = QStringLiteral("SPATIAL_CLASSES");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kOutputTable = QStringLiteral("OUTPUT_TABLE");
const QString kOutputSpatial = QStringLiteral("OUTPUT_SPATIAL");
const QString kRowStandardise = QStringLiteral("ROW_STANDARDISE");

QString numberList(const double *values, std::size_t count) {
  QStringList parts;
  for (std::size_t k = 0; k < count; ++k)
    parts << (std::isnan(values[k]) ? QStringLiteral("NA") : QString::number(values[k], 'g', 17));
  return parts.join(QLatin1Char(','));
}

QVariant orNull(double v) {
  return std::isfinite(v) ? QVariant(v) : QVariant(QVariant::Double);
}

} // namespace

QString LisaMarkovAlgorithm::displayName() const {
  return QObject::tr("LISA Markov (cluster transitions over time)");
}

QString LisaMarkovAlgorithm::helpText() const {
  return QObject::tr(
             "Do neighbourhoods stay in their cluster, or move? Every neighbourhood sits in a "
             "quadrant of the Moran scatterplot in each period: HH (high value among high "
             "neighbours), LH, LL or HL. This counts the moves between consecutive periods, as "
             "PySAL giddy's LISA_Markov (Rey, Murray & Anselin 2011).\n\n") +
         PeriodValues::helpText(true) +
         QObject::tr(
             "\n\nQUADRANTS: pysal (default; z = value - mean and its spatial lag compared with "
             "0, as PySAL and GeoDa) or spdep (value against its mean, lag against the mean of the "
             "lags). PERMUTATIONS = 0 counts every neighbourhood by its quadrant; > 0 counts a "
             "move only when the local Moran is significant (pseudo p <= SIGNIFICANCE) in both "
             "periods, as giddy's significant moves. Weights are row-standardised, as giddy.\n\n"
             "Results: TRANSITIONS, the 16 counts row by row (from HH, LH, LL, HL to HH, LH, LL, "
             "HL), PROBABILITIES (each row divided by its sum; NA for a state never left) and "
             "STEADY_STATE, the long-run share of each quadrant if the probabilities held (NA "
             "without a unique one). OUTPUT adds lm_path (e.g. \"HH>HH>LL\"; NA for a NULL value "
             "or an island) and lm_moves (moves to another quadrant). OUTPUT_TABLE lists from, "
             "to, count, probability.\n\n"
             "Spatial Markov (Rey 2001): values and their spatial lags are put in "
             "SPATIAL_CLASSES quantile classes (default 5, pooled over all periods; class 1 = "
             "lowest), and the class moves are counted separately for each class of the "
             "neighbours' lag: does a poor neighbourhood among poor neighbours stay poor more "
             "often? OUTPUT_SPATIAL lists lag_class, from_class, to_class, count, "
             "probability.\n\n") +
         WeightsParameters::helpText();
}

void LisaMarkovAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      QStringLiteral("INPUT"), QObject::tr("Neighbourhoods"),
      QList<int>() << QgsProcessing::TypeVectorPolygon));
  for (QgsProcessingParameterDefinition *parameter :
       PeriodValues::definitions(QStringLiteral("INPUT"), true))
    addParameter(parameter);
  addNamedEnumParameter(
      kQuadrants, QObject::tr("Quadrants"),
      {{QStringLiteral("pysal"), QObject::tr("PySAL / GeoDa (signs of z and of its lag)")},
       {QStringLiteral("spdep"), QObject::tr("spdep (value and lag against their means)")}},
      QStringLiteral("pysal"));
  addParameter(new QgsProcessingParameterNumber(
      kPermutations, QObject::tr("Permutations (0 = count every neighbourhood)"),
      QgsProcessingParameterNumber::Integer, 0, false, 0, 99999));
  auto *seed = new QgsProcessingParameterNumber(
      kSeed, QObject::tr("Random seed"), QgsProcessingParameterNumber::Integer, 12345, false, 0);
  seed->setFlags(seed->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(seed);
  addParameter(new QgsProcessingParameterNumber(
      kSignificance, QObject::tr("Significance level (with permutations)"),
      QgsProcessingParameterNumber::Double, 0.05, false, 0.0001, 0.5));
  addParameter(new QgsProcessingParameterNumber(
      kSpatialClasses, QObject::tr("Spatial Markov: quantile classes (0 = none)"),
      QgsProcessingParameterNumber::Integer, 5, false, 0, 20));
  for (QgsProcessingParameterDefinition *parameter :
       WeightsParameters::definitions(QStringLiteral("INPUT"), true))
    addParameter(parameter);
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("LISA Markov paths"),
                                                     QgsProcessing::TypeVectorPolygon));
  addParameter(new QgsProcessingParameterFeatureSink(kOutputTable, QObject::tr("Transition table"),
                                                     QgsProcessing::TypeVector, QVariant(), true,
                                                     false));
  addParameter(
      new QgsProcessingParameterFeatureSink(kOutputSpatial, QObject::tr("Spatial Markov table"),
                                            QgsProcessing::TypeVector, QVariant(), true, false));
  addOutput(new QgsProcessingOutputString(
      QStringLiteral("TRANSITIONS"), QObject::tr("Transition counts, row-major (HH, LH, LL, HL)")));
  addOutput(new QgsProcessingOutputString(QStringLiteral("PROBABILITIES"),
                                          QObject::tr("Transition probabilities, row-major")));
  addOutput(new QgsProcessingOutputString(QStringLiteral("STEADY_STATE"),
                                          QObject::tr("Steady state (HH, LH, LL, HL)")));
}

QVariantMap LisaMarkovAlgorithm::execute(const QVariantMap &parameters,
                                         QgsProcessingContext &context,
                                         QgsProcessingFeedback *feedback) {
  if (!parameterAsBool(parameters, kRowStandardise, context))
    throw QgsProcessingException(
        QObject::tr("ROW_STANDARDISE: LISA Markov uses row-standardised weights, as PySAL giddy; "
                    "leave it on"));
  const PeriodValues::Request request = PeriodValues::request(*this, parameters, context);
  WeightedInput input = readWeightedInput(*this, parameters, context, feedback, request.fields,
                                          request.fieldParameters, Rows::Kept);
  const PeriodValues::Periods periods =
      PeriodValues::read(*this, parameters, context, input, request, feedback);
  LisaMarkovOptions options;
  options.rule = enumName(parameters, kQuadrants) == QLatin1String("spdep") ? QuadrantRule::Spdep
                                                                            : QuadrantRule::PySAL;
  const CancelFlag cancel(feedback);
  options.permutation = {
      static_cast<std::size_t>(parameterAsInt(parameters, kPermutations, context)),
      static_cast<std::uint64_t>(parameterAsInt(parameters, kSeed, context)), 0, cancel.get()};
  options.significance = parameterAsDouble(parameters, kSignificance, context);
  options.spatialClasses =
      static_cast<std::size_t>(parameterAsInt(parameters, kSpatialClasses, context));
  if (options.spatialClasses == 1)
    throw QgsProcessingException(
        QObject::tr("SPATIAL_CLASSES: one class has no transitions; use 2 or more, or 0"));
  options.valueName = periods.valueName.toStdString();
  feedback->setProgressText(QObject::tr("Local Moran per period"));
  const LisaMarkovResult r = lisaMarkov(periods.values, input.weights.weights, options);
  stopIfCanceled(feedback);
  feedback->setProgress(60);

  static const char *const states[] = {"HH", "LH", "LL", "HL"};
  feedback->pushInfo(QObject::tr("Transitions over %1 periods (rows from, columns to; %2):")
                         .arg(r.periods)
                         .arg(options.permutation.permutations > 0
                                  ? QObject::tr("significant local Moran in both periods only")
                                  : QObject::tr("every neighbourhood")));
  feedback->pushInfo(QStringLiteral("        HH      LH      LL      HL"));
  for (int a = 0; a < 4; ++a) {
    QString line = QStringLiteral("  %1").arg(QString::fromLatin1(states[a]));
    for (int b = 0; b < 4; ++b)
      line += QStringLiteral("%1").arg(r.transitions[a * 4 + b], 8, 'f', 0);
    feedback->pushInfo(line);
  }
  if (std::isnan(r.steadyState[0]))
    feedback->pushWarning(QObject::tr("No steady state: a quadrant is never left or the chain "
                                      "splits into separate parts"));
  else
    feedback->pushInfo(QObject::tr("Steady state: HH %1, LH %2, LL %3, HL %4")
                           .arg(r.steadyState[0], 0, 'f', 3)
                           .arg(r.steadyState[1], 0, 'f', 3)
                           .arg(r.steadyState[2], 0, 'f', 3)
                           .arg(r.steadyState[3], 0, 'f', 3));

  QVariantMap outputs;
  // The tables first: a failure there leaves no half-written main output behind.
  {
    QgsFields fields;
    fields.append(QgsField(QStringLiteral("from"), QVariant::String));
    fields.append(QgsField(QStringLiteral("to"), QVariant::String));
    fields.append(QgsField(QStringLiteral("count"), QVariant::Int));
    fields.append(QgsField(QStringLiteral("probability"), QVariant::Double));
    QString destination;
    std::unique_ptr<QgsFeatureSink> sink(
        createOutputSink(*this, parameters, kOutputTable, context, destination, fields,
                         QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem()));
    if (sink) {
      for (int a = 0; a < 4; ++a)
        for (int b = 0; b < 4; ++b) {
          QgsFeature row(fields);
          row.setAttributes(QgsAttributes()
                            << QString::fromLatin1(states[a]) << QString::fromLatin1(states[b])
                            << static_cast<int>(r.transitions[a * 4 + b])
                            << orNull(r.probabilities[a * 4 + b]));
          if (!sink->addFeature(row, QgsFeatureSink::FastInsert))
            throw QgsProcessingException(writeFeatureError(sink.get(), parameters, kOutputTable));
        }
      closeSink(sink, parameters, kOutputTable);
      outputs.insert(kOutputTable, destination);
    }
  }
  if (r.k >= 2) {
    QgsFields fields;
    for (const char *name : {"lag_class", "from_class", "to_class", "count"})
      fields.append(QgsField(QString::fromLatin1(name), QVariant::Int));
    fields.append(QgsField(QStringLiteral("probability"), QVariant::Double));
    QString destination;
    std::unique_ptr<QgsFeatureSink> sink(
        createOutputSink(*this, parameters, kOutputSpatial, context, destination, fields,
                         QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem()));
    if (sink) {
      for (std::size_t c = 0; c < r.k; ++c)
        for (std::size_t a = 0; a < r.k; ++a) {
          double rowSum = 0;
          for (std::size_t b = 0; b < r.k; ++b)
            rowSum += r.spatialCounts[c][a * r.k + b];
          for (std::size_t b = 0; b < r.k; ++b) {
            const double count = r.spatialCounts[c][a * r.k + b];
            QgsFeature row(fields);
            row.setAttributes(QgsAttributes() << static_cast<int>(c + 1) << static_cast<int>(a + 1)
                                              << static_cast<int>(b + 1) << static_cast<int>(count)
                                              << (rowSum > 0 ? QVariant(count / rowSum)
                                                             : QVariant(QVariant::Double)));
            if (!sink->addFeature(row, QgsFeatureSink::FastInsert))
              throw QgsProcessingException(
                  writeFeatureError(sink.get(), parameters, kOutputSpatial));
          }
        }
      closeSink(sink, parameters, kOutputSpatial);
      outputs.insert(kOutputSpatial, destination);
    }
  }

  std::vector<ResultColumn> columns;
  columns.push_back(ResultColumn{QgsField(QStringLiteral("lm_path"), QVariant::String), {}, {}});
  ResultColumn moves{QgsField(QStringLiteral("lm_moves"), QVariant::Int), {}, {}};
  for (std::size_t i = 0; i < r.features; ++i) {
    columns.back().values.push_back(QString::fromStdString(r.path[i]));
    moves.values.push_back(static_cast<int>(r.moves[i]));
  }
  columns.push_back(std::move(moves));
  const QString destination = writeWithResultColumns(
      parameters, kOutput, context, feedback, keptRows(*input.source, input.features), columns,
      QObject::tr("The input field '%1' is replaced by the new result"), 70);
  styleResult(destination, QStringLiteral("neighbourhoods"), parameters, context, feedback);
  setLoadedLayerSubject(request.fields.value(0));
  outputs.insert(kOutput, destination);
  outputs.insert(QStringLiteral("TRANSITIONS"), numberList(r.transitions.data(), 16));
  outputs.insert(QStringLiteral("PROBABILITIES"), numberList(r.probabilities.data(), 16));
  outputs.insert(QStringLiteral("STEADY_STATE"), numberList(r.steadyState.data(), 4));
  return outputs;
}
