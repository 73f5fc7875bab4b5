// Bad-input matrix, outputs (issue 17, items 1-4): every algorithm leaves what it did not create
// as it was. An existing output survives a run canceled at its very end; an output that is an
// input, or two outputs in one file, are refused before anything runs; an output layer added to
// an existing GeoPackage (the input's own) keeps the file's other layers; a missing output
// folder and a target another run is writing are refused, naming them
// (docs/robustness.md, "Outputs").
#include "bad_input_support.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <memory>
#include <sys/file.h>
#include <unistd.h>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

const QStringList kAlgorithms = {
    QStringLiteral("weights"),       QStringLiteral("hotspots"),  QStringLiteral("localmoran"),
    QStringLiteral("globalmoran"),   QStringLiteral("smooth"),    QStringLiteral("compositeindex"),
    QStringLiteral("accessibility"), QStringLiteral("aggregate"), QStringLiteral("printmaps"),
    QStringLiteral("jointable"),     QStringLiteral("pipeline")};
// The algorithms whose OUTPUT is a layer (a sink).
const QStringList kLayerOutputs = {
    QStringLiteral("hotspots"),       QStringLiteral("localmoran"),    QStringLiteral("smooth"),
    QStringLiteral("compositeindex"), QStringLiteral("accessibility"), QStringLiteral("aggregate"),
    QStringLiteral("jointable")};

std::string nameOf(const ::testing::TestParamInfo<QString> &info) {
  return info.param.toStdString();
}

// defaults() with the pipeline's spec written for this input.
QVariantMap parametersFor(const QString &algorithm, const QString &input, const Scratch &scratch) {
  QVariantMap parameters = defaults(algorithm, input, scratch);
  if (algorithm == QLatin1String("pipeline"))
    parameters.insert(QStringLiteral("SPEC"), pipelineSpec(scratch, kPipelineSpec, input));
  return parameters;
}

// Presses Cancel once progress reaches 100 %: the run has computed and written everything.
class CancelAtTheEnd : public RecordingFeedback {
public:
  CancelAtTheEnd() {
    QObject::connect(this, &QgsFeedback::progressChanged, [this](double progress) {
      if (progress >= 99.999 && !isCanceled())
        cancel();
    });
  }
};

AlgorithmRun runWith(const QString &algorithm, const QVariantMap &parameters,
                     RecordingFeedback &feedback) {
  AlgorithmRun run;
  std::unique_ptr<QgsProcessingAlgorithm> instance(
      QgsApplication::processingRegistry()->createAlgorithmById(QStringLiteral("resilience:") +
                                                                algorithm));
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  run.results = instance->run(parameters, context, &feedback, &run.ok);
  run.log = feedback.joined();
  return run;
}

QString layerDestination(const QString &file, const QString &layer) {
  return QStringLiteral("ogr:dbname='%1' table=\"%2\" (geom)").arg(file, layer);
}

class BadInputOutputsLateCancel : public ::testing::TestWithParam<QString> {};
class BadInputOutputsOutputIsInput : public ::testing::TestWithParam<QString> {};
class BadInputOutputsMissingFolder : public ::testing::TestWithParam<QString> {};
class BadInputOutputsHeldByAnotherRun : public ::testing::TestWithParam<QString> {};
class BadInputOutputsLayerAddedToTheInputsGeoPackage : public ::testing::TestWithParam<QString> {};
class BadInputOutputsLoadedOnCompletion : public ::testing::TestWithParam<QString> {};

} // namespace

// Ctrl-C while the output is written (issue 17, item 3) used to finish the run with the full
// output; an existing file of that name was already gone (item 1). Now the run fails and the
// existing file is byte for byte what it was, with nothing left beside it.
TEST_P(BadInputOutputsLateCancel, KeepsTheExistingOutputAndFails) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = parametersFor(algorithm, input, scratch);
  const QString target = parameters.value(mainOutput(algorithm)).toString();
  // A GeoPackage of the user's own where a GeoPackage is written (the pipeline adds its layers
  // to it), some other file of the target's name elsewhere.
  if (target.endsWith(QLatin1String(".gpkg")))
    geopackage(scratch.dir, QFileInfo(target).fileName(), grid(2), QStringLiteral("Polygon"),
               QStringLiteral("EPSG:28992"), QStringLiteral("keep"));
  else
    writeFile(scratch.dir, QFileInfo(target).fileName(), QStringLiteral("the user's own file"));
  const QByteArray before = fileHash(target);
  const QStringList filesBefore = QDir(scratch.dir.path()).entryList(QDir::Files | QDir::Hidden);

  CancelAtTheEnd feedback;
  const AlgorithmRun run = runWith(algorithm, parameters, feedback);
  EXPECT_TRUE(feedback.isCanceled()) << "progress never reached 100 %:\n" << run.log.toStdString();
  EXPECT_FALSE(run.ok) << run.log.toStdString();
  EXPECT_TRUE(run.log.contains(QStringLiteral("Canceled by the user; no output was written")))
      << run.log.toStdString();
  EXPECT_EQ(fileHash(target), before) << "the existing output was replaced";
  EXPECT_EQ(QDir(scratch.dir.path()).entryList(QDir::Files | QDir::Hidden).join(' ').toStdString(),
            filesBefore.join(' ').toStdString());
}

// OUTPUT equal to INPUT (issue 17, item 2): refused before anything runs, the input untouched.
// The pipeline writes its layers into the polygons' GeoPackage beside them: allowed, and the
// polygons survive (item 1: the pipeline deleted its own input).
TEST_P(BadInputOutputsOutputIsInput, IsRefusedOrKeepsTheInputLayer) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = parametersFor(algorithm, input, scratch);
  parameters.insert(mainOutput(algorithm), input);
  const QByteArray before = fileHash(input);
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:") + algorithm, parameters);
  if (algorithm == QLatin1String("pipeline")) {
    ASSERT_TRUE(run.ok) << run.log.toStdString();
    EXPECT_EQ(openLayer(input + QStringLiteral("|layername=input"))->featureCount(), 16);
    EXPECT_EQ(
        column(input + QStringLiteral("|layername=input"), QStringLiteral("v")),
        column(scratch.path(QStringLiteral("input.gpkg|layername=input")), QStringLiteral("v")));
    EXPECT_EQ(openLayer(input + QStringLiteral("|layername=hotspots"))->featureCount(), 16);
    return;
  }
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(mainOutput(algorithm) +
                               QStringLiteral(" would overwrite the input INPUT (")))
      << run.log.toStdString();
  EXPECT_EQ(fileHash(input), before);
}

// A folder that does not exist is named before anything is computed.
TEST_P(BadInputOutputsMissingFolder, IsNamedBeforeComputing) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = parametersFor(algorithm, input, scratch);
  const QString missing = scratch.path(QStringLiteral("no such folder"));
  parameters.insert(mainOutput(algorithm),
                    QDir(missing).filePath(
                        QFileInfo(parameters.value(mainOutput(algorithm)).toString()).fileName()));
  RecordingFeedback feedback;
  const AlgorithmRun run = runWith(algorithm, parameters, feedback);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(
      QStringLiteral("%1: the folder %2 does not exist").arg(mainOutput(algorithm), missing)))
      << run.log.toStdString();
  EXPECT_EQ(feedback.progress(), 0.0) << "computed before refusing:\n" << run.log.toStdString();
  EXPECT_FALSE(QFileInfo::exists(missing));
}

// Two runs writing one output (issue 17, item 4) mixed their rows. A target another run holds
// (its lock taken here, as another process would) is refused at once, and left as it was.
TEST_P(BadInputOutputsHeldByAnotherRun, IsRefusedNamingTheFile) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = parametersFor(algorithm, input, scratch);
  const QString target = parameters.value(mainOutput(algorithm)).toString();
  writeFile(scratch.dir, QFileInfo(target).fileName(), QStringLiteral("the other run's output"));
  const QByteArray before = fileHash(target);
  const QString lockFile =
      scratch.path(QStringLiteral(".%1.lock").arg(QFileInfo(target).fileName()));
  const int other = ::open(QFile::encodeName(lockFile).constData(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(other, 0);
  ASSERT_EQ(::flock(other, LOCK_EX | LOCK_NB), 0);
  const AlgorithmRun run = runAlgorithm(QStringLiteral("resilience:") + algorithm, parameters);
  ::close(other);
  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("another run is writing %1").arg(target)))
      << run.log.toStdString();
  EXPECT_EQ(fileHash(target), before);
  EXPECT_TRUE(QFile::exists(lockFile)) << "the other run's lock file was removed";
}

// The result written as a new layer of the GeoPackage the input comes from: the input layer, and
// every other layer of the file, stay; run twice, the result layer is replaced, not doubled.
TEST_P(BadInputOutputsLayerAddedToTheInputsGeoPackage, KeepsTheOtherLayers) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString project = geopackage(scratch.dir, QStringLiteral("project.gpkg"), grid());
  geopackage(scratch.dir, QStringLiteral("project.gpkg"), grid(2), QStringLiteral("Polygon"),
             QStringLiteral("EPSG:28992"), QStringLiteral("other"));
  QVariantMap parameters =
      parametersFor(algorithm, project + QStringLiteral("|layername=input"), scratch);
  parameters.insert(QStringLiteral("OUTPUT"), layerDestination(project, QStringLiteral("result")));
  for (int run = 0; run < 2; ++run) {
    const AlgorithmRun result = runAlgorithm(QStringLiteral("resilience:") + algorithm, parameters);
    ASSERT_TRUE(result.ok) << result.log.toStdString();
  }
  EXPECT_EQ(openLayer(project + QStringLiteral("|layername=input"))->featureCount(), 16);
  EXPECT_EQ(openLayer(project + QStringLiteral("|layername=other"))->featureCount(), 4);
  const auto result = openLayer(project + QStringLiteral("|layername=result"));
  ASSERT_TRUE(result->isValid());
  EXPECT_EQ(result->featureCount(), algorithm == QLatin1String("aggregate") ? 2 : 16);
  EXPECT_FALSE(QFile::exists(project + QStringLiteral("-wal")));
  const QStringList left = QDir(scratch.dir.path()).entryList({QStringLiteral("*partial*")});
  EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

// In QGIS desktop an output is loaded into the project when the run completes, styled by a
// post-processor: it is loaded from the target, not from the temporary file it was written as,
// and its post-processor moves with it (the context owns it and deletes it once).
TEST_P(BadInputOutputsLoadedOnCompletion, FromTheTargetWithItsStyle) {
  const QString algorithm = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = parametersFor(algorithm, input, scratch);
  const QString target = scratch.path(QStringLiteral("loaded.gpkg"));
  parameters.insert(
      QStringLiteral("OUTPUT"),
      QVariant::fromValue(QgsProcessingOutputLayerDefinition(target, QgsProject::instance())));
  std::unique_ptr<QgsProcessingAlgorithm> instance(
      QgsApplication::processingRegistry()->createAlgorithmById(QStringLiteral("resilience:") +
                                                                algorithm));
  auto context = std::make_unique<QgsProcessingContext>();
  context->setProject(QgsProject::instance());
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = instance->run(parameters, *context, &feedback, &ok);
  ASSERT_TRUE(ok) << feedback.joined().toStdString();
  const QStringList keys = context->layersToLoadOnCompletion().keys();
  ASSERT_EQ(keys.size(), 1) << keys.join(' ').toStdString();
  EXPECT_TRUE(keys.first().startsWith(target)) << keys.first().toStdString();
  EXPECT_TRUE(results.value(QStringLiteral("OUTPUT")).toString().startsWith(target));
  EXPECT_TRUE(context->layerToLoadOnCompletionDetails(keys.first()).postProcessor())
      << "the style's post-processor was lost";
  context.reset(); // deletes the post-processor, once
}

INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsLoadedOnCompletion,
                         ::testing::ValuesIn(kLayerOutputs), nameOf);
INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsLateCancel, ::testing::ValuesIn(kAlgorithms),
                         nameOf);
INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsOutputIsInput, ::testing::ValuesIn(kAlgorithms),
                         nameOf);
INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsMissingFolder, ::testing::ValuesIn(kAlgorithms),
                         nameOf);
INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsHeldByAnotherRun, ::testing::ValuesIn(kAlgorithms),
                         nameOf);
INSTANTIATE_TEST_SUITE_P(Matrix, BadInputOutputsLayerAddedToTheInputsGeoPackage,
                         ::testing::ValuesIn(kLayerOutputs), nameOf);
