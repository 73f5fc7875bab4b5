#include "parameters/riskparameter.h"

#include "parameters/namedenumparameter.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>

namespace {
const QString kRisk = QStringLiteral("RISK");
} // namespace

namespace RiskParameter {

QgsProcessingParameterDefinition *definition() {
  return new NamedEnumParameter(
      kRisk, QObject::tr("The risk is at which end of the value field"),
      {{QStringLiteral("auto"),
        QObject::tr("Automatic: low for resilience scores (resilience*, score_*), else high")},
       {QStringLiteral("high"), QObject::tr("High values (rates, deprivation, crime)")},
       {QStringLiteral("low"), QObject::tr("Low values (resilience and other scores)")}},
      QStringLiteral("auto"));
}

QString helpText() {
  return QObject::tr(
      "RISK says which end of the value field is the risk, so that the map shows risk in red "
      "whatever the field: high for a deprivation rate, a share of benefit claimants or crime; "
      "low for a resilience score. The default, auto, takes low for the scores this plugin's "
      "composite index writes (fields starting with resilience or score_: higher = more "
      "resilient) and high for any other field, and says in the log which it took; choose high "
      "or low yourself for a field of your own. The legend names the field and the direction "
      "(\"Hot spot of low resilience\").");
}

resilience::RiskEnd read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                         const QString &field, QgsProcessingFeedback *feedback) {
  const QString chosen = namedEnumValue(algorithm, parameters, kRisk);
  const bool automatic = chosen == QLatin1String("auto");
  const resilience::RiskEnd end =
      automatic
          ? resilience::defaultRiskEnd(field.toStdString())
          : (chosen == QLatin1String("low") ? resilience::RiskEnd::Low : resilience::RiskEnd::High);
  if (feedback)
    feedback->pushInfo(
        (end == resilience::RiskEnd::Low ? QObject::tr("RISK: low values of %1 are the risk%2")
                                         : QObject::tr("RISK: high values of %1 are the risk%2"))
            .arg(field,
                 !automatic ? QString()
                 : end == resilience::RiskEnd::Low
                     ? QObject::tr(" (auto: a resilience score, higher = more resilient)")
                     : QObject::tr(" (auto: not one of this plugin's scores; set RISK=low if "
                                   "low values are the risk)")));
  return end;
}

QString endName(resilience::RiskEnd end) {
  return end == resilience::RiskEnd::Low ? QStringLiteral("low") : QStringLiteral("high");
}

} // namespace RiskParameter
