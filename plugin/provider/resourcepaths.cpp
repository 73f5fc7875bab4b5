#include "resourcepaths.h"

#include "translation.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>

namespace {

QString providerLibraryDirectory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void *>(&resilienceStylesDirectory), &info) && info.dli_fname)
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
  return QString();
}

} // namespace

QString resilienceStylesDirectory() {
  const QString overridden = qEnvironmentVariable("RESILIENCE_STYLES_DIR");
  if (!overridden.isEmpty())
    return overridden;
  const QStringList candidates = {providerLibraryDirectory() + QStringLiteral("/styles"),
                                  QStringLiteral(RESILIENCE_INSTALLED_STYLES_DIR),
                                  QStringLiteral(RESILIENCE_SOURCE_STYLES_DIR)};
  for (const QString &candidate : candidates)
    if (QFileInfo(candidate + QStringLiteral("/README.md")).exists())
      return candidate;
  return QStringLiteral(RESILIENCE_SOURCE_STYLES_DIR);
}

QString resiliencePluginIconPath() {
  return QDir(resilienceStylesDirectory()).filePath(QStringLiteral("icon.svg"));
}

QString resilienceAlgorithmIconPath(const QString &algorithm) {
  return QDir(resilienceStylesDirectory()).filePath(QStringLiteral("icons/%1.svg").arg(algorithm));
}

// Beside the library (plugin ZIP: <plugin>/i18n; a build tree: build/plugin/i18n), else installed.
QString resilienceTranslationsDirectory() {
  const QString beside = providerLibraryDirectory() + QStringLiteral("/i18n");
  if (QFileInfo(beside).isDir())
    return beside;
  return QStringLiteral(RESILIENCE_INSTALLED_I18N_DIR);
}

QString resilienceDocsDirectory() {
  const QString overridden = qEnvironmentVariable("RESILIENCE_DOCS_DIR");
  if (!overridden.isEmpty())
    return overridden;
  const QStringList candidates = {providerLibraryDirectory(),
                                  QStringLiteral(RESILIENCE_INSTALLED_DOCS_DIR),
                                  QStringLiteral(RESILIENCE_SOURCE_DIR)};
  for (const QString &candidate : candidates)
    if (QFileInfo(candidate + QStringLiteral("/docs/statistics.md")).exists())
      return candidate;
  return QStringLiteral(RESILIENCE_SOURCE_DIR);
}
