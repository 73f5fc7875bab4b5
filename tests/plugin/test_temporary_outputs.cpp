// Issue 12 item 3: after a run to a temporary layer QGIS desktop's post-processing
// (processing/gui/Postprocessing.py, handleAlgorithmResults) loads every entry of
// context.layersToLoadOnCompletion() with QgsProcessingUtils::mapLayerFromString and reports
// "The following layers were not correctly generated" for each it cannot find. Every entry our
// algorithms leave there must be a layer that exists, once, with the post-processor that styles it.
#include "bad_input_support.h"
#include "test_support.h"
#include "translation.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <map>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

// The algorithm's default run on the 4 x 4 grid with every feature-sink output sent where
// `destination` says (QgsProcessing::TEMPORARY_OUTPUT or a file), to be opened in the project
// on completion as the dialog asks. Returns the entries left to load.
QMap<QString, QgsProcessingContext::LayerDetails>
layersToLoad(const QgsProcessingAlgorithm &algorithm, const Scratch &scratch,
             const std::function<QString(const QString &)> &destination, bool &ran,
             QgsProcessingContext &context) {
  QVariantMap parameters = defaults(algorithm.name(), memoryLayer(grid()), scratch);
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions())
    if (definition->type() == QgsProcessingParameterFeatureSink::typeName())
      parameters.insert(definition->name(),
                        QVariant::fromValue(QgsProcessingOutputLayerDefinition(
                            destination(definition->name()), QgsProject::instance())));
  std::unique_ptr<QgsProcessingAlgorithm> run(algorithm.create());
  RecordingFeedback feedback;
  run->run(parameters, context, &feedback, &ran);
  EXPECT_TRUE(ran) << feedback.joined().toStdString();
  return context.layersToLoadOnCompletion();
}

bool hasFeatureSink(const QgsProcessingAlgorithm &algorithm) {
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions())
    if (definition->type() == QgsProcessingParameterFeatureSink::typeName())
      return true;
  return false;
}

void expectLoadableAndStyled(const QgsProcessingAlgorithm &algorithm,
                             const std::function<QString(const QString &)> &destination) {
  SCOPED_TRACE(algorithm.id().toStdString());
  Scratch scratch;
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  bool ran = false;
  const auto layers = layersToLoad(algorithm, scratch, destination, ran, context);
  if (!ran)
    return;
  // OUTPUT at least; optional outputs (UNMATCHED, CORRELATIONS) when written.
  EXPECT_GE(layers.size(), 1);
  QStringList names;
  for (auto it = layers.constBegin(); it != layers.constEnd(); ++it) {
    EXPECT_NE(QgsProcessingUtils::mapLayerFromString(it.key(), context), nullptr)
        << "the desktop would report '" << it.key().toStdString() << "' as not generated";
    names << it.value().outputName;
  }
  // One entry per output: a file registered twice would be loaded twice, once unstyled.
  EXPECT_EQ(names.size(), QSet<QString>(names.begin(), names.end()).size())
      << names.join(QStringLiteral(", ")).toStdString();
  for (auto it = layers.constBegin(); it != layers.constEnd(); ++it)
    if (it.value().outputName == QLatin1String("OUTPUT")) {
      EXPECT_NE(it.value().postProcessor(), nullptr) << "OUTPUT would open unstyled";
    }
}

QList<const QgsProcessingAlgorithm *> algorithmsWithFeatureSinks() {
  QList<const QgsProcessingAlgorithm *> found;
  const QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById(QStringLiteral("resilience"));
  for (const QgsProcessingAlgorithm *algorithm : provider->algorithms())
    if (hasFeatureSink(*algorithm))
      found << algorithm;
  return found;
}

// QGIS set to Dutch (Settings > Options > General: override the locale) with our translation
// installed, as the provider does at registration; English again afterwards.
class DutchQgis {
public:
  DutchQgis() {
    for (const QString &key : {kOverride, kLocale})
      mSaved.emplace_back(key, mSettings.value(key));
    mSettings.setValue(kOverride, true);
    mSettings.setValue(kLocale, QStringLiteral("nl_NL"));
    mTranslated = installResilienceTranslation(QgsApplication::locale());
  }
  ~DutchQgis() {
    if (mTranslated)
      removeResilienceTranslation();
    for (const auto &[key, value] : mSaved)
      if (value.isValid())
        mSettings.setValue(key, value);
      else
        mSettings.remove(key);
  }

private:
  const QString kOverride = QStringLiteral("locale/overrideFlag");
  const QString kLocale = QStringLiteral("locale/userLocale");
  QgsSettings mSettings;
  std::vector<std::pair<QString, QVariant>> mSaved;
  bool mTranslated = false;
};

} // namespace

TEST(TemporaryOutputs, EveryLayerLeftToLoadExistsOnceAndIsStyled) {
  const auto algorithms = algorithmsWithFeatureSinks();
  ASSERT_FALSE(algorithms.isEmpty());
  for (const QgsProcessingAlgorithm *algorithm : algorithms)
    expectLoadableAndStyled(*algorithm,
                            [](const QString &) { return QgsProcessing::TEMPORARY_OUTPUT; });
}

// File outputs were never affected (the file's entry is the sink's own); kept so the fix for
// temporary layers does not break them.
TEST(TemporaryOutputs, AGeoPackageOutputIsLeftToLoadOnce) {
  const auto algorithms = algorithmsWithFeatureSinks();
  ASSERT_FALSE(algorithms.isEmpty());
  QTemporaryDir dir;
  for (const QgsProcessingAlgorithm *algorithm : algorithms)
    expectLoadableAndStyled(*algorithm, [&](const QString &name) {
      return dir.filePath(algorithm->name() + QLatin1Char('_') + name + QStringLiteral(".gpkg"));
    });
  // Each plain "<name>.gpkg" holds one layer named after the file, as QGIS names it, never after
  // the temporary file the run wrote before moving it into place ("<name>-partial-<pid>-<n>").
  const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.gpkg")}, QDir::Files);
  EXPECT_GE(files.size(), algorithms.size());
  for (const QString &file : files) {
    QgsVectorLayer layer(dir.filePath(file), QStringLiteral("written"), QStringLiteral("ogr"));
    ASSERT_TRUE(layer.isValid()) << file.toStdString();
    EXPECT_EQ(layer.dataProvider()->subLayers().size(), 1) << file.toStdString();
    const QStringList parts =
        layer.dataProvider()->subLayers().value(0).split(QgsDataProvider::sublayerSeparator());
    EXPECT_EQ(parts.value(1), QFileInfo(file).completeBaseName()) << file.toStdString();
  }
}

// The desktop adds a temporary layer to the project, and so to the Layers panel, before its
// post-processor styles it (Postprocessing.py). The legend the panel shows must be the styled
// one, with the risk labels' "{field}" filled in.
TEST(TemporaryOutputs, TheLayersPanelShowsTheStyledLegend) {
  Scratch scratch;
  QgsProject &project = *QgsProject::instance(); // where memoryLayer puts the input
  QgsLayerTreeModel panel(project.layerTreeRoot());
  QgsProcessingContext context;
  context.setProject(&project);
  QVariantMap parameters = defaults(QStringLiteral("hotspots"), memoryLayer(grid()), scratch);
  parameters.insert(QStringLiteral("OUTPUT"),
                    QVariant::fromValue(QgsProcessingOutputLayerDefinition(
                        QgsProcessing::TEMPORARY_OUTPUT, &project)));
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:hotspots")));
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = algorithm->run(parameters, context, &feedback, &ok);
  ASSERT_TRUE(ok) << feedback.joined().toStdString();
  const QString id = results.value(QStringLiteral("OUTPUT")).toString();
  ASSERT_TRUE(context.willLoadLayerOnCompletion(id));
  QgsMapLayer *layer =
      context.temporaryLayerStore()->takeMapLayer(context.temporaryLayerStore()->mapLayer(id));
  ASSERT_NE(layer, nullptr);
  project.addMapLayer(layer);
  context.layerToLoadOnCompletionDetails(id).postProcessor()->postProcessLayer(layer, context,
                                                                               &feedback);
  QStringList legend;
  for (QgsLayerTreeModelLegendNode *node :
       panel.layerLegendNodes(project.layerTreeRoot()->findLayer(layer)))
    legend << node->data(Qt::DisplayRole).toString();
  // The grid's field v; hot spots of high v are the risk unless RISK says otherwise.
  EXPECT_TRUE(legend.filter(QStringLiteral("{field}")).isEmpty())
      << legend.join(QStringLiteral("\n")).toStdString();
  EXPECT_FALSE(legend.filter(QStringLiteral(" v,")).isEmpty())
      << legend.join(QStringLiteral("\n")).toStdString();
  project.removeMapLayer(layer);
}

// Issue 12: every layer an algorithm leaves to load says what it holds, and with QGIS set to
// Dutch (LANGUAGE's default follows the locale) it says so in Dutch, for every algorithm.
TEST(TemporaryOutputs, LoadedLayersSayWhatTheyHoldInDutchUnderADutchLocale) {
  const DutchQgis dutch;
  ASSERT_EQ(QgsApplication::locale(), QStringLiteral("nl_NL"));
  // The grid's value field is v; change compares v with events, the time series start at v.
  const std::map<QString, QString> expected = {
      {"jointable/OUTPUT", "Buurten met gekoppelde indicatoren"},
      {"jointable/UNMATCHED", "Tabelrijen zonder buurt"},
      {"compositeindex/OUTPUT", "Veerkrachtindex"},
      {"compositeindex/CORRELATIONS", "Correlaties tussen de indicatoren"},
      {"riskflags/OUTPUT", "Stapeling van risico's (risicovlaggen)"},
      {"smooth/OUTPUT", "v afgevlakt"},
      {"hotspots/OUTPUT", "Risicogebieden van v"},
      {"localmoran/OUTPUT", "Risicoclusters van v"},
      {"localgeary/OUTPUT", "Lokale Geary-clusters van v"},
      {"accessibility/OUTPUT", "Bereikbaarheid van de voorzieningen"},
      {"siteselection/OUTPUT", "Gekozen locaties"},
      {"siteselection/OUTPUT_DEMAND", "Buurten en de gekozen locatie die hen bedient"},
      {"aggregate/OUTPUT", "Samenvatting van v per regio"},
      {"change/OUTPUT", "Verandering van events"},
      {"emerginghotspots/OUTPUT", "Opkomende risicoplekken van v"},
      {"emerginghotspots/OUTPUT_CUBE", "Ruimte-tijdkubus van v"},
      {"lisamarkov/OUTPUT", "LISA Markov-paden van v"},
      {"lisamarkov/OUTPUT_TABLE", "LISA Markov-overgangen van v"},
      {"lisamarkov/OUTPUT_SPATIAL", "Ruimtelijke Markov-overgangen van v"},
      {"harmonise/OUTPUT", "Omgerekend naar de nieuwe grenzen"}};
  const auto algorithms = algorithmsWithFeatureSinks();
  ASSERT_FALSE(algorithms.isEmpty());
  for (const QgsProcessingAlgorithm *algorithm : algorithms) {
    SCOPED_TRACE(algorithm->id().toStdString());
    Scratch scratch;
    QgsProcessingContext context;
    context.setProject(QgsProject::instance());
    bool ran = false;
    const auto layers = layersToLoad(
        *algorithm, scratch, [](const QString &) { return QgsProcessing::TEMPORARY_OUTPUT; }, ran,
        context);
    QStringList outputs;
    for (auto it = layers.constBegin(); it != layers.constEnd(); ++it) {
      const QString key = algorithm->name() + QLatin1Char('/') + it.value().outputName;
      outputs << it.value().outputName;
      const auto name = expected.find(key);
      EXPECT_TRUE(name != expected.end()) << key.toStdString() << " has no name to expect";
      if (name != expected.end()) {
        EXPECT_EQ(it.value().name, name->second) << key.toStdString();
      }
    }
    EXPECT_TRUE(!ran || outputs.contains(QStringLiteral("OUTPUT")));
  }
}
