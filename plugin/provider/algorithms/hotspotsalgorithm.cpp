#include "algorithms/hotspotsalgorithm.h"

#include "algorithms/cancelflag.h"
#include "layers/riskcolumns.h"
#include "parameters/riskparameter.h"
#include "parameters/significanceparameters.h"
#include "parameters/valuefieldparameter.h"
#include "statistics/getis_ord.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <cmath>

using namespace resilience;

namespace {
const QString kField = QStringLiteral("FIELD");
const QString kStar = QStringLiteral("STAR");
} // namespace

QString HotspotsAlgorithm::displayName() const {
  return QObject::tr("Hot and cold spots (Getis-Ord Gi*)");
}

QString HotspotsAlgorithm::outputDescription() const {
  return QObject::tr("Hotspots");
}

QString HotspotsAlgorithm::helpText() const {
  return QObject::tr(
             "Finds where high values (hot spots) and low values (cold spots) cluster: the "
             "Getis-Ord statistic compares the weighted sum of values around each neighbourhood "
             "with what would be expected if values were spread at random (Getis & Ord 1992; Ord "
             "& Getis 1995). Gi* counts the neighbourhood itself (STAR, the usual choice for "
             "hot spot maps); Gi leaves it out. Numbers are identical to R spdep localG.\n\n"
             "Fields: gi_z (z-score), gi_p (two-sided p), gi_p_sim (pseudo p, with "
             "permutations), gi_p_adj (after CORRECTION), gi_bin (ArcGIS convention: 3, 2, 1 "
             "for hot spots at 99, 95 and 90 % confidence, -3..-1 for cold spots, 0 not "
             "significant) and gi_class (the bin as text). NULL values and islands give NULL and "
             "'Undefined', never a spot.\n\n"
             "Which p-value sets the bins: gi_p_sim, the pseudo p-value of the PERMUTATIONS (999 "
             "by default); with PERMUTATIONS=0, gi_p, the z-score's p-value, as ArcGIS's Hot Spot "
             "Analysis does; with a CORRECTION, gi_p_adj, that p-value adjusted. The sign of the "
             "bin is the sign of gi_z.\n\n"
             "Risk fields: risk_bin is gi_bin turned towards the risk, +3, +2, +1 for a risk hot "
             "spot at 99, 95 and 90 % confidence (gi_bin itself with RISK=high, its negation with "
             "RISK=low), and risk_class says it in the LANGUAGE chosen (\"Risk hot spot (99 %)\", "
             "\"Risicogebied (99 %)\"). The output is drawn by risk_bin: risk hot spots red, "
             "whichever end is the risk, as on every map of this plugin.\n\n") +
         RiskParameter::helpText() + QStringLiteral("\n\n") + SignificanceParameters::helpText() +
         QStringLiteral("\n\n") + WeightsParameters::helpText();
}

void HotspotsAlgorithm::initStatisticParameters() {
  addParameter(
      new ValueFieldParameter(kField, QObject::tr("Value field"), QStringLiteral("INPUT")));
  addParameter(RiskParameter::definition());
  addParameter(new QgsProcessingParameterBoolean(
      kStar, QObject::tr("Gi* (include the neighbourhood itself)"), true));
  for (QgsProcessingParameterDefinition *parameter : SignificanceParameters::definitions(999))
    addParameter(parameter);
}

std::vector<ResultColumn> HotspotsAlgorithm::compute(const QVariantMap &parameters,
                                                     QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback,
                                                     const FeatureColumns &features,
                                                     const WeightsParameters::Built &weights) {
  const SignificanceParameters::Values significance =
      SignificanceParameters::read(*this, parameters, context);
  GetisOrdOptions options;
  options.star = parameterAsBool(parameters, kStar, context);
  options.rowStandardise = weights.rowStandardise;
  const CancelFlag cancel(feedback);
  options.permutation = {significance.permutations, significance.seed, 0, cancel.get()};
  options.valueName = parameterAsString(parameters, kField, context).toStdString();
  const GetisOrdResult result = getisOrd(features.numbers.at(0), weights.weights, options);
  // The loosest level of the bins: 90 % confidence.
  SignificanceParameters::requireAttainableSignificance(significance, result.pSim, 0.10);

  const std::vector<double> adjusted =
      SignificanceParameters::classificationP(significance, result.p, result.pSim);
  const std::vector<std::int8_t> bins = hotspotBins(result.z, adjusted);

  std::vector<ResultColumn> columns =
      resultColumns(ResultColumn::numbers(QStringLiteral("gi_z"), result.z),
                    ResultColumn::numbers(QStringLiteral("gi_p"), result.p));
  SignificanceParameters::appendInferenceColumns(columns, QStringLiteral("gi"), significance,
                                                 result.pSim, adjusted);
  ResultColumn bin{QgsField(QStringLiteral("gi_bin"), QVariant::Int), {}, {}};
  int hot = 0, cold = 0;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const bool computed = result.reason[i] == NullReason::None;
    bin.values.push_back(computed ? QVariant(static_cast<int>(bins[i])) : QVariant(QVariant::Int));
    hot += computed && bins[i] > 0;
    cold += computed && bins[i] < 0;
  }
  columns.push_back(std::move(bin));
  columns.push_back(ResultColumn::labels(QStringLiteral("gi_class"), bins.size(), [&](auto i) {
    return hotspotClassText(bins[i], result.reason[i]);
  }));
  const QString field = parameterAsString(parameters, kField, context);
  const RiskEnd end = RiskParameter::read(*this, parameters, field, feedback);
  mField = field;
  mRiskEnd = end;
  for (ResultColumn &column :
       riskBinColumns(bins, result.reason, end, enumName(parameters, QStringLiteral("LANGUAGE"))))
    columns.push_back(std::move(column));

  const NullSummary &summary = result.summary;
  const QString statistic = options.star ? QStringLiteral("Gi*") : QStringLiteral("Gi");
  // A feature with a value and neighbours can still have no z: its G has no variance (it is
  // linked to every other feature, or all the others hold one value). Not a computed spot.
  std::size_t withoutZ = 0;
  for (std::size_t i = 0; i < result.z.size(); ++i)
    withoutZ += result.reason[i] == NullReason::None && !std::isfinite(result.z[i]);
  feedback->pushInfo(QObject::tr("%1: %2 of %3 features computed; %4 with a NULL value, %5 "
                                 "islands (NULL, 'Undefined')")
                         .arg(statistic)
                         .arg(summary.computed - withoutZ)
                         .arg(summary.features)
                         .arg(summary.nullValues)
                         .arg(summary.islands));
  if (withoutZ > 0)
    feedback->reportError(
        QObject::tr("%1: %2 feature(s) have no z-score (NULL, 'Not Significant'): their %1 "
                    "cannot vary, because the feature is linked to every other one (a distance "
                    "band or bandwidth wider than the layer) or its neighbours' values cannot "
                    "differ. Use smaller neighbourhoods (WEIGHTS, DISTANCE, K)")
            .arg(statistic)
            .arg(withoutZ),
        false);
  feedback->pushInfo(
      QObject::tr("Hot spots: %1, cold spots: %2 (90 % confidence or more%3)")
          .arg(hot)
          .arg(cold)
          .arg(significance.correction == PValueAdjustment::None
                   ? QString()
                   : QObject::tr(", %1-corrected").arg(significance.correctionName)));
  feedback->pushInfo(QObject::tr("Risk hot spots (%1 values of %2): %3")
                         .arg(RiskParameter::endName(end), field)
                         .arg(end == RiskEnd::High ? hot : cold));
  return columns;
}

QString HotspotsAlgorithm::styleName(const QVariantMap &) const {
  return QStringLiteral("risk_bins_") + RiskParameter::endName(mRiskEnd);
}

QString HotspotsAlgorithm::legendField(const QVariantMap &) const {
  return mField;
}
