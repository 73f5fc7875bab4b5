#include "algorithms/changealgorithm.h"

#include "layers/featurecolumns.h"
#include "layers/resultcolumn.h"
#include "parameters/riskparameter.h"
#include "scoring/change.h"

#include "layers/uncheckedsource.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QRegularExpression>

using resilience::ChangeClass;

namespace {

const QString kInput = QStringLiteral("INPUT");
const QString kBefore = QStringLiteral("FIELD_BEFORE");
const QString kAfter = QStringLiteral("FIELD_AFTER");
const QString kLowerBefore = QStringLiteral("LOWER_BEFORE");
const QString kUpperBefore = QStringLiteral("UPPER_BEFORE");
const QString kLowerAfter = QStringLiteral("LOWER_AFTER");
const QString kUpperAfter = QStringLiteral("UPPER_AFTER");
const QString kStableMargin = QStringLiteral("STABLE_MARGIN");
const QString kOutput = QStringLiteral("OUTPUT");

// The field parameters in reading order; the bounds are optional.
const QStringList kFieldParameters = {kBefore,      kAfter,      kLowerBefore,
                                      kUpperBefore, kLowerAfter, kUpperAfter};

// Result names (RESULT_CLEARLY_WORSE ...) in ChangeClass order from 1.
const char *const kCountOutputs[] = {nullptr,
                                     "CLEARLY_WORSE",
                                     "WORSE_WITHIN_UNCERTAINTY",
                                     "STABLE",
                                     "BETTER_WITHIN_UNCERTAINTY",
                                     "CLEARLY_BETTER"};

} // namespace

QString ChangeAlgorithm::displayName() const {
  return QObject::tr("Change between two years");
}

QString ChangeAlgorithm::helpText() const {
  return QObject::tr(
             "Where is it getting worse? Compares two years' scores that are on one scale: for a "
             "composite index, score the later year on the first year's BASELINE (resilience:"
             "compositeindex), join the two outputs and give their resilience fields as "
             "FIELD_BEFORE and "
             "FIELD_AFTER. Scores normalised again each year are not comparable.\n\n"
             "Fields added: change (after - before), change_pct (100 x change / |before|; NULL "
             "where "
             "before is 0), rank_before and rank_after (1 = lowest score, over the features with "
             "both "
             "years; ties share the lowest rank), rank_change (after - before: positive = moved "
             "up) and "
             "change_class: Clearly worse, Worse within uncertainty, Stable, Better within "
             "uncertainty, "
             "Clearly better, or Undefined where a score is NULL.\n\n"
             "Uncertainty: LOWER_BEFORE, UPPER_BEFORE, LOWER_AFTER and UPPER_AFTER are optional "
             "fields "
             "holding each score's interval on the scores' own scale (for ranks: the composite "
             "index's "
             "rank_p05 and rank_p95 from its UNCERTAINTY_RUNS, with FIELD_BEFORE and FIELD_AFTER = "
             "resilience_rank). A change is 'clearly' worse or better when the two intervals do "
             "not "
             "overlap, otherwise 'within uncertainty'. Without bounds an interval is the score "
             "itself, "
             "so every change beyond STABLE_MARGIN counts as clear. A change of at most "
             "STABLE_MARGIN "
             "(default 0) is Stable. A score outside its own bounds is an error naming the "
             "feature.\n\n"
             "Worse means towards the risk end of FIELD_AFTER: a decrease of a resilience score, "
             "an "
             "increase of a deprivation rate. The map draws worse in red and better in blue "
             "(ColorBrewer "
             "RdBu).\n\n") +
         RiskParameter::helpText();
}

void ChangeAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods with the scores of both years"),
      QList<int>() << QgsProcessing::TypeVector));
  addParameter(new QgsProcessingParameterField(kBefore, QObject::tr("Score before (earlier year)"),
                                               QVariant(), kInput,
                                               QgsProcessingParameterField::Numeric));
  addParameter(new QgsProcessingParameterField(kAfter, QObject::tr("Score after (later year)"),
                                               QVariant(), kInput,
                                               QgsProcessingParameterField::Numeric));
  const QStringList boundNames = {QObject::tr("Lower bound of the score before"),
                                  QObject::tr("Upper bound of the score before"),
                                  QObject::tr("Lower bound of the score after"),
                                  QObject::tr("Upper bound of the score after")};
  for (int b = 0; b < 4; ++b)
    addParameter(new QgsProcessingParameterField(kFieldParameters[b + 2], boundNames[b], QVariant(),
                                                 kInput, QgsProcessingParameterField::Numeric,
                                                 false, true));
  addParameter(RiskParameter::definition());
  addParameter(
      new QgsProcessingParameterNumber(kStableMargin, QObject::tr("Stable: a change of at most"),
                                       QgsProcessingParameterNumber::Double, 0.0, false, 0.0));
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, QObject::tr("Change"),
                                                     QgsProcessing::TypeVectorAnyGeometry));
  for (int c = 1; c <= 5; ++c)
    addOutput(new QgsProcessingOutputNumber(
        QString::fromLatin1(kCountOutputs[c]),
        QObject::tr("Features: %1")
            .arg(QString::fromLatin1(resilience::changeClassCode(static_cast<ChangeClass>(c))))));
}

QVariantMap ChangeAlgorithm::execute(const QVariantMap &parameters, QgsProcessingContext &context,
                                     QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      requireUncheckedSource(*this, parameters, kInput, context);
  QStringList fields;
  for (const QString &parameter : kFieldParameters)
    fields << parameterAsString(parameters, parameter, context);
  if (!fields[0].isEmpty() && fields[0] == fields[1])
    throw QgsProcessingException(
        QObject::tr("FIELD_AFTER is FIELD_BEFORE (%1): a change compares two years' scores, "
                    "each in its own field")
            .arg(fields[0]));
  // One bound of a year without the other is allowed: the score stands in for the missing one.
  QgsFeatureRequest request;
  request.setFlags(QgsFeatureRequest::NoGeometry);
  request.setSubsetOfAttributes(QStringList(fields).filter(QRegularExpression(QStringLiteral("."))),
                                source->fields());
  FeatureColumns columns =
      readFeatureColumns(*source, fields, kFieldParameters, feedback, request, Rows::Kept);
  nullNoDataCodes(columns, fields, feedback);
  feedback->setProgress(40);

  resilience::ChangeInput input;
  input.before = std::move(columns.numbers[0]);
  input.after = std::move(columns.numbers[1]);
  input.lowerBefore = std::move(columns.numbers[2]);
  input.upperBefore = std::move(columns.numbers[3]);
  input.lowerAfter = std::move(columns.numbers[4]);
  input.upperAfter = std::move(columns.numbers[5]);
  input.risk = RiskParameter::read(*this, parameters, fields[1], feedback);
  input.stableMargin = parameterAsDouble(parameters, kStableMargin, context);
  for (const QgsFeatureId id : columns.ids)
    input.featureIds.push_back("fid " + std::to_string(id));
  const resilience::ChangeResult result = resilience::computeChange(input);
  stopIfCanceled(feedback);

  const bool bounds = !fields.mid(2).join(QString()).isEmpty();
  feedback->pushInfo(
      bounds ? QObject::tr("'Clearly' means the uncertainty intervals of the two years do not "
                           "overlap")
             : QObject::tr("No bounds given: 'clearly' means only that the change exceeds the "
                           "stable margin %1; give LOWER_/UPPER_ fields to judge it against the "
                           "scores' uncertainty")
                   .arg(input.stableMargin));
  for (int c = 1; c <= 5; ++c)
    feedback->pushInfo(
        QObject::tr("%1: %2 feature(s)")
            .arg(QString::fromLatin1(resilience::changeClassCode(static_cast<ChangeClass>(c))))
            .arg(result.counts[c]));
  feedback->pushInfo(
      QObject::tr("Undefined (a score is NULL): %1 feature(s)").arg(result.counts[0]));
  for (const std::string &message : result.messages)
    feedback->pushWarning(QString::fromStdString(message));

  std::vector<ResultColumn> out;
  out.push_back(ResultColumn::masked(QStringLiteral("change"), result.change));
  out.push_back(ResultColumn::masked(QStringLiteral("change_pct"), result.changePct));
  out.push_back(
      ResultColumn::masked(QStringLiteral("rank_before"), result.rankBefore, QVariant::Int));
  out.push_back(
      ResultColumn::masked(QStringLiteral("rank_after"), result.rankAfter, QVariant::Int));
  out.push_back(
      ResultColumn::masked(QStringLiteral("rank_change"), result.rankChange, QVariant::Int));
  out.push_back(ResultColumn::labels(
      QStringLiteral("change_class"), result.changeClass.size(),
      [&](std::size_t i) { return resilience::changeClassCode(result.changeClass[i]); }));

  const QString destination =
      writeWithResultColumns(parameters, kOutput, context, feedback, keptRows(*source, columns),
                             out, QObject::tr("INPUT's field %1 is replaced by the new %1"), 50);
  styleResult(destination, QStringLiteral("change_class"), parameters, context, feedback);
  setLoadedLayerSubject(fields[1]);
  QVariantMap outputs;
  outputs.insert(kOutput, destination);
  for (int c = 1; c <= 5; ++c)
    outputs.insert(QString::fromLatin1(kCountOutputs[c]), static_cast<qlonglong>(result.counts[c]));
  return outputs;
}
