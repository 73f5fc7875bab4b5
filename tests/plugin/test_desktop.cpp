// The plugin as a user installs it: the "Install from ZIP" archive (target plugin_zip) unpacked
// into a fresh QGIS profile, then real QGIS desktop (under Xvfb) and qgis_process.bin must show
// the provider with every algorithm. The expected algorithms are what `resilience_process --json
// list` reports, so the test follows the provider as algorithms are added.
#include "desktop_support.h"
#include "qgis_test_environment.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace resilience::testing;

namespace {

QStringList sortedLines(const QString &text) {
  QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  lines.sort();
  return lines;
}

} // namespace

TEST(PluginZip, QgisDesktopInAFreshProfileShowsEveryAlgorithm) {
  if (!desktopMissing().isEmpty())
    GTEST_SKIP() << desktopMissing().toStdString();
  const QStringList expected = providerAlgorithmIds();
  ASSERT_FALSE(expected.isEmpty()) << "resilience_process --json list reported no algorithms";

  FreshProfile profile;
  ASSERT_TRUE(profile.unpacked) << profile.unpackLog.toStdString();
  // Runs inside QGIS once the interface and plugins are loaded, writes what the Processing
  // registry holds, and closes QGIS.
  const QString report = profile.file(QStringLiteral("algorithms.txt"));
  const QString script = profile.file(QStringLiteral("report.py"));
  {
    QFile file(script);
    file.open(QIODevice::WriteOnly);
    QTextStream(&file)
        << "from qgis.core import QgsApplication\n"
           "from qgis.PyQt.QtCore import QTimer\n"
           "provider = QgsApplication.processingRegistry().providerById('resilience')\n"
           "with open(r'''"
        << report
        << "''', 'w') as f:\n"
           "    f.write('provider ' + (provider.name() if provider else 'MISSING') + '\\n')\n"
           "    for algorithm in (provider.algorithms() if provider else []):\n"
           "        f.write(algorithm.id() + '\\n')\n"
           "QTimer.singleShot(0, QgsApplication.instance().quit)\n";
  }
  const ProcessResult run = runQgisDesktop(profile, script, QProcessEnvironment(), 400);
  ASSERT_TRUE(run.finished) << "QGIS did not close within 400 s\n" << run.err.toStdString();

  QFile file(report);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "the --code script did not run; QGIS said:\n"
                                              << run.err.toStdString();
  QStringList lines = sortedLines(QString::fromUtf8(file.readAll()));
  ASSERT_FALSE(lines.isEmpty());
  const QString providerLine = lines.takeFirst(); // "provider ..." sorts before "resilience:..."
  EXPECT_EQ(providerLine, QStringLiteral("provider Spatial resilience")) << run.err.toStdString();
  EXPECT_EQ(lines, expected);
}

TEST(PluginZip, QgisProcessInAFreshProfileListsEveryAlgorithm) {
  const QString qgisProcess = QStandardPaths::findExecutable(QStringLiteral("qgis_process.bin"));
  ASSERT_FALSE(qgisProcess.isEmpty()) << "qgis_process.bin (Debian package qgis) is not installed";
  const QStringList expected = providerAlgorithmIds();
  ASSERT_FALSE(expected.isEmpty());

  FreshProfile profile;
  ASSERT_TRUE(profile.unpacked) << profile.unpackLog.toStdString();
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  environment.insert(QStringLiteral("QGIS_CUSTOM_CONFIG_PATH"), profile.root());
  environment.remove(QStringLiteral("QGIS_PLUGINPATH"));
  const ProcessResult list =
      runProcess(qgisProcess, {QStringLiteral("--json"), QStringLiteral("list")}, environment, 300);
  ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
  const QStringList listed = resilienceAlgorithmIds(list.out);
  EXPECT_EQ(listed, expected) << list.err.toStdString();
}
