// One offscreen QgsApplication for every plugin test, with the provider registered as the desktop
// plugin would register it.
#include "qgis_test_environment.h"

#include "providerregistration.h"
#include "testdata_directory.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <gtest/gtest.h>

namespace resilience::testing {

QString testdata(const QString &relative) {
  return QString::fromUtf8(testdataDirectory()) + QLatin1Char('/') + relative;
}

AlgorithmRun runAlgorithm(const QString &id, const QVariantMap &parameters,
                          QgsFeatureRequest::InvalidGeometryCheck invalidGeometryCheck,
                          RecordingFeedback *feedback) {
  AlgorithmRun run;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(id));
  if (!algorithm) {
    run.log = QStringLiteral("no algorithm ") + id;
    return run;
  }
  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  context.setInvalidGeometryCheck(invalidGeometryCheck);
  RecordingFeedback ownFeedback;
  RecordingFeedback &used = feedback ? *feedback : ownFeedback;
  QString message;
  if (!algorithm->checkParameterValues(parameters, context, &message)) {
    run.log = message;
    return run;
  }
  run.results = algorithm->run(parameters, context, &used, &run.ok);
  run.log = used.joined();
  return run;
}

std::unique_ptr<QgsVectorLayer> openLayer(const QString &source) {
  return std::make_unique<QgsVectorLayer>(source, QStringLiteral("result"), QStringLiteral("ogr"));
}

} // namespace resilience::testing

int main(int argc, char **argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  ::testing::InitGoogleTest(&argc, argv);
  QgsApplication app(argc, argv, false);
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::init();
  QgsApplication::initQgis();
  registerResilienceProvider();
  const int status = RUN_ALL_TESTS();
  QgsApplication::exitQgis();
  return status;
}
