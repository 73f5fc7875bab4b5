#include "desktop_support.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

namespace resilience::testing {

FreshProfile::FreshProfile() {
  const QString plugins = profileDir() + QStringLiteral("/python/plugins");
  QDir().mkpath(plugins);
  QDir().mkpath(profileDir() + QStringLiteral("/QGIS"));
  const ProcessResult unzip =
      runProcess(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"),
                  QStringLiteral(RESILIENCE_PLUGIN_ZIP), plugins},
                 QProcessEnvironment::systemEnvironment(), 60);
  unpacked =
      unzip.exitCode == 0 && QFile::exists(plugins + QStringLiteral("/resilience/metadata.txt"));
  unpackLog = unzip.err;
  QFile settings(profileDir() + QStringLiteral("/QGIS/QGIS3.ini"));
  settings.open(QIODevice::WriteOnly);
  QTextStream(&settings) << "[PythonPlugins]\nresilience=true\nprocessing=true\n"
                            "grassprovider=false\nsagaprovider=false\ndb_manager=false\n"
                            "MetaSearch=false\n\n"
                            "[app]\nplugin_installer\\checkOnStart=false\n\n"
                            "[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n\n"
                            "[qgis]\ncheckVersion=false\n";
}

QStringList providerAlgorithmIds() {
  const ProcessResult result = runProcess(QStringLiteral(RESILIENCE_PROCESS_EXECUTABLE),
                                          {QStringLiteral("--json"), QStringLiteral("list")},
                                          QProcessEnvironment::systemEnvironment(), 120);
  return resilienceAlgorithmIds(result.out);
}

QString desktopMissing() {
  if (QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty() ||
      QStandardPaths::findExecutable(QStringLiteral("qgis")).isEmpty())
    return QStringLiteral("QGIS desktop tests need xvfb-run and qgis (Debian packages xvfb, qgis)");
  return QString();
}

ProcessResult runQgisDesktop(const FreshProfile &profile, const QString &script,
                             const QProcessEnvironment &environment, int timeoutSeconds) {
  QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
  system.insert(environment);
  system.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X display, not offscreen
  system.remove(QStringLiteral("QGIS_PLUGINPATH")); // only what the profile holds
  return runProcess(QStandardPaths::findExecutable(QStringLiteral("xvfb-run")),
                    {QStringLiteral("-a"), QStringLiteral("-s"),
                     QStringLiteral("-screen 0 1600x1000x24"),
                     QStandardPaths::findExecutable(QStringLiteral("qgis")),
                     QStringLiteral("--profiles-path"), profile.root(), QStringLiteral("--nologo"),
                     QStringLiteral("--noversioncheck"), QStringLiteral("--code"), script},
                    system, timeoutSeconds);
}

} // namespace resilience::testing
