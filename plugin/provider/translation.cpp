#include "translation.h"

#include "resourcepaths.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> &installed() {
  static std::unique_ptr<QTranslator> translator;
  return translator;
}

} // namespace

bool installResilienceTranslation(const QString &requested) {
  removeResilienceTranslation();
  const QString locale = requested.isEmpty() ? QgsApplication::locale() : requested;
  auto translator = std::make_unique<QTranslator>();
  // "nl_NL" falls back to resilience_nl.qm (QTranslator strips the country part itself).
  if (locale.isEmpty() ||
      !translator->load(QStringLiteral("resilience_%1").arg(locale),
                        resilienceTranslationsDirectory()) ||
      !QCoreApplication::installTranslator(translator.get()))
    return false;
  installed() = std::move(translator);
  return true;
}

void removeResilienceTranslation() {
  if (installed())
    QCoreApplication::removeTranslator(installed().get());
  installed().reset();
}
