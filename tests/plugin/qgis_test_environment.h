#pragma once
// Helpers for tests that run algorithms the way QGIS does: through the processing registry,
// with a QgsProcessingContext and feedback, under the one QgsApplication made in main().
#include <qgsfeedback.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace resilience::testing {

QString testdata(const QString &relative);

// Feedback that remembers every message, for assertions on the run report.
class RecordingFeedback : public QgsProcessingFeedback {
public:
  void pushInfo(const QString &info) override { log << info; }
  void pushWarning(const QString &warning) override { log << warning; }
  void reportError(const QString &error, bool fatal = false) override {
    log << error;
    QgsProcessingFeedback::reportError(error, fatal);
  }
  QString joined() const { return log.join(QLatin1Char('\n')); }
  QStringList log;
};

struct AlgorithmRun {
  bool ok = false;
  QVariantMap results;
  QString log;
};

// Runs e.g. "resilience:jointable" through QgsApplication::processingRegistry(). The context
// checks geometries as `invalidGeometryCheck` says; QGIS desktop's default is
// GeometryAbortOnInvalid ("Stop algorithm execution when a geometry is invalid"). A test that
// presses Cancel passes its own feedback.
AlgorithmRun runAlgorithm(const QString &id, const QVariantMap &parameters,
                          QgsFeatureRequest::InvalidGeometryCheck invalidGeometryCheck =
                              QgsFeatureRequest::GeometryNoCheck,
                          RecordingFeedback *feedback = nullptr);

std::unique_ptr<QgsVectorLayer> openLayer(const QString &source);

} // namespace resilience::testing
