#pragma once
// The print maps speak the language chosen in the LANGUAGE parameter, not the language QGIS runs
// in, so their few texts are chosen per run instead of through Qt's translator.
#include <QString>

inline QString inLanguage(const QString &language, const QString &english, const QString &dutch) {
  return language == QLatin1String("nl") ? dutch : english;
}
