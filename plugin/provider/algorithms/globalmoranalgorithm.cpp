#include "algorithms/globalmoranalgorithm.h"

#include "layers/outputstaging.h"

#include "algorithms/cancelflag.h"

#include "algorithms/weightedinput.h"
#include "cartography/moranscatterplot.h"
#include "layers/ebrates.h"
#include "parameters/significanceparameters.h"
#include "parameters/valuefieldparameter.h"
#include "statistics/global_moran.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

#include <cmath>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

using namespace resilience;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kField = QStringLiteral("FIELD");
const QString kPopulation = QStringLiteral("POPULATION");
const QString kPermutations = QStringLiteral("PERMUTATIONS");
const QString kSeed = QStringLiteral("SEED");
const QString kScatterplot = QStringLiteral("SCATTERPLOT");
const QString kReport = QStringLiteral("OUTPUT_HTML");

QString text(double value) {
  return std::isfinite(value) ? QString::number(value, 'g', 10) : QObject::tr("not computed");
}

using ReportRows = std::vector<std::pair<QString, QString>>;

ReportRows reportRows(const GlobalMoranResult &r, const QString &field, const QString &layer,
                      const WeightsParameters::Built &weights) {
  const NullSummary &s = r.summary;
  return {{QObject::tr("Layer"), layer},
          {QObject::tr("Field"), field},
          {QObject::tr("Spatial weights"),
           weights.description + (weights.rowStandardise ? QObject::tr(", row-standardised")
                                                         : QObject::tr(", not row-standardised"))},
          {QObject::tr("Features"), QString::number(s.features)},
          {QObject::tr("Features with a NULL value (left out)"), QString::number(s.nullValues)},
          {QObject::tr("Islands (in the mean, not in n)"), QString::number(s.islands)},
          {QObject::tr("n"), QString::number(r.n)},
          {QObject::tr("Moran's I"), text(r.i)},
          {QObject::tr("Expected I = -1/(n-1)"), text(r.expected)},
          {QObject::tr("Variance (normality)"), text(r.normality.variance)},
          {QObject::tr("z (normality)"), text(r.normality.z)},
          {QObject::tr("p two-sided (normality)"), text(r.normality.pTwoSided)},
          {QObject::tr("p greater (normality, spdep default)"), text(r.normality.pGreater)},
          {QObject::tr("Variance (randomisation)"), text(r.randomisation.variance)},
          {QObject::tr("z (randomisation)"), text(r.randomisation.z)},
          {QObject::tr("p two-sided (randomisation)"), text(r.randomisation.pTwoSided)},
          {QObject::tr("p greater (randomisation, spdep default)"), text(r.randomisation.pGreater)},
          {QObject::tr("Permutations"), QString::number(r.permutations)},
          {QObject::tr("Pseudo p (folded)"), text(r.pSim)},
          {QObject::tr("S0, S1, S2"),
           QStringLiteral("%1, %2, %3").arg(text(r.s0), text(r.s1), text(r.s2))}};
}

// A plain text report for .txt paths, HTML (with the scatterplot, if any) otherwise.
void writeReport(const QString &path, const ReportRows &rows, const QString &scatterplot) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
    throw QgsProcessingException(
        QObject::tr("%1: could not write %2 (%3)").arg(kReport, path, file.errorString()));
  QTextStream out(&file);
  out.setCodec("UTF-8");
  const QString title = QObject::tr("Global Moran's I");
  if (QFileInfo(path).suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0) {
    out << title << '\n';
    for (const auto &[label, value] : rows)
      out << label << ": " << value << '\n';
    return;
  }
  out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << title
      << "</title></head><body>\n<h2>" << title << "</h2>\n<table>\n";
  for (const auto &[label, value] : rows)
    out << "<tr><th align=\"left\">" << label.toHtmlEscaped() << "</th><td>"
        << value.toHtmlEscaped() << "</td></tr>\n";
  out << "</table>\n";
  if (!scatterplot.isEmpty())
    out << "<p><img src=\"" << QUrl::fromLocalFile(scatterplot).toString(QUrl::FullyEncoded)
        << "\" alt=\"" << QObject::tr("Moran scatterplot") << "\" width=\"600\"></p>\n";
  out << "</body></html>\n";
}

} // namespace

QString GlobalMoranAlgorithm::displayName() const {
  return QObject::tr("Spatial autocorrelation (global Moran's I)");
}

QString GlobalMoranAlgorithm::helpText() const {
  return QObject::tr(
             "Tells whether similar values lie near each other across the whole layer: Moran's I "
             "above its expectation -1/(n-1) means neighbours resemble each other (clustering), "
             "below it that they differ (a checkerboard). Numbers are identical to R spdep "
             "moran.test (Cliff & Ord 1981): the variance, z and p of I under the normality and "
             "the randomisation assumption. P_NORMALITY and P_RANDOMISATION are two-sided (as "
             "PySAL and ArcGIS); the report also lists spdep's one-sided 'greater' p. With "
             "PERMUTATIONS > 0 the values are shuffled over the features (spdep moran.mc) for a "
             "folded pseudo p (P_SIM, the smaller tail: compare it with your significance level "
             "as it is), reproducible for a SEED.\n\n"
             "NULL values are left out (their links dropped, weights standardised afterwards); "
             "islands stay in the mean but leave n (spdep adjust.n). A field with the same value "
             "everywhere has no I and stops with an error.\n\n"
             "Rates: with POPULATION, FIELD is an event count (cases, benefit recipients) and I "
             "is computed on the empirical Bayes standardised rates of Assuncao & Reis (1999), "
             "z = (rate - b) / sqrt(a + b / population) with the global prior a, b (spdep "
             "EBImoran.mc, PySAL esda Moran_Rate): a raw rate of a small population is noisy and "
             "would dominate I. Only the permutation test applies then (P_SIM, PERMUTATIONS > 0); "
             "the analytical outputs are NULL. A population of 0 leaves the feature out "
             "(reported).\n\n"
             "SCATTERPLOT (PNG or SVG): the Moran scatterplot (Anselin 1996), each feature's "
             "standardised value against the weighted mean of its neighbours' standardised "
             "values; the slope of the red line is I (with row-standardised weights), points top "
             "right and bottom left are High-High and Low-Low, the others outliers. OUTPUT_HTML "
             "lists every number (plain text for a .txt path).\n\n") +
         WeightsParameters::helpText();
}

void GlobalMoranAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods"), QList<int>() << QgsProcessing::TypeVectorPolygon));
  addParameter(new ValueFieldParameter(kField, QObject::tr("Value field"), kInput));
  addParameter(new QgsProcessingParameterField(
      kPopulation, QObject::tr("Population at risk (FIELD is then an event count)"), QVariant(),
      kInput, QgsProcessingParameterField::Numeric, false, true));
  for (QgsProcessingParameterDefinition *parameter : WeightsParameters::definitions(kInput))
    addParameter(parameter);
  // Only the permutation options of the shared inference parameters: a single global test needs
  // no multiple-testing correction or classification level.
  for (QgsProcessingParameterDefinition *parameter : SignificanceParameters::definitions(999)) {
    if (parameter->name() == kPermutations || parameter->name() == kSeed)
      addParameter(parameter);
    else
      delete parameter;
  }
  addParameter(new QgsProcessingParameterFileDestination(
      kScatterplot, QObject::tr("Moran scatterplot"),
      QObject::tr("PNG files (*.png);;SVG files (*.svg)"), QVariant(), true));
  addParameter(new QgsProcessingParameterFileDestination(
      kReport, QObject::tr("Report"), QObject::tr("HTML files (*.html);;Text files (*.txt)"),
      QVariant(), true));
  const QList<QPair<QString, QString>> numbers = {
      {QStringLiteral("I"), QObject::tr("Moran's I")},
      {QStringLiteral("EXPECTED"), QObject::tr("Expected I")},
      {QStringLiteral("VARIANCE_NORMALITY"), QObject::tr("Variance of I (normality)")},
      {QStringLiteral("Z_NORMALITY"), QObject::tr("z (normality)")},
      {QStringLiteral("P_NORMALITY"), QObject::tr("p two-sided (normality)")},
      {QStringLiteral("VARIANCE_RANDOMISATION"), QObject::tr("Variance of I (randomisation)")},
      {QStringLiteral("Z_RANDOMISATION"), QObject::tr("z (randomisation)")},
      {QStringLiteral("P_RANDOMISATION"), QObject::tr("p two-sided (randomisation)")},
      {QStringLiteral("P_SIM"), QObject::tr("Pseudo p from permutations")},
      {QStringLiteral("N"), QObject::tr("Features in the test (n)")}};
  for (const auto &[name, description] : numbers)
    addOutput(new QgsProcessingOutputNumber(name, description));
}

QVariantMap GlobalMoranAlgorithm::execute(const QVariantMap &parameters,
                                          QgsProcessingContext &context,
                                          QgsProcessingFeedback *feedback) {
  const QString field = parameterAsString(parameters, kField, context);
  const QString population = parameterAsString(parameters, kPopulation, context);
  const WeightedInput input =
      readWeightedInput(*this, parameters, context, feedback, {field, population},
                        {kField, kPopulation}, Rows::NotKept);
  // The values tested: FIELD, or with POPULATION its empirical Bayes standardised rates.
  const QString tested = population.isEmpty()
                             ? field
                             : QObject::tr("%1 per %2 (EB standardised)").arg(field, population);
  MaskedValues values = input.features.numbers.at(0);
  if (!population.isEmpty()) {
    values = ebStandardisedValues(input.features, 0, 1, field, population, feedback);
    if (parameterAsInt(parameters, kPermutations, context) <= 0)
      throw QgsProcessingException(
          QObject::tr("PERMUTATIONS: Moran's I of empirical Bayes rates is tested by permutation "
                      "only (spdep EBImoran.mc); give at least 1 (999 is the usual choice)"));
  }

  GlobalMoranOptions options;
  options.rowStandardise = input.weights.rowStandardise;
  options.permutation.permutations =
      static_cast<std::size_t>(parameterAsInt(parameters, kPermutations, context));
  options.permutation.seed = static_cast<std::uint64_t>(parameterAsInt(parameters, kSeed, context));
  options.valueName = field.toStdString();
  const CancelFlag cancel(feedback);
  options.permutation.cancel = cancel.get();
  feedback->setProgressText(options.permutation.permutations > 0
                                ? QObject::tr("Computing Moran's I and %1 permutations")
                                      .arg(options.permutation.permutations)
                                : QObject::tr("Computing Moran's I"));
  GlobalMoranResult r = globalMoran(values, input.weights.weights, options);
  if (!population.isEmpty()) {
    // The normal approximations of moran.test are not those of standardised rates: spdep's
    // EBImoran.mc gives the permutation test only.
    r.normality = {std::nan(""), std::nan(""), std::nan(""), std::nan("")};
    r.randomisation = r.normality;
  }
  stopIfCanceled(feedback);
  feedback->setProgress(80);

  const NullSummary &s = r.summary;
  feedback->pushInfo(QObject::tr("Moran's I of %1: %2 features, %3 NULL values left out, %4 "
                                 "islands (in the mean, not in n); n = %5")
                         .arg(tested)
                         .arg(s.features)
                         .arg(s.nullValues)
                         .arg(s.islands)
                         .arg(r.n));
  feedback->pushInfo(QObject::tr("I = %1, E(I) = %2; normality: z = %3, p = %4; randomisation: "
                                 "z = %5, p = %6 (two-sided)%7")
                         .arg(text(r.i), text(r.expected), text(r.normality.z),
                              text(r.normality.pTwoSided), text(r.randomisation.z),
                              text(r.randomisation.pTwoSided),
                              r.permutations > 0 ? QObject::tr("; pseudo p = %1 (%2 permutations)")
                                                       .arg(text(r.pSim))
                                                       .arg(r.permutations)
                                                 : QString()));

  if (r.permutations > 0 && !std::isfinite(r.pSim))
    feedback->reportError(
        QObject::tr("No pseudo p: every permutation gives the observed I, so I cannot vary (the "
                    "weights link every feature to every other with equal weights, as a distance "
                    "band wider than the layer does). P_SIM is left out; use smaller "
                    "neighbourhoods (WEIGHTS, DISTANCE, K)"),
        false);

  // A number that was not computed (no permutations, no variance) is left out of the results,
  // never reported as 0.
  QVariantMap results;
  const std::vector<std::pair<QString, double>> numbers = {
      {QStringLiteral("I"), r.i},
      {QStringLiteral("EXPECTED"), r.expected},
      {QStringLiteral("VARIANCE_NORMALITY"), r.normality.variance},
      {QStringLiteral("Z_NORMALITY"), r.normality.z},
      {QStringLiteral("P_NORMALITY"), r.normality.pTwoSided},
      {QStringLiteral("VARIANCE_RANDOMISATION"), r.randomisation.variance},
      {QStringLiteral("Z_RANDOMISATION"), r.randomisation.z},
      {QStringLiteral("P_RANDOMISATION"), r.randomisation.pTwoSided},
      {QStringLiteral("P_SIM"), r.pSim}};
  for (const auto &[name, value] : numbers)
    if (std::isfinite(value))
      results.insert(name, value);
  results.insert(QStringLiteral("N"), static_cast<qulonglong>(r.n));

  const QString scatterplot = parameterAsFileOutput(parameters, kScatterplot, context);
  if (!scatterplot.isEmpty()) {
    feedback->setProgressText(QObject::tr("Drawing the Moran scatterplot"));
    saveMoranScatterplot(moranScatterplot(values, input.weights.weights, tested), scatterplot,
                         kScatterplot);
    if (!input.weights.rowStandardise)
      feedback->pushInfo(QObject::tr("The scatterplot uses row-standardised weights (Anselin "
                                     "1996); its slope differs from the I of unstandardised "
                                     "weights above"));
    results.insert(kScatterplot, scatterplot);
  }
  const QString report = parameterAsFileOutput(parameters, kReport, context);
  if (!report.isEmpty()) {
    // The report links the scatterplot by the name it will have once the run succeeds.
    writeReport(report, reportRows(r, tested, input.source->sourceName(), input.weights),
                OutputStaging::finalPath(scatterplot));
    results.insert(kReport, report);
  }
  feedback->setProgress(100);
  return results;
}
