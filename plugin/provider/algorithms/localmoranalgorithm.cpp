#include "algorithms/localmoranalgorithm.h"

#include "algorithms/cancelflag.h"
#include "layers/ebrates.h"
#include "layers/riskcolumns.h"
#include "parameters/riskparameter.h"
#include "parameters/significanceparameters.h"
#include "parameters/valuefieldparameter.h"
#include "statistics/local_moran.h"
#include "statistics/local_moran_bivariate.h"

#include <qgsexception.h>

#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace resilience;

namespace {
const QString kField = QStringLiteral("FIELD");
const QString kVariance = QStringLiteral("VARIANCE");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kFieldLag = QStringLiteral("FIELD_LAG");
} // namespace

QString LocalMoranAlgorithm::displayName() const {
  return QObject::tr("Clusters and outliers (local Moran's I)");
}

QString LocalMoranAlgorithm::outputDescription() const {
  return QObject::tr("LISA clusters");
}

QString LocalMoranAlgorithm::helpText() const {
  return QObject::tr(
             "Local Moran's I (Anselin 1995) compares each neighbourhood's value with the "
             "weighted mean of its neighbours: High-High and Low-Low clusters are neighbourhoods "
             "that resemble their surroundings, High-Low and Low-High outliers differ from them. "
             "Numbers are identical to R spdep localmoran; pseudo p-values follow "
             "localmoran_perm (conditional permutations, 999 by default).\n\n"
             "VARIANCE: conditional (spdep's default since 1.2, Sokal et al. 1998) or total "
             "randomisation (Anselin 1995).\n\n"
             "Fields: lisa_i, lisa_ei, lisa_vi, lisa_z, lisa_p (analytical, two-sided), "
             "lisa_p_sim (pseudo p), lisa_p_adj (after CORRECTION), lisa_q (quadrant of the "
             "Moran scatterplot, against the means) and lisa_cluster (High-High, Low-Low, "
             "High-Low, Low-High when significant, else Not significant; Undefined for NULL "
             "values and islands). Clusters use the pseudo p when permutations are run.\n\n"
             "Risk fields: risk_cluster names the cluster by the risk (Risk cluster, Low-risk "
             "cluster, Risk outlier, Low-risk outlier, Not significant, Undefined): with RISK=high "
             "High-High is the risk cluster, with RISK=low Low-Low is. risk_cluster_class says "
             "it in the LANGUAGE chosen, with the quadrant (\"Risk cluster (Low-Low)\", "
             "\"Risicocluster (Laag-Laag)\"). The output is drawn by risk_cluster: risk clusters "
             "red, whichever end is the risk; lisa_cluster keeps GeoDa's names.\n\n"
             "Rates: with POPULATION, FIELD is an event count and the statistic is computed on "
             "the empirical Bayes standardised rates of Assuncao & Reis (1999) (PySAL esda "
             "Moran_Local_Rate; the rates of resilience:globalmoran with POPULATION), so that "
             "small populations with noisy rates do not make clusters; a population of 0 gives "
             "Undefined.\n\n"
             "Bivariate: with FIELD_LAG the statistic is FIELD's standardised value times the "
             "spatial lag of FIELD_LAG's standardised value (spdep localmoran_bv, GeoDa's "
             "bivariate LISA; PySAL esda Moran_Local_BV divides by n instead of n - 1 when "
             "standardising, so its lisa_i is n/(n-1) times ours, with the same p-values and "
             "clusters): High-Low is a high FIELD among neighbours with a low FIELD_LAG, for "
             "example low resilience next to poor library access. Inference by conditional "
             "permutation only (lisa_ei, lisa_vi, lisa_z and lisa_p are not written); a feature "
             "with either value NULL is Undefined. RISK names the risk end of FIELD, as in the "
             "univariate case.\n\n") +
         RiskParameter::helpText() + QStringLiteral("\n\n") + SignificanceParameters::helpText() +
         QStringLiteral("\n\n") + WeightsParameters::helpText();
}

void LocalMoranAlgorithm::initStatisticParameters() {
  addParameter(
      new ValueFieldParameter(kField, QObject::tr("Value field"), QStringLiteral("INPUT")));
  addParameter(RiskParameter::definition());
  addParameter(new QgsProcessingParameterField(
      kPopulation, QObject::tr("Population at risk (FIELD is then an event count)"), QVariant(),
      QStringLiteral("INPUT"), QgsProcessingParameterField::Numeric, false, true));
  addParameter(new QgsProcessingParameterField(
      kFieldLag, QObject::tr("Neighbours' field (bivariate: FIELD against the lag of this field)"),
      QVariant(), QStringLiteral("INPUT"), QgsProcessingParameterField::Numeric, false, true));
  addNamedEnumParameter(
      kVariance, QObject::tr("Variance"),
      {{QStringLiteral("conditional"), QObject::tr("Conditional randomisation (spdep default)")},
       {QStringLiteral("total"), QObject::tr("Total randomisation (Anselin 1995)")}},
      QStringLiteral("conditional"));
  for (QgsProcessingParameterDefinition *parameter : SignificanceParameters::definitions(999))
    addParameter(parameter);
}

std::vector<ResultColumn> LocalMoranAlgorithm::compute(const QVariantMap &parameters,
                                                       QgsProcessingContext &context,
                                                       QgsProcessingFeedback *feedback,
                                                       const FeatureColumns &features,
                                                       const WeightsParameters::Built &weights) {
  const SignificanceParameters::Values significance =
      SignificanceParameters::read(*this, parameters, context);
  LocalMoranOptions options;
  options.variance = enumName(parameters, kVariance) == QLatin1String("total")
                         ? LocalMoranVariance::Total
                         : LocalMoranVariance::Conditional;
  options.rowStandardise = weights.rowStandardise;
  options.significance = significance.significance;
  const CancelFlag cancel(feedback);
  options.permutation = {significance.permutations, significance.seed, 0, cancel.get()};
  options.valueName = parameterAsString(parameters, kField, context).toStdString();
  const MaskedValues values =
      features.numbers.at(1).size() == 0
          ? features.numbers.at(0)
          : ebStandardisedValues(features, 0, 1, QString::fromStdString(options.valueName),
                                 parameterAsString(parameters, kPopulation, context), feedback);
  const bool bivariate = features.numbers.at(2).size() != 0;
  if (bivariate && significance.permutations == 0)
    throw QgsProcessingException(
        QObject::tr("PERMUTATIONS: the bivariate local Moran (FIELD_LAG) has no analytical "
                    "p-value; give at least 1 permutation (999 is the usual choice)"));
  LocalMoranResult result;
  if (bivariate) {
    BivariateLocalMoranOptions bv;
    bv.rowStandardise = options.rowStandardise;
    bv.significance = options.significance;
    bv.permutation = options.permutation;
    bv.valueName = options.valueName;
    bv.lagValueName = parameterAsString(parameters, kFieldLag, context).toStdString();
    result = bivariateLocalMoran(values, features.numbers.at(2), weights.weights, bv);
    setLoadedLayerSubject(QStringLiteral("%1 / %2").arg(QString::fromStdString(bv.valueName),
                                                        QString::fromStdString(bv.lagValueName)),
                          QStringLiteral("bivariate"));
  } else {
    result = localMoran(values, weights.weights, options);
  }
  SignificanceParameters::requireAttainableSignificance(significance, result.pSim,
                                                        significance.significance);

  const std::vector<double> adjusted =
      SignificanceParameters::classificationP(significance, result.p, result.pSim);
  const std::vector<LisaCluster> clusters =
      lisaClusters(result.quadrant, adjusted, significance.significance);

  // The bivariate statistic has no analytical moments: only lisa_i and the permutation columns.
  std::vector<ResultColumn> columns =
      resultColumns(ResultColumn::numbers(QStringLiteral("lisa_i"), result.ii));
  if (!bivariate)
    for (auto [name, values] :
         {std::make_pair("lisa_ei", &result.expected), std::make_pair("lisa_vi", &result.variance),
          std::make_pair("lisa_z", &result.z), std::make_pair("lisa_p", &result.p)})
      columns.push_back(ResultColumn::numbers(QString::fromLatin1(name), *values));
  SignificanceParameters::appendInferenceColumns(columns, QStringLiteral("lisa"), significance,
                                                 result.pSim, adjusted);
  columns.push_back(ResultColumn::labels(QStringLiteral("lisa_q"), clusters.size(),
                                         [&](auto i) { return quadrantText(result.quadrant[i]); }));
  columns.push_back(ResultColumn::labels(QStringLiteral("lisa_cluster"), clusters.size(),
                                         [&](auto i) { return lisaClusterText(clusters[i]); }));
  std::map<QString, int> counts;
  for (const QVariant &text : columns.back().values)
    ++counts[text.toString()];
  const QString field = parameterAsString(parameters, kField, context);
  const RiskEnd end = RiskParameter::read(*this, parameters, field, feedback);
  mField = field;
  mRiskEnd = end;
  for (ResultColumn &column :
       riskClusterColumns(clusters, end, enumName(parameters, QStringLiteral("LANGUAGE"))))
    columns.push_back(std::move(column));

  QStringList summary;
  for (const auto &[text, count] : counts)
    summary << QStringLiteral("%1 %2").arg(text).arg(count);
  feedback->pushInfo(QObject::tr("%1: %2 of %3 features computed (%4 NULL values, %5 "
                                 "islands); clusters: %6")
                         .arg(bivariate
                                  ? QObject::tr("Bivariate local Moran's I of %1 and the "
                                                "neighbours' %2")
                                        .arg(QString::fromStdString(options.valueName),
                                             parameterAsString(parameters, kFieldLag, context))
                                  : QObject::tr("Local Moran's I"))
                         .arg(result.summary.computed)
                         .arg(result.summary.features)
                         .arg(result.summary.nullValues)
                         .arg(result.summary.islands)
                         .arg(summary.join(QStringLiteral(", "))));
  const auto risky = std::count_if(clusters.begin(), clusters.end(), [&](LisaCluster cluster) {
    return riskCluster(cluster, end) == RiskCluster::Risk;
  });
  feedback->pushInfo(
      QObject::tr("Risk clusters (%1 values of %2, %3): %4")
          .arg(RiskParameter::endName(end), field,
               end == RiskEnd::High ? QStringLiteral("High-High") : QStringLiteral("Low-Low"))
          .arg(risky));
  // Computed features whose Ii cannot vary (linked to every other feature with equal weights,
  // or all the others hold one value): no z, no pseudo p, no cluster.
  std::size_t constant = 0;
  for (std::size_t i = 0; i < result.z.size(); ++i)
    constant += result.reason[i] == NullReason::None && !std::isfinite(result.z[i]) &&
                (result.pSim.empty() || !std::isfinite(result.pSim[i]));
  if (constant > 0)
    feedback->reportError(
        QObject::tr("Local Moran's I: %1 feature(s) have no z-score%2 (NULL, 'Not "
                    "significant'): their Ii cannot vary, because the feature is linked to every "
                    "other one (a distance band or bandwidth wider than the layer) or its "
                    "neighbours' values cannot differ. Use smaller neighbourhoods (WEIGHTS, "
                    "DISTANCE, K)")
            .arg(constant)
            .arg(result.pSim.empty() ? QString() : QObject::tr(" and no pseudo p")),
        false);
  return columns;
}

QString LocalMoranAlgorithm::styleName(const QVariantMap &) const {
  return QStringLiteral("risk_clusters_") + RiskParameter::endName(mRiskEnd);
}

QString LocalMoranAlgorithm::legendField(const QVariantMap &) const {
  return mField;
}
