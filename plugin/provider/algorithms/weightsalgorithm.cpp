#include "algorithms/weightsalgorithm.h"

#include "io/weights_io.h"
#include "layers/uncheckedsource.h"
#include "parameters/weightsparameters.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QFileInfo>

#include <algorithm>

namespace {
const QString kInput = QStringLiteral("INPUT");
const QString kOutput = QStringLiteral("OUTPUT");
} // namespace

QString WeightsAlgorithm::displayName() const {
  return QObject::tr("Build spatial weights");
}

QString WeightsAlgorithm::helpText() const {
  return QObject::tr("Builds the spatial weights (who is whose neighbour, and how much) that the "
                     "smoothing and hotspot algorithms use, and writes them as a GAL file "
                     "(neighbour lists: contiguity, knn, distance band) or a GWT file (weighted "
                     "links: kernels), chosen by the OUTPUT extension. GeoDa, PySAL and R spdep "
                     "read both, and every algorithm here accepts them as WEIGHTS_FILE.\n\n"
                     "The log reports the number of links, the minimum, mean and maximum number "
                     "of neighbours, the islands by id and the connected components.\n\n") +
         WeightsParameters::helpText();
}

void WeightsAlgorithm::initAlgorithm(const QVariantMap &) {
  addParameter(new QgsProcessingParameterFeatureSource(
      kInput, QObject::tr("Neighbourhoods"), QList<int>() << QgsProcessing::TypeVectorAnyGeometry));
  for (QgsProcessingParameterDefinition *parameter : WeightsParameters::definitions(kInput, false))
    addParameter(parameter);
  addParameter(new QgsProcessingParameterFileDestination(
      kOutput, QObject::tr("Weights file"), QObject::tr("GAL files (*.gal);;GWT files (*.gwt)")));
  const QList<QPair<QString, QString>> counts = {
      {QStringLiteral("LINKS"), QObject::tr("Links")},
      {QStringLiteral("MIN_NEIGHBOURS"), QObject::tr("Minimum neighbours")},
      {QStringLiteral("MEAN_NEIGHBOURS"), QObject::tr("Mean neighbours")},
      {QStringLiteral("MAX_NEIGHBOURS"), QObject::tr("Maximum neighbours")},
      {QStringLiteral("ISLANDS"), QObject::tr("Islands")},
      {QStringLiteral("COMPONENTS"), QObject::tr("Connected components")}};
  for (const auto &[name, description] : counts)
    addOutput(new QgsProcessingOutputNumber(name, description));
}

QVariantMap WeightsAlgorithm::execute(const QVariantMap &parameters, QgsProcessingContext &context,
                                      QgsProcessingFeedback *feedback) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      requireUncheckedSource(*this, parameters, kInput, context);
  const QString output = parameterAsFileOutput(parameters, kOutput, context);
  const QString suffix = QFileInfo(output).suffix().toLower();
  if (suffix != QLatin1String("gal") && suffix != QLatin1String("gwt"))
    // The extension alone: `output` is the staged temporary file, not the name the user gave.
    throw QgsProcessingException(
        QObject::tr("OUTPUT must end in .gal or .gwt, not .%1").arg(QFileInfo(output).suffix()));

  const FeatureColumns features = readFeatureColumns(*source, {}, {}, feedback);
  if (features.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(source->sourceName()));
  feedback->setProgress(30);
  const WeightsParameters::Built built =
      WeightsParameters::build(*this, parameters, context, *source, features, feedback);
  stopIfCanceled(feedback);
  feedback->setProgress(80);

  const resilience::SpatialWeights weights =
      built.rowStandardise ? built.weights.rowStandardised() : built.weights;
  const auto &w = weights.weights();
  const bool binary = std::all_of(w.begin(), w.end(), [](double v) { return v == 1.0; });
  const std::string layerName = source->sourceName().toStdString();
  const std::string idField =
      parameterAsString(parameters, QStringLiteral("ID_FIELD"), context).toStdString();
  if (suffix == QLatin1String("gal")) {
    if (!binary)
      throw QgsProcessingException(QObject::tr("OUTPUT: %1 weights are not binary and a GAL "
                                               "file would lose them; write a .gwt file")
                                       .arg(built.description));
    resilience::writeGal(output.toStdString(), weights, built.featureIds, layerName, idField);
  } else {
    resilience::writeGwt(output.toStdString(), weights, built.featureIds, layerName, idField);
  }
  feedback->pushInfo(QObject::tr("Wrote %1 (%2)").arg(output, built.description));

  const auto &report = built.report;
  return {{kOutput, output},
          {QStringLiteral("LINKS"), static_cast<qlonglong>(report.links)},
          {QStringLiteral("MIN_NEIGHBOURS"), static_cast<qlonglong>(report.minNeighbours)},
          {QStringLiteral("MEAN_NEIGHBOURS"), report.meanNeighbours},
          {QStringLiteral("MAX_NEIGHBOURS"), static_cast<qlonglong>(report.maxNeighbours)},
          {QStringLiteral("ISLANDS"), static_cast<qlonglong>(report.islands.size())},
          {QStringLiteral("COMPONENTS"), static_cast<qlonglong>(report.components)}};
}
