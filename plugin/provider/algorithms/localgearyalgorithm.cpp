#include "algorithms/localgearyalgorithm.h"

#include "algorithms/cancelflag.h"
#include "parameters/significanceparameters.h"
#include "statistics/local_geary.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <map>

using namespace resilience;

namespace {
const QString kFields = QStringLiteral("FIELDS");
} // namespace

QString LocalGearyAlgorithm::displayName() const {
  return QObject::tr("Local Geary clusters, one or several variables");
}

QString LocalGearyAlgorithm::outputDescription() const {
  return QObject::tr("Local Geary clusters");
}

QString LocalGearyAlgorithm::helpText() const {
  return QObject::tr(
             "Local Geary's c (Anselin 2019) measures how much a neighbourhood differs from its "
             "neighbours: every field in FIELDS is standardised (z-scores, sd with n - 1) and "
             "c_i = (1/k) sum over the k fields of sum_j w_ij (z_i - z_j)^2. A small c means the "
             "neighbourhood resembles its surroundings on all fields at once (positive "
             "association), a large one that it differs (negative association). With the three "
             "resource domains as FIELDS it shows where they cluster together. Numbers are "
             "identical to R spdep localC; pseudo p-values follow localC_perm (conditional "
             "permutations; local Geary has no analytical p, so PERMUTATIONS must be at least "
             "1, 999 by default).\n\n"
             "Fields: lg_c, lg_p_sim (folded pseudo p), lg_p_adj (after CORRECTION) and "
             "lg_cluster. A significant neighbourhood is positively associated when c is below "
             "its expectation under the permutations, E[c_i] = W_i (1 + mean z_i^2 n/(n-1)), "
             "negatively otherwise (GeoDa's local Geary cluster map). One field: High-High, "
             "Low-Low (value and the neighbours' mean on the same side), Other positive, or "
             "Negative; several fields: Positive association or Negative association. Not "
             "significant otherwise; Undefined where a field is NULL (the feature is left out of "
             "every field's mean and sd) or the feature has no neighbour.\n\n") +
         SignificanceParameters::helpText() + QStringLiteral("\n\n") +
         WeightsParameters::helpText();
}

void LocalGearyAlgorithm::initStatisticParameters() {
  addParameter(new QgsProcessingParameterField(kFields, QObject::tr("Value fields (1 or more)"),
                                               QVariant(), QStringLiteral("INPUT"),
                                               QgsProcessingParameterField::Numeric, true));
  for (QgsProcessingParameterDefinition *parameter : SignificanceParameters::definitions(999))
    addParameter(parameter);
}

void LocalGearyAlgorithm::numericFields(const QVariantMap &parameters,
                                        QgsProcessingContext &context, QStringList &fields,
                                        QStringList &fieldParameters) const {
  fields = parameterAsFields(parameters, kFields, context);
  if (fields.isEmpty())
    throw QgsProcessingException(QObject::tr("FIELDS: choose at least one numeric field"));
  fields.removeDuplicates();
  for (int k = 0; k < fields.size(); ++k)
    fieldParameters << kFields;
}

std::vector<ResultColumn> LocalGearyAlgorithm::compute(const QVariantMap &parameters,
                                                       QgsProcessingContext &context,
                                                       QgsProcessingFeedback *feedback,
                                                       const FeatureColumns &features,
                                                       const WeightsParameters::Built &weights) {
  const SignificanceParameters::Values significance =
      SignificanceParameters::read(*this, parameters, context);
  if (significance.permutations == 0)
    throw QgsProcessingException(
        QObject::tr("PERMUTATIONS: local Geary has no analytical p-value; give at least 1 "
                    "permutation (999 is the usual choice)"));
  LocalGearyOptions options;
  options.rowStandardise = weights.rowStandardise;
  options.significance = significance.significance;
  const CancelFlag cancel(feedback);
  options.permutation = {significance.permutations, significance.seed, 0, cancel.get()};
  for (const QString &field : parameterAsFields(parameters, kFields, context))
    if (std::find(options.valueNames.begin(), options.valueNames.end(), field.toStdString()) ==
        options.valueNames.end())
      options.valueNames.push_back(field.toStdString());
  const LocalGearyResult result = localGeary(features.numbers, weights.weights, options);

  const std::vector<double> adjusted =
      SignificanceParameters::classificationP(significance, result.pSim, result.pSim);
  const std::vector<LocalGearyCluster> clusters =
      localGearyClusters(result.association, adjusted, significance.significance);

  std::vector<ResultColumn> columns =
      resultColumns(ResultColumn::numbers(QStringLiteral("lg_c"), result.c));
  SignificanceParameters::appendInferenceColumns(columns, QStringLiteral("lg"), significance,
                                                 result.pSim, adjusted);
  columns.push_back(
      ResultColumn::labels(QStringLiteral("lg_cluster"), clusters.size(),
                           [&](auto i) { return localGearyClusterText(clusters[i]); }));
  std::map<QString, int> counts;
  for (const QVariant &text : columns.back().values)
    ++counts[text.toString()];
  QStringList summary;
  for (const auto &[text, count] : counts)
    summary << QStringLiteral("%1 %2").arg(text).arg(count);
  feedback->pushInfo(QObject::tr("Local Geary's c over %1 field(s): %2 of %3 features computed "
                                 "(%4 with a NULL value, %5 islands); clusters: %6")
                         .arg(options.valueNames.size())
                         .arg(result.summary.computed)
                         .arg(result.summary.features)
                         .arg(result.summary.nullValues)
                         .arg(result.summary.islands)
                         .arg(summary.join(QStringLiteral(", "))));
  return columns;
}
