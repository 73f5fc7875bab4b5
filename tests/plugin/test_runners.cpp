// The headless runners as users call them: resilience_process and QGIS's own qgis_process.bin
// (through the Python loader package), each in a separate process.
#include "qgis_test_environment.h"
#include "test_support.h"

#include "providerregistration.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace resilience::testing;

namespace {

ProcessResult resilienceProcess(const QStringList &arguments) {
  return runProcess(QStringLiteral(RESILIENCE_PROCESS_EXECUTABLE), arguments);
}

QStringList municipalityJoinArguments(const QString &output) {
  return {QStringLiteral("INPUT=") + testdata(QStringLiteral("nl_gemeenten_2015.gpkg")),
          QStringLiteral("INPUT_KEY=gemeentecode"),
          QStringLiteral("TABLE=") + testdata(QStringLiteral("nl_gemeenten_2015_kerncijfers.csv")),
          QStringLiteral("TABLE_KEY=gemeentecode"),
          QStringLiteral("KEY_MATCHING=cbs"),
          QStringLiteral("OUTPUT=") + output};
}

} // namespace

TEST(ResilienceProcess, ListsTheProvidersAlgorithms) {
  const ProcessResult result = resilienceProcess({QStringLiteral("list")});
  EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
  EXPECT_TRUE(result.out.contains(QStringLiteral("resilience:jointable")));
  EXPECT_TRUE(result.out.contains(QStringLiteral("Spatial resilience")));
}

TEST(ResilienceProcess, HelpAsJsonDescribesParametersAndEnumNames) {
  const ProcessResult result = resilienceProcess(
      {QStringLiteral("--json"), QStringLiteral("help"), QStringLiteral("resilience:jointable")});
  ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
  const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
  const QJsonObject keyMatching = json.value(QStringLiteral("parameters"))
                                      .toObject()
                                      .value(QStringLiteral("KEY_MATCHING"))
                                      .toObject();
  const QJsonArray options = keyMatching.value(QStringLiteral("options")).toArray();
  ASSERT_EQ(options.size(), 3);
  EXPECT_TRUE(options.at(2).toString().contains(QStringLiteral("(cbs)")));
}

TEST(ResilienceProcess, RunsTheJoinAndReportsResultsAsJson) {
  QTemporaryDir dir;
  const ProcessResult result =
      resilienceProcess(QStringList{QStringLiteral("--json"), QStringLiteral("run"),
                                    QStringLiteral("resilience:jointable"), QStringLiteral("--")} +
                        municipalityJoinArguments(dir.filePath(QStringLiteral("joined.gpkg"))));
  ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
  const QJsonObject results = QJsonDocument::fromJson(result.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("results"))
                                  .toObject();
  EXPECT_EQ(results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 483);
  auto layer = openLayer(dir.filePath(QStringLiteral("joined.gpkg")));
  EXPECT_EQ(layer->featureCount(), 484);
}

TEST(ResilienceProcess, FailuresExitNonZeroWithTheReasonOnStandardError) {
  ProcessResult result =
      resilienceProcess({QStringLiteral("run"), QStringLiteral("resilience:nosuch")});
  EXPECT_NE(result.exitCode, 0);
  EXPECT_TRUE(result.err.contains(QStringLiteral("not found")));

  QTemporaryDir dir;
  QStringList arguments = municipalityJoinArguments(dir.filePath(QStringLiteral("o.gpkg")));
  arguments.replaceInStrings(QStringLiteral("TABLE_KEY=gemeentecode"),
                             QStringLiteral("TABLE_KEY=code"));
  result =
      resilienceProcess(QStringList{QStringLiteral("run"), QStringLiteral("resilience:jointable"),
                                    QStringLiteral("--")} +
                        arguments);
  EXPECT_NE(result.exitCode, 0);
  EXPECT_TRUE(result.err.contains(QStringLiteral("field 'code' does not exist")))
      << result.err.toStdString();
  EXPECT_TRUE(result.out.isEmpty()) << "results only on success";

  result = resilienceProcess({QStringLiteral("frobnicate")});
  EXPECT_NE(result.exitCode, 0);
  EXPECT_TRUE(result.err.contains(QStringLiteral("Usage")));
}

// Ctrl-C, and SIGTERM (a timeout, kill, a scheduler) and SIGHUP (the terminal closed) alike
// (issue 17, item 3: SIGTERM left a partial GeoPackage): the run stops, exits 1, and the output
// file that existed before is byte for byte what it was, with no temporary file left beside it.
class ResilienceProcessSignal : public ::testing::TestWithParam<int> {};

TEST_P(ResilienceProcessSignal, CancelsCleanlyAndKeepsTheExistingOutput) {
  const int signal = GetParam();
  QTemporaryDir dir;
  // 484 municipalities with their key figures, and a composite index with 100,000 uncertainty
  // runs: about a minute of work, so the signal surely arrives while it computes.
  const QString joined = dir.filePath(QStringLiteral("joined.gpkg"));
  ASSERT_EQ(
      resilienceProcess(QStringList{QStringLiteral("run"), QStringLiteral("resilience:jointable"),
                                    QStringLiteral("--")} +
                        municipalityJoinArguments(joined))
          .exitCode,
      0);
  // An index of an earlier run, which a canceled run must leave as it is.
  const QString output = dir.filePath(QStringLiteral("index.gpkg"));
  ASSERT_TRUE(QFile::copy(joined, output));
  const QByteArray before = fileHash(output);
  const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
  QProcess process;
  process.start(QStringLiteral(RESILIENCE_PROCESS_EXECUTABLE),
                {QStringLiteral("run"), QStringLiteral("resilience:compositeindex"),
                 QStringLiteral("--"), QStringLiteral("INPUT=") + joined,
                 QStringLiteral("SPEC=") + testdata(QStringLiteral("noord_brabant_indicators.csv")),
                 QStringLiteral("UNCERTAINTY_RUNS=100000"), QStringLiteral("OUTPUT=") + output});
  process.setReadChannel(QProcess::StandardError); // messages; results come on stdout at the end
  // The index's report on its indicators means the algorithm runs (and the signal handlers are
  // installed); the uncertainty runs come after it.
  QString started;
  while (!started.contains(QStringLiteral("of the weight")) && process.waitForReadyRead(60000))
    started += QString::fromUtf8(process.readAll());
  ASSERT_TRUE(started.contains(QStringLiteral("of the weight"))) << started.toStdString();
  // The runner restarted itself with glibc's allocator tuned for batch runs (malloc_tuning.h).
  QFile environment(QStringLiteral("/proc/%1/environ").arg(process.processId()));
  if (qEnvironmentVariableIsEmpty("GLIBC_TUNABLES") && environment.open(QIODevice::ReadOnly)) {
    EXPECT_TRUE(environment.readAll().contains("GLIBC_TUNABLES=glibc.malloc.trim_threshold="));
  }
  ::kill(static_cast<pid_t>(process.processId()), signal);
  ASSERT_TRUE(process.waitForFinished(60000));
  const QString err = started + QString::fromUtf8(process.readAllStandardError());
  EXPECT_EQ(process.exitStatus(), QProcess::NormalExit)
      << "stopped cleanly, not killed by the signal";
  EXPECT_EQ(process.exitCode(), 1);
  EXPECT_TRUE(err.contains(signal == SIGINT ? QStringLiteral("Canceling")
                                            : QStringLiteral("Terminated: canceling")))
      << err.toStdString();
  EXPECT_TRUE(err.contains(QStringLiteral("failed (canceled)"))) << err.toStdString();
  EXPECT_EQ(fileHash(output), before) << "the earlier output was changed";
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

INSTANTIATE_TEST_SUITE_P(Signals, ResilienceProcessSignal,
                         ::testing::Values(SIGINT, SIGTERM, SIGHUP),
                         [](const ::testing::TestParamInfo<int> &info) {
                           return std::string(info.param == SIGINT    ? "SIGINT"
                                              : info.param == SIGTERM ? "SIGTERM"
                                                                      : "SIGHUP");
                         });

// With --json every failure is JSON on standard output too: an unknown algorithm, a misspelt
// parameter (named with the nearest known one, issue 17, item 12) and a failed run.
TEST(ResilienceProcess, JsonErrorsAreJson) {
  QTemporaryDir dir;
  const auto errorsOf = [](const ProcessResult &result) {
    return QJsonDocument::fromJson(result.out.toUtf8())
        .object()
        .value(QStringLiteral("errors"))
        .toArray();
  };
  ProcessResult result = resilienceProcess(
      {QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("resilience:nosuch")});
  EXPECT_EQ(result.exitCode, 1);
  ASSERT_EQ(errorsOf(result).size(), 1) << result.out.toStdString();
  EXPECT_TRUE(errorsOf(result).at(0).toString().contains(QStringLiteral("not found")));

  QStringList arguments = municipalityJoinArguments(dir.filePath(QStringLiteral("o.gpkg")));
  arguments << QStringLiteral("NODTA=x");
  result =
      resilienceProcess(QStringList{QStringLiteral("--json"), QStringLiteral("run"),
                                    QStringLiteral("resilience:jointable"), QStringLiteral("--")} +
                        arguments);
  EXPECT_EQ(result.exitCode, 1);
  ASSERT_EQ(errorsOf(result).size(), 1) << result.out.toStdString();
  EXPECT_TRUE(errorsOf(result).at(0).toString().contains(
      QStringLiteral("NODTA is not a parameter of resilience:jointable; did you mean NODATA?")))
      << result.out.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.gpkg"))));

  arguments = municipalityJoinArguments(dir.filePath(QStringLiteral("o.gpkg")));
  arguments.replaceInStrings(QStringLiteral("TABLE_KEY=gemeentecode"),
                             QStringLiteral("TABLE_KEY=code"));
  result =
      resilienceProcess(QStringList{QStringLiteral("--json"), QStringLiteral("run"),
                                    QStringLiteral("resilience:jointable"), QStringLiteral("--")} +
                        arguments);
  EXPECT_EQ(result.exitCode, 1);
  ASSERT_FALSE(errorsOf(result).isEmpty()) << result.out.toStdString();
  EXPECT_TRUE(errorsOf(result).at(0).toString().contains(QStringLiteral("field 'code'")));
}

TEST(QgisProcess, LoadsTheProviderThroughThePythonLoaderAndRunsTheJoin) {
  const QString qgisProcess = QStandardPaths::findExecutable(QStringLiteral("qgis_process.bin"));
  ASSERT_FALSE(qgisProcess.isEmpty()) << "qgis_process.bin (Debian package qgis) is not installed";
  QTemporaryDir profile;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  environment.insert(QStringLiteral("QGIS_CUSTOM_CONFIG_PATH"), profile.path());
  environment.insert(QStringLiteral("QGIS_PLUGINPATH"), QStringLiteral(RESILIENCE_PYTHON_PLUGINS));

  ProcessResult result = runProcess(
      qgisProcess,
      {QStringLiteral("plugins"), QStringLiteral("enable"), QStringLiteral("resilience")},
      environment);
  ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
  result = runProcess(qgisProcess, {QStringLiteral("list")}, environment);
  ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
  EXPECT_TRUE(result.out.contains(QStringLiteral("resilience:jointable")));
  EXPECT_EQ(result.out.count(QStringLiteral("resilience:jointable")), 1) << "registered once";

  const QString output = profile.filePath(QStringLiteral("joined.gpkg"));
  result = runProcess(qgisProcess,
                      QStringList{QStringLiteral("--json"), QStringLiteral("run"),
                                  QStringLiteral("resilience:jointable"), QStringLiteral("--")} +
                          municipalityJoinArguments(output),
                      environment);
  ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
  const QJsonObject results = QJsonDocument::fromJson(result.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("results"))
                                  .toObject();
  EXPECT_EQ(results.value(QStringLiteral("POLYGONS_MATCHED")).toInt(), 483);
}

TEST(ProviderRegistration, IsIdempotentAcrossLoaders) {
  // main() registered the provider as the desktop plugin does; the Python loader's entry point
  // and a second C++ call must both leave it alone.
  EXPECT_FALSE(registerResilienceProvider());
  EXPECT_EQ(resilience_register_provider(), 0);
}
