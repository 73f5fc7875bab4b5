#pragma once
// Real QGIS desktop for the plugin tests: a fresh profile with the "Install from ZIP" archive
// (target plugin_zip) unpacked into it, and QGIS run under Xvfb with a --code script.
#include "test_support.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace resilience::testing {

// A fresh profile root (<root>/profiles/default) with the ZIP unpacked into python/plugins and
// the plugin enabled. Bundled plugins that look for GRASS, SAGA or the network at start-up are
// switched off so QGIS starts quickly on a machine without network.
class FreshProfile {
public:
  FreshProfile();
  QString root() const { return dir_.path(); }
  QString profileDir() const { return dir_.path() + QStringLiteral("/profiles/default"); }
  QString file(const QString &name) const { return dir_.filePath(name); }
  bool unpacked = false;
  QString unpackLog;

private:
  QTemporaryDir dir_;
};

// The algorithm ids the provider itself reports, through the headless runner (`resilience_process
// --json list`), so the desktop tests follow the provider as algorithms are added.
QStringList providerAlgorithmIds();

// Empty when xvfb-run and qgis are both installed, otherwise why the desktop tests cannot run.
QString desktopMissing();

// Runs `qgis --code script` in profile under xvfb-run (a 1600 x 1000 screen) with environment
// added to the system's, and waits up to timeoutSeconds.
ProcessResult runQgisDesktop(const FreshProfile &profile, const QString &script,
                             const QProcessEnvironment &environment, int timeoutSeconds);

} // namespace resilience::testing
