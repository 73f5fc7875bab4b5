#include "parameters/significanceparameters.h"

#include "parameters/namedenumparameter.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

#include <cmath>

namespace {
const QString kPermutations = QStringLiteral("PERMUTATIONS");
const QString kSeed = QStringLiteral("SEED");
const QString kCorrection = QStringLiteral("CORRECTION");
const QString kSignificance = QStringLiteral("SIGNIFICANCE");
} // namespace

namespace SignificanceParameters {

QList<QgsProcessingParameterDefinition *> definitions(int defaultPermutations) {
  auto *seed = new QgsProcessingParameterNumber(
      kSeed, QObject::tr("Random seed (same seed, same p-values, whatever the thread count)"),
      QgsProcessingParameterNumber::Integer, 12345, false, 0);
  seed->setFlags(seed->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  return {new QgsProcessingParameterNumber(
              kPermutations, QObject::tr("Permutations for pseudo p-values (0 = none)"),
              QgsProcessingParameterNumber::Integer, defaultPermutations, false, 0, 99999),
          seed,
          new NamedEnumParameter(
              kCorrection, QObject::tr("Multiple testing correction"),
              {{QStringLiteral("none"), QObject::tr("None")},
               {QStringLiteral("fdr"), QObject::tr("False discovery rate (Benjamini-Hochberg)")},
               {QStringLiteral("bonferroni"), QObject::tr("Bonferroni")}},
              QStringLiteral("none")),
          new QgsProcessingParameterNumber(kSignificance, QObject::tr("Significance level"),
                                           QgsProcessingParameterNumber::Double, 0.05, false,
                                           0.0001, 0.5)};
}

QString helpText() {
  return QObject::tr(
      "Inference: p-values are analytical (normal approximation); with PERMUTATIONS > 0 the "
      "values of the other features are also shuffled around each feature (conditional "
      "randomisation, as spdep and PySAL) to give a pseudo p-value, reproducible for a SEED on "
      "any number of threads. Testing every neighbourhood at 5 % finds about 5 % 'significant' "
      "ones by chance: CORRECTION=fdr (Benjamini-Hochberg) or bonferroni adjusts the p-values "
      "used for the classification; the raw p-values are kept.");
}

Values read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
            QgsProcessingContext &context) {
  Values values;
  values.permutations = static_cast<std::size_t>(QgsProcessingParameters::parameterAsInt(
      algorithm.parameterDefinition(kPermutations), parameters, context));
  values.seed = static_cast<std::uint64_t>(QgsProcessingParameters::parameterAsInt(
      algorithm.parameterDefinition(kSeed), parameters, context));
  values.significance = QgsProcessingParameters::parameterAsDouble(
      algorithm.parameterDefinition(kSignificance), parameters, context);
  values.correctionName = namedEnumValue(algorithm, parameters, kCorrection);
  if (values.correctionName == QLatin1String("fdr"))
    values.correction = resilience::PValueAdjustment::FalseDiscovery;
  else if (values.correctionName == QLatin1String("bonferroni"))
    values.correction = resilience::PValueAdjustment::Bonferroni;
  return values;
}

std::vector<double> classificationP(const Values &values, const std::vector<double> &p,
                                    const std::vector<double> &pSim) {
  return resilience::adjustPValues(values.permutations > 0 ? pSim : p, values.correction);
}

void requireAttainableSignificance(const Values &values, const std::vector<double> &pSim,
                                   double level) {
  if (values.permutations == 0)
    return;
  std::size_t tests = 0;
  for (double p : pSim)
    tests += std::isfinite(p);
  const double smallest =
      resilience::smallestAttainablePseudoP(values.permutations, tests, values.correction);
  if (smallest < level)
    return;
  const QString corrected = values.correction == resilience::PValueAdjustment::None
                                ? QString()
                                : QObject::tr(" after the %1 correction over %2 features")
                                      .arg(values.correctionName)
                                      .arg(tests);
  throw QgsProcessingException(
      QObject::tr("%1=%2: the smallest pseudo p-value %2 permutations can give is %3%4, not below "
                  "the significance level %5, so no feature could be significant. Use at least "
                  "%6 permutations (999 is usual)")
          .arg(kPermutations)
          .arg(values.permutations)
          .arg(smallest)
          .arg(corrected)
          .arg(level)
          .arg(resilience::permutationsNeeded(level, tests, values.correction)));
}

void appendInferenceColumns(std::vector<ResultColumn> &columns, const QString &prefix,
                            const Values &values, const std::vector<double> &pSim,
                            const std::vector<double> &adjusted) {
  if (values.permutations > 0)
    columns.push_back(ResultColumn::numbers(prefix + QStringLiteral("_p_sim"), pSim));
  if (values.correction != resilience::PValueAdjustment::None)
    columns.push_back(ResultColumn::numbers(prefix + QStringLiteral("_p_adj"), adjusted));
}

} // namespace SignificanceParameters
