#include "algorithms/neighbourhoodstatisticalgorithm.h"

#include "algorithms/weightedinput.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <algorithm>

namespace {
const QString kInput = QStringLiteral("INPUT");
const QString kOutput = QStringLiteral("OUTPUT");
} // namespace

void NeighbourhoodStatisticAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods"), QList<int>() << QgsProcessing::TypeVectorPolygon));
  initStatisticParameters();
  for (QgsProcessingParameterDefinition *parameter :
       WeightsParameters::definitions(kInput, rowStandardiseByDefault()))
    addParameter(parameter);
  addLanguageParameter();
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, outputDescription(),
                                                     QgsProcessing::TypeVectorPolygon));
}

void NeighbourhoodStatisticAlgorithm::numericFields(const QVariantMap &parameters,
                                                    QgsProcessingContext &context,
                                                    QStringList &fields,
                                                    QStringList &fieldParameters) const {
  for (const QString &parameter : numericFieldParameters()) {
    fields << parameterAsString(parameters, parameter, context);
    fieldParameters << parameter;
  }
}

QVariantMap NeighbourhoodStatisticAlgorithm::execute(const QVariantMap &parameters,
                                                     QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback) {
  QStringList fields, fieldParameters;
  numericFields(parameters, context, fields, fieldParameters);
  WeightedInput input =
      readWeightedInput(*this, parameters, context, feedback, fields, fieldParameters, Rows::Kept,
                        usesWeights(parameters, context));
  // Loaded under the first field given (FIELD; EVENTS for a smoothed rate); compute() may say more.
  const auto subject = std::find_if(fields.begin(), fields.end(),
                                    [](const QString &field) { return !field.isEmpty(); });
  setLoadedLayerSubject(subject == fields.end() ? QString() : *subject);
  // The statistics read numbers only; the polygons' WKB (some 150 bytes each) served the weights.
  for (std::vector<unsigned char> &wkb : input.features.wkb)
    std::vector<unsigned char>().swap(wkb);
  feedback->setProgressText(QObject::tr("Computing"));
  const std::vector<ResultColumn> results =
      compute(parameters, context, feedback, input.features, input.weights);
  stopIfCanceled(feedback);
  feedback->setProgress(70);
  const QString destination = writeWithResultColumns(
      parameters, kOutput, context, feedback, keptRows(*input.source, input.features), results,
      QObject::tr("The input field '%1' is replaced by the new result"), 70);
  styleResult(destination, styleName(parameters), parameters, context, feedback,
              legendField(parameters));
  return {{kOutput, destination}};
}
