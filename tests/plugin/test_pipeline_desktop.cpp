// The pipeline as QGIS desktop runs it (issue 12 items 4 and 6): in the main thread, its written
// layers loaded into the project styled (the desktop's post-processing, done here as
// processing/gui/Postprocessing.py does it), no print layout helper layers, hot spots and
// clusters of LOW resilience as the risk, and a spec template to start from.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayoutmanager.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace resilience::testing;

namespace {

struct DesktopRun {
  bool ok = false;
  QVariantMap results;
  QString log;
  QStringList loadedNames;
};

// Runs the pipeline with a context whose project is `project`, then loads what the run asked to
// load on completion into that project, with the layer's post-processor, as the desktop does.
DesktopRun runInDesktop(const QVariantMap &parameters, QgsProject &project) {
  DesktopRun run;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:pipeline")));
  QgsProcessingContext context;
  context.setProject(&project);
  RecordingFeedback feedback;
  QString message;
  if (!algorithm->checkParameterValues(parameters, context, &message)) {
    run.log = message;
    return run;
  }
  run.results = algorithm->run(parameters, context, &feedback, &run.ok);
  const QMap<QString, QgsProcessingContext::LayerDetails> toLoad =
      context.layersToLoadOnCompletion();
  for (auto it = toLoad.constBegin(); it != toLoad.constEnd(); ++it) {
    QgsMapLayer *layer =
        QgsProcessingUtils::mapLayerFromString(it.key(), context, true, it.value().layerTypeHint);
    if (!layer)
      continue;
    it.value().setOutputLayerName(layer);
    it.value().project->addMapLayer(context.temporaryLayerStore()->takeMapLayer(layer));
    run.loadedNames << layer->name();
    if (it.value().postProcessor())
      it.value().postProcessor()->postProcessLayer(layer, context, &feedback);
  }
  run.log = feedback.joined();
  return run;
}

QgsVectorLayer *loadedLayer(QgsProject &project, const QString &name) {
  const QList<QgsMapLayer *> layers = project.mapLayersByName(name);
  return layers.isEmpty() ? nullptr : qobject_cast<QgsVectorLayer *>(layers.first());
}

QStringList categoryLabels(const QgsVectorLayer &layer) {
  QStringList labels;
  if (const auto *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>(layer.renderer()))
    for (const QgsRendererCategory &category : renderer->categories())
      labels << category.label();
  return labels;
}

} // namespace

TEST(PipelineDesktop, RunsInTheMainThread) {
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:pipeline")));
  ASSERT_TRUE(algorithm);
  EXPECT_TRUE(algorithm->flags() & QgsProcessingAlgorithm::FlagNoThreading);
}

TEST(PipelineDesktop, LoadsItsLayersStyledWithLowResilienceAsTheRisk) {
  QTemporaryDir dir;
  QgsProject project;
  const QString output = dir.filePath(QStringLiteral("resilience.gpkg"));
  const DesktopRun run = runInDesktop(
      {{QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_pipeline.json"))},
       {QStringLiteral("LANGUAGE"), QStringLiteral("en")},
       {QStringLiteral("OUTPUT"), output},
       {QStringLiteral("OUTPUT_PDF"), dir.filePath(QStringLiteral("maps.pdf"))}},
      project);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("maps.pdf"))));

  // The layers written (no facilities: no accessibility, no bivariate step) are in the project,
  // and nothing else: the map book's layout and its helper layers stay out of it.
  QStringList names = run.loadedNames;
  names.sort();
  EXPECT_EQ(names, QStringList({"Resilience index", "Risk clusters of resilience",
                                "Risk hot spots of resilience", "Stacked risks (risk flags)",
                                "Summary of resilience per region", "resilience smoothed"}));
  EXPECT_EQ(project.mapLayers().size(), 6);
  EXPECT_TRUE(project.layoutManager()->layouts().isEmpty());

  // Each drawn with the style its step stored: risk hot spots of LOW resilience in red.
  QgsVectorLayer *hotspots = loadedLayer(project, QStringLiteral("Risk hot spots of resilience"));
  ASSERT_TRUE(hotspots);
  EXPECT_EQ(hotspots->source(), output + QStringLiteral("|layername=hotspots"));
  const auto *bins = dynamic_cast<const QgsCategorizedSymbolRenderer *>(hotspots->renderer());
  ASSERT_TRUE(bins);
  EXPECT_EQ(bins->classAttribute(), QStringLiteral("risk_bin"));
  EXPECT_TRUE(categoryLabels(*hotspots).contains(
      QStringLiteral("Hot spot of low resilience, 95% confidence")))
      << categoryLabels(*hotspots).join('|').toStdString();
  QgsVectorLayer *clusters = loadedLayer(project, QStringLiteral("Risk clusters of resilience"));
  ASSERT_TRUE(clusters);
  EXPECT_TRUE(
      categoryLabels(*clusters).contains(QStringLiteral("Risk cluster: low resilience (Low-Low)")))
      << categoryLabels(*clusters).join('|').toStdString();
  QgsVectorLayer *scores = loadedLayer(project, QStringLiteral("Resilience index"));
  ASSERT_TRUE(scores);
  EXPECT_NE(dynamic_cast<const QgsGraduatedSymbolRenderer *>(scores->renderer()), nullptr);

  // The risk fields of the pipeline's resilience score: risk_bin = -gi_bin, and the risk cluster
  // is Low-Low.
  EXPECT_TRUE(run.log.contains(QStringLiteral("RISK: low values of resilience are the risk")))
      << run.log.toStdString();
  std::map<QString, int> riskSpotsPerRegion;
  int risky = 0;
  QgsFeature feature;
  QgsFeatureIterator it = hotspots->getFeatures();
  while (it.nextFeature(feature)) {
    EXPECT_EQ(feature.attribute(QStringLiteral("risk_bin")).toInt(),
              -feature.attribute(QStringLiteral("gi_bin")).toInt());
    const bool spot = feature.attribute(QStringLiteral("risk_bin")).toInt() >= 2;
    riskSpotsPerRegion[feature.attribute(QStringLiteral("regio")).toString()] += spot;
    risky += spot;
  }
  EXPECT_GT(risky, 0);
  it = clusters->getFeatures();
  while (it.nextFeature(feature))
    EXPECT_EQ(feature.attribute(QStringLiteral("risk_cluster")).toString() ==
                  QLatin1String("Risk cluster"),
              feature.attribute(QStringLiteral("lisa_cluster")).toString() ==
                  QLatin1String("Low-Low"));
  // The regions count those risk hot spots (risk_bin at least 2), not the hot spots of gi_bin.
  QgsVectorLayer *regions =
      loadedLayer(project, QStringLiteral("Summary of resilience per region"));
  ASSERT_TRUE(regions);
  it = regions->getFeatures();
  int regionCount = 0;
  while (it.nextFeature(feature)) {
    ++regionCount;
    EXPECT_EQ(feature.attribute(QStringLiteral("n_hotspots")).toInt(),
              riskSpotsPerRegion[feature.attribute(QStringLiteral("regio")).toString()])
        << feature.attribute(QStringLiteral("regio")).toString().toStdString();
  }
  EXPECT_EQ(regionCount, 4);
}

TEST(PipelineDesktop, TemplateIsWrittenOnceAndRunsWhenFilledIn) {
  QTemporaryDir dir;
  QgsProject project;
  const QString path = dir.filePath(QStringLiteral("spec.json"));
  DesktopRun run = runInDesktop({{QStringLiteral("TEMPLATE"), path}}, project);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("TEMPLATE")).toString(), path);
  EXPECT_TRUE(run.loadedNames.isEmpty());
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
  file.close();
  ASSERT_TRUE(document.isObject());
  QJsonObject spec = document.object();
  for (const char *section :
       {"polygons", "join", "compositeindex", "riskflags", "smooth", "hotspots", "localmoran",
        "localgeary", "accessibility", "bivariate", "aggregate", "printmaps"})
    EXPECT_TRUE(spec.contains(QLatin1String(section))) << section;
  EXPECT_EQ(spec.value(QStringLiteral("hotspots")).toObject().value(QStringLiteral("RISK")),
            QStringLiteral("low"));

  // A spec the user may have edited is never overwritten.
  const QByteArray hash = fileHash(path);
  run = runInDesktop({{QStringLiteral("TEMPLATE"), path}}, project);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("already exists"))) << run.log.toStdString();
  EXPECT_EQ(fileHash(path), hash);
  // SPEC and TEMPLATE together, or neither, are refused with a message naming both.
  run = runInDesktop({{QStringLiteral("SPEC"), path},
                      {QStringLiteral("TEMPLATE"), dir.filePath(QStringLiteral("other.json"))}},
                     project);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("not both"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("other.json"))));
  run = runInDesktop({{QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("x.gpkg"))}}, project);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("TEMPLATE"))) << run.log.toStdString();

  // Filled in for the bundled Noord-Brabant data, the template runs.
  spec.insert(QStringLiteral("polygons"), testdata(QStringLiteral("nl_gemeenten_2015.gpkg")) +
                                              QStringLiteral("|layername=gemeenten"));
  QJsonObject kerncijfers = spec.value(QStringLiteral("join")).toArray().at(0).toObject();
  kerncijfers.insert(QStringLiteral("TABLE"),
                     testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")));
  kerncijfers.insert(QStringLiteral("INPUT_KEY"), QStringLiteral("gemeentecode"));
  kerncijfers.insert(QStringLiteral("TABLE_KEY"), QStringLiteral("gemeentecode"));
  QJsonObject regions = kerncijfers;
  regions.insert(QStringLiteral("TABLE"), testdata(QStringLiteral("brabant_regions_2015.csv")));
  regions.insert(QStringLiteral("FIELDS"), QJsonArray{QStringLiteral("regio")});
  spec.insert(QStringLiteral("join"), QJsonArray{kerncijfers, regions});
  spec.insert(QStringLiteral("filter"),
              QStringLiteral("\"regio\" IS NOT NULL AND \"water\" = 'NEE'"));
  QJsonObject composite = spec.value(QStringLiteral("compositeindex")).toObject();
  composite.insert(QStringLiteral("SPEC"),
                   testdata(QStringLiteral("noord_brabant_indicators.csv")));
  spec.insert(QStringLiteral("compositeindex"), composite);
  QJsonObject risks = spec.value(QStringLiteral("riskflags")).toObject();
  risks.insert(QStringLiteral("SPEC"), testdata(QStringLiteral("noord_brabant_risks.csv")));
  spec.insert(QStringLiteral("riskflags"), risks);
  const QJsonObject perRegion{{QStringLiteral("REGION_FIELD"), QStringLiteral("regio")},
                              {QStringLiteral("POPULATION"), QStringLiteral("aantal_inwoners")}};
  spec.insert(QStringLiteral("aggregate"), perRegion);
  QJsonObject maps = spec.value(QStringLiteral("printmaps")).toObject();
  maps.insert(QStringLiteral("REGION_FIELD"), QStringLiteral("regio"));
  spec.insert(QStringLiteral("printmaps"), maps);
  spec.insert(QStringLiteral("layers"),
              QJsonArray{QStringLiteral("clusters"), QStringLiteral("regions")});
  const QString filled = dir.filePath(QStringLiteral("filled.json"));
  QFile out(filled);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QJsonDocument(spec).toJson());
  out.close();
  run = runInDesktop({{QStringLiteral("SPEC"), filled},
                      {QStringLiteral("OUTPUT"), dir.filePath(QStringLiteral("filled.gpkg"))}},
                     project);
  ASSERT_TRUE(run.ok) << run.log.toStdString();
  EXPECT_EQ(run.results.value(QStringLiteral("LAYERS")).toString(),
            QStringLiteral("clusters,regions"));
  EXPECT_TRUE(run.log.contains(QStringLiteral("No FACILITIES given"))) << run.log.toStdString();
}
