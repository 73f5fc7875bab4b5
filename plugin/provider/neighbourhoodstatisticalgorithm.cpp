#include "neighbourhoodstatisticalgorithm.h"

#include "outputstyles.h"

#include <qgsexception.h>
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
  addParameter(new QgsProcessingParameterFeatureSink(kOutput, outputDescription(),
                                                     QgsProcessing::TypeVectorPolygon));
}

QVariantMap NeighbourhoodStatisticAlgorithm::execute(const QVariantMap &parameters,
                                                     QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource(parameters, kInput, context));
  if (!source)
    throw QgsProcessingException(invalidSourceError(parameters, kInput));
  QStringList fields, fieldParameters;
  for (const QString &parameter : numericFieldParameters()) {
    fields << parameterAsString(parameters, parameter, context);
    fieldParameters << parameter;
  }
  feedback->setProgressText(QObject::tr("Reading %1").arg(source->sourceName()));
  const FeatureColumns features = readFeatureColumns(*source, fields, fieldParameters, feedback);
  if (features.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(source->sourceName()));
  feedback->setProgress(20);
  feedback->setProgressText(QObject::tr("Building spatial weights"));
  const WeightsParameters::Built weights =
      WeightsParameters::build(*this, parameters, context, *source, features, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(40);
  feedback->setProgressText(QObject::tr("Computing"));
  const std::vector<ResultColumn> results =
      compute(parameters, context, feedback, features, weights);
  stopIfCanceled(feedback);
  feedback->setProgress(70);

  // Result fields replace input fields of the same name (a rerun on an earlier output).
  QgsFields outputFields;
  QgsAttributeList kept;
  const QgsFields inputFields = source->fields();
  for (int i = 0; i < inputFields.count(); ++i) {
    const bool replaced = std::any_of(results.begin(), results.end(), [&](const ResultColumn &c) {
      return c.field.name().compare(inputFields.at(i).name(), Qt::CaseInsensitive) == 0;
    });
    if (replaced) {
      feedback->pushWarning(QObject::tr("The input field '%1' is replaced by the new result")
                                .arg(inputFields.at(i).name()));
      continue;
    }
    outputFields.append(inputFields.at(i));
    kept << i;
  }
  for (const ResultColumn &column : results)
    outputFields.append(column.field);

  QString destination;
  std::unique_ptr<QgsFeatureSink> sink(parameterAsSink(parameters, kOutput, context, destination,
                                                       outputFields, source->wkbType(),
                                                       source->sourceCrs()));
  if (!sink)
    throw QgsProcessingException(invalidSinkError(parameters, kOutput));
  // Writing is not interrupted by Cancel: stopping half-way would leave a partial layer.
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  std::size_t index = 0;
  const double step = 30.0 / static_cast<double>(features.size());
  while (it.nextFeature(feature) && index < features.size()) {
    QgsAttributes attributes;
    attributes.reserve(outputFields.count());
    for (int i : kept)
      attributes << feature.attribute(i);
    for (const ResultColumn &column : results)
      attributes << column.values[index];
    feature.setAttributes(attributes);
    if (!sink->addFeature(feature, QgsFeatureSink::FastInsert))
      throw QgsProcessingException(writeFeatureError(sink.get(), parameters, kOutput));
    ++index;
    feedback->setProgress(70 + step * static_cast<double>(index));
  }
  sink.reset();
  styleOutput(destination, styleName(parameters), context, feedback);
  return {{kOutput, destination}};
}
