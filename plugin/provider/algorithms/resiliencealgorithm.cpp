#include "algorithms/resiliencealgorithm.h"

#include "algorithms/algorithmhelp.h"
#include "algorithms/cancelflag.h"
#include "algorithms/librarymessages.h"
#include "algorithms/outputnames.h"
#include "algorithms/toolbox.h"
#include "cartography/outputstyles.h"
#include "layers/geopackagesink.h"

#include "common/input_error.h"
#include "common/nearest_name.h"
#include "common/yes_no.h"
#include "layers/datasetlocations.h"
#include "layers/inprocesslayer.h"
#include "layers/outputstaging.h"
#include "layers/resultcolumn.h"
#include "parameters/emptymatrix.h"
#include "resourcepaths.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsproxyfeaturesink.h>

#include <QIcon>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

bool isBoolean(const QgsProcessingParameterDefinition *definition) {
  return definition->type() == QgsProcessingParameterBoolean::typeName();
}

bool isInteger(const QgsProcessingParameterDefinition *definition) {
  const auto *number = dynamic_cast<const QgsProcessingParameterNumber *>(definition);
  return number && number->dataType() == QgsProcessingParameterNumber::Integer;
}

// STAR=no, nee or off: Qt reads every text but "", "0" and "false" as true.
QVariantMap withYesNoRead(const QgsProcessingAlgorithm &algorithm, QVariantMap parameters) {
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions()) {
    const QVariant value = parameters.value(definition->name());
    if (isBoolean(definition) && value.type() == QVariant::String) {
      if (const std::optional<bool> yes = resilience::parseYesNo(value.toString().toStdString()))
        parameters.insert(definition->name(), *yes);
    }
  }
  return parameters;
}

} // namespace

bool ResilienceAlgorithm::checkParameterValues(const QVariantMap &parameters,
                                               QgsProcessingContext &context,
                                               QString *message) const {
  const auto refuse = [message](const QString &text) {
    if (message)
      *message = text;
    return false;
  };
  std::vector<std::string> known;
  for (const QgsProcessingParameterDefinition *definition : parameterDefinitions())
    known.push_back(definition->name().toStdString());
  for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
    if (parameterDefinition(it.key()))
      continue;
    return refuse(
        QObject::tr("%1 is not a parameter of %2%3")
            .arg(it.key(), id(),
                 QString::fromStdString(resilience::didYouMean(it.key().toStdString(), known))));
  }
  for (const QgsProcessingParameterDefinition *definition : parameterDefinitions()) {
    const QVariant value = parameters.value(definition->name());
    if (!value.isValid() || value.isNull() || value.type() != QVariant::String ||
        value.toString().isEmpty())
      continue;
    const QString text = value.toString();
    if (isBoolean(definition) && !resilience::parseYesNo(text.toStdString()))
      return refuse(QObject::tr("%1: '%2' is neither yes nor no (true/false, yes/no, ja/nee, "
                                "on/off, 1/0)")
                        .arg(definition->name(), text));
    if (isInteger(definition)) {
      bool ok = false;
      const double number = text.trimmed().toDouble(&ok);
      if (ok && number != std::floor(number))
        return refuse(QObject::tr("%1: %2 is not a whole number").arg(definition->name(), text));
      if (ok &&
          (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()))
        return refuse(QObject::tr("%1: %2 is out of range (at most %3)")
                          .arg(definition->name(), text)
                          .arg(std::numeric_limits<int>::max()));
    }
  }
  return QgsProcessingAlgorithm::checkParameterValues(withYesNoRead(*this, parameters), context,
                                                      message);
}

void ResilienceAlgorithm::datasetLocations(const QVariantMap &parameters,
                                           QgsProcessingContext &context,
                                           QList<DatasetLocation> &inputs,
                                           QList<DatasetLocation> &outputs) const {
  parameterLocations(*this, parameters, context, inputs, outputs);
}

QVariantMap ResilienceAlgorithm::processAlgorithm(const QVariantMap &rawParameters,
                                                  QgsProcessingContext &context,
                                                  QgsProcessingFeedback *feedback) {
  const LibraryMessagesToFeedback libraryMessages(feedback);
  try {
    const QVariantMap parameters = withYesNoRead(*this, withoutEmptyMatrices(*this, rawParameters));
    QList<DatasetLocation> inputs, outputs;
    datasetLocations(parameters, context, inputs, outputs);
    refuseOverlaps(inputs, outputs);
    OutputStaging staging(outputs);
    mCollectionsReduced = mCollectionsDropped = 0;
    mDroppedRings = DroppedRings();
    mStaging = &staging;
    const auto forgetStaging = qScopeGuard([this] { mStaging = nullptr; });
    mLoadedLayerSubject.reset();
    mLoadedLayerKind.clear();
    QVariantMap results = execute(staging.redirect(*this, parameters, context), context, feedback);
    nameLoadedLayers(parameters, results, context);
    if (mCollectionsReduced + mCollectionsDropped > 0)
      feedback->pushWarning(
          QObject::tr("%1 feature(s) had a GeometryCollection as geometry: %2 were written with "
                      "only their parts of the output's type, %3 without geometry (no such part)")
              .arg(mCollectionsReduced + mCollectionsDropped)
              .arg(mCollectionsReduced)
              .arg(mCollectionsDropped));
    if (mDroppedRings.rings > 0)
      feedback->pushWarning(
          QObject::tr("%1 ring(s) of fewer than four points were dropped from %2 feature(s): they "
                      "enclose no area, and GEOS cannot use them (QGIS would report \"Invalid "
                      "number of points in LinearRing\" whenever it draws those features)")
              .arg(mDroppedRings.rings)
              .arg(mDroppedRings.features));
    // The work is done; moving the outputs into place is all that is left. Canceled while the
    // outputs were written (Ctrl-C late in the run): nothing is moved, and the run fails.
    feedback->setProgress(100);
    stopIfCanceled(feedback);
    staging.commit(results, context);
    return results;
  } catch (const QgsProcessingException &) {
    throw;
  } catch (const resilience::Cancelled &) {
    throw QgsProcessingException(canceledMessage());
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

QString ResilienceAlgorithm::stagedFile(const QString &parameter, const QString &file) {
  if (!mStaging)
    throw std::logic_error("stagedFile called outside processAlgorithm");
  return mStaging->stageFile(parameter, file);
}

QString ResilienceAlgorithm::shortHelpString() const {
  QString text = helpText();
  const QList<const QgsProcessingParameterDefinition *> definitions = parameterDefinitions();
  if (std::any_of(definitions.begin(), definitions.end(), [](const auto *definition) {
        return definition->type() == QgsProcessingParameterFeatureSource::typeName();
      }))
    text += QStringLiteral("\n\n") + invalidGeometryHelp();
  return dialogHelp(text, *this);
}

QString ResilienceAlgorithm::helpUrl() const {
  return helpDocumentUrl(name()).toString();
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
  throwIfCanceled(feedback);
}

QString ResilienceAlgorithm::writeWithResultColumns(
    const QVariantMap &parameters, const QString &output, QgsProcessingContext &context,
    QgsProcessingFeedback *feedback, QgsFeatureSource &source,
    const std::vector<ResultColumn> &columns, const QString &replacedWarning,
    double progressFrom) const {
  QgsFeatureIterator it = source.getFeatures();
  const FeatureRows rows{source.fields(), source.wkbType(), source.sourceCrs(),
                         [&it](QgsFeature &feature) { return it.nextFeature(feature); },
                         inProcessLayerOf(source)};
  return writeWithResultColumns(parameters, output, context, feedback, rows, columns,
                                replacedWarning, progressFrom);
}

QString ResilienceAlgorithm::writeWithResultColumns(
    const QVariantMap &parameters, const QString &output, QgsProcessingContext &context,
    QgsProcessingFeedback *feedback, const FeatureRows &rows,
    const std::vector<ResultColumn> &columns, const QString &replacedWarning,
    double progressFrom) const {
  QgsFields outputFields;
  QgsAttributeList kept;
  const QgsFields &inputFields = rows.fields;
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
  const QgsWkbTypes::Type wkbType = outputWkbType(rows.wkbType);
  if (!rows.inProcessLayer.isEmpty()) {
    const DroppedRings droppedRings = mDroppedRings;
    const long long collectionsReduced = mCollectionsReduced,
                    collectionsDropped = mCollectionsDropped;
    destination = deriveInProcessOutput(
        rows.inProcessLayer, parameters, output, parameterDefinition(output)->description(),
        outputFields, wkbType, kept, columns,
        [this, wkbType](QgsGeometry &geometry) { return conformGeometry(geometry, wkbType); },
        context);
    if (!destination.isEmpty()) {
      feedback->setProgress(100);
      return destination;
    }
    // A twin made from the columns: its geometries were conformed as the written ones are about
    // to be, and what was repaired is reported once, by the writing.
    mDroppedRings = droppedRings;
    mCollectionsReduced = collectionsReduced;
    mCollectionsDropped = collectionsDropped;
  }
  std::unique_ptr<QgsFeatureSink> sink = createOutputSink(
      *this, parameters, output, context, destination, outputFields, wkbType, rows.crs);
  if (!sink)
    throw QgsProcessingException(invalidSinkError(parameters, output));
  // Cancel stops the writing too: the output is a temporary file until the run succeeds.
  // Without result columns (a join of no fields) every row is copied.
  const std::size_t count =
      columns.empty() ? std::numeric_limits<std::size_t>::max() : columns.front().size();
  const double step = columns.empty() ? 0.0
                                      : (100.0 - progressFrom) /
                                            static_cast<double>(std::max<std::size_t>(count, 1));
  QgsFeature feature;
  std::size_t index = 0;
  while (index < count && rows.next(feature)) {
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
    if ((index & 1023) == 0)
      stopIfCanceled(feedback);
  }
  closeSink(sink, parameters, output);
  return destination;
}

QgsWkbTypes::Type ResilienceAlgorithm::outputWkbType(QgsWkbTypes::Type input) {
  return QgsWkbTypes::promoteNonPointTypesToMulti(input);
}

void ResilienceAlgorithm::copyGeometryTo(QgsFeature &feature, QgsWkbTypes::Type outputType) const {
  if (!feature.hasGeometry())
    return;
  // The feature lets go of the geometry first: converted by its only owner, QGIS puts the polygon
  // into the multipolygon as it is, where a shared one is copied first (a million polygons' worth
  // of coordinates in the join, which makes every polygon multi).
  QgsGeometry geometry = feature.geometry();
  feature.clearGeometry();
  conformGeometry(geometry, outputType);
  feature.setGeometry(geometry);
}

bool ResilienceAlgorithm::conformGeometry(QgsGeometry &geometry,
                                          QgsWkbTypes::Type outputType) const {
  std::size_t dropped = 0;
  bool changed = dropDegenerateRings(geometry, dropped);
  if (changed && dropped > 0) {
    mDroppedRings.rings += static_cast<long long>(dropped);
    ++mDroppedRings.features;
  }
  if (!QgsWkbTypes::isMultiType(outputType))
    return changed;
  const QgsWkbTypes::GeometryType wanted = QgsWkbTypes::geometryType(outputType);
  const bool collection =
      QgsWkbTypes::flatType(geometry.wkbType()) == QgsWkbTypes::GeometryCollection &&
      QgsWkbTypes::flatType(outputType) != QgsWkbTypes::GeometryCollection &&
      wanted != QgsWkbTypes::UnknownGeometry && wanted != QgsWkbTypes::NullGeometry;
  if (!collection && geometry.isMultipart())
    return changed;
  if (collection) {
    if (!geometry.convertGeometryCollectionToSubclass(wanted)) {
      ++mCollectionsDropped;
      geometry = QgsGeometry();
      return true;
    }
    ++mCollectionsReduced;
  }
  if (!geometry.isMultipart())
    geometry.convertToMultiType();
  return true;
}

void ResilienceAlgorithm::closeSink(std::unique_ptr<QgsFeatureSink> &sink,
                                    const QVariantMap &parameters, const QString &name) const {
  if (!sink)
    return;
  // QGIS wraps a database or file destination in a QgsProxyFeatureSink (QgsProcessingFeatureSink),
  // which does not pass flushBuffer() on (QGIS 3.22): the exporter inside would insert its last
  // rows only when destroyed, dropping a refusal (a PostGIS insert of an invalid ring), and the
  // run would succeed with an empty table. Flush the sink inside.
  QgsFeatureSink *target = sink.get();
  while (auto *proxy = dynamic_cast<QgsProxyFeatureSink *>(target))
    target = proxy->destinationSink();
  if (!target->flushBuffer() || (target != sink.get() && !sink->flushBuffer()))
    throw QgsProcessingException(writeFeatureError(target, parameters, name));
  sink.reset();
}

QVariantMap ResilienceAlgorithm::withStagedOutputs(const QgsProcessingAlgorithm &step,
                                                   const QVariantMap &parameters,
                                                   QgsProcessingContext &context) const {
  return mStaging ? mStaging->redirect(step, parameters, context) : parameters;
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

void ResilienceAlgorithm::setLoadedLayerSubject(const QString &subject, const QString &kind) const {
  mLoadedLayerSubject = subject;
  mLoadedLayerKind = kind;
}

void ResilienceAlgorithm::nameLoadedLayers(const QVariantMap &parameters,
                                           const QVariantMap &results,
                                           QgsProcessingContext &context) const {
  const QString language = parameterDefinition(QStringLiteral("LANGUAGE"))
                               ? enumName(parameters, QStringLiteral("LANGUAGE"))
                               : localeStyleLanguage();
  QString subject;
  if (mLoadedLayerSubject)
    subject = *mLoadedLayerSubject;
  else if (parameterDefinition(QStringLiteral("FIELD")))
    subject = parameterAsString(parameters, QStringLiteral("FIELD"), context);
  const QString kind = mLoadedLayerKind.isEmpty() ? name() : mLoadedLayerKind;
  for (const QgsProcessingParameterDefinition *definition : parameterDefinitions()) {
    const QString destination = results.value(definition->name()).toString();
    if (!definition->isDestination() || destination.isEmpty() ||
        !context.willLoadLayerOnCompletion(destination))
      continue;
    const QString layerName = outputLayerName(kind, definition->name(), subject, language);
    if (!layerName.isEmpty())
      context.layerToLoadOnCompletionDetails(destination).name = layerName;
  }
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
