// Bad-input matrix, cancellation: every algorithm, cancelled at its first progress report (while
// it reads its input), fails with the cancel message, leaves no output file in its folder and its
// input GeoPackage (and table) byte for byte unchanged. Global Moran is also cancelled during its
// permutations, which must stop at once (docs/robustness.md, "Bad-input matrix").
#include "bad_input_support.h"
#include "test_support.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

using namespace resilience::testing;
using namespace resilience::testing::badinput;

namespace {

using Clock = std::chrono::steady_clock;

// Presses Cancel the first time progress reaches atProgress percent (the signal is delivered
// synchronously, in the thread that reports progress).
class CancellingFeedback : public RecordingFeedback {
public:
  explicit CancellingFeedback(double atProgress) {
    QObject::connect(this, &QgsFeedback::progressChanged, [this, atProgress](double progress) {
      if (progress >= atProgress && !isCanceled()) {
        cancelledAt = Clock::now();
        cancel();
      }
    });
  }
  Clock::time_point cancelledAt;
};

struct CancelCase {
  std::string name;
  QString algorithm;
  double atProgress = 0.0; // Cancel at the first report > 0 by default
};
void PrintTo(const CancelCase &c, std::ostream *os) {
  *os << c.name;
}

class BadInputCancel : public ::testing::TestWithParam<CancelCase> {};

} // namespace

TEST_P(BadInputCancel, LeavesNoOutputAndTheInputUntouched) {
  const CancelCase &c = GetParam();
  Scratch scratch;
  const QString input = geopackage(scratch.dir, QStringLiteral("input.gpkg"), grid());
  QVariantMap parameters = defaults(c.algorithm, input, scratch);
  if (c.algorithm == QLatin1String("pipeline"))
    parameters.insert(QStringLiteral("SPEC"), pipelineSpec(scratch, kPipelineSpec, input));
  const QByteArray inputBefore = fileHash(input);
  const QByteArray tableBefore = fileHash(scratch.table());
  const QStringList filesBefore = QDir(scratch.dir.path()).entryList(QDir::Files);

  CancellingFeedback feedback(c.atProgress);
  bool ok = true;
  {
    // The context (and the layers it opened on the input) ends before the input is compared:
    // QGIS switches an open GeoPackage to WAL mode and back when its last layer closes.
    std::unique_ptr<QgsProcessingAlgorithm> algorithm(
        QgsApplication::processingRegistry()->createAlgorithmById(QStringLiteral("resilience:") +
                                                                  c.algorithm));
    ASSERT_TRUE(algorithm);
    QgsProcessingContext context;
    context.setProject(QgsProject::instance());
    algorithm->run(parameters, context, &feedback, &ok);
  }
  const QString log = feedback.joined();

  EXPECT_FALSE(ok) << "the run finished although Cancel was pressed:\n" << log.toStdString();
  EXPECT_TRUE(feedback.isCanceled()) << "no progress was reported";
  EXPECT_TRUE(log.contains(QStringLiteral("Canceled by the user; no output was written")))
      << log.toStdString();
  EXPECT_EQ(QDir(scratch.dir.path()).entryList(QDir::Files), filesBefore)
      << "output left behind after Cancel";
  // Print maps too: they filter a copy in memory, so QGIS never switches the GeoPackage to WAL
  // mode and back, which rewrote its header (issue 17, "Messages").
  EXPECT_EQ(fileHash(input), inputBefore);
  EXPECT_EQ(fileHash(scratch.path(QStringLiteral("table.csv"))), tableBefore);
}

INSTANTIATE_TEST_SUITE_P(
    Matrix, BadInputCancel,
    ::testing::Values(CancelCase{"weights", QStringLiteral("weights")},
                      CancelCase{"hotspots", QStringLiteral("hotspots")},
                      CancelCase{"localmoran", QStringLiteral("localmoran")},
                      CancelCase{"globalmoran", QStringLiteral("globalmoran")},
                      CancelCase{"smooth", QStringLiteral("smooth")},
                      CancelCase{"compositeindex", QStringLiteral("compositeindex")},
                      CancelCase{"accessibility", QStringLiteral("accessibility")},
                      CancelCase{"aggregate", QStringLiteral("aggregate")},
                      CancelCase{"printmaps", QStringLiteral("printmaps")},
                      CancelCase{"jointable", QStringLiteral("jointable")},
                      CancelCase{"pipeline", QStringLiteral("pipeline")}),
    [](const ::testing::TestParamInfo<CancelCase> &info) { return info.param.name; });

// Global Moran with 99999 permutations on 3600 features takes seconds; Cancel pressed when the
// permutations start (progress 40) must end the run within a fraction of that, with no report.
TEST(BadInputCancelGlobalMoran, CancelDuringThePermutationsStopsThemAtOnce) {
  Scratch scratch;
  const QString input = memoryLayer(grid(60));
  QVariantMap parameters = defaults(QStringLiteral("globalmoran"), input, scratch);
  parameters.insert(QStringLiteral("PERMUTATIONS"), 99999);

  // Without Cancel, for comparison: how long do the permutations take here?
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral("resilience:globalmoran")));
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  CancellingFeedback uncancelled(101.0);
  bool ok = false;
  const auto start = Clock::now();
  algorithm->run(parameters, context, &uncancelled, &ok);
  const double full = std::chrono::duration<double>(Clock::now() - start).count();
  ASSERT_TRUE(ok) << uncancelled.joined().toStdString();
  QFile::remove(scratch.path(QStringLiteral("report.html")));

  CancellingFeedback feedback(40.0);
  algorithm->run(parameters, context, &feedback, &ok);
  const double afterCancel =
      std::chrono::duration<double>(Clock::now() - feedback.cancelledAt).count();
  EXPECT_FALSE(ok);
  EXPECT_TRUE(feedback.joined().contains(QStringLiteral("Canceled by the user")))
      << feedback.joined().toStdString();
  EXPECT_FALSE(QFile::exists(scratch.path(QStringLiteral("report.html"))));
  EXPECT_LT(afterCancel, 0.25 * full)
      << "full run " << full << " s, after Cancel " << afterCancel << " s";
}
