#include "algorithms/compositeindexalgorithm.h"

#include "common/input_error.h"
#include "io/number_parsing.h"
#include "layers/featurecolumns.h"
#include "layers/geopackagesink.h"
#include "layers/resultcolumn.h"
#include "layers/sharedkeys.h"
#include "layers/uncheckedsource.h"
#include "parameters/compositespecparameter.h"
#include "parameters/indicatorsparameter.h"
#include "scoring/composite_baseline.h"
#include "scoring/composite_correlation.h"
#include "scoring/composite_index.h"
#include "scoring/composite_uncertainty.h"
#include "scoring/winsor_limits.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

using resilience::CompositeOptions;
using resilience::CompositeResult;
using resilience::CorrelationReport;
using resilience::MaskedValues;
using resilience::UncertaintyResult;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kIndicators = QStringLiteral("INDICATORS");
const QString kSpec = QStringLiteral("SPEC");
const QString kDomainWeights = QStringLiteral("DOMAIN_WEIGHTS");
const QString kNormalisation = QStringLiteral("NORMALISATION");
const QString kWinsorise = QStringLiteral("WINSORISE");
const QString kAggregation = QStringLiteral("AGGREGATION");
const QString kGeometricShift = QStringLiteral("GEOMETRIC_SHIFT");
const QString kMissing = QStringLiteral("MISSING");
const QString kMinCoverage = QStringLiteral("MIN_COVERAGE");
const QString kNoData = QStringLiteral("NODATA");
const QString kUncertaintyRuns = QStringLiteral("UNCERTAINTY_RUNS");
const QString kUncertaintyShare = QStringLiteral("UNCERTAINTY_SHARE");
const QString kUncertaintyNormalisations = QStringLiteral("UNCERTAINTY_NORMALISATIONS");
const QString kSeed = QStringLiteral("SEED");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kCorrelations = QStringLiteral("CORRELATIONS");
const QString kSpecOutput = QStringLiteral("SPEC_OUTPUT");
const QString kBaseline = QStringLiteral("BASELINE");
const QString kOutputBaseline = QStringLiteral("OUTPUT_BASELINE");

// Correlations at or above this are reported as possible double counting (the Handbook's
// section 4 warns that highly correlated indicators weigh their common theme twice).
constexpr double kRedundantCorrelation = 0.9;

bool isGiven(const QVariantMap &parameters, const QString &name) {
  const QVariant value = parameters.value(name);
  if (!value.isValid() || value.isNull())
    return false;
  if (value.type() == QVariant::List || value.type() == QVariant::StringList)
    return !value.toList().isEmpty();
  return !value.toString().trimmed().isEmpty();
}

// WINSORISE: empty = off; one share, or the lower and upper quantile (scoring/winsor_limits.h).
std::optional<resilience::WinsorLimits> winsorLimits(const QVariant &value) {
  using Verdict = resilience::WinsorSetting::Verdict;
  resilience::WinsorSetting setting;
  if (value.type() == QVariant::List || value.type() == QVariant::StringList) {
    std::vector<std::string> parts;
    for (const QVariant &v : value.toList())
      parts.push_back(v.toString().toStdString());
    setting = resilience::parseWinsorSetting(parts);
  } else if (value.type() == QVariant::Double || value.type() == QVariant::Int) {
    setting = resilience::parseWinsorSetting(
        std::vector<std::string>{QString::number(value.toDouble(), 'g', 17).toStdString()});
  } else {
    setting = resilience::parseWinsorSetting(value.toString().toStdString());
  }
  switch (setting.verdict) {
  case Verdict::Off:
    return std::nullopt;
  case Verdict::Limits:
    return setting.limits;
  case Verdict::NotLimits: {
    QStringList parts;
    for (const std::string &part : setting.parts)
      parts << QString::fromStdString(part);
    throw QgsProcessingException(
        QObject::tr("WINSORISE: '%1' is not a share such as 0.05 or a pair of "
                    "quantiles such as 0.05;0.95 (or percentages 5;95)")
            .arg(parts.join(QLatin1Char(';'))));
  }
  case Verdict::NotOrdered:
    break;
  }
  throw QgsProcessingException(
      QObject::tr("WINSORISE: the lower quantile %1 must be below the upper quantile %2 (a "
                  "single share must be below 0.5)")
          .arg(setting.limits.lower)
          .arg(setting.limits.upper));
}

QString number(double v, int decimals = 3) {
  return std::isnan(v) ? QStringLiteral("NA") : QString::number(v, 'f', decimals);
}

// The new fields, one value per feature; input fields of the same name are replaced.
std::vector<ResultColumn> outputColumns(const CompositeResult &result,
                                        const UncertaintyResult *uncertainty, std::size_t n) {
  std::vector<ResultColumn> columns;
  const auto add = [&](const QString &name, QVariant::Type type, const MaskedValues &values) {
    ResultColumn column{QgsField(name, type), {}, {}};
    column.values.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
      column.values.push_back(maskedValue(values, i, type));
    columns.push_back(std::move(column));
  };
  for (std::size_t d = 0; d < result.domains.size(); ++d)
    add(QString::fromStdString(resilience::domainScoreField(result.domains[d])), QVariant::Double,
        result.domainScores[d]);
  const auto name = [](const char *field) { return QString::fromLatin1(field); };
  add(name(resilience::kResilienceField), QVariant::Double, result.resilience);
  add(name(resilience::kRankField), QVariant::Int, result.rank);
  add(name(resilience::kClassField), QVariant::Int, result.resilienceClass);
  add(name(resilience::kCoverageField), QVariant::Double, result.coverage);
  if (uncertainty) {
    add(QStringLiteral("rank_p05"), QVariant::Double, uncertainty->rankP05);
    add(QStringLiteral("rank_median"), QVariant::Double, uncertainty->rankMedian);
    add(QStringLiteral("rank_p95"), QVariant::Double, uncertainty->rankP95);
  }
  return columns;
}

void reportIndicators(const resilience::CompositeSpec &spec, const CompositeResult &result,
                      QgsProcessingFeedback *feedback) {
  feedback->pushInfo(QObject::tr("Indicators:"));
  for (std::size_t k = 0; k < result.report.indicators.size(); ++k) {
    const auto &r = result.report.indicators[k];
    const auto &ind = spec.indicators[k];
    QString line = QStringLiteral("  %1 [%2, %3]")
                       .arg(QString::fromStdString(r.field), QString::fromStdString(r.domain),
                            QString::fromStdString(resilience::directionSymbol(ind.direction)));
    if (ind.isRate())
      line +=
          QObject::tr(" = %1 / %2 x %3")
              .arg(QString::fromStdString(ind.numerator), QString::fromStdString(ind.denominator))
              .arg(ind.per);
    // Skip reasons, rate NULLs and winsorising follow in the core's messages.
    if (r.used())
      line += QObject::tr(": %1 % of the weight; %2 valid, %3 NULL")
                  .arg(number(100.0 * r.effectiveWeight, 1))
                  .arg(r.validCount)
                  .arg(r.nullCount);
    else
      line += QObject::tr(": skipped");
    feedback->pushInfo(line);
  }
  for (const std::string &message : result.report.messages)
    feedback->pushWarning(QString::fromStdString(message));
}

void reportCorrelations(const CorrelationReport &c, QgsProcessingFeedback *feedback) {
  const std::size_t n = c.names.size();
  if (n < 2)
    return;
  feedback->pushInfo(QObject::tr("Pearson correlations of the normalised indicators (direction "
                                 "applied) and the index; columns numbered as the rows:"));
  for (std::size_t a = 0; a < n; ++a) {
    QStringList cells;
    for (std::size_t b = 0; b < n; ++b)
      cells << number(c.pearsonAt(a, b), 2).rightJustified(5);
    feedback->pushInfo(QStringLiteral("  %1 %2  %3")
                           .arg(a + 1, 2)
                           .arg(cells.join(QLatin1Char(' ')), QString::fromStdString(c.names[a])));
  }
  const std::size_t total = n - 1; // the last name is the index itself
  for (std::size_t a = 0; a < total; ++a) {
    const QString name = QString::fromStdString(c.names[a]);
    const double withTotal = c.pearsonAt(a, total);
    if (!std::isnan(withTotal))
      feedback->pushInfo(QObject::tr("%1 with resilience: r = %2, rho = %3 (%4 pairs)")
                             .arg(name, number(withTotal, 2), number(c.spearmanAt(a, total), 2))
                             .arg(c.pairs[a * n + total]));
    if (withTotal < 0)
      feedback->pushWarning(QObject::tr("%1 correlates negatively with the index: it pulls "
                                        "against the other indicators; check its direction")
                                .arg(name));
    for (std::size_t b = a + 1; b < total; ++b)
      if (std::fabs(c.pearsonAt(a, b)) >= kRedundantCorrelation)
        feedback->pushWarning(
            QObject::tr("%1 and %2 correlate strongly (r = %3): they may count "
                        "the same thing twice; consider dropping one or "
                        "lowering their weights")
                .arg(name, QString::fromStdString(c.names[b]), number(c.pearsonAt(a, b), 2)));
  }
}

} // namespace

QString CompositeIndexAlgorithm::displayName() const {
  return QObject::tr("Composite resilience index");
}

QString CompositeIndexAlgorithm::helpText() const {
  return QObject::tr(
      "Combines indicators into one resilience score per feature, following the OECD/JRC "
      "Handbook on Constructing Composite Indicators (2008) and the conventions of the R "
      "package COINr; ArcGIS Pro's Calculate Composite Index does the same in outline.\n\n"
      "Indicators: the INDICATORS table (columns field, domain, direction, weight; optional "
      "numerator, denominator, per for a derived rate numerator / denominator x per, named "
      "'field', e.g. social assistance per 1,000 inhabitants; goal_min, goal_max for goalposts) "
      "or SPEC (CSV or JSON with the same columns, see docs/composite_index.md). Give one "
      "of the two. Direction '+' means more is more resilient, '-' the reverse. Weights are "
      "relative within a domain (empty = 1). Domains are the monitor's personal, social "
      "and environmental resources, weighted equally; DOMAIN_WEIGHTS (domain, weight) changes "
      "their weights and declares a domain of your own. An indicator in any other domain is an "
      "error, so a typo does not start a new domain. SPEC_OUTPUT saves the spec actually used, to "
      "reuse or publish with the map.\n\n"
      "Steps: (1) values at or below NODATA (CBS sentinels such as -99999999) become NULL; "
      "(2) optional WINSORISE clips outliers at quantiles: 0.05 clips at the 5th and 95th "
      "percentile, '0.01;0.9' sets both; (3) NORMALISATION puts indicators on one scale: zscore "
      "(x - mean) / sd, minmax 0-100, rank (percentile rank 0-100), robust (x - median) / IQR, "
      "goalposts 0-100 between fixed goal_min and goal_max (capped); (4) AGGREGATION per domain "
      "and across domains: arithmetic (weighted mean; a weakness is fully compensated by a "
      "strength) or geometric (weighted geometric mean; only partly compensated). The geometric "
      "mean needs positive values: GEOMETRIC_SHIFT s takes exp(mean log(x + s)) - s, which suits "
      "0-100 scales with s = 1; with zscore or robust use arithmetic. (5) The result is rescaled "
      "to 0-100 (goalposts keep their fixed scale).\n\n"
      "Missing values: 'reweight' averages the indicators present (their weights renormalised) "
      "and leaves the index NULL where less than MIN_COVERAGE of the weight is present; "
      "'exclude' gives any feature with a NULL indicator no score and leaves it out of the "
      "normalisation. Indicators without values or without variation are skipped and reported. "
      "Each feature is one observation: when several features share a row (land and water parts "
      "of a municipality) each of them counts.\n\n"
      "Fields added: score_<domain>, resilience (0-100, higher = more resilient), "
      "resilience_rank (1 = lowest), resilience_class (quintile 1-5, 1 = lowest fifth), coverage "
      "(share of the index weight present). With UNCERTAINTY_RUNS > 0 every run varies each "
      "weight by up to +/- UNCERTAINTY_SHARE and re-ranks (Handbook section 7, COINr "
      "get_sensitivity): rank_p05, rank_median and rank_p95 show how firm a rank is; a fixed "
      "SEED repeats the result. The log lists every indicator's share of the weight and the "
      "correlations between indicators and with the index (CORRELATIONS writes them as a "
      "table): strongly correlated indicators count a theme twice, a negative correlation with "
      "the index suggests a wrong direction.\n\n"
      "Same scale across years: OUTPUT_BASELINE saves this run's scale (the spec and options, "
      "per indicator the reference mean, sd, min, max, quantiles, goalposts and winsorising "
      "bounds, and the 0-100 rescaling and class breaks of the index) as a JSON file. Give that "
      "file as BASELINE when scoring a later year: the indicators and options come from the "
      "baseline (leave INDICATORS, SPEC and DOMAIN_WEIGHTS empty) and nothing is normalised "
      "again, so a change in the score is a change in the indicators. Values outside the "
      "baseline's range are reported, not clipped, and resilience may then leave 0-100; the "
      "classes are the baseline's quintile breaks; ranks are within this year. Scoring the "
      "baseline's own year gives exactly its own output.\n\n"
      "The choice of indicators, directions and weights is a value judgement: document it.");
}

void CompositeIndexAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods with indicators (polygons or a table)"),
      QList<int>() << QgsProcessing::TypeVector));
  addParameter(new IndicatorsParameter(kIndicators, QObject::tr("Indicators (or give a spec file)"),
                                       kInput));
  addParameter(new QgsProcessingParameterFile(
      kSpec, QObject::tr("Indicator spec file (CSV or JSON, instead of the table)"),
      QgsProcessingParameterFile::File, QString(), QVariant(), true,
      QObject::tr("Indicator spec (*.csv *.json *.CSV *.JSON)")));
  addParameter(new QgsProcessingParameterFile(
      kBaseline,
      QObject::tr("Baseline: score on a reference year's scale (instead of the indicators)"),
      QgsProcessingParameterFile::File, QString(), QVariant(), true,
      QObject::tr("Baseline (*.json *.JSON)")));
  addParameter(new QgsProcessingParameterMatrix(
      kDomainWeights, QObject::tr("Domain weights (default: equal)"), 0, false,
      domainWeightMatrixHeaders(), QVariant(), true));
  addNamedEnumParameter(kNormalisation, QObject::tr("Normalisation"),
                        {{QStringLiteral("zscore"), QObject::tr("z-score")},
                         {QStringLiteral("minmax"), QObject::tr("Min-max 0-100")},
                         {QStringLiteral("rank"), QObject::tr("Percentile rank 0-100")},
                         {QStringLiteral("robust"), QObject::tr("Robust (median, IQR)")},
                         {QStringLiteral("goalposts"), QObject::tr("Goalposts 0-100")}},
                        QStringLiteral("zscore"));
  addParameter(new QgsProcessingParameterString(
      kWinsorise, QObject::tr("Winsorise outliers at quantiles (e.g. 0.05 or 0.05;0.95)"),
      QVariant(), false, true));
  addNamedEnumParameter(kAggregation, QObject::tr("Aggregation"),
                        {{QStringLiteral("arithmetic"), QObject::tr("Arithmetic mean")},
                         {QStringLiteral("geometric"), QObject::tr("Geometric mean")}},
                        QStringLiteral("arithmetic"));
  auto *shift = new QgsProcessingParameterNumber(
      kGeometricShift, QObject::tr("Shift added before a geometric mean"),
      QgsProcessingParameterNumber::Double, 1.0, false, 0.0);
  shift->setFlags(shift->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(shift);
  addNamedEnumParameter(
      kMissing, QObject::tr("Missing values"),
      {{QStringLiteral("reweight"), QObject::tr("Reweight the indicators present")},
       {QStringLiteral("exclude"), QObject::tr("Exclude the feature")}},
      QStringLiteral("reweight"));
  addParameter(new QgsProcessingParameterNumber(
      kMinCoverage, QObject::tr("Minimum coverage (share of the weight present, reweight)"),
      QgsProcessingParameterNumber::Double, 0.5, false, 0.0, 1.0));
  auto *noData = new QgsProcessingParameterString(
      kNoData, QObject::tr("Values read as NULL (e.g. <=-99995 for CBS sentinels)"),
      QStringLiteral("<=-99995"), false, true);
  noData->setFlags(noData->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(noData);
  addParameter(
      new QgsProcessingParameterNumber(kUncertaintyRuns, QObject::tr("Uncertainty runs (0 = none)"),
                                       QgsProcessingParameterNumber::Integer, 0, false, 0, 100000));
  auto *share = new QgsProcessingParameterNumber(
      kUncertaintyShare, QObject::tr("Uncertainty: weights vary by up to this share"),
      QgsProcessingParameterNumber::Double, 0.25, false, 0.0, 1.0);
  share->setFlags(share->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(share);
  auto *methods = new QgsProcessingParameterString(
      kUncertaintyNormalisations,
      QObject::tr("Uncertainty: normalisations drawn per run (e.g. zscore;minmax;rank; empty = "
                  "NORMALISATION only)"),
      QVariant(), false, true);
  methods->setFlags(methods->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(methods);
  auto *seed = new QgsProcessingParameterNumber(
      kSeed, QObject::tr("Random seed"), QgsProcessingParameterNumber::Integer, 12345, false, 0);
  seed->setFlags(seed->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(seed);
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Resilience index"),
                                                     QgsProcessing::TypeVectorAnyGeometry));
  addParameter(
      new QgsProcessingParameterFeatureSink(kCorrelations, QObject::tr("Correlation table"),
                                            QgsProcessing::TypeVector, QVariant(), true, false));
  addParameter(new QgsProcessingParameterFileDestination(
      kSpecOutput, QObject::tr("Save the indicator spec used"),
      QObject::tr("CSV (*.csv);;JSON (*.json)"), QVariant(), true, false));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputBaseline, QObject::tr("Save the baseline (this run's scale, for later years)"),
      QObject::tr("JSON (*.json)"), QVariant(), true, false));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("INDICATORS_USED"),
                                          QObject::tr("Indicators used")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("INDICATORS_SKIPPED"),
                                          QObject::tr("Indicators skipped")));
  addOutput(new QgsProcessingOutputNumber(QStringLiteral("FEATURES_SCORED"),
                                          QObject::tr("Features with a resilience score")));
}

QVariantMap CompositeIndexAlgorithm::execute(const QVariantMap &parameters,
                                             QgsProcessingContext &context,
                                             QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      requireUncheckedSource(*this, parameters, kInput, context);

  // The indicator table: from the matrix or the spec file, then the domain weights; or the
  // baseline's spec and options.
  const bool hasMatrix = isGiven(parameters, kIndicators);
  const bool hasSpec = isGiven(parameters, kSpec);
  std::optional<resilience::CompositeBaseline> baseline;
  IndicatorTable table;
  CompositeOptions options;
  if (isGiven(parameters, kBaseline)) {
    const QString path = parameterAsFile(parameters, kBaseline, context);
    if (hasMatrix || hasSpec || isGiven(parameters, kDomainWeights))
      throw QgsProcessingException(
          QObject::tr("BASELINE carries its own indicators and weights: leave INDICATORS, SPEC "
                      "and DOMAIN_WEIGHTS empty when scoring on a baseline"));
    try {
      baseline = resilience::readBaselineFile(path.toStdString());
    } catch (const resilience::InputError &e) {
      throw QgsProcessingException(QStringLiteral("BASELINE: %1").arg(e.what()));
    }
    table.spec = baseline->spec;
    for (const auto &ind : table.spec.indicators)
      table.origins << QObject::tr("BASELINE %1, indicator '%2'")
                           .arg(QFileInfo(path).fileName(), QString::fromStdString(ind.field));
    options = baseline->options;
    feedback->pushInfo(
        QObject::tr("Scoring on the baseline %1 (%2 features scored in its year): %3 "
                    "normalisation, %4 aggregation, missing values %5; NORMALISATION, WINSORISE, "
                    "AGGREGATION, GEOMETRIC_SHIFT, MISSING and MIN_COVERAGE come from the "
                    "baseline")
            .arg(path)
            .arg(baseline->featuresScored)
            .arg(QString::fromStdString(resilience::normalisationName(options.normalisation)),
                 options.withinDomains == resilience::Aggregation::Geometric
                     ? QStringLiteral("geometric")
                     : QStringLiteral("arithmetic"),
                 options.missing == resilience::MissingPolicy::ExcludeFeature
                     ? QStringLiteral("exclude")
                     : QStringLiteral("reweight")));
  } else {
    if (hasMatrix == hasSpec)
      throw QgsProcessingException(
          hasMatrix ? QObject::tr("Give the indicators either as the INDICATORS table or as a SPEC "
                                  "file, not both")
                    : QObject::tr("No indicators: fill in the INDICATORS table (field, domain, "
                                  "direction, weight), choose a SPEC file or a BASELINE"));
    table = hasMatrix ? indicatorTableFromMatrix(
                            parameterAsMatrix(parameters, kIndicators, context), kIndicators)
                      : indicatorTableFromFile(parameterAsFile(parameters, kSpec, context), kSpec);
    if (isGiven(parameters, kDomainWeights))
      for (const QString &domain : applyDomainWeights(
               table.spec, parameterAsMatrix(parameters, kDomainWeights, context), kDomainWeights))
        feedback->pushWarning(
            QObject::tr("DOMAIN_WEIGHTS: no indicator is in domain '%1'; its weight is not used")
                .arg(domain));
    validateIndicatorTable(table, hasMatrix ? kIndicators : kSpec);
    options.normalisation =
        *resilience::parseNormalisation(enumName(parameters, kNormalisation).toStdString());
    options.winsorise = winsorLimits(parameters.value(kWinsorise));
    options.withinDomains = options.acrossDomains =
        enumName(parameters, kAggregation) == QLatin1String("geometric")
            ? resilience::Aggregation::Geometric
            : resilience::Aggregation::Arithmetic;
    if (options.withinDomains == resilience::Aggregation::Geometric)
      options.geometricShift = parameterAsDouble(parameters, kGeometricShift, context);
    options.missing = enumName(parameters, kMissing) == QLatin1String("exclude")
                          ? resilience::MissingPolicy::ExcludeFeature
                          : resilience::MissingPolicy::Reweight;
    options.minCoverage = parameterAsDouble(parameters, kMinCoverage, context);
  }
  const resilience::CompositeSpec &spec = table.spec;

  // Read the fields the spec needs; messages name the matrix row or spec entry of each field.
  QStringList fields, origins;
  for (const std::string &field : resilience::requiredFields(spec)) {
    fields << QString::fromStdString(field);
    origins << table.originOfField(fields.last());
  }
  QgsFeatureRequest request;
  request.setFlags(QgsFeatureRequest::NoGeometry);
  request.setSubsetOfAttributes(fields, source->fields());
  FeatureColumns columns =
      readFeatureColumns(*source, fields, origins, feedback, request, Rows::Kept);
  warnAboutRepeatedFeatures(*source, columns, QObject::tr("indicator values"), feedback);
  const std::size_t n = columns.ids.size();
  feedback->setProgress(30);

  const auto noData =
      resilience::NoDataRules::parse(parameterAsString(parameters, kNoData, context).toStdString());
  resilience::CompositeInput input;
  for (int f = 0; f < fields.size(); ++f) {
    MaskedValues &values = columns.numbers[static_cast<std::size_t>(f)];
    const std::size_t sentinels = resilience::nullSentinels(values, noData).size();
    if (sentinels)
      feedback->pushInfo(
          QObject::tr("%1: %2 value(s) read as NULL by NODATA").arg(fields[f]).arg(sentinels));
    input.fields.emplace(fields[f].toStdString(), std::move(values));
  }
  for (const QgsFeatureId id : columns.ids)
    input.featureIds.push_back("fid " + std::to_string(id));

  const resilience::CompositeBaseline *scale = baseline ? &*baseline : nullptr;
  const auto prepared = resilience::prepareIndicators(input, spec, options, scale);
  const CompositeResult result = resilience::scoreIndicators(prepared, spec, options, scale);
  stopIfCanceled(feedback);
  feedback->setProgress(40);
  reportIndicators(spec, result, feedback);

  std::optional<UncertaintyResult> uncertainty;
  resilience::UncertaintyOptions runs;
  runs.runs = static_cast<std::size_t>(parameterAsInt(parameters, kUncertaintyRuns, context));
  if (runs.runs > 0) {
    runs.seed = static_cast<std::uint64_t>(parameterAsInt(parameters, kSeed, context));
    runs.weightShare = parameterAsDouble(parameters, kUncertaintyShare, context);
    const QStringList methods =
        parameterAsString(parameters, kUncertaintyNormalisations, context)
            .split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &method : methods) {
      const auto parsed = resilience::parseNormalisation(method.trimmed().toLower().toStdString());
      if (!parsed)
        throw QgsProcessingException(
            QObject::tr("UNCERTAINTY_NORMALISATIONS: '%1' is not one of zscore, minmax, rank, "
                        "robust, goalposts")
                .arg(method));
      runs.normalisations.push_back(*parsed);
    }
    runs.progress = [feedback](std::size_t done, std::size_t total) {
      feedback->setProgress(40 + 40.0 * static_cast<double>(done) / static_cast<double>(total));
      return !feedback->isCanceled();
    };
    uncertainty = resilience::runCompositeUncertainty(prepared, spec, options, runs);
    stopIfCanceled(feedback);
    feedback->pushInfo(
        QObject::tr("Uncertainty: %1 runs with weights varied by up to +/- %2 % "
                    "and normalisation drawn from %3 (seed %4)")
            .arg(uncertainty->runsDone)
            .arg(100.0 * runs.weightShare)
            .arg(methods.isEmpty()
                     ? QString::fromStdString(resilience::normalisationName(options.normalisation))
                     : methods.join(QStringLiteral(", ")))
            .arg(runs.seed));
  }
  feedback->setProgress(80);

  const CorrelationReport correlations = resilience::correlateComposite(spec, result);
  reportCorrelations(correlations, feedback);

  // Output: INPUT's fields (those named like an output field are replaced), then the results.
  const QString destination =
      writeWithResultColumns(parameters, kOutput, context, feedback, keptRows(*source, columns),
                             outputColumns(result, uncertainty ? &*uncertainty : nullptr, n),
                             QObject::tr("INPUT's field %1 is replaced by the new %1"), 80);

  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  {
    QgsFields correlationFields;
    correlationFields.append(QgsField(QStringLiteral("indicator_a"), QVariant::String));
    correlationFields.append(QgsField(QStringLiteral("indicator_b"), QVariant::String));
    correlationFields.append(QgsField(QStringLiteral("pearson"), QVariant::Double));
    correlationFields.append(QgsField(QStringLiteral("spearman"), QVariant::Double));
    correlationFields.append(QgsField(QStringLiteral("pairs"), QVariant::Int));
    QString correlationDestination;
    std::unique_ptr<QgsFeatureSink> table(createOutputSink(
        *this, parameters, kCorrelations, context, correlationDestination, correlationFields,
        QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem()));
    const std::size_t m = table ? correlations.names.size() : 0; // null: not asked for
    const auto orNull = [](double r) { return std::isnan(r) ? QVariant(QVariant::Double) : r; };
    for (std::size_t a = 0; a < m; ++a)
      for (std::size_t b = a + 1; b < m; ++b) {
        QgsFeature row(correlationFields);
        row.setAttributes(QgsAttributes() << QString::fromStdString(correlations.names[a])
                                          << QString::fromStdString(correlations.names[b])
                                          << orNull(correlations.pearsonAt(a, b))
                                          << orNull(correlations.spearmanAt(a, b))
                                          << static_cast<int>(correlations.pairs[a * m + b]));
        if (!table->addFeature(row, QgsFeatureSink::FastInsert))
          throw QgsProcessingException(writeFeatureError(table.get(), parameters, kCorrelations));
      }
    if (table) {
      closeSink(table, parameters, kCorrelations);
      outputs.insert(kCorrelations, correlationDestination);
    }
  }
  const QString specOutput = parameterAsFileOutput(parameters, kSpecOutput, context);
  if (!specOutput.isEmpty()) {
    try {
      resilience::writeSpecFile(spec, specOutput.toStdString());
    } catch (const resilience::InputError &e) {
      throw QgsProcessingException(QStringLiteral("SPEC_OUTPUT: %1").arg(e.what()));
    }
    feedback->pushInfo(QObject::tr("Indicator spec saved to %1").arg(specOutput));
    outputs.insert(kSpecOutput, specOutput);
  }

  const QString baselineOutput = parameterAsFileOutput(parameters, kOutputBaseline, context);
  if (!baselineOutput.isEmpty()) {
    try {
      // Scored on a baseline, the scale used is that baseline: it is saved unchanged.
      resilience::writeBaselineFile(
          baseline ? *baseline : resilience::makeBaseline(prepared, spec, options, result),
          baselineOutput.toStdString());
    } catch (const resilience::InputError &e) {
      throw QgsProcessingException(QStringLiteral("OUTPUT_BASELINE: %1").arg(e.what()));
    }
    feedback->pushInfo(QObject::tr("Baseline saved to %1").arg(baselineOutput));
    outputs.insert(kOutputBaseline, baselineOutput);
  }

  std::size_t used = 0;
  for (const auto &r : result.report.indicators)
    used += r.used() ? 1 : 0;
  std::size_t scored = 0;
  for (std::size_t i = 0; i < result.resilience.size(); ++i)
    scored += result.resilience.isValid(i) ? 1 : 0;
  feedback->pushInfo(
      QObject::tr("Resilience scored for %1 of %2 feature(s) with %3 of %4 "
                  "indicator(s), normalised by %5, %6 aggregation")
          .arg(scored)
          .arg(n)
          .arg(used)
          .arg(spec.indicators.size())
          .arg(QString::fromStdString(resilience::normalisationName(options.normalisation)),
               options.withinDomains == resilience::Aggregation::Geometric
                   ? QStringLiteral("geometric")
                   : QStringLiteral("arithmetic")));
  styleResult(destination, QStringLiteral("resilience_score"), parameters, context, feedback);
  outputs.insert(QStringLiteral("INDICATORS_USED"), static_cast<qlonglong>(used));
  outputs.insert(QStringLiteral("INDICATORS_SKIPPED"),
                 static_cast<qlonglong>(spec.indicators.size() - used));
  outputs.insert(QStringLiteral("FEATURES_SCORED"), static_cast<qlonglong>(scored));
  return outputs;
}
