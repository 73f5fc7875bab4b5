#include "algorithms/resiliencealgorithm.h"

#include "algorithms/librarymessages.h"
#include "algorithms/outputnames.h"
#include "algorithms/toolbox.h"
#include "cartography/outputstyles.h"
#include "layers/geopackagesink.h"

#include "algorithms/weightedinput.h"
#include "common/input_error.h"
#include "layers/resultcolumn.h"
#include "layers/sharedkeys.h"
#include "resourcepaths.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>

#include <QIcon>

#include <algorithm>
#include <exception>
#include <new>

QVariantMap ResilienceAlgorithm::processAlgorithm(const QVariantMap &parameters,
                                                  QgsProcessingContext &context,
                                                  QgsProcessingFeedback *feedback) {
  const LibraryMessagesToFeedback libraryMessages(feedback);
  try {
    return execute(parameters, context, feedback);
  } catch (const QgsProcessingException &) {
    throw;
  } catch (const resilience::Cancelled &) {
    throw QgsProcessingException(QObject::tr("Canceled by the user; no output was written"));
  } catch (const resilience::InputError &e) {
    throw QgsProcessingException(QString::fromStdString(e.what()));
  } catch (const std::bad_alloc &) {
    throw QgsProcessingException(
        QObject::tr("%1 ran out of memory; try a smaller layer or fewer permutations")
            .arg(displayName()));
  } catch (const std::exception &e) {
    throw QgsProcessingException(
        QObject::tr("%1 failed: %2").arg(displayName(), QString::fromStdString(e.what())));
  }
}

void ResilienceAlgorithm::addNamedEnumParameter(const QString &name, const QString &description,
                                                const QList<NamedEnumParameter::Option> &options,
                                                const QString &defaultOption, bool optional) {
  addParameter(new NamedEnumParameter(name, description, options, defaultOption, optional));
}

QString ResilienceAlgorithm::enumName(const QVariantMap &parameters, const QString &name) const {
  return namedEnumValue(*this, parameters, name);
}

void ResilienceAlgorithm::stopIfCanceled(QgsProcessingFeedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw QgsProcessingException(QObject::tr("Canceled by the user; no output was written"));
}

WeightedInput ResilienceAlgorithm::readWeightedInput(
    const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
    const QStringList &fields, const QStringList &fieldParameters, bool buildWeights) const {
  const QString input = QStringLiteral("INPUT");
  WeightedInput read;
  read.source.reset(parameterAsSource(parameters, input, context));
  if (!read.source)
    throw QgsProcessingException(invalidSourceError(parameters, input));
  feedback->setProgressText(QObject::tr("Reading %1").arg(read.source->sourceName()));
  read.features = readFeatureColumns(*read.source, fields, fieldParameters, feedback);
  if (read.features.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(read.source->sourceName()));
  nullNoDataCodes(read.features, fields, feedback);
  QStringList named;
  for (const QString &field : fields)
    if (!field.isEmpty())
      named << field;
  if (!named.isEmpty())
    warnAboutRepeatedFeatures(*read.source, read.features, named.join(QStringLiteral(", ")),
                              feedback);
  feedback->setProgress(20);
  if (!buildWeights)
    return read;
  feedback->setProgressText(QObject::tr("Building spatial weights"));
  read.weights =
      WeightsParameters::build(*this, parameters, context, *read.source, read.features, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(40);
  return read;
}

QString ResilienceAlgorithm::writeWithResultColumns(
    const QVariantMap &parameters, const QString &output, QgsProcessingContext &context,
    QgsProcessingFeedback *feedback, QgsFeatureSource &source,
    const std::vector<ResultColumn> &columns, const QString &replacedWarning,
    double progressFrom) const {
  QgsFields outputFields;
  QgsAttributeList kept;
  const QgsFields inputFields = source.fields();
  for (int i = 0; i < inputFields.count(); ++i) {
    const bool replaced = std::any_of(columns.begin(), columns.end(), [&](const ResultColumn &c) {
      return c.field.name().compare(inputFields.at(i).name(), Qt::CaseInsensitive) == 0;
    });
    if (replaced) {
      feedback->pushWarning(replacedWarning.arg(inputFields.at(i).name()));
      continue;
    }
    outputFields.append(inputFields.at(i));
    kept << i;
  }
  for (const ResultColumn &column : columns)
    outputFields.append(column.field);

  QString destination;
  const QgsWkbTypes::Type wkbType = outputWkbType(source.wkbType());
  std::unique_ptr<QgsFeatureSink> sink = createOutputSink(
      *this, parameters, output, context, destination, outputFields, wkbType, source.sourceCrs());
  if (!sink)
    throw QgsProcessingException(invalidSinkError(parameters, output));
  // Writing is not interrupted by Cancel: stopping half-way would leave a partial layer.
  const std::size_t count = columns.empty() ? 0 : columns.front().size();
  const double step = (100.0 - progressFrom) / static_cast<double>(std::max<std::size_t>(count, 1));
  QgsFeatureIterator it = source.getFeatures();
  QgsFeature feature;
  std::size_t index = 0;
  while (index < count && it.nextFeature(feature)) {
    QgsAttributes attributes;
    attributes.reserve(outputFields.count());
    for (int i : kept)
      attributes << feature.attribute(i);
    for (const ResultColumn &column : columns)
      attributes << column.value(index);
    feature.setAttributes(attributes);
    copyGeometryTo(feature, wkbType);
    if (!sink->addFeature(feature, QgsFeatureSink::FastInsert))
      throw QgsProcessingException(writeFeatureError(sink.get(), parameters, output));
    ++index;
    feedback->setProgress(progressFrom + step * static_cast<double>(index));
  }
  closeSink(sink, parameters, output);
  return destination;
}

QgsWkbTypes::Type ResilienceAlgorithm::outputWkbType(QgsWkbTypes::Type input) {
  return QgsWkbTypes::promoteNonPointTypesToMulti(input);
}

void ResilienceAlgorithm::copyGeometryTo(QgsFeature &feature, QgsWkbTypes::Type outputType) {
  if (!feature.hasGeometry() || !QgsWkbTypes::isMultiType(outputType) ||
      feature.geometry().isMultipart())
    return;
  QgsGeometry geometry = feature.geometry();
  geometry.convertToMultiType();
  feature.setGeometry(geometry);
}

void ResilienceAlgorithm::closeSink(std::unique_ptr<QgsFeatureSink> &sink,
                                    const QVariantMap &parameters, const QString &name) const {
  if (sink && !sink->flushBuffer())
    throw QgsProcessingException(writeFeatureError(sink.get(), parameters, name));
  sink.reset();
}

void ResilienceAlgorithm::addLanguageParameter() {
  QgsProcessingParameterDefinition *language = createLanguageParameter();
  language->setFlags(language->flags() | QgsProcessingParameterDefinition::FlagAdvanced);
  addParameter(language);
}

void ResilienceAlgorithm::styleResult(const QString &destination, const QString &styleName,
                                      const QVariantMap &parameters, QgsProcessingContext &context,
                                      QgsProcessingFeedback *feedback,
                                      const QString &legendField) const {
  StyleOptions options;
  if (parameterDefinition(QStringLiteral("LANGUAGE")))
    options.language = enumName(parameters, QStringLiteral("LANGUAGE"));
  if (!legendField.isEmpty())
    options.legendSubject = legendSubject(
        legendField, options.language.isEmpty() ? localeStyleLanguage() : options.language);
  styleOutput(destination, styleName, options, context, feedback);
}

void ResilienceAlgorithm::nameLoadedLayer(const QString &destination, const QString &subject,
                                          const QVariantMap &parameters,
                                          QgsProcessingContext &context) const {
  if (!context.willLoadLayerOnCompletion(destination))
    return;
  const QString language = parameterDefinition(QStringLiteral("LANGUAGE"))
                               ? enumName(parameters, QStringLiteral("LANGUAGE"))
                               : localeStyleLanguage();
  const QString layerName = outputLayerName(name(), subject, language);
  if (!layerName.isEmpty())
    context.layerToLoadOnCompletionDetails(destination).name = layerName;
}

QString ResilienceAlgorithm::group() const {
  return toolboxGroupName(toolboxEntry(name()).step);
}

QString ResilienceAlgorithm::groupId() const {
  return toolboxGroupId(toolboxEntry(name()).step);
}

QStringList ResilienceAlgorithm::tags() const {
  return toolboxEntry(name()).tags;
}

QString ResilienceAlgorithm::shortDescription() const {
  return toolboxEntry(name()).shortDescription;
}

QIcon ResilienceAlgorithm::icon() const {
  return QIcon(svgIconPath());
}

QString ResilienceAlgorithm::svgIconPath() const {
  return resilienceAlgorithmIconPath(name());
}
