#include "algorithms/pipelinealgorithm.h"

#include "algorithms/pipelinetemplate.h"
#include "cartography/outputstyles.h"
#include "cartography/printmap_texts.h"
#include "layers/contiguitycache.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsmaplayerstore.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace {

const QString kSpec = QStringLiteral("SPEC");
const QString kFacilities = QStringLiteral("FACILITIES");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kOutputPdf = QStringLiteral("OUTPUT_PDF");
const QString kOutputTableBook = QStringLiteral("OUTPUT_TABLEBOOK");
const QString kOutputProject = QStringLiteral("OUTPUT_PROJECT");
const QString kTemplate = QStringLiteral("TEMPLATE");
const QString kLanguage = QStringLiteral("LANGUAGE");

// The statistical steps in order: spec section, algorithm, GeoPackage layer, and the layer's name
// in QGIS desktop (English, Dutch). Each takes the previous step's output as INPUT; "aggregate"
// summarises and is not passed on.
struct Step {
  const char *section;
  const char *layer;
  bool passesOn;
  const char *english;
  const char *dutch;
};
const Step kSteps[] = {
    {"compositeindex", "scores", true, "Resilience scores", "Veerkrachtscores"},
    {"smooth", "smoothed", true, "Smoothed scores", "Gladgestreken scores"},
    {"hotspots", "hotspots", true, "Risk hot spots (Gi*)", "Risicogebieden (Gi*)"},
    {"localmoran", "clusters", true, "Risk clusters (LISA)", "Risicoclusters (LISA)"},
    {"accessibility", "accessibility", true, "Accessibility", "Bereikbaarheid"},
    {"aggregate", "regions", false, "Regions", "Regio's"}};

// Parameter values naming a layer of the run's project or temporary store (a layer id) are passed
// as the layer itself to a step that runs in a context of its own.
QVariantMap withLayersResolved(QVariantMap parameters, const QStringList &keys,
                               QgsProcessingContext &context) {
  for (const QString &key : keys) {
    const QString value = parameters.value(key).toString();
    if (value.isEmpty())
      continue;
    if (QgsMapLayer *layer = QgsProcessingUtils::mapLayerFromString(value, context, false))
      parameters.insert(key, QVariant::fromValue(static_cast<QObject *>(layer)));
  }
  return parameters;
}

// Spec values that name files are relative to the spec file's folder.
const QStringList kPathKeys = {QStringLiteral("TABLE"),        QStringLiteral("SPEC"),
                               QStringLiteral("FACILITIES"),   QStringLiteral("REGIONS"),
                               QStringLiteral("WEIGHTS_FILE"), QStringLiteral("polygons")};

QVariant resolved(const QString &key, const QVariant &value, const QDir &folder) {
  if (!kPathKeys.contains(key) || value.type() != QVariant::String)
    return value;
  const QString text = value.toString();
  const QString path = text.section(QLatin1Char('|'), 0, 0);
  if (path.isEmpty() || QFileInfo(path).isAbsolute() || !QFileInfo::exists(folder.filePath(path)))
    return value;
  return folder.filePath(path) + text.mid(path.size());
}

QVariantMap section(const QVariantMap &spec, const QString &name, const QDir &folder) {
  QVariantMap parameters;
  const QVariantMap raw = spec.value(name).toMap();
  for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
    parameters.insert(it.key(), resolved(it.key(), it.value(), folder));
  return parameters;
}

QString layerDestination(const QString &geopackage, const QString &layer) {
  return QStringLiteral("ogr:dbname='%1' table=\"%2\" (geom)").arg(geopackage, layer);
}

// The spec's "layers": which step layers go into the GeoPackage (default: all). The others stay
// temporary, in memory, and are dropped once the next step has read them: at a million
// neighbourhoods every written copy costs seconds and a GeoPackage's size in disk space.
QStringList keptLayers(const QVariantMap &spec) {
  QStringList all;
  for (const Step &step : kSteps)
    all << QString::fromLatin1(step.layer);
  if (!spec.contains(QStringLiteral("layers")))
    return all;
  const QStringList kept = spec.value(QStringLiteral("layers")).toStringList();
  for (const QString &layer : kept)
    if (!all.contains(layer))
      throw QgsProcessingException(
          QObject::tr("SPEC: \"layers\" names %1, which is none of the pipeline's layers (%2)")
              .arg(layer, all.join(QStringLiteral(", "))));
  if (kept.isEmpty())
    throw QgsProcessingException(
        QObject::tr("SPEC: \"layers\" is empty; name at least one of %1 or leave it out")
            .arg(all.join(QStringLiteral(", "))));
  return kept;
}

} // namespace

QString PipelineAlgorithm::displayName() const {
  return QObject::tr("Resilience pipeline (one step)");
}

QString PipelineAlgorithm::shortHelpString() const {
  return QObject::tr(
      "Runs the whole monitor from one JSON spec file: joins the indicator tables to the "
      "neighbourhood polygons, optionally keeps a subset (\"filter\", a QGIS expression), computes "
      "the composite index, smooths it, finds hot spots and LISA clusters, adds facility "
      "accessibility when FACILITIES are given, aggregates per region and prints the maps. Every "
      "layer is written styled into the OUTPUT GeoPackage (scores, smoothed, hotspots, clusters, "
      "accessibility, regions); the maps go to OUTPUT_PDF.\n\n"
      "The spec has a section per step whose keys are that algorithm's own parameters "
      "(\"compositeindex\": {\"SPEC\": \"indicators.csv\", \"NORMALISATION\": \"zscore\"}, "
      "\"hotspots\": {\"FIELD\": \"resilience\", \"PERMUTATIONS\": 999}, ...); the pipeline "
      "wires INPUT and OUTPUT. \"polygons\" names the neighbourhood layer and \"join\" lists "
      "resilience:jointable parameter sets. A step whose section is absent is skipped. File "
      "names are relative to the spec file. testdata/noord_brabant_pipeline.json is a complete "
      "example for the Noord-Brabant municipalities.\n\n"
      "\"layers\" (optional) lists the layers to write, e.g. [\"clusters\", \"regions\"]: each "
      "step adds its fields to the previous step's, so the last layer carries every result. "
      "The others are kept in memory only while the next step reads them, which saves time and "
      "disk space with hundreds of thousands of neighbourhoods. Default: all layers.\n\n"
      "Hot spots and clusters are turned towards the risk with RISK (see resilience:hotspots): "
      "for the resilience score the risk is low values (RISK low, which auto also takes for "
      "resilience), and the regions' n_hotspots counts risk hot spots (risk_bin).\n\n"
      "To start a spec: leave SPEC empty and choose a TEMPLATE file; the run writes a template "
      "with every section, placeholders for your files and fields, and notes on what to change. "
      "Edit it, then run again with it as SPEC.\n\n"
      "In QGIS desktop the layers written are added to the project, styled; the pipeline runs in "
      "the main thread, since the print maps need it, so QGIS waits until it ends. The map book "
      "is written to OUTPUT_PDF only: for a layout to adjust, run Print maps on a loaded layer.\n\n"
      "If a step fails the GeoPackage and the PDF are removed: no half-written output.");
}

void PipelineAlgorithm::initAlgorithm(const QVariantMap &) {
  // Optional, so that the dialog can write a TEMPLATE instead; a run needs one or the other.
  addParameter(new QgsProcessingParameterFile(kSpec, QObject::tr("Pipeline spec (JSON)"),
                                              QgsProcessingParameterFile::File,
                                              QStringLiteral("json"), QVariant(), true));
  addParameter(new QgsProcessingParameterFeatureSource(
      kFacilities, QObject::tr("Facilities (points; replaces the spec's)"),
      QList<int>() << QgsProcessing::TypeVectorPoint, QVariant(), true));
  addLanguageParameter();
  // Optional only for a TEMPLATE run; a spec run requires it (execute).
  addParameter(new QgsProcessingParameterFileDestination(kOutput, QObject::tr("Result GeoPackage"),
                                                         QObject::tr("GeoPackage (*.gpkg)"),
                                                         QVariant(), true));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputPdf, QObject::tr("Print maps (PDF)"), QObject::tr("PDF files (*.pdf)"), QVariant(),
      true));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputTableBook, QObject::tr("Table book (XLSX or ODS)"),
      QObject::tr("Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods)"), QVariant(), true,
      false));
  addParameter(new QgsProcessingParameterFileDestination(
      kOutputProject, QObject::tr("QGIS project with the map book's atlas layout (.qgz)"),
      QObject::tr("QGIS project (*.qgz)"), QVariant(), true, false));
  auto *specTemplate = new QgsProcessingParameterFileDestination(
      kTemplate, QObject::tr("Write a spec template to start from (instead of running)"),
      QObject::tr("JSON files (*.json)"), QVariant(), true, false);
  addParameter(specTemplate);
}

QVariantMap PipelineAlgorithm::execute(const QVariantMap &parameters, QgsProcessingContext &context,
                                       QgsProcessingFeedback *feedback) {
  const QString specPath = parameterAsFile(parameters, kSpec, context);
  const QString templatePath = parameterAsFileOutput(parameters, kTemplate, context);
  if (!templatePath.isEmpty()) {
    if (!specPath.isEmpty())
      throw QgsProcessingException(QObject::tr("Give SPEC to run a pipeline or TEMPLATE to write "
                                               "a spec to start from, not both"));
    writePipelineTemplate(templatePath);
    feedback->pushInfo(QObject::tr("Spec template written to %1: replace the <...> placeholders "
                                   "with your files and fields, then run again with it as SPEC")
                           .arg(templatePath));
    return {{kTemplate, templatePath}};
  }
  if (specPath.isEmpty())
    throw QgsProcessingException(QObject::tr(
        "SPEC: choose a pipeline spec (JSON), or give TEMPLATE to write one to start from"));
  if (parameterAsFileOutput(parameters, kOutput, context).isEmpty())
    throw QgsProcessingException(QObject::tr("OUTPUT: choose the result GeoPackage"));
  QFile specFile(specPath);
  if (!specFile.open(QIODevice::ReadOnly))
    throw QgsProcessingException(QObject::tr("SPEC: cannot read %1").arg(specPath));
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(specFile.readAll(), &error);
  if (!document.isObject())
    throw QgsProcessingException(QObject::tr("SPEC: %1 is not a JSON object: %2 at offset %3")
                                     .arg(specPath, error.errorString())
                                     .arg(error.offset));
  const QVariantMap spec = document.object().toVariantMap();
  const QDir folder = QFileInfo(specPath).absoluteDir();
  if (!spec.contains(QStringLiteral("polygons")))
    throw QgsProcessingException(QObject::tr("SPEC: %1 names no \"polygons\" layer").arg(specPath));
  const QStringList kept = keptLayers(spec);

  const QString geopackage =
      QFileInfo(parameterAsFileOutput(parameters, kOutput, context)).absoluteFilePath();
  const QString pdf = parameterAsFileOutput(parameters, kOutputPdf, context);
  // The map book's other products; printmaps removes what it wrote when it fails.
  const QString tableBook = parameterAsFileOutput(parameters, kOutputTableBook, context);
  const QString project = parameterAsFileOutput(parameters, kOutputProject, context);
  QVariant facilities = parameters.value(kFacilities);
  if (!facilities.isValid() || facilities.isNull() || facilities.toString().isEmpty())
    facilities = section(spec, QStringLiteral("accessibility"), folder).value(kFacilities);

  // The outputs are ours from here on: an older file would mix old and new layers.
  QFile::remove(geopackage);
  const auto discardOutputs = [&]() {
    // Close the steps' layers on the GeoPackage first: QGIS reopens a GeoPackage when its last
    // layer closes (to end WAL mode), which would bring a deleted file back.
    QStringList openOnOutput;
    const QMap<QString, QgsMapLayer *> layers = context.temporaryLayerStore()->mapLayers();
    for (auto it = layers.constBegin(); it != layers.constEnd(); ++it)
      if (it.value()->source().startsWith(geopackage))
        openOnOutput << it.key();
    context.temporaryLayerStore()->removeMapLayers(openOnOutput);
    QFile::remove(geopackage);
    if (!pdf.isEmpty())
      QFile::remove(pdf);
  };

  const QString language = enumName(parameters, kLanguage);
  const QVariantList joins = spec.value(QStringLiteral("join")).toList();
  const int stepCount = joins.size() + static_cast<int>(std::size(kSteps)) + 2;
  QgsProcessingMultiStepFeedback steps(stepCount, feedback);
  int stepIndex = 0;
  QVariantMap results;
  const auto runIn = [&](QgsProcessingContext &stepContext, const QString &algorithmId,
                         QVariantMap stepParameters) {
    steps.setCurrentStep(stepIndex++);
    stopIfCanceled(feedback);
    std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById(algorithmId));
    if (!algorithm)
      throw QgsProcessingException(QObject::tr("%1 is not available").arg(algorithmId));
    feedback->pushInfo(QObject::tr("— %1 —").arg(algorithm->displayName()));
    if (algorithm->parameterDefinition(kLanguage) && !stepParameters.contains(kLanguage))
      stepParameters.insert(kLanguage, language);
    bool ok = false;
    QString message;
    if (!algorithm->checkParameterValues(stepParameters, stepContext, &message))
      throw QgsProcessingException(QObject::tr("%1: %2").arg(algorithmId, message));
    const QVariantMap out = algorithm->run(stepParameters, stepContext, &steps, &ok);
    if (!ok)
      throw QgsProcessingException(
          QObject::tr("The %1 step failed; see the messages above").arg(algorithmId));
    return out;
  };
  const auto run = [&](const QString &algorithmId, const QVariantMap &stepParameters) {
    return runIn(context, algorithmId, stepParameters);
  };

  // A temporary layer that has been read by the step after it is no longer needed.
  const auto dropIfTemporary = [&](const QVariant &layer) {
    if (context.temporaryLayerStore()->mapLayer(layer.toString()))
      context.temporaryLayerStore()->removeMapLayers(QStringList() << layer.toString());
  };
  // The neighbourhood steps read the same polygons: their contiguity weights are built once.
  const ContiguityCache::Scope weightsCache;
  try {
    QVariant current =
        resolved(QStringLiteral("polygons"), spec.value(QStringLiteral("polygons")), folder);
    for (const QVariant &join : joins) {
      QVariantMap joinParameters;
      const QVariantMap raw = join.toMap();
      for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        joinParameters.insert(it.key(), resolved(it.key(), it.value(), folder));
      joinParameters.insert(QStringLiteral("INPUT"), current);
      joinParameters.insert(QStringLiteral("OUTPUT"), QgsProcessing::TEMPORARY_OUTPUT);
      const QVariant joined =
          run(QStringLiteral("resilience:jointable"), joinParameters).value(kOutput);
      dropIfTemporary(current);
      current = joined;
    }

    const QString filter = spec.value(QStringLiteral("filter")).toString();
    if (!filter.isEmpty()) {
      QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>(
          QgsProcessingUtils::mapLayerFromString(current.toString(), context));
      if (!layer)
        throw QgsProcessingException(QObject::tr("Cannot open the joined layer to filter it"));
      if (!layer->setSubsetString(filter))
        throw QgsProcessingException(
            QObject::tr("SPEC: the filter %1 is not a valid expression for the layer").arg(filter));
      feedback->pushInfo(
          QObject::tr("Filter %1 keeps %2 features").arg(filter).arg(layer->featureCount()));
      if (layer->featureCount() == 0)
        throw QgsProcessingException(
            QObject::tr("SPEC: the filter %1 keeps no features").arg(filter));
    }

    QStringList layers;
    for (const Step &step : kSteps) {
      const QString name = QString::fromLatin1(step.section);
      if (!spec.contains(name)) {
        ++stepIndex;
        continue;
      }
      QVariantMap stepParameters = section(spec, name, folder);
      if (name == QLatin1String("accessibility")) {
        if (!facilities.isValid() || facilities.isNull() || facilities.toString().isEmpty()) {
          feedback->pushInfo(QObject::tr("No FACILITIES given: accessibility is skipped"));
          ++stepIndex;
          continue;
        }
        stepParameters.insert(kFacilities, facilities);
      }
      const QString layer = QString::fromLatin1(step.layer);
      const bool keep = kept.contains(layer);
      stepParameters.insert(QStringLiteral("INPUT"), current);
      stepParameters.insert(kOutput, keep ? layerDestination(geopackage, layer)
                                          : QString(QgsProcessing::TEMPORARY_OUTPUT));
      const QVariant output =
          run(QStringLiteral("resilience:") + name, stepParameters).value(kOutput);
      if (keep)
        layers << layer;
      if (step.passesOn) {
        dropIfTemporary(current);
        current = output;
      } else if (!keep) {
        dropIfTemporary(output);
      }
    }

    if ((!pdf.isEmpty() || !tableBook.isEmpty() || !project.isEmpty()) &&
        spec.contains(QStringLiteral("printmaps"))) {
      QVariantMap printParameters = section(spec, QStringLiteral("printmaps"), folder);
      printParameters.insert(QStringLiteral("INPUT"), current);
      const QList<QPair<QString, QString>> products = {
          {kOutputPdf, pdf}, {kOutputTableBook, tableBook}, {kOutputProject, project}};
      for (const auto &[name, path] : products)
        if (!path.isEmpty())
          printParameters.insert(name, path);
      if (!printParameters.contains(QStringLiteral("TITLE")))
        printParameters.insert(QStringLiteral("TITLE"), spec.value(QStringLiteral("title")));
      // Risk maps and risk overlays name the field their step computed them on ("Hot spot of
      // low resilience"); SHOW first, then OVERLAY.
      QString show = printParameters.value(QStringLiteral("SHOW")).toString();
      if (show != QLatin1String("hotspots") && show != QLatin1String("clusters"))
        show = printParameters.value(QStringLiteral("OVERLAY")).toString();
      const QString riskStep = show == QLatin1String("hotspots")   ? QStringLiteral("hotspots")
                               : show == QLatin1String("clusters") ? QStringLiteral("localmoran")
                                                                   : QString();
      if (!riskStep.isEmpty() && !printParameters.contains(QStringLiteral("RISK_FIELD")))
        printParameters.insert(
            QStringLiteral("RISK_FIELD"),
            spec.value(riskStep).toMap().value(QStringLiteral("FIELD")).toString());
      if (facilities.isValid() && !facilities.toString().isEmpty())
        printParameters.insert(kFacilities, facilities);
      // A context without a project: the map book is a file here, and its layout and helper
      // layers (pages, surroundings, a copy of INPUT) are not added to the user's project.
      QgsProcessingContext printContext;
      printContext.copyThreadSafeSettings(context);
      printContext.setProject(nullptr);
      runIn(printContext, QStringLiteral("resilience:printmaps"),
            withLayersResolved(printParameters,
                               {QStringLiteral("INPUT"), kFacilities, QStringLiteral("REGIONS")},
                               context));
    }
    results.insert(QStringLiteral("LAYERS"), layers.join(QLatin1Char(',')));
    // QGIS desktop adds the written layers to the project, drawn with their stored styles.
    for (const Step &step : kSteps)
      if (layers.contains(QLatin1String(step.layer)))
        loadWithStoredStyleOnCompletion(
            QStringLiteral("%1|layername=%2").arg(geopackage, QLatin1String(step.layer)),
            inLanguage(language, QString::fromUtf8(step.english), QString::fromUtf8(step.dutch)),
            kOutput, context);
  } catch (...) {
    discardOutputs();
    throw;
  }
  results.insert(kOutput, geopackage);
  if (!pdf.isEmpty())
    results.insert(kOutputPdf, pdf);
  if (!tableBook.isEmpty() && spec.contains(QStringLiteral("printmaps")))
    results.insert(kOutputTableBook, tableBook);
  if (!project.isEmpty() && spec.contains(QStringLiteral("printmaps")))
    results.insert(kOutputProject, project);
  return results;
}
