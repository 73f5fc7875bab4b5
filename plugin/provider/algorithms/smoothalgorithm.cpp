#include "algorithms/smoothalgorithm.h"

#include "parameters/valuefieldparameter.h"
#include "statistics/empirical_bayes.h"
#include "statistics/kernel_smooth.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

using namespace resilience;

namespace {

const QString kMethod = QStringLiteral("METHOD");
const QString kField = QStringLiteral("FIELD");
const QString kIncludeSelf = QStringLiteral("INCLUDE_SELF");
const QString kEvents = QStringLiteral("EVENTS");
const QString kPopulation = QStringLiteral("POPULATION");

void reportNulls(QgsProcessingFeedback *feedback, const QString &what, const NullSummary &s) {
  feedback->pushInfo(QObject::tr("%1: %2 of %3 features computed; NULL for %4 with a NULL value, "
                                 "%5 with a population of zero or less, %6 without a neighbour "
                                 "that has a value")
                         .arg(what)
                         .arg(s.computed)
                         .arg(s.features)
                         .arg(s.nullValues)
                         .arg(s.nonPositivePopulation)
                         .arg(s.islands));
}

} // namespace

QString SmoothAlgorithm::displayName() const {
  return QObject::tr("Smooth values and rates (kernel, empirical Bayes)");
}

QString SmoothAlgorithm::outputDescription() const {
  return QObject::tr("Smoothed");
}

bool SmoothAlgorithm::usesWeights(const QVariantMap &parameters, QgsProcessingContext &) const {
  return enumName(parameters, kMethod) != QLatin1String("eb");
}

QString SmoothAlgorithm::helpText() const {
  return QObject::tr(
             "Smooths a map so that chance variation in small neighbourhoods does not dominate "
             "it.\n\n"
             "METHOD=kernel: the weighted mean of FIELD over each feature and its neighbours, "
             "sum w_ij y_j / sum w_ij (Nadaraya-Watson), written to <FIELD>_smooth. With "
             "WEIGHTS=kernel the weights fall with distance; with contiguity, knn or distance "
             "weights every neighbour counts the same. INCLUDE_SELF lets the feature's own value "
             "take part with the weight of its own link (K(0) for kernel weights with "
             "KERNEL_SELF, as in a GWT file), or weight 1 - one neighbour more - where the "
             "weights have no such link. Because the mean divides by the weight sum, "
             "ROW_STANDARDISE changes nothing here.\n\n"
             "METHOD=eb and eb_local smooth the rate EVENTS / POPULATION (e.g. cases per "
             "inhabitant) by empirical Bayes (Marshall 1991, method of moments): a rate from a "
             "small population is pulled strongly towards the prior mean, one from a large "
             "population hardly at all. eb takes the whole layer as the prior (spdep EBest, "
             "Poisson) and needs no weights; eb_local takes each feature with its neighbours "
             "(spdep EBlocal; the weights' values are ignored, only who is a neighbour counts). "
             "Fields: raw_rate (events / population), and eb_rate or eb_local. Numbers are "
             "identical to spdep. Event counts must not be negative; a population of zero or "
             "less gives NULL rates and is counted in the log, as is the prior.\n\n"
             "A NULL value gives a NULL result (no gap filling), and so does a feature without a "
             "neighbour with a value; the log counts both. The default weights are queen "
             "contiguity, as for the other statistics and as Marshall's local estimator was "
             "defined; choose WEIGHTS=kernel for a distance-decay smoother.\n\n") +
         WeightsParameters::helpText();
}

void SmoothAlgorithm::initStatisticParameters() {
  addNamedEnumParameter(
      kMethod, QObject::tr("Method"),
      {{QStringLiteral("kernel"), QObject::tr("Kernel-weighted neighbourhood mean of a value")},
       {QStringLiteral("eb"), QObject::tr("Empirical Bayes rate, global prior (spdep EBest)")},
       {QStringLiteral("eb_local"),
        QObject::tr("Empirical Bayes rate, local prior (spdep EBlocal)")}},
      QStringLiteral("kernel"));
  // No default: METHOD=eb reads every field given, and a layer need not have resilience.
  addParameter(new ValueFieldParameter(kField, QObject::tr("Value field (METHOD=kernel)"),
                                       QStringLiteral("INPUT"), true, QVariant()));
  addParameter(new QgsProcessingParameterBoolean(
      kIncludeSelf, QObject::tr("Include the feature's own value (METHOD=kernel)"), true));
  addParameter(new QgsProcessingParameterField(
      kEvents, QObject::tr("Event count field (METHOD=eb, eb_local)"), QVariant(),
      QStringLiteral("INPUT"), QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterField(
      kPopulation, QObject::tr("Population at risk field (METHOD=eb, eb_local)"), QVariant(),
      QStringLiteral("INPUT"), QgsProcessingParameterField::Numeric, false, true));
}

QStringList SmoothAlgorithm::numericFieldParameters() const {
  return {kField, kEvents, kPopulation};
}

QString SmoothAlgorithm::missingFieldMessage(const QVariantMap &parameters,
                                             QgsProcessingContext &context) const {
  const QString method = enumName(parameters, kMethod);
  const bool kernel = method == QLatin1String("kernel");
  for (const QString &name : kernel ? QStringList{kField} : QStringList{kEvents, kPopulation})
    if (parameterAsString(parameters, name, context).isEmpty())
      return kernel ? QObject::tr("FIELD is missing: METHOD=kernel smooths the values of FIELD")
                    : QObject::tr("%1 is missing: METHOD=%2 smooths the rate EVENTS / "
                                  "POPULATION and needs both fields")
                          .arg(name, method);
  return QString();
}

bool SmoothAlgorithm::checkParameterValues(const QVariantMap &parameters,
                                           QgsProcessingContext &context, QString *message) const {
  if (!NeighbourhoodStatisticAlgorithm::checkParameterValues(parameters, context, message))
    return false;
  const QString missing = missingFieldMessage(parameters, context);
  if (!missing.isEmpty() && message)
    *message = missing;
  return missing.isEmpty();
}

std::vector<ResultColumn> SmoothAlgorithm::compute(const QVariantMap &parameters,
                                                   QgsProcessingContext &context,
                                                   QgsProcessingFeedback *feedback,
                                                   const FeatureColumns &features,
                                                   const WeightsParameters::Built &weights) {
  // Also checked here: checkParameterValues is not called by every caller of run().
  const QString missing = missingFieldMessage(parameters, context);
  if (!missing.isEmpty())
    throw QgsProcessingException(missing);
  const QString method = enumName(parameters, kMethod);
  if (method == QLatin1String("kernel")) {
    const QString field = parameterAsString(parameters, kField, context);
    KernelSmoothOptions options;
    options.includeSelf = parameterAsBool(parameters, kIncludeSelf, context);
    options.valueName = field.toStdString();
    const KernelSmoothResult r = kernelSmooth(features.numbers.at(0), weights.weights, options);
    reportNulls(feedback,
                QObject::tr("Weighted mean of %1 (%2, %3)")
                    .arg(field, weights.description,
                         options.includeSelf ? QObject::tr("feature itself included")
                                             : QObject::tr("feature itself left out")),
                r.summary);
    return resultColumns(ResultColumn::numbers(field + QStringLiteral("_smooth"), r.smoothed));
  }

  const QString eventsField = parameterAsString(parameters, kEvents, context);
  const QString populationField = parameterAsString(parameters, kPopulation, context);
  const MaskedValues &events = features.numbers.at(1);
  const MaskedValues &population = features.numbers.at(2);
  requireNonNegative(events, features, kEvents, eventsField);
  const RateNames names{eventsField.toStdString(), populationField.toStdString()};
  if (method == QLatin1String("eb")) {
    const GlobalEbResult r = empiricalBayesGlobal(events, population, EbFamily::Poisson, names);
    feedback->pushInfo(QObject::tr("METHOD=eb uses no spatial weights: the prior is the whole "
                                   "layer's"));
    feedback->pushInfo(QObject::tr("Global prior (method of moments, spdep EBest): mean b = %1, "
                                   "variance a = %2")
                           .arg(r.b, 0, 'g', 17)
                           .arg(r.a, 0, 'g', 17));
    reportNulls(
        feedback,
        QObject::tr("Empirical Bayes rate of %1 / %2 (global)").arg(eventsField, populationField),
        r.summary);
    return resultColumns(ResultColumn::numbers(QStringLiteral("raw_rate"), r.raw),
                         ResultColumn::numbers(QStringLiteral("eb_rate"), r.rate));
  }
  const LocalEbResult r =
      empiricalBayesLocal(events, population, weights.weights, LocalEbVariance::Spdep, names);
  reportNulls(feedback,
              QObject::tr("Empirical Bayes rate of %1 / %2 (local, %3)")
                  .arg(eventsField, populationField, weights.description),
              r.summary);
  return resultColumns(ResultColumn::numbers(QStringLiteral("raw_rate"), r.raw),
                       ResultColumn::numbers(QStringLiteral("eb_local"), r.rate));
}
