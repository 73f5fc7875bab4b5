#include "algorithms/riskflagsalgorithm.h"

#include "layers/featurecolumns.h"
#include "layers/resultcolumn.h"
#include "parameters/compositespecparameter.h"
#include "scoring/composite_index.h"
#include "scoring/risk_flags.h"

#include "layers/uncheckedsource.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <map>

using resilience::RiskFlagResult;
using resilience::StackingClass;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kSpec = QStringLiteral("SPEC");
const QString kThreshold = QStringLiteral("THRESHOLD");
const QString kDecimals = QStringLiteral("DECIMALS");
const QString kOutput = QStringLiteral("OUTPUT");

std::vector<ResultColumn> outputColumns(const resilience::CompositeSpec &spec,
                                        const RiskFlagResult &r) {
  // Flags and their counts are whole numbers: Integer fields.
  std::vector<ResultColumn> columns;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const QString field = QString::fromStdString(spec.indicators[k].field);
    columns.push_back(ResultColumn::masked(QStringLiteral("pr_") + field, r.rank[k]));
    columns.push_back(
        ResultColumn::masked(QStringLiteral("flag_") + field, r.flag[k], QVariant::Int));
  }
  for (std::size_t d = 0; d < r.domains.size(); ++d) {
    const QString domain = QString::fromStdString(r.domains[d]);
    columns.push_back(ResultColumn::masked(QStringLiteral("sum_") + domain, r.domainSum[d]));
    columns.push_back(ResultColumn::masked(QStringLiteral("pr_sum_") + domain, r.domainRank[d]));
    columns.push_back(
        ResultColumn::masked(QStringLiteral("flags_") + domain, r.domainFlags[d], QVariant::Int));
  }
  columns.push_back(ResultColumn::masked(QStringLiteral("sum_all"), r.sumAll));
  columns.push_back(ResultColumn::masked(QStringLiteral("pr_sum_all"), r.rankAll));
  columns.push_back(
      ResultColumn::masked(QStringLiteral("flags_total"), r.flagsTotal, QVariant::Int));
  columns.push_back(
      ResultColumn::labels(QStringLiteral("stacking_class"), r.stacking.size(),
                           [&](auto i) { return resilience::stackingClassText(r.stacking[i]); }));
  return columns;
}

} // namespace

QString RiskFlagsAlgorithm::displayName() const {
  return QObject::tr("Risk flags and stacking (SVI method)");
}

QString RiskFlagsAlgorithm::helpText() const {
  return QObject::tr(
      "Counts where risks pile up (stapeling), the way the CDC/ATSDR Social Vulnerability Index "
      "(SVI) does, instead of hiding them in one composite score.\n\n"
      "SPEC: the composite index's spec file (CSV or JSON: field, domain, direction, weight; "
      "weights and goalposts are not used here; themes other than personal, social and "
      "environmental are declared with domain_weight; numerator, denominator, per derive a "
      "rate, e.g. "
      "social assistance per 1,000 inhabitants, NULL where the denominator is 0). Domains are the "
      "themes. Direction says which end of the "
      "indicator is the risk: '+' ranks the value as it is (a high value is the risk, as for every "
      "SVI variable), '-' ranks the reversed value (a low value is the risk). Note that this is "
      "not how resilience:compositeindex reads '+' (more is more resilient there): write a spec "
      "for the risks.\n\n"
      "Per indicator: pr_<field>, the percentile rank as the SVI defines it (Excel "
      "PERCENTRANK.INC): the share of the other features with a lower value, (rank - 1) / (n - 1); "
      "features with the same value share the lowest rank. flag_<field> = 1 where pr_<field> >= "
      "THRESHOLD (default 0.90: the top tenth). Per domain: sum_<domain> (the sum of its ranks), "
      "pr_sum_<domain> (the percentile rank of that sum) and flags_<domain>. Overall: sum_all (the "
      "sum of the domain sums), pr_sum_all, flags_total and stacking_class (No flags, 1 flag, 2 "
      "flags, 3 or more flags).\n\n"
      "DECIMALS rounds the ranks as a publisher does (the CDC rounds to 4); flags, sums and the "
      "ranks of sums then use the rounded numbers, as the published columns do, so the CDC's "
      "tables are reproduced exactly. Empty = full precision.\n\n"
      "NULLs (and CBS no-data codes such as -99999997) are left out of their indicator's ranking: "
      "n is the number of values present, and the log reports them. A sum with a NULL rank in it "
      "is "
      "NULL. Flag counts count the flags raised among the indicators present (as the CDC does); "
      "stacking_class is Undefined where fewer than 3 flags are raised and an indicator is "
      "NULL.\n\n"
      "resilience:aggregate reports per region the population share living in neighbourhoods "
      "with 3 or more flags (share_stacked). Source: CDC/ATSDR SVI 2022 documentation.");
}

void RiskFlagsAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods with indicators (polygons or a table)"),
      QList<int>() << QgsProcessing::TypeVector));
  addParameter(new QgsProcessingParameterFile(
      kSpec, QObject::tr("Indicator spec file (CSV or JSON; domains are the themes)"),
      QgsProcessingParameterFile::File, QString(), QVariant(), false,
      QObject::tr("Indicator spec (*.csv *.json *.CSV *.JSON)")));
  addParameter(new QgsProcessingParameterNumber(
      kThreshold, QObject::tr("Flag at this percentile rank or above (0-1)"),
      QgsProcessingParameterNumber::Double, 0.90, false, 0.0, 1.0));
  addParameter(new QgsProcessingParameterNumber(
      kDecimals, QObject::tr("Round percentile ranks to decimals (empty = full precision)"),
      QgsProcessingParameterNumber::Integer, QVariant(), true, 0, 15));
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Risk flags"),
                                                     QgsProcessing::TypeVectorAnyGeometry));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("FEATURES_STACKED"),
                                          QObject::tr("Features with 3 or more flags")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("FEATURES_INCOMPLETE"),
                                          QObject::tr("Features with a NULL indicator")));
}

QVariantMap RiskFlagsAlgorithm::execute(const QVariantMap &parameters,
                                        QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      requireUncheckedSource(*this, parameters, kInput, context);
  const IndicatorTable table =
      indicatorTableFromFile(parameterAsFile(parameters, kSpec, context), kSpec);
  const resilience::CompositeSpec &spec = table.spec;

  resilience::RiskFlagOptions options;
  options.threshold = parameterAsDouble(parameters, kThreshold, context);
  const QVariant decimals = parameters.value(kDecimals);
  if (decimals.isValid() && !decimals.isNull() && !decimals.toString().trimmed().isEmpty())
    options.decimals = parameterAsInt(parameters, kDecimals, context);

  // The fields the spec reads (indicators, numerators and denominators of derived rates); the
  // composite index's preparation derives the rates, as resilience:compositeindex does.
  QStringList fields, origins;
  for (const std::string &field : resilience::requiredFields(spec)) {
    fields << QString::fromStdString(field);
    origins << table.originOfField(fields.last());
  }
  QgsFeatureRequest request;
  request.setFlags(QgsFeatureRequest::NoGeometry);
  FeatureColumns columns =
      readFeatureColumns(*source, fields, origins, feedback, request, Rows::Kept);
  if (columns.ids.empty())
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(source->sourceName()));
  nullNoDataCodes(columns, fields, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(30);
  resilience::CompositeInput input;
  for (int f = 0; f < fields.size(); ++f)
    input.fields.emplace(fields[f].toStdString(),
                         std::move(columns.numbers[static_cast<std::size_t>(f)]));
  const resilience::PreparedIndicators prepared =
      resilience::prepareIndicators(input, spec, resilience::CompositeOptions());
  for (const std::string &message : prepared.report.messages)
    feedback->pushWarning(QString::fromStdString(message));

  const RiskFlagResult result = resilience::computeRiskFlags(spec, prepared.columns, options);
  stopIfCanceled(feedback);
  feedback->setProgress(50);

  feedback->pushInfo(QObject::tr("Percentile ranks (ties share the lowest rank), flags at %1:")
                         .arg(options.threshold));
  for (std::size_t k = 0; k < result.indicators.size(); ++k) {
    const auto &r = result.indicators[k];
    feedback->pushInfo(
        QObject::tr("  %1 [%2, %3]: %4 ranked, %5 tied, %6 flagged")
            .arg(QString::fromStdString(r.field), QString::fromStdString(spec.indicators[k].domain),
                 QString::fromStdString(resilience::directionSymbol(spec.indicators[k].direction)))
            .arg(r.ranked)
            .arg(r.tied)
            .arg(r.flags));
    if (r.nulls)
      feedback->pushWarning(QObject::tr("%1: %2 NULL value(s) left out of the ranking (n = %3); "
                                        "their rank and flag are NULL")
                                .arg(QString::fromStdString(r.field))
                                .arg(r.nulls)
                                .arg(r.ranked));
  }
  if (result.incomplete)
    feedback->pushWarning(
        QObject::tr("%1 feature(s) miss at least one indicator: their sums are NULL, their flag "
                    "counts count the indicators present, and their stacking class is Undefined "
                    "unless they carry 3 flags already")
            .arg(result.incomplete));
  std::map<StackingClass, std::size_t> stacking;
  for (StackingClass c : result.stacking)
    ++stacking[c];
  QStringList summary;
  for (const auto &[c, count] : stacking)
    summary << QStringLiteral("%1: %2")
                   .arg(QString::fromUtf8(resilience::stackingClassText(c)))
                   .arg(count);
  feedback->pushInfo(QObject::tr("Stacking: %1").arg(summary.join(QStringLiteral(", "))));

  const QString destination = writeWithResultColumns(
      parameters, kOutput, context, feedback, keptRows(*source, columns),
      outputColumns(spec, result), QObject::tr("INPUT's field %1 is replaced by the new %1"), 50);
  styleResult(destination, QStringLiteral("stacking_classes"), parameters, context, feedback);
  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  outputs.insert(QStringLiteral("FEATURES_STACKED"),
                 static_cast<qlonglong>(stacking[StackingClass::ThreeOrMore]));
  outputs.insert(QStringLiteral("FEATURES_INCOMPLETE"), static_cast<qlonglong>(result.incomplete));
  return outputs;
}
