#include "algorithms/pipelinealgorithm.h"

#include "algorithms/outputnames.h"
#include "algorithms/pipelinetemplate.h"
#include "algorithms/pipelineyears.h"
#include "cartography/outputstyles.h"
#include "cartography/printmap_frontpages.h"
#include "cartography/printmap_project.h"
#include "cartography/printmap_texts.h"
#include "common/nearest_name.h"
#include "layers/datasetlocations.h"
#include "layers/inprocesslayer.h"
#include "parameters/namedenumparameter.h"
#include "parameters/valuefieldparameter.h"
#include "scoring/composite_baseline.h"
#include "weights/contiguity_cache.h"

#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayerstore.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace {

const QString kSpec = QStringLiteral("SPEC");
const QString kFacilities = QStringLiteral("FACILITIES");
const QString kOutput = QStringLiteral("OUTPUT");
const QString kOutputPdf = QStringLiteral("OUTPUT_PDF");
const QString kOutputTableBook = QStringLiteral("OUTPUT_TABLEBOOK");
const QString kOutputProject = QStringLiteral("OUTPUT_PROJECT");
const QString kTemplate = QStringLiteral("TEMPLATE");
const QString kLanguage = QStringLiteral("LANGUAGE");
const QString kMethod = QStringLiteral("METHOD");
const QString kOutputBaseline = QStringLiteral("OUTPUT_BASELINE");

// The statistical steps in order: spec section, GeoPackage layer, whether the next step reads
// it, and the algorithm when it is not the section's name. Each takes the previous step's
// output as INPUT; "aggregate" summarises and is not passed on. "bivariate" is a second local
// Moran after accessibility, so FIELD_LAG can name its result (low resilience next to poor
// access). A step's layer loads in QGIS desktop under the name its algorithm's output would
// have (outputnames.h), for the section's name ("bivariate") and the field it is about.
struct Step {
  const char *section;
  const char *layer;
  bool passesOn;
  const char *algorithm = nullptr;
};
const Step kSteps[] = {{"compositeindex", "scores", true},
                       {"riskflags", "flags", true},
                       {"smooth", "smoothed", true},
                       {"hotspots", "hotspots", true},
                       {"localmoran", "clusters", true},
                       {"localgeary", "geary", true},
                       {"accessibility", "accessibility", true},
                       {"bivariate", "bivariate", true, "localmoran"},
                       {"aggregate", "regions", false}};

// The field a step's layer is about, from its spec section: FIELD (and FIELD_LAG for the
// bivariate step), EVENTS for a smoothed rate, SCORE_FIELD for regions, the first of FIELDS;
// else the value fields' default, resilience.
QString stepSubject(const QString &section, const QVariantMap &parameters) {
  const auto text = [&](const char *key) {
    const QString value = parameters.value(QLatin1String(key)).toString();
    return value.isEmpty() ? ValueFieldParameter::preferredFieldName() : value;
  };
  if (section == QLatin1String("bivariate"))
    return QStringLiteral("%1 / %2").arg(text("FIELD"), text("FIELD_LAG"));
  if (section == QLatin1String("smooth") && parameters.contains(QStringLiteral("EVENTS")))
    return text("EVENTS");
  if (section == QLatin1String("aggregate"))
    return text("SCORE_FIELD");
  const QVariant fields = parameters.value(QStringLiteral("FIELDS"));
  if (fields.isValid())
    return fields.type() == QVariant::String ? fields.toString().section(QLatin1Char(';'), 0, 0)
                                             : fields.toStringList().value(0);
  return text("FIELD");
}

// The algorithm a spec section runs: its own name, or the step's ("bivariate" is localmoran).
QString stepAlgorithm(const QString &section) {
  for (const Step &step : kSteps)
    if (section == QLatin1String(step.section) && step.algorithm)
      return QStringLiteral("resilience:") + QLatin1String(step.algorithm);
  return QStringLiteral("resilience:") + section;
}

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

// Whether a parameter's value names a file (an input layer, a table, a spec or weights file, an
// output): such values in the spec are relative to the spec's folder.
bool namesFile(const QgsProcessingParameterDefinition *definition) {
  static const QStringList types = {
      QgsProcessingParameterFeatureSource::typeName(),
      QgsProcessingParameterVectorLayer::typeName(), QgsProcessingParameterMapLayer::typeName(),
      QgsProcessingParameterMultipleLayers::typeName(), QgsProcessingParameterFile::typeName()};
  return definition->isDestination() || types.contains(definition->type());
}

// A file named in the spec, relative to the spec's folder, never to the working directory
// (issue 17, item 14). Data source URIs ("postgres:", "memory:", "dbname=...") and the ids of
// layers loaded in the project stay as they are.
QVariant resolvedPath(const QVariant &value, const QDir &folder) {
  if (value.type() == QVariant::List) {
    QVariantList items;
    for (const QVariant &item : value.toList())
      items << resolvedPath(item, folder);
    return items;
  }
  if (value.type() != QVariant::String)
    return value;
  const QString text = value.toString();
  const QString path = text.section(QLatin1Char('|'), 0, 0);
  if (path.isEmpty() || text == QgsProcessing::TEMPORARY_OUTPUT || QFileInfo(path).isAbsolute() ||
      path.contains(QLatin1Char(':')) || path.contains(QLatin1Char('=')) ||
      QgsProject::instance()->mapLayer(text))
    return value;
  return QDir::cleanPath(folder.filePath(path)) + text.mid(path.size());
}

// The parameters of one step from its spec section, file names resolved.
QVariantMap stepParameters(const QVariantMap &raw, const QString &algorithmId, const QDir &folder) {
  const QgsProcessingAlgorithm *algorithm =
      QgsApplication::processingRegistry()->algorithmById(algorithmId);
  QVariantMap parameters;
  for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
    if (it.key().startsWith(QLatin1Char('_')))
      continue; // a comment
    const QgsProcessingParameterDefinition *definition =
        algorithm ? algorithm->parameterDefinition(it.key()) : nullptr;
    parameters.insert(it.key(), definition && namesFile(definition)
                                    ? resolvedPath(it.value(), folder)
                                    : it.value());
  }
  return parameters;
}

QVariantMap section(const QVariantMap &spec, const QString &name, const QDir &folder) {
  return stepParameters(spec.value(name).toMap(), stepAlgorithm(name), folder);
}

// Refuses, before anything runs, what the spec names but no step knows: a section "hotspot", a
// key "PERMUTATONS" (issue 17, item 12), naming the nearest known name.
void refuseUnknownNames(const QVariantMap &spec) {
  std::vector<std::string> sections = {"title",     "polygons",         "join",       "filter",
                                       "layers",    "printmaps",        "baseline",   "year",
                                       "years",     "emerginghotspots", "lisamarkov", "change",
                                       "year_field"};
  for (const Step &step : kSteps)
    sections.emplace_back(step.section);
  for (auto it = spec.constBegin(); it != spec.constEnd(); ++it) {
    const std::string key = it.key().toStdString();
    if (it.key().startsWith(QLatin1Char('_')))
      continue; // a comment, as the TEMPLATE's "_about"
    if (std::find(sections.begin(), sections.end(), key) == sections.end())
      throw QgsProcessingException(
          QObject::tr("SPEC: \"%1\" is not a section of a pipeline spec%2")
              .arg(it.key(), QString::fromStdString(resilience::didYouMean(key, sections))));
  }
  // The keys the pipeline sets itself are not the spec's to give.
  const QStringList wired = {QStringLiteral("INPUT"), QStringLiteral("OUTPUT")};
  const auto checkKeys = [&](const QString &where, const QString &algorithmId,
                             const QVariantMap &keys) {
    const QgsProcessingAlgorithm *algorithm =
        QgsApplication::processingRegistry()->algorithmById(algorithmId);
    if (!algorithm)
      return;
    std::vector<std::string> known;
    for (const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions())
      if (!wired.contains(definition->name()))
        known.push_back(definition->name().toStdString());
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
      if (!it.key().startsWith(QLatin1Char('_')) &&
          (!algorithm->parameterDefinition(it.key()) || wired.contains(it.key())))
        throw QgsProcessingException(
            QObject::tr("SPEC: %1: %2 is not a parameter of %3%4")
                .arg(where, it.key(), algorithmId,
                     wired.contains(it.key())
                         ? QObject::tr(" the spec sets (the pipeline wires INPUT and OUTPUT)")
                         : QString::fromStdString(
                               resilience::didYouMean(it.key().toStdString(), known))));
  };
  const QVariantList joins = spec.value(QStringLiteral("join")).toList();
  for (int i = 0; i < joins.size(); ++i)
    checkKeys(QObject::tr("join %1").arg(i + 1), QStringLiteral("resilience:jointable"),
              joins.at(i).toMap());
  for (auto it = spec.constBegin(); it != spec.constEnd(); ++it)
    if (it.value().type() == QVariant::Map)
      checkKeys(QStringLiteral("\"%1\"").arg(it.key()), stepAlgorithm(it.key()),
                it.value().toMap());
}

// The names of the files the spec reads its data from (the polygons, the joined tables), for the
// map book's method page.
QStringList dataFiles(const QVariantMap &spec, const QDir &folder) {
  QVariantList sources = {spec.value(QStringLiteral("polygons"))};
  for (const QVariant &join : spec.value(QStringLiteral("join")).toList())
    sources << join.toMap().value(QStringLiteral("TABLE"));
  QStringList names;
  for (const QVariant &source : sources) {
    const QFileInfo file(resolvedPath(source, folder).toString().section(QLatin1Char('|'), 0, 0));
    if (file.isFile() && !names.contains(file.fileName()))
      names << file.fileName();
  }
  return names;
}

// The spec file as a map; throws naming the file when it cannot be read or is not an object.
QVariantMap readSpec(const QString &specPath) {
  QFile specFile(specPath);
  if (!specFile.open(QIODevice::ReadOnly))
    throw QgsProcessingException(QObject::tr("SPEC: cannot read %1").arg(specPath));
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(specFile.readAll(), &error);
  if (!document.isObject())
    throw QgsProcessingException(QObject::tr("SPEC: %1 is not a JSON object: %2 at offset %3")
                                     .arg(specPath, error.errorString())
                                     .arg(error.offset));
  return document.object().toVariantMap();
}

// An "ogr:" destination for one layer of the GeoPackage, quoted by QgsDataSourceUri so that a
// path with an apostrophe ('s-Hertogenbosch) survives (issue 17, item 14).
QString layerDestination(const QString &geopackage, const QString &layer) {
  QgsDataSourceUri uri;
  uri.setDatabase(geopackage);
  uri.setDataSource(QString(), layer, QStringLiteral("geom"));
  return QStringLiteral("ogr:") + uri.uri(false);
}

// The spec's "layers": which step layers go into the GeoPackage (default: all). The others stay
// in the process (layers/inprocesslayer.h) and are dropped once the next step has read them: at a
// million neighbourhoods every written copy costs seconds and a GeoPackage's size in disk space.
QStringList keptLayers(const QVariantMap &spec) {
  QStringList all;
  for (const Step &step : kSteps)
    all << QString::fromLatin1(step.layer);
  all << PipelineYears::layerNames();
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

// The spec's "baseline": a baseline file the composite index is scored on when it exists (the
// spec's indicators, weights and options are then the baseline's), or written by this run when it
// does not, so the first year of a monitor makes the scale the later years use.
struct BaselineUse {
  QString path;        // empty: no "baseline" in the spec
  bool create = false; // the file does not exist yet: this run writes it
};

BaselineUse baselineUse(const QVariantMap &spec, const QDir &folder) {
  BaselineUse use;
  const QString text = spec.value(QStringLiteral("baseline")).toString();
  if (text.isEmpty())
    return use;
  use.path = QFileInfo(text).isAbsolute() ? text : folder.filePath(text);
  use.create = !QFileInfo::exists(use.path);
  return use;
}

void applyBaseline(const BaselineUse &use, QVariantMap &parameters,
                   QgsProcessingFeedback *feedback) {
  if (use.path.isEmpty())
    return;
  if (use.create) {
    parameters.insert(QStringLiteral("OUTPUT_BASELINE"), use.path);
    feedback->pushInfo(QObject::tr("The baseline %1 does not exist yet: this run writes it, and "
                                   "later runs with this spec score on its scale")
                           .arg(use.path));
    return;
  }
  QStringList replaced;
  for (const QString &key :
       {QStringLiteral("INDICATORS"), QStringLiteral("SPEC"), QStringLiteral("DOMAIN_WEIGHTS")})
    if (parameters.remove(key))
      replaced << key;
  parameters.insert(QStringLiteral("BASELINE"), use.path);
  feedback->pushInfo(QObject::tr("Scoring on the baseline %1%2")
                         .arg(use.path, replaced.isEmpty()
                                            ? QString()
                                            : QObject::tr(", which replaces the section's %1")
                                                  .arg(replaced.join(QStringLiteral(", ")))));
}

} // namespace

QString PipelineAlgorithm::displayName() const {
  return QObject::tr("Resilience pipeline (one step)");
}

QString PipelineAlgorithm::helpText() const {
  return QObject::tr(
      "Runs the whole monitor from one JSON spec file: joins the indicator tables to the "
      "neighbourhood polygons, optionally keeps a subset (\"filter\", a QGIS expression), computes "
      "the composite index, counts risk flags (\"riskflags\", optional), smooths the index, finds "
      "hot spots and LISA clusters, local Geary clusters (\"localgeary\", optional), adds facility "
      "accessibility when FACILITIES are given, a bivariate local Moran (\"bivariate\", "
      "optional: resilience:localmoran parameters such as FIELD resilience and FIELD_LAG "
      "acc_nearest_m; skipped without FACILITIES when FIELD_LAG is an acc_ field), aggregates per "
      "region and prints the maps. Every layer is written styled into the OUTPUT GeoPackage "
      "(scores, flags, smoothed, hotspots, clusters, geary, accessibility, bivariate, regions); "
      "the maps go to OUTPUT_PDF.\n\n"
      "The spec has a section per step whose keys are that algorithm's own parameters "
      "(\"compositeindex\": {\"SPEC\": \"indicators.csv\", \"NORMALISATION\": \"zscore\"}, "
      "\"hotspots\": {\"FIELD\": \"resilience\", \"PERMUTATIONS\": 999}, ...); the pipeline "
      "wires INPUT and OUTPUT. \"polygons\" names the neighbourhood layer and \"join\" lists "
      "resilience:jointable parameter sets. A step whose section is absent is skipped. File "
      "names are relative to the spec file's folder (never to the working directory). "
      "testdata/noord_brabant_pipeline.json is a complete "
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
      "is written to OUTPUT_PDF only: for a layout to adjust, run Print maps on a loaded layer. "
      "Its method page (printmaps FRONT_PAGES) is written from the spec: the composite index's "
      "indicators with their domains and weights, the normalisation, the \"year\" of the data "
      "and the data files, unless the printmaps section gives METHOD.\n\n"
      "Several years: the spec's own tables are the first year (\"year\": \"2015\" labels it); "
      "\"years\": [{\"year\": \"2019\", \"table\": \"kerncijfers_2019.csv\"}, ...] lists "
      "later years, whose table replaces the first join's TABLE. With one long table of every "
      "year as the first join's TABLE, \"year_field\": \"jaar\" names its year column and "
      "\"years\": [2019] the later years; each year joins only its own rows. Each year is "
      "joined, filtered, scored on the first year's baseline and gets its risk hot spots (the "
      "riskflags, smooth and hotspots sections; layers hotspots_<year>); the sections "
      "\"change\" (first year to last), \"emerginghotspots\" and \"lisamarkov\" then run on "
      "resilience_<year> of every year and write the layers change, emerging and lisamarkov, "
      "which carry every year's resilience_, gi_z_ and risk_bin_. The years must cover the same "
      "neighbourhoods (harmonise boundaries first).\n\n"
      "\"baseline\" (optional) names a baseline file for the composite index: when it "
      "exists the index is scored on its scale (its indicators, weights and options replace the "
      "section's), when it does not this run writes it. So the first year of a monitor makes the "
      "scale and every later year's spec names the same file; a baseline this run wrote is removed "
      "again if a later step fails.\n\n"
      "Outputs are written to temporary files and replace OUTPUT and OUTPUT_PDF only when every "
      "step succeeded: if a step fails or the run is canceled, existing files stay as they were. "
      "The same holds for the outputs a section names itself (the join's UNMATCHED, the index's "
      "CORRELATIONS). "
      "An existing GeoPackage keeps its other layers; the layers this run writes replace those "
      "of the same name. A spec section or key that no step knows is refused before anything "
      "runs, naming the nearest known one.");
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

void PipelineAlgorithm::datasetLocations(const QVariantMap &parameters,
                                         QgsProcessingContext &context,
                                         QList<DatasetLocation> &inputs,
                                         QList<DatasetLocation> &outputs) const {
  ResilienceAlgorithm::datasetLocations(parameters, context, inputs, outputs);
  const QString specPath = parameterAsFile(parameters, kSpec, context);
  if (specPath.isEmpty() || !parameterAsFileOutput(parameters, kTemplate, context).isEmpty())
    return; // writing a TEMPLATE, or SPEC and TEMPLATE or neither, which execute() refuses
  const QVariantMap spec = readSpec(specPath);
  // Here, before any step runs, not when the misspelt step would have run.
  refuseUnknownNames(spec);
  const QDir folder = QFileInfo(specPath).absoluteDir();

  // What each step reads and writes besides the INPUT and OUTPUT the pipeline wires.
  const auto addStep = [&](const QString &where, const QString &algorithmId,
                           const QVariantMap &raw) {
    const QgsProcessingAlgorithm *algorithm =
        QgsApplication::processingRegistry()->algorithmById(algorithmId);
    const QVariantMap step = stepParameters(raw, algorithmId, folder);
    for (auto it = step.constBegin(); it != step.constEnd(); ++it) {
      const QgsProcessingParameterDefinition *definition =
          algorithm ? algorithm->parameterDefinition(it.key()) : nullptr;
      if (!definition || !namesFile(definition))
        continue;
      const QString name = QStringLiteral("SPEC %1 %2").arg(where, it.key());
      for (const QString &text : parameterTexts(it.value(), context)) {
        if (definition->isDestination()) {
          if (const auto location = outputLocation(name, text))
            outputs << *location;
        } else if (const auto location = inputLocation(name, text, context)) {
          inputs << *location;
        }
      }
    }
  };
  for (const QString &text :
       parameterTexts(resolvedPath(spec.value(QStringLiteral("polygons")), folder), context))
    if (const auto location = inputLocation(QStringLiteral("SPEC polygons"), text, context))
      inputs << *location;
  const QVariantList joins = spec.value(QStringLiteral("join")).toList();
  for (int i = 0; i < joins.size(); ++i)
    addStep(QStringLiteral("join %1").arg(i + 1), QStringLiteral("resilience:jointable"),
            joins.at(i).toMap());
  for (auto it = spec.constBegin(); it != spec.constEnd(); ++it)
    if (it.value().type() == QVariant::Map)
      addStep(it.key(), stepAlgorithm(it.key()), it.value().toMap());

  // OUTPUT is written layer by layer: the layers of the steps the spec has and keeps.
  QList<DatasetLocation> layers;
  for (auto it = outputs.begin(); it != outputs.end();) {
    if (it->parameter != kOutput) {
      ++it;
      continue;
    }
    const QStringList kept = keptLayers(spec);
    for (const Step &step : kSteps)
      if (spec.contains(QString::fromLatin1(step.section)) &&
          kept.contains(QString::fromLatin1(step.layer)))
        layers << DatasetLocation{kOutput, it->file, QString::fromLatin1(step.layer), false,
                                  QString()};
    it = outputs.erase(it);
  }
  outputs << layers;
  // The map book's files beyond its parameters, which its printmaps step writes into this run's
  // temporary files.
  addMapBookLocations(parameterAsFileOutput(parameters, kOutputTableBook, context),
                      parameterAsFileOutput(parameters, kOutputProject, context),
                      enumName(parameters, kLanguage), outputs);
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
  const QVariantMap spec = readSpec(specPath);
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

  // OUTPUT and OUTPUT_PDF are temporary files here (ResilienceAlgorithm stages them): they
  // replace the targets only when every step succeeded, and a GeoPackage that existed keeps the
  // layers this run does not write.
  BaselineUse baseline = baselineUse(spec, folder);
  const bool years = PipelineYears::requested(spec);
  if (years && !spec.contains(QStringLiteral("compositeindex")))
    throw QgsProcessingException(
        QObject::tr("SPEC: \"years\" needs a \"compositeindex\" section: the later years are "
                    "scored on its scale"));
  if (years && baseline.path.isEmpty()) // the later years need the first year's scale
    baseline = {QgsProcessingUtils::generateTempFilename(QStringLiteral("baseline.json")), true};

  // A baseline this run writes is its own output: removed again when a later step fails.
  const auto discardBaseline = [&]() {
    if (baseline.create)
      QFile::remove(baseline.path);
  };

  const QString language = enumName(parameters, kLanguage);
  const QVariantList joins = spec.value(QStringLiteral("join")).toList();
  // The map book's method page is written from the composite index as this run scores it: the
  // baseline file of the compositeindex step (its spec and options), unless "printmaps" gives a
  // METHOD of its own.
  const bool methodFromSpec = spec.contains(QStringLiteral("printmaps")) &&
                              spec.contains(QStringLiteral("compositeindex")) &&
                              !spec.value(QStringLiteral("printmaps")).toMap().contains(kMethod);
  QString methodBaseline = baseline.path;
  const int stepCount =
      joins.size() + static_cast<int>(std::size(kSteps)) + 2 + PipelineYears::stepCount(spec);
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
    // A step's own outputs named in the spec (UNMATCHED, CORRELATIONS, OUTPUT_BASELINE...) are
    // staged with the pipeline's: written to temporary files that replace their targets only
    // when every step succeeded.
    stepParameters = withStagedOutputs(*algorithm, stepParameters, stepContext);
    bool ok = false;
    QString message;
    if (!algorithm->checkParameterValues(withInProcessLayersChecked(*algorithm, stepParameters),
                                         stepContext, &message))
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
    dropInProcessLayer(layer);
    if (context.temporaryLayerStore()->mapLayer(layer.toString()))
      context.temporaryLayerStore()->removeMapLayers(QStringList() << layer.toString());
  };
  // The neighbourhood steps read the same polygons: their contiguity weights are built once.
  const resilience::ContiguityCache::Scope weightsCache;
  // Layers only the next step reads stay in the process; whatever a failed run leaves of them
  // goes with this scope.
  const InProcessLayerScope inProcessLayers(context);
  try {
    // The polygons joined to the indicator tables and filtered; `firstTable` replaces the first
    // join's TABLE (a later year's table).
    const auto joinedNeighbourhoods = [&](const QString &firstTable) {
      QVariant current = resolvedPath(spec.value(QStringLiteral("polygons")), folder);
      for (int j = 0; j < joins.size(); ++j) {
        QVariantMap joinParameters =
            stepParameters(joins[j].toMap(), QStringLiteral("resilience:jointable"), folder);
        if (j == 0 && !firstTable.isEmpty())
          joinParameters.insert(QStringLiteral("TABLE"), firstTable);
        joinParameters.insert(QStringLiteral("INPUT"), current);
        // A filter is set on a QGIS layer: then the last join writes one.
        const bool filtered =
            j == joins.size() - 1 && !spec.value(QStringLiteral("filter")).toString().isEmpty();
        joinParameters.insert(QStringLiteral("OUTPUT"),
                              filtered ? QString(QgsProcessing::TEMPORARY_OUTPUT)
                                       : kInProcessOutput);
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
        if (layer->providerType() != QLatin1String("memory")) {
          // The polygons themselves (no join): filtered as a copy in memory. A subset string on
          // a GeoPackage layer makes QGIS reopen it in WAL mode, rewriting the user's file, and
          // would be OGR SQL rather than a QGIS expression.
          std::unique_ptr<QgsVectorLayer> copy(layer->materialize(QgsFeatureRequest(), feedback));
          if (!copy)
            throw QgsProcessingException(
                QObject::tr("Cannot read %1 to filter it").arg(layer->name()));
          layer = copy.get();
          context.temporaryLayerStore()->addMapLayer(copy.release());
          dropIfTemporary(current);
          current = layer->id();
        }
        if (!layer->setSubsetString(filter))
          throw QgsProcessingException(
              QObject::tr("SPEC: the filter %1 is not a valid expression for the layer")
                  .arg(filter));
        feedback->pushInfo(
            QObject::tr("Filter %1 keeps %2 features").arg(filter).arg(layer->featureCount()));
        if (layer->featureCount() == 0)
          throw QgsProcessingException(
              QObject::tr("SPEC: the filter %1 keeps no features").arg(filter));
      }
      return current;
    };
    // With "year_field" the first join's TABLE holds every year: the first year's rows.
    const QString firstTable = PipelineYears::firstYearTable(spec, folder, context, feedback);
    QVariant current = joinedNeighbourhoods(firstTable);
    dropIfTemporary(firstTable);
    PipelineYears::FirstYear firstYear; // kept while the later years need it

    QStringList layers;
    for (const Step &step : kSteps) {
      const QString name = QString::fromLatin1(step.section);
      if (!spec.contains(name)) {
        ++stepIndex;
        continue;
      }
      QVariantMap stepParameters = section(spec, name, folder);
      const bool noFacilities =
          !facilities.isValid() || facilities.isNull() || facilities.toString().isEmpty();
      if (name == QLatin1String("compositeindex")) {
        applyBaseline(baseline, stepParameters, feedback);
        if (methodFromSpec && methodBaseline.isEmpty()) {
          methodBaseline = stepParameters.value(kOutputBaseline).toString();
          if (methodBaseline.isEmpty()) {
            methodBaseline =
                QgsProcessingUtils::generateTempFilename(QStringLiteral("method_baseline.json"));
            stepParameters.insert(kOutputBaseline, methodBaseline);
          }
        }
      }
      if (name == QLatin1String("accessibility")) {
        if (noFacilities) {
          feedback->pushInfo(QObject::tr("No FACILITIES given: accessibility is skipped"));
          ++stepIndex;
          continue;
        }
        stepParameters.insert(kFacilities, facilities);
      }
      if (name == QLatin1String("bivariate") && noFacilities &&
          stepParameters.value(QStringLiteral("FIELD_LAG"))
              .toString()
              .startsWith(QLatin1String("acc_"))) {
        feedback->pushInfo(QObject::tr("No FACILITIES given: the bivariate step with %1 is skipped")
                               .arg(stepParameters.value(QStringLiteral("FIELD_LAG")).toString()));
        ++stepIndex;
        continue;
      }
      const QString layer = QString::fromLatin1(step.layer);
      const bool keep = kept.contains(layer);
      stepParameters.insert(QStringLiteral("INPUT"), current);
      // The later years compare with the first year's scores and hot spots as QGIS layers.
      const bool firstYearLayer =
          years && (name == QLatin1String("compositeindex") || name == QLatin1String("hotspots"));
      stepParameters.insert(kOutput, keep             ? layerDestination(geopackage, layer)
                                     : firstYearLayer ? QString(QgsProcessing::TEMPORARY_OUTPUT)
                                                      : kInProcessOutput);
      const QString algorithm = step.algorithm ? QString::fromLatin1(step.algorithm) : name;
      // A written layer the next step reads is also kept in the process, so that it is not read
      // back from the GeoPackage (3.6 s at a million neighbourhoods).
      std::optional<InProcessTwinRequest> twin;
      if (keep && step.passesOn)
        twin.emplace(context, kOutput);
      const QVariant output =
          run(QStringLiteral("resilience:") + algorithm, stepParameters).value(kOutput);
      const QString written = twin ? twin->twin() : QString();
      if (keep)
        layers << layer;
      if (years && name == QLatin1String("compositeindex"))
        firstYear.scores = output;
      if (years && name == QLatin1String("hotspots"))
        firstYear.hotspots = output;
      if (step.passesOn) {
        if (!(years && (current == firstYear.scores || current == firstYear.hotspots)))
          dropIfTemporary(current);
        current = written.isEmpty() ? output : QVariant(written);
      } else if (!keep) {
        dropIfTemporary(output);
      }
    }

    if (years) {
      PipelineYears::Runners runners;
      runners.step = run;
      runners.joinedYear = joinedNeighbourhoods;
      runners.destination = [&](const QString &layer) {
        return kept.contains(PipelineYears::keptAs(layer))
                   ? layerDestination(geopackage, layer)
                   : QString(QgsProcessing::TEMPORARY_OUTPUT);
      };
      runners.section = [&](const QString &name) { return section(spec, name, folder); };
      runners.drop = dropIfTemporary;
      for (const QString &layer :
           PipelineYears::run(spec, folder, firstYear, baseline.path, runners, context, feedback))
        if (kept.contains(PipelineYears::keptAs(layer)))
          layers << layer;
      for (const QVariant &layer : {firstYear.scores, firstYear.hotspots})
        if (layer != current)
          dropIfTemporary(layer);
    }

    if ((!pdf.isEmpty() || !tableBook.isEmpty() || !project.isEmpty()) &&
        spec.contains(QStringLiteral("printmaps"))) {
      QVariantMap printParameters = section(spec, QStringLiteral("printmaps"), folder);
      if (namesInProcessLayer(current)) {
        // The print maps draw a QGIS layer.
        std::unique_ptr<QgsVectorLayer> copy = inProcessLayerCopy(current);
        if (!copy)
          throw QgsProcessingException(QObject::tr("Cannot copy the last step's layer to draw it"));
        dropIfTemporary(current);
        current = copy->id();
        context.temporaryLayerStore()->addMapLayer(copy.release());
      }
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
      if (methodFromSpec && QFileInfo::exists(methodBaseline)) {
        const QgsProcessingAlgorithm *printMaps =
            QgsApplication::processingRegistry()->algorithmById(
                QStringLiteral("resilience:printmaps"));
        const QString bookLanguage = printParameters.contains(kLanguage) && printMaps
                                         ? namedEnumValue(*printMaps, printParameters, kLanguage)
                                         : language;
        printParameters.insert(
            kMethod,
            specMethodText(
                bookLanguage,
                resilience::readBaselineFile(QFile::encodeName(methodBaseline).toStdString()),
                spec.value(QStringLiteral("year")).toString(), dataFiles(spec, folder)));
      }
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
    for (const Step &step : kSteps) {
      const QString layer = QString::fromLatin1(step.layer);
      if (!layers.contains(layer))
        continue;
      const QString section = QString::fromLatin1(step.section);
      const QString layerName = outputLayerName(
          section, kOutput, stepSubject(section, spec.value(section).toMap()), language);
      loadWithStoredStyleOnCompletion(QStringLiteral("%1|layername=%2").arg(geopackage, layer),
                                      layerName.isEmpty() ? layer : layerName, kOutput, context);
    }
    const std::tuple<const char *, const char *, const char *> overTime[] = {
        {"change", "Change since the first year", "Verandering sinds het eerste jaar"},
        {"emerging", "Emerging risk spots", "Opkomende risicoplekken"},
        {"lisamarkov", "LISA Markov paths", "LISA Markov-paden"}};
    for (const auto &[layer, english, dutch] : overTime)
      if (layers.contains(QLatin1String(layer)))
        loadWithStoredStyleOnCompletion(
            QStringLiteral("%1|layername=%2").arg(geopackage, QLatin1String(layer)),
            inLanguage(language, QString::fromUtf8(english), QString::fromUtf8(dutch)), kOutput,
            context);
    // A later year's risk hot spots: the hotspots step's name with the year.
    const QString yearHotspots = outputLayerName(
        QStringLiteral("hotspots"), kOutput,
        stepSubject(QStringLiteral("hotspots"), spec.value(QStringLiteral("hotspots")).toMap()),
        language);
    for (const QString &layer : layers)
      if (layer.startsWith(QLatin1String("hotspots_")))
        loadWithStoredStyleOnCompletion(QStringLiteral("%1|layername=%2").arg(geopackage, layer),
                                        QStringLiteral("%1 %2").arg(yearHotspots, layer.mid(9)),
                                        kOutput, context);
  } catch (...) {
    discardBaseline();
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
