// Cancel in the Processing dialog: a run of resilience:localmoran with many permutations that is
// cancelled before it starts or while it runs must fail with the cancel message, leave no output
// file (not even an empty GeoPackage or its journal) and leave the input file untouched.
#include "qgis_test_environment.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace resilience::testing;

namespace {

// Presses Cancel as soon as the algorithm reports progress at or beyond `atProgress` percent,
// as a user would while the progress bar moves (the signal is delivered synchronously).
class CancellingFeedback : public RecordingFeedback {
public:
  explicit CancellingFeedback(double atProgress) {
    QObject::connect(this, &QgsFeedback::progressChanged, [this, atProgress](double progress) {
      if (progress >= atProgress && !isCanceled()) {
        progressWhenCancelled = progress;
        cancel();
      }
    });
  }
  double progressWhenCancelled = -1.0;
};

struct CancelledRun {
  bool ok = true;
  QString log;
};

CancelledRun runLocalMoran(const QString &input, const QString &output,
                           CancellingFeedback &feedback) {
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:localmoran")));
  const QVariantMap parameters = {{QStringLiteral("INPUT"), input},
                                  {QStringLiteral("FIELD"), QStringLiteral("SID79")},
                                  {QStringLiteral("WEIGHTS"), QStringLiteral("queen")},
                                  {QStringLiteral("PERMUTATIONS"), 99999},
                                  {QStringLiteral("OUTPUT"), output}};
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  CancelledRun run;
  algorithm->run(parameters, context, &feedback, &run.ok);
  run.log = feedback.joined();
  return run;
}

class Cancellation : public ::testing::TestWithParam<double> {};

} // namespace

TEST_P(Cancellation, LeavesNoOutputAndTheInputUntouched) {
  QTemporaryDir dir;
  // A copy of the input, so "untouched" also covers the GeoPackage's own bookkeeping.
  const QString input = dir.filePath(QStringLiteral("nc.gpkg"));
  ASSERT_TRUE(QFile::copy(testdata(QStringLiteral("nc.gpkg")), input));
  const QByteArray inputBefore = fileHash(input);
  const QString output = dir.filePath(QStringLiteral("lisa.gpkg"));

  CancellingFeedback feedback(GetParam());
  if (GetParam() < 0)
    feedback.cancel(); // pressed before the run starts
  const CancelledRun run = runLocalMoran(input, output, feedback);

  EXPECT_FALSE(run.ok);
  EXPECT_TRUE(run.log.contains(QStringLiteral("Canceled"))) << run.log.toStdString();
  EXPECT_FALSE(QFile::exists(output))
      << "output left behind after cancel at " << feedback.progressWhenCancelled << "%";
  EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("lisa*")}, QDir::Files).isEmpty());
  EXPECT_EQ(fileHash(input), inputBefore);
}

// -1: before the run; 0.0001: at the first progress while features are read; 40: when the
// permutations start (the algorithm reports 40% before computing).
INSTANTIATE_TEST_SUITE_P(BeforeAndWhileRunning, Cancellation,
                         ::testing::Values(-1.0, 0.0001, 40.0));
